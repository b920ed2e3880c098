/**
 * Builds small .docx files in memory with the `docx` package: a conforming 通知 (GB/T 9704—2012 page,
 * fonts, indents, footers) whose parts the tests replace one at a time to plant one fault.
 */
import {
  AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun,
  type IRunOptions,
} from 'docx';
import { lintSync } from '../../../src/engine/lint.js';
import type { Config } from '../../../src/config.js';
import type { Rule } from '../../../src/rule.js';
import { formatRules } from '../../../src/rules/format/index.js';

export const A4 = { width: 11906, height: 16838 };
export const MARGINS = { top: 2098, bottom: 1984, left: 1588, right: 1474, header: 851, footer: 992, gutter: 0 };
export const font = (eastAsia: string, ascii = 'Times New Roman') => ({ eastAsia, ascii, hAnsi: ascii });

export function styles() {
  return {
    default: {
      document: {
        run: { font: font('仿宋_GB2312'), size: 32 },
        paragraph: { spacing: { line: 579, lineRule: LineRuleType.EXACT } },
      },
    },
    paragraphStyles: [
      { id: 'GwBody', name: 'Gongwen Body', basedOn: 'Normal', paragraph: { indent: { firstLine: 640, firstLineChars: 200 }, alignment: AlignmentType.JUSTIFIED } },
      { id: 'GwTitle', name: 'Gongwen Title', basedOn: 'Normal', run: { font: font('方正小标宋简体'), size: 44 }, paragraph: { alignment: AlignmentType.CENTER } },
      { id: 'GwHeading1', name: 'Gongwen Heading 1', basedOn: 'GwBody', run: { font: font('黑体') } },
      { id: 'GwHeading2', name: 'Gongwen Heading 2', basedOn: 'GwBody', run: { font: font('楷体_GB2312') } },
      { id: 'GwImprint', name: 'Gongwen Imprint', basedOn: 'Normal', run: { size: 28 }, paragraph: { indent: { left: 280, right: 280 } } },
    ],
  };
}

export const run = (text: string, extra: Partial<IRunOptions> = {}) => new TextRun({ text, ...extra } as IRunOptions);
export const para = (text: string, style?: string, extra: Record<string, unknown> = {}, runExtra: Partial<IRunOptions> = {}) =>
  new Paragraph({ style, children: [run(text, runExtra)], ...extra });

/** The conforming notice, one paragraph per element (ordinals 1–13). */
export function noticeParagraphs(): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [run('东江市人民政府办公室文件', { font: font('方正小标宋简体'), size: 72, color: 'FF0000' })] }),
    para('东政办发〔2024〕7号', undefined, { alignment: AlignmentType.CENTER }),
    para('东江市人民政府办公室关于做好汛期安全工作的通知', 'GwTitle'),
    para('各区人民政府，市政府各部门：', 'Normal'),
    para('为做好今年汛期安全工作，经市政府同意，现就有关事项通知如下。', 'GwBody'),
    para('一、落实防汛责任', 'GwHeading1'),
    para('各区要落实防汛行政首长负责制，明确每个风险点的责任人。', 'GwBody'),
    para('（一）加强巡查。', 'GwHeading2'),
    para('汛期每天巡查一次重点部位，发现险情及时报告。', 'GwBody'),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [run('东江市人民政府办公室')] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 1280 }, children: [run('2024年5月6日')] }),
    para('抄送：市委各部门，市人大常委会办公室。', 'GwImprint'),
    para('东江市人民政府办公室\t2024年5月6日印发', 'GwImprint'),
  ];
}

export function pageFooter(align: 'left' | 'right', parts: Array<string | 'PAGE'> = ['— ', 'PAGE', ' —'], runExtra: Partial<IRunOptions> = {}) {
  const r = (children: Array<string | (typeof PageNumber)[keyof typeof PageNumber]>) =>
    new TextRun({ children, font: font('宋体', '宋体'), size: 28, ...runExtra } as IRunOptions);
  return new Footer({
    children: [new Paragraph({
      alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: align === 'right' ? { right: 280 } : { left: 280 },
      children: parts.map((p) => (p === 'PAGE' ? r([PageNumber.CURRENT]) : r([p]))),
    })],
  });
}

export interface BuildOptions {
  children?: Paragraph[];
  page?: { size?: Record<string, unknown>; margin?: Record<string, unknown> };
  grid?: { type: (typeof DocumentGridType)[keyof typeof DocumentGridType]; linePitch: number } | null;
  footers?: Record<string, Footer> | null;
  evenOdd?: boolean;
  titlePage?: boolean;
  styles?: ReturnType<typeof styles>;
}

export async function buildDocx(o: BuildOptions = {}): Promise<Uint8Array> {
  const doc = new Document({
    evenAndOddHeaderAndFooters: o.evenOdd ?? true,
    styles: o.styles ?? styles(),
    sections: [{
      properties: {
        page: { size: o.page?.size ?? A4, margin: o.page?.margin ?? MARGINS },
        ...(o.grid === null ? {} : { grid: o.grid ?? { type: DocumentGridType.LINES, linePitch: 579 } }),
        ...(o.titlePage ? { titlePage: true } : {}),
      },
      ...(o.footers === null ? {} : { footers: o.footers ?? { default: pageFooter('right'), even: pageFooter('left') } }),
      children: o.children ?? noticeParagraphs(),
    }],
  } as ConstructorParameters<typeof Document>[0]);
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Replaces paragraph `ordinal` (1-based) of the conforming notice. */
export function noticeWith(ordinal: number, p: Paragraph | Paragraph[]): Paragraph[] {
  const list = noticeParagraphs();
  list.splice(ordinal - 1, 1, ...(Array.isArray(p) ? p : [p]));
  return list;
}

export function lintDocx(bytes: Uint8Array, options: { rules?: Rule[]; config?: Config } = {}) {
  return lintSync(bytes, {
    filename: 'test.docx',
    rules: options.rules ?? formatRules,
    config: { preset: 'all', ...options.config },
    keepTree: true,
  });
}

/**
 * What tests assert of a finding: rule, paragraph, severity, messageId and data — not the rendered
 * sentence (test/engine/message-text.test.ts and english.test.ts keep rendering covered per locale).
 */
export function compact(messages: ReturnType<typeof lintDocx>['messages']) {
  return messages.map((m) => ({ ruleId: m.ruleId, line: m.line, severity: m.severity, messageId: m.messageId, data: m.data ?? {} }));
}

// Shared by the font-family and font-size tests: a style fault over many paragraphs.

/** The builder's styles with GwBody (and, through basedOn, nothing else that sets its own) given `run`. */
export function bodyStyle(runProps: Record<string, unknown>) {
  const st = styles();
  st.paragraphStyles = st.paragraphStyles.map((p) => (p.id === 'GwBody' ? { ...p, run: runProps } : p)) as typeof st.paragraphStyles;
  return st;
}

/** The notice with four more body paragraphs (ordinals 10–13 are the extra body text). */
export function longer(): Paragraph[] {
  const list = noticeParagraphs();
  list.splice(9, 0, ...['各单位要储备抢险物资。', '各单位要组织应急演练。', '各单位要畅通信息渠道。', '各单位要加强值班值守。'].map((t) => para(t, 'GwBody')));
  return list;
}
