/**
 * A synthetic N-page notice for latency budgets (LSP, task pane, serve): GB/T 9704 page setup and
 * fonts, ~600 characters a page (22 lines × 28 characters), headings 一、（一） and varied sentences
 * (numbered, so no two are equal and the duplicate-sentence rule sees what a real draft gives it).
 * Written by us; no corpus text.
 */
const VERBS = ['推进', '落实', '完善', '加强', '健全', '优化', '强化', '深化'];
const OBJECTS = ['安全生产责任体系', '基层应急管理能力', '重点行业领域监管', '隐患排查治理机制', '信息化监测预警', '执法检查工作', '宣传培训工作', '考核评价办法'];
const HAN = '一二三四五六七八九十';

/** The paragraphs of an N-page draft: [{ text, kind }] with kind title|addressee|heading1|heading2|body|signature|date. */
export function draftParagraphs(pages = 10) {
  const out = [
    { kind: 'title', text: '青山市人民政府办公室关于做好2024年安全生产重点工作的通知' },
    { kind: 'addressee', text: '各区人民政府，市政府各部门：' },
  ];
  let chars = 0;
  let n = 0;
  for (let h1 = 0; chars < pages * 600; h1++) {
    out.push({ kind: 'heading1', text: `${HAN[h1 % 10]}、${VERBS[h1 % 8]}${OBJECTS[h1 % 8]}` });
    for (let h2 = 0; h2 < 3 && chars < pages * 600; h2++) {
      out.push({ kind: 'heading2', text: `（${HAN[h2]}）${VERBS[(h1 + h2 + 1) % 8]}${OBJECTS[(h1 * 3 + h2) % 8]}。` });
      for (let p = 0; p < 2; p++) {
        n++;
        const text = `各单位要在第${n}个工作周期内${VERBS[n % 8]}${OBJECTS[(n * 5) % 8]}，明确${n % 7 + 2}项具体措施，`
          + `由分管负责同志牵头，于每月${(n % 25) + 1}日前报送进展情况；对排查发现的${n * 3}处问题，`
          + `逐项建立台账、限期整改，确保整改到位，切实${VERBS[(n + 3) % 8]}${OBJECTS[(n + 1) % 8]}。`;
        out.push({ kind: 'body', text });
        chars += text.length;
      }
    }
  }
  out.push({ kind: 'signature', text: '青山市人民政府办公室' });
  out.push({ kind: 'date', text: '2024年3月15日' });
  return out;
}

/** The draft as .txt. */
export function draftText(pages = 10) {
  return draftParagraphs(pages).map((p) => p.text).join('\n') + '\n';
}

/** The draft as .docx bytes (built with the `docx` package, a dev dependency). */
export async function draftDocx(pages = 10) {
  const { Document, Packer, Paragraph, TextRun, AlignmentType, Footer, PageNumber } = await import('docx');
  const run = (text, font, size) => new TextRun({ text, font: { eastAsia: font, ascii: 'Times New Roman' }, size });
  const FONT = { title: ['方正小标宋简体', 44], heading1: ['黑体', 32], heading2: ['楷体_GB2312', 32] };
  const children = draftParagraphs(pages).map((p) => {
    const [font, size] = FONT[p.kind] ?? ['仿宋_GB2312', 32];
    const alignment = p.kind === 'title' ? AlignmentType.CENTER : p.kind === 'signature' || p.kind === 'date' ? AlignmentType.RIGHT : undefined;
    const indent = p.kind === 'title' || p.kind === 'addressee' || alignment ? undefined : { firstLine: 640 };
    return new Paragraph({ alignment, indent, children: [run(p.text, font, size)] });
  });
  const doc = new Document({
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('— ', '宋体', 28), new TextRun({ children: [PageNumber.CURRENT], size: 28, font: '宋体' }), run(' —', '宋体', 28)] })] }) },
      children,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
