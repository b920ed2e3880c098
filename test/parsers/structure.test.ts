import { describe, expect, test } from 'vitest';
import { headingDepth, headingParts, isAddressee, kindOfTitle, recognise } from '../../src/parsers/structure.js';
import { textToLines } from '../../src/parsers/txt.js';
import type { Block, DocumentNode, Element, Line, ParagraphFormat, Run } from '../../src/tree/types.js';

/** [block, element(+depth), text of its lines joined by ⏎] for every element, in tree order. */
function shape(tree: DocumentNode): string[] {
  const out: string[] = [];
  const visit = (node: Element | { type: 'body'; children: Element[] }, block: Block['type']) => {
    if (node.type === 'body') return node.children.forEach((c) => visit(c, block));
    const e = node as Element;
    out.push(`${block}:${e.type}${e.depth ?? ''}:${e.children.map((l) => l.value.trim()).join('⏎')}`);
  };
  for (const b of tree.children) for (const c of b.children) visit(c as Element, b.type);
  return out;
}

const txt = (text: string) => recognise(textToLines(text), { format: 'txt' });
const types = (text: string) => shape(txt(text)).map((s) => s.split(':').slice(0, 2).join(':'));
/** The element type of the line whose trimmed text equals `value`. */
function typeOf(tree: DocumentNode, value: string): string | undefined {
  return shape(tree).find((s) => s.split(':').slice(2).join(':').split('⏎').includes(value))?.split(':').slice(0, 2).join(':');
}

describe('kindOfTitle', () => {
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['关于做好防汛工作的通知', 'notice', '通知'],
    ['关于申请经费的请示报告', undefined, '请示报告'],
    ['关于申请经费的申请', undefined, '申请'],
    ['国务院关于同意设立试验区的批复', 'reply', '批复'],
    ['关于商请协办活动的函', 'letter', '函'],
    ['中华人民共和国国务院令', 'order', '令'],
    ['关于严格执行禁令', undefined, undefined],
    ['在全市安全生产工作会议上的讲话', 'speech', '讲话'],
    ['关于加强管理的意见（征求意见稿）', 'opinions', '意见'],
    ['国 务 院 公 告', 'announcement', '公告'],
    ['关于做好防汛工作的通知。', 'notice', '通知'],
    ['关于给予张三同志记一等功的嘉奖令', 'order', '令'],
    ['在全市经济工作会议上的讲话（摘要）', 'speech', '讲话'],
  ];
  test.each(cases)('%s', (title, kind, word) => {
    expect(kindOfTitle(title)).toEqual({ ...(kind ? { kind } : {}), ...(word ? { word } : {}) });
  });
});

describe('headingDepth / headingParts', () => {
  const cases: Array<[string, number | undefined]> = [
    ['一、总体要求', 1], ['十二、其他', 1], ['一．总体要求', 1], ['一，总体要求', 1],
    ['（一）指导思想', 2], ['(一)指导思想', 2], ['（一）、指导思想', 2],
    ['1.加强领导', 3], ['1、加强领导', 3], ['12．落实责任', 3],
    ['（1）明确分工', 4], ['(1)明确分工', 4],
    ['1.5亿元资金到位。', undefined], ['2024年工作要点', undefined], ['一、二等奖获得者名单', undefined],
    ['一是加强领导', undefined], ['第一条　为了规范', undefined], ['三、四月份是防汛关键期。', undefined],
    ['五、六个工作日内办结。', undefined], ['一、十大工程', 1],
  ];
  test.each(cases)('%s → %s', (text, depth) => expect(headingDepth(text)).toBe(depth));

  test('heading with body text in the same paragraph', () => {
    expect(headingParts('（一）加强组织领导。各地要落实责任。')).toEqual({
      depth: 2,
      counter: { start: 0, end: 3, text: '（一）' },
      title: { start: 3, end: 10, text: '加强组织领导。' },
      rest: { start: 10, end: 18, text: '各地要落实责任。' },
    });
  });
  test('heading alone, wrong punctuation kept in the counter', () => {
    expect(headingParts('　　（一）、健全机制')).toEqual({
      depth: 2,
      counter: { start: 2, end: 6, text: '（一）、' },
      title: { start: 6, end: 10, text: '健全机制' },
    });
    expect(headingParts('1、加强领导')!.counter.text).toBe('1、');
    expect(headingParts('正文')).toBeUndefined();
  });
});

describe('isAddressee', () => {
  const cases: Array<[string, boolean]> = [
    ['各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', true],
    ['辽宁省人民政府：', true],
    ['国家发展改革委、科技部，湖北省人民政府：', true],
    ['市场监管总局：', true],
    ['各区县人民政府:', true],
    ['[主送单位]：', true],
    ['各位同志：', true],
    ['现将有关事项通知如下：', false],
    ['主要任务是：', false],
    ['具体要求如下：', false],
    ['根据《条例》规定，现就有关事项通知如下：', false],
    ['一、总体要求：', false],
    ['附件：名单', false],
    ['经研究，同意你省请示。', false],
  ];
  test.each(cases)('%s → %s', (text, expected) => expect(isAddressee(text)).toBe(expected));
});

describe('recognise: full drafts', () => {
  test('a draft with 版头, addressee, headings, attachment, signature, date, remark, imprint', () => {
    const text = [
      '000128',
      '机密★1年',
      '特急',
      '青山市人民政府文件',
      '青政发〔2024〕5号',
      '',
      '青山市人民政府关于做好2024年防汛',
      '工作的通知',
      '',
      '各区人民政府，市政府各部门：',
      '　　为做好今年防汛工作，现将有关事项通知如下。',
      '　　一、提高认识',
      '　　（一）加强组织领导。各地要落实责任。',
      '　　1.明确分工',
      '　　（1）细化任务',
      '　　附件：1.防汛责任人名单',
      '　　　　　2.物资储备清单',
      '',
      '青山市人民政府',
      '2024年3月5日',
      '（此件公开发布）',
      '附件1',
      '防汛责任人名单',
      '张三　市长',
      '附件2',
      '物资储备清单',
      '抄送：市委办公室，市人大常委会办公室，',
      '　　　市政协办公室。',
      '青山市人民政府办公室　　　　2024年3月5日印发',
    ].join('\n');
    const tree = txt(text);
    expect(shape(tree)).toEqual([
      'headerBlock:copyNumber:000128',
      'headerBlock:classification:机密★1年',
      'headerBlock:urgency:特急',
      'headerBlock:issuerMark:青山市人民政府文件',
      'headerBlock:documentNumber:青政发〔2024〕5号',
      'mainBlock:title:青山市人民政府关于做好2024年防汛⏎工作的通知',
      'mainBlock:addressee:各区人民政府，市政府各部门：',
      'mainBlock:paragraph:为做好今年防汛工作，现将有关事项通知如下。',
      'mainBlock:heading1:一、提高认识',
      'mainBlock:heading2:（一）加强组织领导。各地要落实责任。',
      'mainBlock:heading3:1.明确分工',
      'mainBlock:heading4:（1）细化任务',
      'mainBlock:attachmentNote:附件：1.防汛责任人名单⏎2.物资储备清单',
      'mainBlock:issuerSignature:青山市人民政府',
      'mainBlock:issueDate:2024年3月5日',
      'mainBlock:remark:（此件公开发布）',
      'attachment:attachmentLabel:附件1',
      'attachment:title:防汛责任人名单',
      'attachment:paragraph:张三　市长',
      'attachment:attachmentLabel:附件2',
      'attachment:title:物资储备清单',
      'imprintBlock:copyTo:抄送：市委办公室，市人大常委会办公室，⏎市政协办公室。',
      'imprintBlock:printLine:青山市人民政府办公室　　　　2024年3月5日印发',
    ]);
    expect(tree.kind).toBe('notice');
    expect(tree.kindWord).toBe('通知');
  });

  test('a draft without 版头', () => {
    expect(types('关于开展安全检查的通知\n各单位：\n请按要求开展检查。\n青山市应急管理局\n2024年5月6日\n')).toEqual([
      'mainBlock:title', 'mainBlock:addressee', 'mainBlock:paragraph', 'mainBlock:issuerSignature', 'mainBlock:issueDate',
    ]);
  });

  test('element positions span their lines', () => {
    const tree = txt('关于做好防汛\n工作的通知\n正文。');
    const title = tree.children[0].children[0] as Element;
    expect(title.position!.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(title.position!.end).toEqual({ line: 2, column: 6, offset: 12 });
  });
});

describe('recognise: 版头 variants', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['wrong brackets still a number', '青山市人民政府文件\n国办发[2024]5号\n关于X的通知\n正文。',
      [['国办发[2024]5号', 'headerBlock:documentNumber'], ['关于X的通知', 'mainBlock:title']]],
    ['two-digit year with 第', '青山市人民政府文件\n〔24〕第5号\n关于X的通知\n正文。',
      [['〔24〕第5号', 'headerBlock:documentNumber']]],
    ['number and signer on one line', '青山市应急管理局\n青应急〔2024〕3号　　签发人：张三\n关于增加经费的请示\n市人民政府：\n妥否，请批示。',
      [['青山市应急管理局', 'headerBlock:issuerMark'], ['青应急〔2024〕3号　　签发人：张三', 'headerBlock:documentNumber'], ['关于增加经费的请示', 'mainBlock:title'], ['市人民政府：', 'mainBlock:addressee']]],
    ['signer on its own line', '青山市应急管理局文件\n青应急〔2024〕3号\n签发人：张三\n关于增加经费的请示\n正文。',
      [['签发人：张三', 'headerBlock:signer'], ['关于增加经费的请示', 'mainBlock:title']]],
    ['issuer mark only (no number yet)', '××市人民政府文件\n关于X的通知\n正文。',
      [['××市人民政府文件', 'headerBlock:issuerMark'], ['关于X的通知', 'mainBlock:title']]],
    ['joint issuer mark on two lines', '青山市人民政府\n青山军分区\n青政发〔2024〕5号\n关于X的通知\n正文。',
      [['青山市人民政府', 'headerBlock:issuerMark'], ['青山军分区', 'headerBlock:issuerMark']]],
    ['separator line', '青山市人民政府文件\n青政发〔2024〕5号\n————————————\n关于X的通知\n正文。',
      [['————————————', 'headerBlock:redSeparator'], ['关于X的通知', 'mainBlock:title']]],
    ['order format: …令 and 令号', '中华人民共和国国务院令\n第719号\n现公布《某条例》，自公布之日起施行。\n总　理　　李克强\n2019年9月4日',
      [['中华人民共和国国务院令', 'headerBlock:issuerMark'], ['第719号', 'headerBlock:documentNumber'], ['总　理　　李克强', 'mainBlock:issuerSignature'], ['2019年9月4日', 'mainBlock:issueDate']]],
    ['published layout: number under the title', '国务院办公厅关于改革完善仿制药\n供应保障及使用政策的意见\n国办发〔2018〕20号\n各省、自治区、直辖市人民政府：\n正文。',
      [['国务院办公厅关于改革完善仿制药', 'mainBlock:title'], ['国办发〔2018〕20号', 'mainBlock:documentNumber'], ['各省、自治区、直辖市人民政府：', 'mainBlock:addressee']]],
    ['wrong copy-number forms at the top', 'No.０００１２８\n青山市人民政府文件\n青政发〔2024〕5号\n关于X的通知\n正文。',
      [['No.０００１２８', 'headerBlock:copyNumber'], ['青山市人民政府文件', 'headerBlock:issuerMark']]],
    ['a number cited in the title is no header', '关于转发《青政发〔2024〕5号》的通知\n各单位：\n正文。',
      [['关于转发《青政发〔2024〕5号》的通知', 'mainBlock:title']]],
  ];
  test.each(cases)('%s', (_n, text, expected) => {
    const tree = txt(text);
    for (const [value, type] of expected) expect(typeOf(tree, value), value).toBe(type);
  });

  test.each([
    ['XX市人民政府文件\nXX发〔202X〕X号\n\n关于做好XX工作的通知\n\n[主送单位]：\n　　现将有关事项通知如下。\n\nXX市人民政府\n202X年X月X日'],
    ['XX局文件\nXX〔202X〕X号\n关于XXXX的请示\n主送单位：\n　　正文。'],
  ])('a template with Latin placeholders: %s', (text) => {
    const t = types(text);
    expect(t.slice(0, 4)).toEqual(['headerBlock:issuerMark', 'headerBlock:documentNumber', 'mainBlock:title', 'mainBlock:addressee']);
  });

  test('order kind comes from the 令 mark', () => {
    expect(txt('中华人民共和国国务院令\n第719号\n现公布。\n总理　李克强\n2019年9月4日').kind).toBe('order');
  });
});

describe('recognise: titles', () => {
  const cases: Array<[string, string, string, string | undefined]> = [
    ['title with 〔〕 inside', '关于转发省政府办公厅《意见》（青政办发〔2024〕5号）的通知\n正文。', '关于转发省政府办公厅《意见》（青政办发〔2024〕5号）的通知', 'notice'],
    ['title with 《》 inside', '国务院关于修改《全国经济普查条例》的决定\n正文。', '国务院关于修改《全国经济普查条例》的决定', 'decision'],
    ['two lines', '关于做好2024年防汛\n工作的通知\n正文。', '关于做好2024年防汛⏎工作的通知', 'notice'],
    ['three lines', '国务院办公厅关于转发\n财政部、国务院扶贫办、国家发展改革委\n扶贫项目资金绩效管理办法的通知\n正文。',
      '国务院办公厅关于转发⏎财政部、国务院扶贫办、国家发展改革委⏎扶贫项目资金绩效管理办法的通知', 'notice'],
    ['organ line then 关于 line', '中共中央办公厅 国务院办公厅\n关于加强社区工作的意见\n正文。', '中共中央办公厅 国务院办公厅⏎关于加强社区工作的意见', 'opinions'],
    ['two short lines at the very top without 关于', '2017年第二季度\n全国政府网站抽查情况通报\n正文。', '2017年第二季度⏎全国政府网站抽查情况通报', 'circular'],
    ['draft marker', '关于加强管理的意见（征求意见稿）\n正文。', '关于加强管理的意见（征求意见稿）', 'opinions'],
    ['missing kind word still a title', '关于做好防汛工作\n各单位：\n正文。', '关于做好防汛工作', undefined],
    ['wrong kind 请示报告', '关于申请经费的请示报告\n正文。', '关于申请经费的请示报告', undefined],
    ['subtitle ——', '凝心聚力开拓进取\n——在全市工作会议上的讲话\n同志们：\n正文。', '凝心聚力开拓进取⏎——在全市工作会议上的讲话', 'speech'],
    ['after a news dateline', '新华社北京7月14日电\n中共中央关于修改《巡视工作条例》的决定\n正文。', '中共中央关于修改《巡视工作条例》的决定', 'decision'],
  ];
  test.each(cases)('%s', (_n, text, title, kind) => {
    const tree = txt(text);
    expect(shape(tree).filter((s) => s.includes(':title:')).map((s) => s.split(':').slice(2).join(':'))).toEqual([title]);
    expect(tree.kind).toBe(kind);
  });

  const none: Array<[string, string]> = [
    ['news dateline with text', '新华社北京4月16日电 近日，中共中央办公厅印发了《意见》。\n《意见》指出，要加强领导。'],
    ['news headline without kind word', '中共中央 国务院印发《国家综合立体交通网规划纲要》\n新华社北京2月24日电 近日印发。'],
    ['body sentence ending with a kind word and a full stop', '现将有关事项作出如下决定。\n一、总体要求'],
    ['heading at the top', '一、总体要求\n正文。'],
    ['a sentence with commas', '为了做好工作，根据上级要求，现通知\n正文。'],
    ['a date', '2024年3月5日\n正文。'],
  ];
  test.each(none)('no title: %s', (_n, text) => {
    expect(shape(txt(text)).some((s) => s.includes(':title:'))).toBe(false);
  });

  test('speech: title, date in parentheses, speaker', () => {
    expect(shape(txt('在全市安全生产工作会议上的讲话\n（2024年3月5日）\n张三\n同志们：\n今天召开会议。'))).toEqual([
      'mainBlock:title:在全市安全生产工作会议上的讲话',
      'mainBlock:issueDate:（2024年3月5日）',
      'mainBlock:issuerSignature:张三',
      'mainBlock:addressee:同志们：',
      'mainBlock:paragraph:今天召开会议。',
    ]);
  });

  test('speech: post and name before the date', () => {
    expect(types('在全市安全生产工作会议上的讲话\n市长　李四\n（2024年3月5日）\n同志们：\n今天召开会议。').slice(0, 3)).toEqual([
      'mainBlock:title', 'mainBlock:issuerSignature', 'mainBlock:issueDate',
    ]);
  });

  test('speech: a placeholder word is no speaker (称谓 labels the salutation slot: part of the addressee)', () => {
    const tree = txt('在全市会议上的讲话\n称谓\n各位同志：\n正文。');
    expect(typeOf(tree, '称谓')).toBe('mainBlock:addressee');
    expect(shape(tree).some((s) => s.includes(':issuerSignature:'))).toBe(false);
  });

  test('Party style: date in parentheses under the title', () => {
    expect(types('中共中央办公厅 国务院办公厅关于调整职责机构编制的通知\n（2018年9月13日）\n根据有关规定，现通知如下。')).toEqual([
      'mainBlock:title', 'mainBlock:issueDate', 'mainBlock:paragraph',
    ]);
  });
});

describe('recognise: the closing part', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['Chinese-numeral date', '关于X的通知\n正文。\n青山市人民政府\n二〇二四年三月五日',
      [['青山市人民政府', 'mainBlock:issuerSignature'], ['二〇二四年三月五日', 'mainBlock:issueDate']]],
    ['two organs in the signature', '关于X的通知\n正文。\n中共青山市委\n青山市人民政府\n2024年3月5日',
      [['中共青山市委', 'mainBlock:issuerSignature'], ['青山市人民政府', 'mainBlock:issuerSignature']]],
    ['特此通知 is not a signature', '关于X的通知\n正文。\n特此通知\n2024年3月5日',
      [['特此通知', 'mainBlock:paragraph'], ['2024年3月5日', 'mainBlock:issueDate']]],
    ['seal placeholder between signature and date', '关于X的通知\n正文。\n青山市人民政府\n〔此处加盖印章〕\n2024年3月5日',
      [['青山市人民政府', 'mainBlock:issuerSignature'], ['〔此处加盖印章〕', 'mainBlock:seal'], ['2024年3月5日', 'mainBlock:issueDate']]],
    ['remark with contact', '关于X的请示\n正文。\n青山市应急管理局\n2024年3月5日\n（联系人：张三，电话：12345678）',
      [['（联系人：张三，电话：12345678）', 'mainBlock:remark']]],
    ['full-width digits in the date', '关于X的通知\n正文。\n青山市人民政府\n２０２４年３月５日',
      [['青山市人民政府', 'mainBlock:issuerSignature'], ['２０２４年３月５日', 'mainBlock:issueDate']]],
    ['template placeholders date', '关于X的通知\n正文。\nXX单位办公室\n202X年X月X日',
      [['202X年X月X日', 'mainBlock:issueDate']]],
    ['a date-only line in the body is no issue date', '关于X的通知\n会议时间：\n2024年3月5日\n会议地点：市政府。\n请准时参加。',
      [['2024年3月5日', 'mainBlock:paragraph']]],
    ['attachment label with its title on one line', '关于X的通知\n正文。\n青山市人民政府\n2024年3月5日\n附件1：责任人名单\n张三',
      [['附件1：责任人名单', 'attachment:attachmentLabel'], ['张三', 'attachment:paragraph']]],
    ['label and number broken across lines', '关于X的通知\n附件：名单\n青山市人民政府\n2024年3月5日\n附件\n4\n各地情况表\n正文。',
      [['附件⏎4'.split('⏎')[0], 'attachment:attachmentLabel'], ['4', 'attachment:attachmentLabel'], ['各地情况表', 'attachment:title']]],
    ['attachment note wrapped (indented continuation)', '关于X的通知\n正文。\n附件：1.关于加强安全生产工作的\n　　　实施方案\n　　　2.名单\n青山市人民政府\n2024年3月5日',
      [['实施方案', 'mainBlock:attachmentNote'], ['2.名单', 'mainBlock:attachmentNote'], ['青山市人民政府', 'mainBlock:issuerSignature']]],
    ['copy-to spanning two lines, no print line', '关于X的通知\n正文。\n抄送：市委办公室，市人大常委会办公室，\n　　　市政协办公室。',
      [['抄送：市委办公室，市人大常委会办公室，', 'imprintBlock:copyTo'], ['市政协办公室。', 'imprintBlock:copyTo']]],
    ['page numbers in a text draft', '关于X的通知\n正文。\n— 1 —\n正文二。\n- 2 -',
      [['— 1 —', 'mainBlock:pageNumber'], ['- 2 -', 'mainBlock:pageNumber']]],
    ['版记 before the attachments: still copy-to and print line', '关于X的通知\n正文。\n青山市人民政府\n2024年3月5日\n抄送：市委办公室，\n　　　市政协办公室。\n青山市人民政府办公室　2024年3月5日印发\n附件\n名单\n张三',
      [['抄送：市委办公室，', 'mainBlock:copyTo'], ['市政协办公室。', 'mainBlock:copyTo'], ['青山市人民政府办公室　2024年3月5日印发', 'mainBlock:printLine'], ['附件', 'attachment:attachmentLabel']]],
    ['a bare number line is no page number', '关于X的通知\n正文。\n3\n正文二。', [['3', 'mainBlock:paragraph']]],
  ];
  test.each(cases)('%s', (_n, text, expected) => {
    const tree = txt(text);
    for (const [value, type] of expected) expect(typeOf(tree, value), value).toBe(type);
  });

  test('signature of more than two non-organ lines stops at two', () => {
    const t = txt('关于X的通知\n正文。\n甲乙丙\n丁戊己\n庚辛壬\n2024年3月5日');
    expect(typeOf(t, '甲乙丙')).toBe('mainBlock:paragraph');
    expect(typeOf(t, '丁戊己')).toBe('mainBlock:issuerSignature');
  });
});

describe('recognise: degenerate inputs', () => {
  test('no lines at all', () => {
    expect(recognise([], { format: 'txt' })).toEqual({
      type: 'document', format: 'txt', children: [{ type: 'mainBlock', children: [{ type: 'body', children: [] }] }],
    });
  });
  test('only blank lines', () => {
    expect(shape(txt('\n\n　　\n'))).toEqual([]);
  });
  test('one line of body text', () => {
    expect(shape(txt('请各单位认真贯彻落实。'))).toEqual(['mainBlock:paragraph:请各单位认真贯彻落实。']);
  });
  test('only a title', () => {
    expect(shape(txt('关于做好防汛工作的通知'))).toEqual(['mainBlock:title:关于做好防汛工作的通知']);
  });
});

describe('recognise: directives', () => {
  test('directive lines anywhere', () => {
    const t = txt('gongwen-lint-disable element/title\n关于X的通知\n正文。\ngongwen-lint-enable');
    expect(shape(t)).toEqual([
      'mainBlock:directive:gongwen-lint-disable element/title',
      'mainBlock:title:关于X的通知',
      'mainBlock:paragraph:正文。',
      'mainBlock:directive:gongwen-lint-enable',
    ]);
  });
});

describe('recognise: Markdown hints', () => {
  const md = (lines: Array<Partial<Line> & { value: string }>) =>
    recognise(lines.map((l, i) => ({ type: 'line', position: { start: { line: i + 1, column: 1, offset: i * 10 }, end: { line: i + 1, column: 1 + l.value.length, offset: i * 10 + l.value.length } }, ...l }) as Line), { format: 'md' });
  test('a top heading is the title; headings without counters get a depth; table cells form a table', () => {
    const tree = md([
      { value: '工作方案', markdown: 'heading', markdownDepth: 1 },
      { value: '总体要求', markdown: 'heading', markdownDepth: 2 },
      { value: '正文。' },
      { value: '单位', markdown: 'tableCell' },
      { value: '人数', markdown: 'tableCell' },
    ]);
    expect(shape(tree)).toEqual([
      'mainBlock:title:工作方案',
      'mainBlock:heading1:总体要求',
      'mainBlock:paragraph:正文。',
      'mainBlock:table:单位⏎人数',
    ]);
  });

  test('Markdown heading depth counts from the title level; a counter heading at the top is no title', () => {
    const tree = md([
      { value: '工作方案', markdown: 'heading', markdownDepth: 2 },
      { value: '总体要求', markdown: 'heading', markdownDepth: 3 },
      { value: '具体目标', markdown: 'heading', markdownDepth: 4 },
    ]);
    expect(shape(tree)).toEqual(['mainBlock:title:工作方案', 'mainBlock:heading1:总体要求', 'mainBlock:heading2:具体目标']);
    const noTitle = md([{ value: '一、总体要求', markdown: 'heading', markdownDepth: 1 }, { value: '正文。' }]);
    expect(shape(noTitle)).toEqual(['mainBlock:heading1:一、总体要求', 'mainBlock:paragraph:正文。']);
  });
});

describe('recognise: DOCX formatting', () => {
  const run = (text: string, extra: Partial<Run> = {}): Run => ({ text, offset: 0, sizeHalfPoints: 32, ...extra });
  const docxLine = (value: string, o: { size?: number; color?: string; align?: string; container?: Line['container']; numbered?: boolean; outline?: number } = {}): Line => {
    const format: ParagraphFormat = {};
    if (o.align) format.alignment = o.align;
    if (o.numbered) format.numbered = true;
    if (o.outline !== undefined) format.outlineLevel = o.outline;
    return { type: 'line', value, runs: [run(value, { sizeHalfPoints: o.size ?? 32, color: o.color })], format, container: o.container ?? 'body' };
  };
  const docx = (lines: Line[]) => recognise(lines.map((l, i) => ({ ...l, ordinal: i + 1 })), { format: 'docx', docx: { sections: [], evenAndOddHeaders: false, comments: [], trackedChanges: [], parts: [] } });

  test('red large text at the top is the issuer mark; centred ≥ 20 pt is the title even without a kind word', () => {
    const tree = docx([
      docxLine('青山市人民政府', { size: 72, color: 'FF0000', align: 'center' }),
      docxLine('青政发〔2024〕5号', { align: 'center' }),
      docxLine('2024年防汛工作安排', { size: 44, align: 'center' }),
      docxLine('各区人民政府：'),
      docxLine('正文。'),
    ]);
    expect(shape(tree)).toEqual([
      'headerBlock:issuerMark:青山市人民政府',
      'headerBlock:documentNumber:青政发〔2024〕5号',
      'mainBlock:title:2024年防汛工作安排',
      'mainBlock:addressee:各区人民政府：',
      'mainBlock:paragraph:正文。',
    ]);
    expect(tree.docx).toBeDefined();
  });

  test('an issuer mark in a text box, with no number', () => {
    const tree = docx([
      docxLine('青山市人民政府办公室', { size: 52, color: 'E00000', container: 'textbox' }),
      docxLine('关于X的函', { size: 44, align: 'center' }),
      docxLine('正文。'),
    ]);
    expect(shape(tree).slice(0, 2)).toEqual(['headerBlock:issuerMark:青山市人民政府办公室', 'mainBlock:title:关于X的函']);
  });

  test('a red “…纪要” mark (纪要格式, no title) makes the document minutes', () => {
    const tree = docx([
      docxLine('青山市人民政府常务会议纪要', { size: 52, color: 'FF0000', align: 'center' }),
      docxLine('〔2025〕5号', { align: 'center' }),
      docxLine('会议研究了有关事项。纪要如下：'),
      docxLine('出席：李强，王敏'),
    ]);
    expect(shape(tree).slice(0, 2)).toEqual(['headerBlock:issuerMark:青山市人民政府常务会议纪要', 'headerBlock:documentNumber:〔2025〕5号']);
    expect(tree.kind).toBe('minutes');
  });

  test('a title spans centred large lines only', () => {
    const tree = docx([
      docxLine('关于做好2024年防汛', { size: 44, align: 'center' }),
      docxLine('工作的通知', { size: 44, align: 'center' }),
      docxLine('各单位：'),
    ]);
    expect(shape(tree)[0]).toBe('mainBlock:title:关于做好2024年防汛⏎工作的通知');
  });

  test('Word-numbered headings: depth from the outline level, counted from the highest used', () => {
    const tree = docx([
      docxLine('关于X的通知', { size: 44, align: 'center' }),
      docxLine('总体要求', { numbered: true, outline: 1 }),
      docxLine('指导思想', { numbered: true, outline: 2 }),
      docxLine('正文。'),
    ]);
    expect(shape(tree).slice(1)).toEqual(['mainBlock:heading1:总体要求', 'mainBlock:heading2:指导思想', 'mainBlock:paragraph:正文。']);
  });

  test('Word-numbered paragraphs with a generated label: the label gives the depth', () => {
    const label = (value: string, numberingText: string) => {
      const l = docxLine(value, { numbered: true, outline: 0 });
      l.format!.numberingText = numberingText;
      return l;
    };
    const tree = docx([
      docxLine('关于X的通知', { size: 44, align: 'center' }),
      label('总体要求', '一、'),
      label('指导思想', '（一）'),
      label('加强领导。各地要落实。', '1、'),
      label('细化', '(1)'),
      label('甲项内容', '●'),
    ]);
    expect(shape(tree).slice(1)).toEqual([
      'mainBlock:heading1:总体要求', 'mainBlock:heading2:指导思想', 'mainBlock:heading3:加强领导。各地要落实。',
      'mainBlock:heading4:细化', 'mainBlock:paragraph:甲项内容',
    ]);
  });

  test('Word-numbered paragraph without outline level: the heading style number gives the depth', () => {
    const line = docxLine('保障措施', { numbered: true });
    line.format!.styleName = 'Heading 2';
    const plain = docxLine('一般条目', { numbered: true });
    const tree = docx([docxLine('关于X的通知', { size: 44, align: 'center' }), line, plain]);
    expect(shape(tree).slice(1)).toEqual(['mainBlock:heading2:保障措施', 'mainBlock:paragraph:一般条目']);
  });

  test('a "——…" subtitle set like the title joins it; one in body type is a paragraph of its own', () => {
    const same = docx([
      docxLine('凝心聚力开拓进取', { size: 44, align: 'center' }),
      docxLine('——在全市工作会议上的讲话', { size: 44, align: 'center' }),
      docxLine('同志们：'),
    ]);
    expect(shape(same).map((s) => s.split(':').slice(0, 2).join(':'))).toEqual(['mainBlock:title', 'mainBlock:addressee']);
    const smaller = docx([
      docxLine('关于印发《示例》的通知', { size: 44, align: 'center' }),
      docxLine('——关于做好标准化工作的通知', { size: 32, align: 'center' }),
      docxLine('各有关单位：'),
      docxLine('正文。'),
    ]);
    expect(shape(smaller)).toEqual([
      'mainBlock:title:关于印发《示例》的通知',
      'mainBlock:paragraph:——关于做好标准化工作的通知',
      'mainBlock:addressee:各有关单位：',
      'mainBlock:paragraph:正文。',
    ]);
  });

  test('Word-numbered paragraphs: an empty label means no visible counter, not an unknown one', () => {
    const numbered = (value: string, numberingText: string | undefined) => {
      const l = docxLine(value, { numbered: true, outline: 0 });
      if (numberingText !== undefined) l.format!.numberingText = numberingText;
      return l;
    };
    const tree = docx([
      docxLine('关于X的通知', { size: 44, align: 'center' }),
      numbered('一、全面排查', ''),
      numbered('（一）落实责任。', ''),
      numbered('统筹协调', ''),
      numbered('总体要求', undefined),
    ]);
    expect(shape(tree).slice(1)).toEqual([
      'mainBlock:heading1:一、全面排查', 'mainBlock:heading2:（一）落实责任。', 'mainBlock:paragraph:统筹协调', 'mainBlock:heading1:总体要求',
    ]);
  });

  test('table lines group into a table element; red seal placeholder is a seal', () => {
    const tree = docx([
      docxLine('关于X的通知', { size: 44, align: 'center' }),
      docxLine('序号', { container: 'table' }),
      docxLine('名称', { container: 'table' }),
      docxLine('正文。'),
      docxLine('青山市人民政府', { align: 'right' }),
      docxLine('（盖章）', { color: 'C00000', align: 'right' }),
      docxLine('2024年3月5日', { align: 'right' }),
    ]);
    expect(shape(tree).slice(1)).toEqual([
      'mainBlock:table:序号⏎名称',
      'mainBlock:paragraph:正文。',
      'mainBlock:issuerSignature:青山市人民政府',
      'mainBlock:seal:（盖章）',
      'mainBlock:issueDate:2024年3月5日',
    ]);
  });
});

describe('recognise: reported cases', () => {
  // [name, text, [line value, block:element(+depth)] …]
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['紧急, №000128, 机密＊1年: a 版头 with wrong forms', '№000128\n机密＊1年\n紧急\n青山市人民政府文件\n青政发〔2024〕5号\n关于X的通知\n各单位：\n正文。',
      [['№000128', 'headerBlock:copyNumber'], ['机密＊1年', 'headerBlock:classification'], ['紧急', 'headerBlock:urgency'],
        ['青山市人民政府文件', 'headerBlock:issuerMark'], ['关于X的通知', 'mainBlock:title']]],
    ['特急件 and 份号：', '份号：000128\n特急件\n青山市人民政府文件\n青政发〔2024〕5号\n关于X的通知\n正文。',
      [['份号：000128', 'headerBlock:copyNumber'], ['特急件', 'headerBlock:urgency']]],
    ['level-3 counter followed by a year', '关于X的通知\n各单位：\n3.2019年底前完成全部任务。\n4.2020年起全面推开。',
      [['3.2019年底前完成全部任务。', 'mainBlock:heading3'], ['4.2020年起全面推开。', 'mainBlock:heading3']]],
    ['a decimal is still no counter', '关于X的通知\n各单位：\n1.5亿元资金已到位。', [['1.5亿元资金已到位。', 'mainBlock:paragraph']]],
    ['print line with a 2-digit year', '关于X的通知\n正文。\n青山市人民政府\n2024年3月5日\n抄送：市委办公室。\n××市人民政府办公室 24年3月5日印发',
      [['抄送：市委办公室。', 'imprintBlock:copyTo'], ['××市人民政府办公室 24年3月5日印发', 'imprintBlock:printLine']]],
    ['print line without a date', '关于X的通知\n正文。\n青山市人民政府\n2024年3月5日\n抄送：市委办公室。\n××市人民政府办公室印发',
      [['××市人民政府办公室印发', 'imprintBlock:printLine']]],
    ['print line alone without a date', '关于X的通知\n正文。\n青山市人民政府\n2024年3月5日\n××市人民政府办公室印发',
      [['××市人民政府办公室印发', 'imprintBlock:printLine']]],
    ['template print line without 印发 after the copy-to', '关于X的通知\n正文。\nXX单位办公室\n202X年X月X日\n抄送：XX部门、XX委员会\nXX单位办公室\t202X年X月X日',
      [['抄送：XX部门、XX委员会', 'imprintBlock:copyTo'], ['XX单位办公室\t202X年X月X日'.trim(), 'imprintBlock:printLine']]],
    ['a sentence ending in 印发 is body text', '关于X的通知\n正文。\n青山市人民政府\n2024年3月5日\n现将方案予以印发',
      [['现将方案予以印发', 'mainBlock:paragraph']]],
    ['title with a full stop at its end, addressee below', '关于做好春节期间安全工作的通知。\n各单位：\n正文。',
      [['关于做好春节期间安全工作的通知。', 'mainBlock:title'], ['各单位：', 'mainBlock:addressee']]],
    ['title with a comma inside, under a 版头', '青山市人民政府文件\n青政发〔2024〕5号\n关于做好春节，元旦期间安全工作的通知\n正文。',
      [['关于做好春节，元旦期间安全工作的通知', 'mainBlock:title']]],
    ['a sentence at the top with a kind word and a full stop is no title', '现将关于做好防汛工作的通知。\n正文。',
      [['现将关于做好防汛工作的通知。', 'mainBlock:paragraph']]],
    ['template label 称谓 above the salutation', '在全市会议上的讲话稿\n称谓\n各位同志：\n一、开场说明',
      [['称谓', 'mainBlock:addressee'], ['各位同志：', 'mainBlock:addressee'], ['一、开场说明', 'mainBlock:heading1']]],
    ['template placeholders for signature and date, then the remark', '关于X的请示\n[主送单位]：\n正文。\n妥否，请批示。\n[发文单位]\n[日期]\n（联系人：[联系人]，电话：[电话]）',
      [['妥否，请批示。', 'mainBlock:paragraph'], ['[发文单位]', 'mainBlock:issuerSignature'], ['[日期]', 'mainBlock:issueDate'],
        ['（联系人：[联系人]，电话：[电话]）', 'mainBlock:remark']]],
    ['a [日期] placeholder in the body is no issue date', '关于X的通知\n会议时间：\n[日期]\n请准时参加。', [['[日期]', 'mainBlock:paragraph']]],
  ];
  test.each(cases)('%s', (_n, text, expected) => {
    const tree = txt(text);
    for (const [value, type] of expected) expect(typeOf(tree, value), value).toBe(type);
  });
});

describe('recognise: titles broken at odd places, a 版头 of wrong forms', () => {
  const cases: Array<[string, string, string[], string | undefined, string | undefined]> = [
    ['a first line that is only a place name', '青山市\n人民政府关于做好防汛工作的通知\n各区县人民政府：\n正文内容如下。',
      ['mainBlock:title:青山市⏎人民政府关于做好防汛工作的通知', 'mainBlock:addressee:各区县人民政府：', 'mainBlock:paragraph:正文内容如下。'], 'notice', '通知'],
    ['a kind word split over the break', '关于做好春季农业生产工作的通\n知\n各区县人民政府：\n正文内容如下。',
      ['mainBlock:title:关于做好春季农业生产工作的通⏎知', 'mainBlock:addressee:各区县人民政府：', 'mainBlock:paragraph:正文内容如下。'], 'notice', '通知'],
    ['№, ＊ and 紧急 together in one 版头', '№000128\n机密＊1年\n紧急\n青山市人民政府文件\n青府发〔2024〕3号\n关于做好防汛工作的通知\n各区县人民政府：\n正文内容如下。',
      ['headerBlock:copyNumber:№000128', 'headerBlock:classification:机密＊1年', 'headerBlock:urgency:紧急',
        'headerBlock:issuerMark:青山市人民政府文件', 'headerBlock:documentNumber:青府发〔2024〕3号',
        'mainBlock:title:关于做好防汛工作的通知', 'mainBlock:addressee:各区县人民政府：', 'mainBlock:paragraph:正文内容如下。'], 'notice', '通知'],
    ['the same 版头 above a place-name title line', '№000128\n机密＊1年\n紧急\n青山市人民政府文件\n青府发〔2024〕3号\n青山市\n人民政府关于做好防汛工作的通知\n各区县人民政府：\n正文。',
      ['headerBlock:copyNumber:№000128', 'headerBlock:classification:机密＊1年', 'headerBlock:urgency:紧急',
        'headerBlock:issuerMark:青山市人民政府文件', 'headerBlock:documentNumber:青府发〔2024〕3号',
        'mainBlock:title:青山市⏎人民政府关于做好防汛工作的通知', 'mainBlock:addressee:各区县人民政府：', 'mainBlock:paragraph:正文。'], 'notice', '通知'],
    ['a bare name above a title line is still no title', '张三\n人民政府关于做好防汛工作的通知\n正文。',
      ['mainBlock:paragraph:张三', 'mainBlock:paragraph:人民政府关于做好防汛工作的通知', 'mainBlock:paragraph:正文。'], undefined, undefined],
  ];
  test.each(cases)('%s', (_n, text, expected, kind, kindWord) => {
    const tree = txt(text);
    expect(shape(tree)).toEqual(expected);
    expect([tree.kind, tree.kindWord]).toEqual([kind, kindWord]);
  });
});

describe('template slots filed as elements are marked (issue 9)', () => {
  test('[主送单位]： [发文单位] [日期] carry templateSlot; filled elements do not', () => {
    const tree = txt(['关于开展安全检查的通知', '[主送单位]：', '现将有关事项通知如下。', '[发文单位]', '[日期]'].join('\n'));
    const elements = tree.children.flatMap((b) => b.children.flatMap((c) => (c.type === 'body' ? c.children : [c])));
    expect(elements.map((e) => [e.type, e.templateSlot ?? false])).toEqual([
      ['title', false], ['addressee', true], ['paragraph', false], ['issuerSignature', true], ['issueDate', true],
    ]);
  });
});
