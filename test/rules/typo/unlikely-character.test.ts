import { describe, expect, it } from 'vitest';
import rule, { isBurst } from '../../../src/rules/typo/unlikely-character.js';
import { facts, lintWith, said } from '../../helpers/lint.js';

describe('typo/unlikely-character', () => {
  it.each([
    ['加强数局安全管理工作。', 4, 5, said('suspect', { char: '局', suggestion: '据', context: '加强数局安全管理' })],
    ['切实加强组识领导，确保各项任务落到实处。', 6, 7, said('suspect', { char: '识', suggestion: '织', context: '实加强组识领导，确' })],
    // a similar-looking character (形近字, not a homophone: 冶 yě / 治 zhì)
    ['全面推进依法冶国，建设法治政府。', 7, 8, said('suspect', { char: '冶', suggestion: '治', context: '推进依法冶国，建设' })],
    ['依法严历打击违法犯罪活动。', 4, 5, said('suspect', { char: '历', suggestion: '厉', context: '依法严历打击违法' })],
  ])('hints at %s', (text, column, endColumn, message) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'typo/unlikely-character', severity: 'warning', line: 1, column, endColumn, ...message });
    expect(messages[0]!.fix).toBeUndefined();
  });

  it.each([
    '加强数据安全管理工作。',
    '切实加强组织领导，确保各项任务落到实处。',
    '进一步完善社会保障体系，提高人民生活水平。',
    '坚持以人民为中心的发展思想。',
    '严格执行中央八项规定精神。',
    '加强对财政资金的监督管理，提高资金使用效益。',
    '认真贯彻落实党中央决策部署，持续优化营商环境。',
    // the right member of a similar-looking pair, and present-day terms the 2013 dictionary lacks
    '全面推进依法治国，建设法治政府。',
    '依法严厉打击违法犯罪活动。',
    '坚持辩证唯物主义和历史唯物主义。',
    '及时拨付专项资金，确保按期完成。',
    '加快补齐民生短板，织密扎牢民生保障网。',
    '弘扬社会主义核心价值观，维护公序良俗。',
    '推动专精特新中小企业发展。',
    // a very frequent character gets no prior bonus for its usual slips (自→资, 不→部)
    '本办法自本通知印发之日起施行。',
    '坚持国家不分大小、一律平等。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('treats a wording that recurs in the document as a term', () => {
    expect(lintWith(rule, '加强数局安全管理工作。\n数局中心要做好备份。')).toEqual([]);
  });

  it('never flags a protected term', () => {
    expect(lintWith(rule, '加强数局安全管理工作。', { config: { protectedTerms: ['数局'] } })).toEqual([]);
  });

  it('takes its threshold from the options', () => {
    const config = { rules: { 'typo/unlikely-character': ['warning', { threshold: 100 }] as ['warning', Record<string, unknown>] } };
    expect(lintWith(rule, '加强数局安全管理工作。', { config })).toEqual([]);
  });

  it('is in the recommended preset, as a warning (advisory, but a typo check users expect by default)', () => {
    expect(rule.meta.presets).toEqual(['recommended']);
    expect(rule.meta.severity).toBe('warning');
    expect(rule.meta.severity).toBe('warning');
  });
});

describe('typo/unlikely-character: names and set wording the word model cannot know (issue 9)', () => {
  const id = 'typo/unlikely-character';
  it.each([
    '授予汉斯·赫郝斯先生友谊奖。', // a transliterated name: a run touching a 间隔号
    '设立镇沅苗族自治乡。', // the place name before an autonomous township's ethnic names
    '举办“未来创翼”大赛。', // a short quoted name
    '因未按规定报送材料的，责令改正。', // a negation after a conjunction: not 因为
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it.each([
    // the slip beside each still draws its hint, and a region's misspelt name is no ethnic place name
    ['授予汉斯·赫郝斯先生友谊奖，加强数局安全管理。', 18, '局', '据'],
    ['设立镇沅苗族自治乡，加强数局安全。', 14, '局', '据'],
    ['举办“未来创翼”大赛，加强数局安全。', 15, '局', '据'],
    ['因未按规定报送材料的，加强数局安全。', 15, '局', '据'],
    ['厂西壮族自治区', 1, '厂', '广'],
  ])('still hints in %s', (text, column, char, suggestion) => {
    const messages = lintWith(rule, text);
    expect(messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, endColumn: m.endColumn, messageId: m.messageId, data: m.data })))
      .toEqual([{ ruleId: id, line: 1, column, endColumn: column + 1, messageId: 'suspect', data: expect.objectContaining({ char, suggestion }) }]);
  });
});

describe('typo/unlikely-character: look-alike pairs added in issue 9 (肋/助, 剑/检, 阵/陈)', () => {
  it.each([
    ['社会组织发挥辅肋作用。', 8, '肋', '助'],
    ['加强剑查执法工作。', 3, '剑', '检'],
    ['认真听取当事人的阵述和申辩。', 9, '阵', '陈'], // 阵 zhèn / 陈 chén: look-alike, not a homophone
  ])('hints at %s', (text, column, char, suggestion) => {
    const messages = lintWith(rule, text);
    expect(messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, messageId: m.messageId, data: m.data })))
      .toEqual([{ ruleId: 'typo/unlikely-character', line: 1, column, messageId: 'suspect', data: expect.objectContaining({ char, suggestion }) }]);
  });

  it.each(['社会组织发挥辅助作用。', '加强检查执法工作。', '本规定自印发之日起执行。', '加强耕地保护，严守红线。', '认真听取当事人的陈述和申辩。'])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });
});

describe('typo/unlikely-character: rows of a table or a list set out one per line are names, not sentences (issue 9)', () => {
  const at = (line: number, column: number, context: string) => ({
    ruleId: 'typo/unlikely-character', severity: 'warning', line, column, endColumn: column + 1,
    messageId: 'suspect', data: { char: '局', suggestion: '据', context },
  });
  it.each([
    ['a row of cells set out with spaces', '各单位：\n数局安全管理处　　某某局副局长\n'],
    ['a column of Han-only lines', '各单位：\n数局安全管理中心\n统计分析中心\n'],
    ['a column, the row second', '各单位：\n统计分析中心\n数局安全管理中心\n'],
    ['a name-and-post row whose post lists offices', '各单位：\n王明　大数局安全管理中心原主任、党委书记\n'],
    ['a name-and-post row with a note after the name', '各单位：\n王明（女）　大数局安全管理中心原主任，党委书记\n'],
    ['a name-and-post row, the name spaced', '各单位：\n王　明　大数局安全管理中心原主任、党委书记\n'],
  ])('stays silent on %s', (_, text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it.each([
    ['a sentence', '各单位：\n加强数局安全管理工作。', at(2, 4, '加强数局安全管理')],
    ['a Han-only line between sentences', '各单位：\n请按名单报送。\n数局安全管理中心\n请按时报送。', at(3, 2, '数局安全管理')],
    ['a name-and-post row that ends a sentence', '各单位：\n王明　大数局安全管理中心原主任、党委书记。\n', at(2, 6, '明　大数局安全管理')],
    ['a name-and-post row with a colon', '各单位：\n王明　大数局安全管理中心原主任：党委书记\n', at(2, 6, '明　大数局安全管理')],
    ['a first cell longer than a name', '各单位：\n加强大数局　安全管理中心原主任、党委书记\n', at(2, 5, '加强大数局　安全管')],
    ['a row that holds a sentence', '各单位：\n数局安全管理处　　某某局副局长，负责全面工作。\n', at(2, 2, '数局安全管理')],
    ['a 第X章 heading set with a space', '第二章　数局安全管理\n', at(1, 6, '二章　数局安全管理')],
    ['a title wrapped over two lines', '关于加强数局安全管理\n工作的通知\n', at(1, 6, '于加强数局安全管理')],
  ])('still hints in %s', (_, text, fact) => {
    expect(facts(lintWith(rule, text))).toEqual([fact]);
  });
});

describe('typo/unlikely-character: slips in idioms and set terms (issue 9, set-phrase path)', () => {
  it.each([
    // a function word as the slip: only a listed set phrase makes it one (以→已, 就→旧)
    ['这些问题由来以久，必须下决心解决。', 7, 8, said('suspect', { char: '以', suggestion: '已', context: '问题由来以久，必须' })],
    ['不能因循守就，要敢于创新。', 6, 7, said('suspect', { char: '就', suggestion: '旧', context: '能因循守就，要敢于' })],
    // set terms of present-day official writing the 2013 dictionary lacks (lexicons/official-vocabulary.txt)
    ['要锲而不舍、驰而不细地纠治四风。', 10, 11, said('suspect', { char: '细', suggestion: '息', context: '、驰而不细地纠治四' })],
    ['对重大风险要做到防患未燃。', 12, 13, said('suspect', { char: '燃', suggestion: '然', context: '到防患未燃。' })],
    ['要坚持不懈，久久为公。', 10, 11, said('suspect', { char: '公', suggestion: '功', context: '，久久为公。' })],
  ])('hints at %s', (text, column, endColumn, message) => {
    const messages = lintWith(rule, text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'typo/unlikely-character', severity: 'warning', line: 1, column, endColumn, ...message });
  });

  it.each([
    '这些问题由来已久，必须下决心解决。',
    '不能因循守旧，要敢于创新。',
    '要锲而不舍、驰而不息地纠治四风。',
    '对重大风险要做到防患未然。',
    // both forms are words: neither is a slip of the other
    '坚持因地制宜、因时制宜。',
    '对违纪问题严肃查处、绝不姑息。',
    '对违纪问题严肃查处、决不姑息。',
    // particles are never the slip, not even on this path (第十九届 is a word)
    '根据党的十九届三中全会精神。',
  ])('stays silent on %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it.each([
    // look-alike (衣/农, 盆/贫) and near-sound (应/因: back and front nasal) pairs of the written table
    ['大力发展农村经济，增加衣民收入。', 12, 13, said('suspect', { char: '衣', suggestion: '农', context: '济，增加衣民收入。' })],
    ['坚决打赢脱盆攻坚战。', 6, 7, said('suspect', { char: '盆', suggestion: '贫', context: '决打赢脱盆攻坚战。' })],
    ['坚持应地制宜，分类推进。', 3, 4, said('suspect', { char: '应', suggestion: '因', context: '坚持应地制宜，' })],
  ])('hints at a look-alike or near-sound slip in %s', (text, column, endColumn, message) => {
    expect(lintWith(rule, text)).toMatchObject([{ ruleId: 'typo/unlikely-character', line: 1, column, endColumn, ...message }]);
  });

  it.each(['大力发展农村经济，增加农民收入。', '坚决打赢脱贫攻坚战。', '坚持因地制宜，分类推进。', '各地应因地制宜，分类推进。'])('stays silent on the right form %s', (text) => {
    expect(lintWith(rule, text)).toEqual([]);
  });

  it('takes the set-phrase threshold from the options (the set-phrase path works on its own)', () => {
    const options = (o: Record<string, number>) => ({ rules: { 'typo/unlikely-character': ['warning', o] as ['warning', Record<string, unknown>] } });
    const text = '这些问题由来以久，必须下决心解决。';
    expect(lintWith(rule, text, { config: options({ threshold: 100 }) }).map((m) => m.column)).toEqual([7]);
    expect(lintWith(rule, text, { config: options({ threshold: 100, setPhraseThreshold: 100 }) })).toEqual([]);
  });
});

describe('typo/unlikely-character: a burst of hints in one paragraph', () => {
  // four sentences that each draw one hint (above): one paragraph of them is a burst, which says the
  // text is not the prose the model knows (classical Chinese quoted in full, dialect), not four slips
  const sentences = ['加强数局安全管理工作。', '切实加强组识领导，确保各项任务落到实处。', '全面推进依法冶国，建设法治政府。', '依法严历打击违法犯罪活动。'];

  it('keeps three hints in one paragraph', () => {
    const text = sentences.slice(0, 3).join('');
    expect(facts(lintWith(rule, text)).map(({ ruleId, line, column, messageId }) => ({ ruleId, line, column, messageId }))).toEqual([
      { ruleId: 'typo/unlikely-character', line: 1, column: 4, messageId: 'suspect' },
      { ruleId: 'typo/unlikely-character', line: 1, column: 17, messageId: 'suspect' },
      { ruleId: 'typo/unlikely-character', line: 1, column: 38, messageId: 'suspect' },
    ]);
  });

  it('drops four dense hints in one paragraph, and keeps them one paragraph each', () => {
    expect(lintWith(rule, sentences.join(''))).toEqual([]);
    expect(lintWith(rule, sentences.join('\n')).map((m) => m.line)).toEqual([1, 2, 3, 4]);
  });

  it.each([
    [3, 30, false], [4, 120, true], [4, 121, false], [10, 300, true], [10, 301, false], [1, 1, false],
  ])('isBurst(%i hints, %i characters) is %s', (hints, length, burst) => {
    expect(isBurst(hints, length)).toBe(burst);
  });
});
