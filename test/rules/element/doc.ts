/**
 * A full small official document (版头 + title + addressee + body + attachment note + signature + date +
 * remark + 版记) for the element and placeholder tests: element rules depend on recognition, so
 * they are tested on whole documents. `doc({ 9: '…' })` replaces line 9; '' blanks a line, so line
 * numbers never move.
 */
export const BASE: readonly string[] = [
  /* 1 */ '000128',
  /* 2 */ '机密★1年',
  /* 3 */ '特急',
  /* 4 */ '青山市人民政府文件',
  /* 5 */ '青政发〔2024〕12号',
  /* 6 */ '',
  /* 7 */ '青山市人民政府关于做好冬季安全生产工作的通知',
  /* 8 */ '',
  /* 9 */ '各区县人民政府，市政府各部门：',
  /* 10 */ '为切实做好冬季安全生产工作，根据《青山市安全生产办法》（青政发〔2023〕5号），现将有关事项通知如下。',
  /* 11 */ '一、总体要求',
  /* 12 */ '（一）压实责任。各单位要落实主体责任。',
  /* 13 */ '1.加强检查。定期开展安全检查。',
  /* 14 */ '2.强化整改。及时整改各类隐患。',
  /* 15 */ '（二）加强宣传。广泛开展安全宣传。',
  /* 16 */ '二、工作措施',
  /* 17 */ '各单位要认真落实，按时报送工作情况。',
  /* 18 */ '',
  /* 19 */ '附件：1.安全检查表',
  /* 20 */ '2.隐患整改台账',
  /* 21 */ '',
  /* 22 */ '青山市人民政府',
  /* 23 */ '2024年11月15日',
  /* 24 */ '（此件公开发布）',
  /* 25 */ '',
  /* 26 */ '抄送：市委办公室，市人大常委会办公室。',
  /* 27 */ '青山市人民政府办公室 2024年11月15日印发',
];

export function doc(overrides: Record<number, string> = {}): string {
  return BASE.map((line, i) => overrides[i + 1] ?? line).join('\n') + '\n';
}

/** The document with attachment pages (starting at line 25) inserted before the 版记. */
export function withAttachments(pages: string[], overrides: Record<number, string> = {}): string {
  const lines = BASE.map((line, i) => overrides[i + 1] ?? line);
  return [...lines.slice(0, 24), ...pages, '', ...lines.slice(24)].join('\n') + '\n';
}
