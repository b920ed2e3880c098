/**
 * src/util/regex-scan.ts: the fast forms give exactly the matches of the slow ones they replace —
 * matchAllOf those of `text.matchAll(regex)`, LiteralScanner those of the regex `form1|form2|…`.
 */
import { describe, expect, it, vi } from 'vitest';
import { LiteralScanner, matchAllOf } from '../../src/util/regex-scan.js';

const slow = (text: string, regex: RegExp) => [...text.matchAll(regex)].map((m) => [m.index, ...m]);
const fast = (text: string, regex: RegExp) => matchAllOf(text, regex).map((m) => [m.index, ...m]);

const TEXTS = [
  '',
  '江苏省省委办公厅，各省省委，该省省委，省省委托',
  '我们要学习贯彻党的二十大精神。2021年以来学习贯彻十九大精神；过去学习贯彻',
  '𠀀省省委𠀀𠀀省省委😀x',
  'aaa bab abab',
  '原江苏省委书记，原北京市委副书记',
  '该省委，省𠀀委',
  '算帐号，蚊帐，记帐本，帐篷，abd ab xAB xab',
];

describe('matchAllOf gives the matches of matchAll', () => {
  const cases: Array<[string, RegExp]> = [
    ['leading lookbehinds, split', /(?<=\p{Script=Han})(?<![各该本每])省省委(?!托)/gu],
    ['variable-length negative lookbehind', /(?<!(?:20(?:1\d|2[0-2])年|过去|以来)[^。；！？\n]*)(?:学习|贯彻)(?:贯彻|落实)?(?:党的)?(?:十九大|二十大)精神/gu],
    ['top-level alternation: not split', /(?<![\p{Script=Han}])省省委|(?<=[江])苏省/gu],
    ['capture in the lookbehind: not split', /(?<=(江))苏/gu],
    ['captures after the lookbehind', /(?<=[，^]|^)原((?:\p{Script=Han}{2,3}省|北京市)(?:委|党委))(书记|副书记)/gu],
    ['empty matches', /(?<=a)b*/gu],
    ['empty matches without u', /(?<=a)b*/g],
    ['no lookbehind', /省委|书记/gu],
    ['lookbehind in a class is not a group', /(?<=[(?<=])x/g],
    // alternatives that begin (after lookbehinds) with a literal run: a line without one is not searched
    ['literal alternatives between lookarounds', /(?<![蚊罗营])帐(?=号|户|本)|(?<=[算记])帐(?![篷幕])/gu],
    ['a literal whose last character is optional: the rest required, still found', /(?<=a)bc?(?=d)/g],
    ['a literal run before an escape', /省\.?委|帐/gu],
    ['a literal run before groups', /(?<=^|[，。])原((?:\p{Script=Han}{2,3}省|北京市)(?:委|党委))(书记|副书记)/gu],
    ['a one-character run made optional: refused', /a?b|帐/gu],
    ['an optional astral character after the run: the run without it', /省𠀀?委/gu],
    ['case-insensitive: refused', /(?<=x)AB/gi],
    ['one plain literal', /书记/gu],
  ];
  it.each(cases)('%s', (_name, regex) => {
    for (const text of TEXTS) expect(fast(text, regex), text).toEqual(slow(text, regex));
    expect(regex.lastIndex).toBe(0);
  });

  it('a line without the literal run an alternative begins with is not searched (the regex never runs)', () => {
    const regex = /原(?:书记|常委)+|帐号?/gu;
    const exec = vi.spyOn(regex, 'exec');
    expect(matchAllOf('江苏省委书记，账户', regex)).toEqual([]);
    expect(exec).not.toHaveBeenCalled();
    expect(fast('原书记帐', regex)).toEqual(slow('原书记帐', regex));
    expect(exec).toHaveBeenCalled();
  });

  it('a regex that is not global is refused as matchAll refuses it', () => {
    expect(() => matchAllOf('x', /x/)).toThrow(TypeError);
  });
});

describe('LiteralScanner finds what the regex of its forms finds', () => {
  const forms = ['一如继往', '继往', '再接再励', '既使', '既使用', '𠀀字', '往开'].sort((a, b) => b.length - a.length);
  const regex = new RegExp(forms.join('|'), 'gu');
  it.each([
    '一如继往开来，再接再励',
    '既使用又既使',
    '继往继往开',
    '𠀀字𠀀字',
    '',
    '无关的文字',
  ])('%s', (text) => {
    const scanned = new LiteralScanner(forms).scan(text);
    expect(scanned).toEqual([...text.matchAll(regex)].map((m) => [m.index, m[0]]));
  });
});
