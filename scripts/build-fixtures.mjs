#!/usr/bin/env node
/**
 * Writes the committed .docx fixtures with the `docx` package (dev dependency):
 *   fixtures/notice.docx   — a conforming 通知 (GB/T 9704—2012 page setup, fonts, 版头, 版记, footers)
 *   fixtures/draft.docx    — a draft with planted faults, for the README demo
 *   fixtures/features.docx — reader coverage: a table, a text box, tracked changes, a comment,
 *                            a character style, a theme-font paragraph
 * All text is invented.
 *
 *   node scripts/build-fixtures.mjs              write the fixtures
 *   node scripts/build-fixtures.mjs --big [N]    write /tmp/gongwen-big.docx (N pages, default 500)
 *                                                and time parseDocx on it (needs `npm run build`)
 *
 *   node scripts/build-fixtures.mjs --libreoffice  convert fixtures/libreoffice/src/*.fodt with soffice:
 *     soffice --headless --convert-to docx --outdir fixtures/libreoffice fixtures/libreoffice/src/*.fodt
 *     (LibreOffice output is not byte-stable; rebuild only when the sources change)
 */
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph,
  Table, TableCell, TableRow, TabStopType, TextRun, Textbox, WidthType, InsertedTextRun, DeletedTextRun,
  CommentRangeStart, CommentRangeEnd, CommentReference,
} from 'docx';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXED_DATE = new Date('2024-03-15T08:00:00Z');

// Sizes in half-points, lengths in twips.
const SZ = { size2: 44, size3: 32, size4: 28 };
const A4 = { width: 11906, height: 16838 };
const MARGINS = { top: 2098, bottom: 1984, left: 1588, right: 1474, header: 851, footer: 992, gutter: 0 };
const FANGSONG = '仿宋_GB2312';

const f = (eastAsia, ascii = 'Times New Roman') => ({ eastAsia, ascii, hAnsi: ascii });

/** Shared styles: docDefaults 仿宋_GB2312 3号, exact 28.95 pt; paragraph styles based on Normal. */
function gongwenStyles() {
  return {
    default: {
      document: {
        run: { font: f(FANGSONG), size: SZ.size3 },
        paragraph: { spacing: { line: 579, lineRule: LineRuleType.EXACT } },
      },
    },
    paragraphStyles: [
      {
        id: 'GwBody', name: 'Gongwen Body', basedOn: 'Normal', quickFormat: true,
        paragraph: { indent: { firstLine: 640, firstLineChars: 200 }, alignment: AlignmentType.JUSTIFIED },
      },
      {
        id: 'GwTitle', name: 'Gongwen Title', basedOn: 'Normal', next: 'Normal',
        run: { font: f('方正小标宋简体'), size: SZ.size2 },
        paragraph: { alignment: AlignmentType.CENTER },
      },
      {
        id: 'GwHeading1', name: 'Gongwen Heading 1', basedOn: 'GwBody', next: 'GwBody',
        run: { font: f('黑体') }, paragraph: { outlineLevel: 0 },
      },
      {
        id: 'GwHeading2', name: 'Gongwen Heading 2', basedOn: 'GwBody', next: 'GwBody',
        run: { font: f('楷体_GB2312') }, paragraph: { outlineLevel: 1 },
      },
      { id: 'GwHeading3', name: 'Gongwen Heading 3', basedOn: 'GwBody', next: 'GwBody', paragraph: { outlineLevel: 2 } },
      { id: 'GwHeading4', name: 'Gongwen Heading 4', basedOn: 'GwBody', next: 'GwBody', paragraph: { outlineLevel: 3 } },
      {
        id: 'GwImprint', name: 'Gongwen Imprint', basedOn: 'Normal',
        run: { size: SZ.size4 }, paragraph: { indent: { left: 280, right: 280 } },
      },
    ],
    characterStyles: [
      { id: 'GwStrong', name: 'Gongwen Strong', run: { bold: true } },
    ],
  };
}

const p = (text, style, extra = {}) => new Paragraph({ style, children: [new TextRun(text)], ...extra });
const blank = () => new Paragraph({ children: [] });

/** "— N —" footers: odd pages right, even pages left, one character in; 宋体 4号. */
function pageFooter(align) {
  const run = (children) => new TextRun({ children, font: f('宋体', '宋体'), size: SZ.size4 });
  return new Footer({
    children: [
      new Paragraph({
        alignment: align,
        indent: align === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children: [run(['— ']), run([PageNumber.CURRENT]), run([' —'])],
      }),
    ],
  });
}

function notice() {
  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
      children: [new TextRun({ text: '国务院办公厅文件', font: f('方正小标宋简体'), size: 72, color: 'FF0000' })],
    }),
    blank(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'FF0000', space: 8 } },
      children: [new TextRun('国办发〔2024〕5号')],
    }),
    blank(),
    p('国务院办公厅关于做好基层应急物资储备管理工作的通知', 'GwTitle'),
    blank(),
    p('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', 'Normal'),
    p('为进一步提升基层应急保障能力，规范应急物资的采购、储存、调拨和更新，经国务院同意，现就有关事项通知如下。', 'GwBody'),
    p('一、明确储备责任', 'GwHeading1'),
    p('各级人民政府对本行政区域应急物资储备工作负总责，应急管理部门牵头，发展改革、财政、粮食和物资储备等部门按照职责分工做好相关工作。', 'GwBody'),
    p('（一）落实属地管理。', 'GwHeading2'),
    p('乡镇（街道）应当设立应急物资储备点，储备点面积不少于30平方米，并明确1名专人负责日常管理。', 'GwBody'),
    p('1.建立台账制度。', 'GwHeading3'),
    p('储备点应当逐项登记物资名称、数量、入库时间和保质期限，每季度核对一次。', 'GwBody'),
    p('（1）定期轮换。', 'GwHeading4'),
    p('临近保质期的物资应当提前3个月轮换，轮换情况于每年12月31日前报省级应急管理部门。', 'GwBody'),
    p('二、加强监督检查', 'GwHeading1'),
    p('应急管理部会同有关部门每年开展一次专项检查，检查结果纳入年度综合考核。', 'GwBody'),
    blank(),
    new Paragraph({
      style: 'GwBody',
      children: [new TextRun('附件：基层应急物资储备参考目录')],
    }),
    blank(),
    blank(),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [new TextRun('国务院办公厅')] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [new TextRun('2024年3月15日')] }),
    p('（此件公开发布）', 'GwBody'),
    new Paragraph({ pageBreakBefore: true, children: [new TextRun({ text: '附件', font: f('黑体') })] }),
    blank(),
    p('基层应急物资储备参考目录', 'GwTitle'),
    blank(),
    p('帐篷、折叠床、棉被、应急照明灯、发电机、救生衣、饮用水和方便食品等。', 'GwBody'),
    blank(),
    new Paragraph({
      style: 'GwImprint',
      border: {
        top: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 },
        bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 },
      },
      children: [new TextRun('抄送：中央和国家机关有关部门，各民主党派中央，全国工商联。')],
    }),
    new Paragraph({
      style: 'GwImprint',
      tabStops: [{ type: TabStopType.RIGHT, position: 8640 }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } },
      children: [new TextRun('国务院办公厅\t2024年3月15日印发')],
    }),
  ];
  return new Document({
    creator: 'gongwen-lint fixtures',
    evenAndOddHeaderAndFooters: true,
    styles: gongwenStyles(),
    sections: [{
      properties: {
        page: { size: A4, margin: MARGINS },
        grid: { type: DocumentGridType.LINES, linePitch: 579 },
      },
      footers: { default: pageFooter(AlignmentType.RIGHT), even: pageFooter(AlignmentType.LEFT) },
      children,
    }],
  });
}

function draft() {
  const children = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: '国务院办公厅文件', font: f('方正小标宋简体'), size: 72, color: 'FF0000' })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('国办发[24]第05号')] }),
    blank(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: '国务院办公厅关于开展城乡供水设施安全排查的通知', font: f('宋体', '宋体'), size: SZ.size2 })],
    }),
    p('各省、自治区、直辖市人民政府,国务院各部委、各直属机构：', 'Normal'),
    new Paragraph({
      style: 'GwBody',
      children: [
        new TextRun('为保障城乡居民饮水安全，'),
        new TextRun({ text: '经国务院同意，现就开展供水设施安全排查工作通知如下。', font: f('宋体', 'Calibri') }),
      ],
    }),
    p('一、排查范围', 'GwHeading1'),
    p('各地城市公共供水厂、乡镇集中供水站和农村分散供水工程,排查工作截止6月底完成。', 'GwBody'),
    p('二、工作要求', 'GwHeading1'),
    p('各地要于××月××日前将排查结果报水利部，联系人：××，电话：××××××××。', 'GwBody'),
    blank(),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('国务院办公厅')] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('2024年05月06日')] }),
  ];
  const footer = new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: ['第', PageNumber.CURRENT, '页'] })],
    })],
  });
  return new Document({
    creator: 'gongwen-lint fixtures',
    styles: gongwenStyles(),
    sections: [{
      properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 } } },
      footers: { default: footer },
      children,
    }],
  });
}

function features() {
  const cell = (text) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const children = [
    p('读取器覆盖样例', 'GwTitle'),
    new Paragraph({
      children: [
        new Textbox({
          style: { width: '3in', height: '0.6in' },
          children: [new Paragraph({ children: [new TextRun('文本框第一段')] }), new Paragraph({ children: [new TextRun('文本框第二段')] })],
        }),
      ],
    }),
    p('表格前的段落。', 'GwBody'),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ children: [cell('项目'), cell('数量')] }),
        new TableRow({ children: [cell('帐篷'), cell('120顶')] }),
      ],
    }),
    new Paragraph({
      style: 'GwBody',
      children: [
        new TextRun('修订：会议定于'),
        new DeletedTextRun({ text: '3月', id: 1, author: '审核人', date: '2024-03-01T09:00:00Z' }),
        new InsertedTextRun({ text: '4月', id: 2, author: '审核人', date: '2024-03-01T09:00:00Z' }),
        new TextRun('召开。'),
      ],
    }),
    new Paragraph({
      style: 'GwBody',
      children: [
        new TextRun('本段含'),
        new TextRun({ text: '加粗字符样式', style: 'GwStrong' }),
        new CommentRangeStart(0),
        new TextRun('和批注'),
        new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] }),
        new TextRun('。'),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: '第一行', break: 0 }), new TextRun({ text: '第二行', break: 1 }), new TextRun({ text: '\t制表符后' })] }),
  ];
  return new Document({
    creator: 'gongwen-lint fixtures',
    styles: gongwenStyles(),
    comments: { children: [{ id: 0, author: '审核人', date: FIXED_DATE, children: [new Paragraph('请核实批注所指内容。')] }] },
    sections: [{ properties: { page: { size: A4, margin: MARGINS } }, children }],
  });
}

/** A long document for timing: `pages` × ~22 lines of varied body text with headings. */
function big(pages) {
  const children = [p('国务院办公厅关于长篇文档性能测试的通知', 'GwTitle')];
  const clauses = ['加强组织领导', '完善工作机制', '强化督促检查', '做好宣传引导', '严格资金管理', '提升服务水平'];
  let n = 0;
  for (let page = 0; page < pages; page++) {
    children.push(p(`${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][page % 10]}、${clauses[page % clauses.length]}`, 'GwHeading1'));
    for (let k = 0; k < 7; k++) {
      n++;
      children.push(new Paragraph({
        style: 'GwBody',
        children: [
          new TextRun(`第${n}项：各地区各部门要${clauses[(n + k) % clauses.length]}，于${(n % 12) + 1}月${(n % 28) + 1}日前`),
          new TextRun({ text: `完成第${page + 1}批次任务${n * 7}件，`, style: 'GwStrong' }),
          new TextRun(`确保${clauses[(n * 3) % clauses.length]}取得实效，共涉及资金${(n * 13) % 997}万元。`),
        ],
      }));
    }
  }
  return new Document({
    styles: gongwenStyles(),
    sections: [{ properties: { page: { size: A4, margin: MARGINS } }, children }],
  });
}

/** Same input → same bytes: fixed dates in docProps/core.xml and in the zip entries. */
function deterministic(buffer) {
  const files = unzipSync(new Uint8Array(buffer));
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${FIXED_DATE.toISOString()}$2`),
    );
  }
  const doc = files['word/document.xml'];
  if (doc) {
    // The docx package gives text-box shapes random ids.
    let n = 0;
    files['word/document.xml'] = strToU8(strFromU8(doc).replace(/(<v:shape id=")[^"]*"/g, (_all, head) => `${head}shape${++n}"`));
  }
  const entries = {};
  for (const [name, data] of Object.entries(files)) entries[name] = [data, { mtime: FIXED_DATE }];
  return Buffer.from(zipSync(entries, { level: 6 }));
}

async function write(path, doc) {
  const buffer = deterministic(await Packer.toBuffer(doc));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, buffer);
  console.log(`wrote ${path} (${buffer.length} bytes)`);
  return buffer;
}

const args = process.argv.slice(2);
if (args[0] === '--big') {
  const pages = Number(args[1] ?? 500);
  const buffer = await write('/tmp/gongwen-big.docx', big(pages));
  const { parseDocx } = await import(join(root, 'dist/src/parsers/docx/index.js')).catch(() => import(join(root, 'dist/parsers/docx/index.js')));
  const bytes = new Uint8Array(readFileSync('/tmp/gongwen-big.docx'));
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const { lines } = parseDocx(bytes);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const heap = process.memoryUsage().heapUsed / 1024 / 1024;
    console.log(`${pages} pages, ${buffer.length} bytes: ${lines.length} lines in ${ms.toFixed(0)} ms wall, ` +
      `${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (heap ${heap.toFixed(0)} MiB)`);
  }
} else if (args[0] === '--libreoffice') {
  const { execFileSync } = await import('node:child_process');
  const { readdirSync } = await import('node:fs');
  const srcDir = join(root, 'fixtures/libreoffice/src');
  const sources = readdirSync(srcDir).filter((f) => f.endsWith('.fodt')).map((f) => join(srcDir, f));
  execFileSync('soffice', ['--headless', '--convert-to', 'docx', '--outdir', join(root, 'fixtures/libreoffice'), ...sources], { stdio: 'inherit' });
} else {
  await write(join(root, 'fixtures/notice.docx'), notice());
  await write(join(root, 'fixtures/draft.docx'), draft());
  await write(join(root, 'fixtures/features.docx'), features());
}
