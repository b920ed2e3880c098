/**
 * 标题回行 (title line breaks): GB/T 9704—2012 7.3.1 “标题……可分一行或多行居中排布；回行时，要做到词意完整，
 * 排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形”. A title of two or three lines (a title
 * element with several lines) must not break
 * - inside a word (as `Intl.Segmenter` cuts the joined title, or a four-character term of the word list
 *   such as 安全生产 that the segmenter cuts in two): “关于进一步加强安全\n生产工作的通知”;
 * - inside 〔〕《》“”（）‘’〈〉【】: “关于印发《青山市\n安全生产条例》的通知”;
 * - between a number and its unit: “关于做好2024\n年度……的通知”;
 * - inside a place or organ name: “青山市\n人民政府关于……”, “青山\n市人民政府……”;
 * - between a modifier and the head noun 工作 of a verb's object: “关于做好防汛\n工作的通知”.
 * A long name in 《》 or quotes (over 12 characters with the marks) may be broken where its words allow,
 * as published titles do; a year in 〔〕 never.
 * A warning: the clause is a layout instruction, and the shape (trapezoid or diamond) is not judged.
 */
import { wordFrequencyBucket } from '../../lexicon/char-model.js';
import { segmentWords } from '../../parsers/chinese/index.js';
import { kindOfTitle } from '../../parsers/structure.js';
import { defineRule, type RuleContext } from '../../rule.js';
import type { Line } from '../../tree/types.js';
import { mainTitleLines } from './shared.js';

const CLAUSE = 'GB/T 9704—2012 7.3.1';
const OPEN = '〔《“（(‘〈【';
const CLOSE = '〕》”）)’〉】';
const HAN_END = /\p{Script=Han}$/u;
const PLACE_END = /(?:省|市|县|区|自治区|自治州|自治县|州|盟|旗)$/;
const ORGAN_START = /^(?:人民政府|人民代表大会常务委员会|人民代表大会|人大常委会|人民法院|人民检察院|政府|党委|委员会|政协|纪委|监委|办公厅|办公室)/;
const SUFFIX_WORD = /^(?:省|市|县|区|州)$/;
/** Words after which a break before 工作 is fine: verbs, function words, organ names. */
const BEFORE_WORK_OK = /(?:关于|的|和|与|及|等|做好|抓好|加强|开展|推进|推动|深化|规范|完善|改进|创新|落实|部署|印发|转发|批转|进一步|全面|切实|扎实|继续|政府|委员会|办公厅|办公室|部|局|厅|委|院|会)$/;

const VERB = /^(?:做好|抓好|搞好|加强|开展|推进|推动|深化|规范|完善|改进|落实|部署|进一步|切实|扎实|继续|全面|认真|组织|启动|实施)$/;

/** Words of 2–4 characters of the word list (jieba + official vocabulary; the typo model's list). */
function isKnownWord(text: string): boolean {
  // rare entries (bucket below 7) are often phrases cut out of text
  return text.length >= 2 && (wordFrequencyBucket(text) ?? -1) >= 7;
}

/**
 * The titles' lines: the main title as element/shared's mainTitleLines finds it (defensively: the
 * recogniser does not see a title broken badly — “青山市⏎人民政府关于……”, “……的通⏎知” — nor one under a
 * 版头 it did not accept), and the attachments' titles.
 */
function titleLines(context: RuleContext): Line[][] {
  const main = mainTitleLines(context.lines, kindOfTitle).map((e) => e.line);
  const others = context.lines
    .filter((e) => e.element.type === 'title' && e.block === 'attachment')
    .map((e) => e.element)
    .filter((el, k, all) => all.indexOf(el) === k)
    .map((el) => el.children);
  return main.length ? [main, ...others] : others;
}

interface Break {
  messageId: 'word' | 'bracket' | 'name' | 'phrase';
  /** Offset in the joined title where the split unit starts. */
  from: number;
  unit: string;
}

function judgeBreak(joined: string, at: number, words: ReturnType<typeof segmentWords>): Break | undefined {
  // Inside a pair of marks.
  const stack: number[] = [];
  for (let k = 0; k < at; k++) {
    const ch = joined[k];
    const o = OPEN.indexOf(ch);
    const c = CLOSE.indexOf(ch);
    if (o >= 0) stack.push(k);
    else if (c >= 0 && stack.length && OPEN.indexOf(joined[stack[stack.length - 1]]) === c) stack.pop();
  }
  if (stack.length) {
    const open = stack[stack.length - 1];
    const closeAt = joined.indexOf(CLOSE[OPEN.indexOf(joined[open])], at);
    const unit = joined.slice(open, closeAt >= 0 ? closeAt + 1 : joined.length);
    // A year in 〔〕 always fits on one line; a long name in 《》 or quotes may have to be broken (the
    // published titles do so), then only the words inside must stay whole.
    if (joined[open] === '〔' || (unit.length <= 12 && !/[、，]$/.test(joined.slice(0, at)))) return { messageId: 'bracket', from: open, unit };
  }
  // A number and its unit: “2024⏎年度”, “12⏎个”.
  const number = /\d+(?:\.\d+)?$/.exec(joined.slice(0, at));
  const unitAfter = number && /^(?:[\d.]+|[年月日号个项万亿%‰][度底份]?)/.exec(joined.slice(at));
  if (number && unitAfter) return { messageId: 'word', from: number.index, unit: number[0] + unitAfter[0] };
  if (!HAN_END.test(joined.slice(0, at)) || !/^\p{Script=Han}/u.test(joined.slice(at))) return undefined;
  // Inside a word.
  const inside = words.find((w) => w.isWordLike && w.start < at && w.end > at);
  if (inside) return { messageId: 'word', from: inside.start, unit: inside.text };
  const k = words.findIndex((w) => w.start === at);
  const before = words[k - 1];
  const after = words[k];
  if (!before || !after) return undefined;
  // A word of the word list across the break, from a segment boundary to a segment boundary
  // (印|发 and 安全|生产 are two segments each).
  for (let i = k - 1; i >= 0 && i >= k - 3; i--) {
    for (let j = k; j < words.length && j <= k + 2; j++) {
      const from = words[i].start;
      const to = words[j].end;
      if (to - from > 4 || to - from < 2) continue;
      const unit = joined.slice(from, to);
      if (/^\p{Script=Han}+$/u.test(unit) && isKnownWord(unit) && !unit.startsWith('关于')) return { messageId: 'word', from, unit };
    }
  }
  // A place name and its organ, or a name and its 省/市/县 suffix.
  const head = joined.slice(0, at);
  const tail = joined.slice(at);
  const organ = ORGAN_START.exec(tail);
  if (organ && PLACE_END.test(head) && before.text !== '关于') {
    // 青山|市: the name before a one-character suffix belongs to it.
    const name = before.text.length === 1 && words[k - 2]?.isWordLike && /^\p{Script=Han}+$/u.test(words[k - 2].text) && words[k - 2].text !== '关于' ? words[k - 2] : before;
    return { messageId: 'name', from: name.start, unit: joined.slice(name.start, at) + organ[0] };
  }
  if (SUFFIX_WORD.test(after.text) && before.text.length >= 2 && /^\p{Script=Han}+$/u.test(before.text) && before.text !== '关于' && !/(?:全|各|本|我|该)$/.test(before.text)) {
    const organAfter = ORGAN_START.exec(joined.slice(after.end));
    return { messageId: 'name', from: before.start, unit: before.text + after.text + (organAfter?.[0] ?? '') };
  }
  // 防汛 | 工作: the object's modifier and its head noun.
  // Only when a verb governs the two (做好|防汛|工作): after a longer compound (春耕生产|工作指南,
  // 铁路规划建设|工作) published titles break there.
  const verb = words[k - 2];
  if (after.text === '工作' && before.text.length >= 2 && /^\p{Script=Han}+$/u.test(before.text) && !BEFORE_WORK_OK.test(head) && verb && VERB.test(verb.text)) {
    return { messageId: 'phrase', from: before.start, unit: before.text + after.text };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'element/title-linebreak',
    category: 'element',
    clause: CLAUSE,
    description: {
      zh: '多行标题回行时要做到词意完整：不在词语、书名号、引号、括号或机关名称中间断行',
      en: 'A title on several lines keeps words whole: no break inside a word, brackets, quotes or an organ name',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      word: {
        zh: '标题回行拆开了词语“{unit}”，回行时要做到词意完整',
        en: 'The title breaks inside the word “{unit}”; a title keeps words whole across lines',
      },
      bracket: {
        zh: '标题在“{unit}”中间回行，回行时要做到词意完整',
        en: 'The title breaks inside “{unit}”; a title keeps words whole across lines',
      },
      name: {
        zh: '标题回行拆开了名称“{unit}”，回行时要做到词意完整',
        en: 'The title breaks the name “{unit}” across lines; a title keeps words whole',
      },
      phrase: {
        zh: '标题回行拆开了“{unit}”，回行时要做到词意完整',
        en: 'The title breaks “{unit}” across lines; a title keeps words whole',
      },
    },
    examples: {
      bad: [
        '青山市人民政府文件\n青政发〔2024〕12号\n\n青山市人民政府关于做好防汛\n工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n',
        '青山市人民政府文件\n青政发〔2024〕12号\n\n青山市人民政府关于印发《青山市\n安全生产条例》的通知\n\n各区县人民政府：\n现将条例印发给你们。\n',
      ],
      good: [
        '青山市人民政府文件\n青政发〔2024〕12号\n\n青山市人民政府关于\n做好防汛工作的通知\n\n各区县人民政府：\n现将有关事项通知如下。\n',
        '青山市人民政府文件\n青政发〔2024〕12号\n\n青山市人民政府关于印发\n《青山市安全生产条例》的通知\n\n各区县人民政府：\n现将条例印发给你们。\n',
      ],
    },
  },
  check(context) {
    for (const title of titleLines(context)) {
      // The title's lines; a DOCX title may also hold manual line breaks inside one paragraph.
      const parts: Array<{ line: Line; start: number; end: number }> = [];
      for (const line of title) {
        const re = /[^\n]+/g;
        for (const m of line.value.matchAll(re)) {
          const lead = m[0].length - m[0].trimStart().length;
          const text = m[0].trim();
          if (text) parts.push({ line, start: m.index! + lead, end: m.index! + lead + text.length });
        }
      }
      if (parts.length < 2 || parts.length > 4) continue;
      let joined = '';
      const at: number[] = [];
      for (const p of parts) {
        at.push(joined.length);
        joined += p.line.value.slice(p.start, p.end);
      }
      if (joined.length > 120) continue;
      const words = segmentWords(joined);
      for (let k = 1; k < parts.length; k++) {
        const found = judgeBreak(joined, at[k], words);
        if (!found) continue;
        const prev = parts[k - 1];
        const start = prev.start + Math.max(0, found.from - at[k - 1]);
        context.report({ line: prev.line, start, end: prev.end, messageId: found.messageId, data: { unit: found.unit } });
      }
    }
  },
});
