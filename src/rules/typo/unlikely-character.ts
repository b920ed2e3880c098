/**
 * Characters unlikely in their context (statistical, warning; in `recommended` because a reviewer
 * expects a typo check by default and it draws only ~20 warnings on 2.7M characters of published
 * documents, mostly names — turn it off per project if those bother you): a character is
 * reported when swapping it for a homophone makes its neighbourhood far more probable under a word
 * language model (src/lexicon/char-model.ts: jieba's MIT word frequencies, pinyin-pro's readings,
 * plus present-day official vocabulary). Suggestions only, no fix: the model cannot know names.
 *
 * Guards for real documents: only body text (not signatures, addressees, copy-to lines); runs of
 * four or more Han characters; function words never; a character whose two-character
 * neighbourhood occurs again in the document is a term, not a slip; protected terms. Issue 9, names
 * the word model cannot know: transliterated foreign names (a run touching a 间隔号: 汉斯·赫郝斯), the
 * place name right before an autonomous county's ethnic names (镇沅苗族自治乡), a short quoted name
 * (“未来创翼”大赛: contests, brands, slogans); and a negation after a conjunction or adverb (因未履行:
 * the model prefers 因为, the writer means the negation); rows of a table or a list set out one per
 * line (no point mark, cells apart by spaces or a column of Han-only lines: names and posts, places,
 * projects — 17 of 54 held-out warnings were such rows, counted by feature; 0 on the tuning part, whose
 * rows the vocabulary had absorbed) and name-and-post rows of member and awardee lists (吴荣南　厦门航空有限
 *公司原党委副书记、总经理, no sentence end: 12 more held-out, 1 tuning). Tried and dropped: skipping a slot of a parallel frame (老有所养、老有所医) — the
 * frames of real prose repeat words a slip sits next to (建笠全民健身 … 全民健身), recall fell 1–2 points.
 *
 * Candidates: homophones, similar-looking characters (形近字, a hand-written table) and confusions
 * seen at least twice in the tuning split of ECSpell-ODW (with a prior bonus, none for very frequent
 * characters such as 不 自).
 *
 * Measured (scripts/typo-eval.mjs, ECSpell-ODW, sentence level, preset recommended with
 * typo/common-typo), issue 9: threshold 8 (default since) precision 98.9% / recall 40.5% on the
 * held-out part, after present-day vocabulary prompted by tuning-part gov-docs alarms (实训, 医养,
 * 民宿, 病有所医 …) was added to lexicons/official-vocabulary.txt. Before: threshold 8.75 precision 98.8% / recall 36.7% on the held-out split,
 * 99.7% / 32.8% on the whole file (which includes the tuning split), and 37 warnings on the 2.7M
 * characters of gov-docs; threshold 9: held-out 98.5% / 30.7%, 21 warnings. Gains come in steps of
 * about ln 2 (word frequencies are bucketed by powers of two), so 8.5 and 8.75 behave alike. Lower
 * `threshold` to catch more at the price of false alarms (names and present-day terms the dictionary
 * lacks).
 */
import { defineRule } from '../../rule.js';
import { suspects } from '../../lexicon/char-model.js';
import { overlapsProtected } from '../../lexicon/match.js';
import { isSetPhrase } from '../../lexicon/set-phrases.js';
import type { Line } from '../../tree/types.js';

const ID = 'typo/unlikely-character';
const SKIP = new Set(['issuerSignature', 'addressee', 'copyTo', 'printLine', 'signer', 'issuerMark', 'documentNumber', 'issueDate', 'directive', 'attachmentNote']);

/** `threshold`: the minimum gain in log-probability of the suggested character over the written one. */
type Options = { threshold: number; setPhraseThreshold: number };

export default defineRule<Options>({
  meta: {
    id: ID,
    category: 'typo',
    clause: '《党政机关公文处理工作条例》第十九条（用字准确）',
    description: {
      zh: '疑似错别字（统计）：某字换成同音字后上下文明显更通顺时提示，仅供参考',
      en: 'Possible misspelt character (statistical): a homophone would make the context far more likely; advisory',
    },
    severity: 'warning',
    fixable: false,
    presets: ['recommended'],
    messages: {
      suspect: {
        zh: '“{char}”可能是错别字，疑为“{suggestion}”（“{context}”；统计提示，请核对）',
        en: '“{char}” may be a misspelling of “{suggestion}” (“{context}”; statistical hint, please check)',
        clause: false,
      },
    },
    schema: {
      type: 'object',
      properties: {
        threshold: { type: 'number', minimum: 0, description: 'Minimum gain in log-probability (default 8).' },
        setPhraseThreshold: {
          type: 'number',
          minimum: 0,
          description: 'Minimum gain when the suggestion completes a four-character word (idiom or set term) that the text as written is not (default 5).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { threshold: 8, setPhraseThreshold: 5 },
    examples: {
      bad: ['加强数局安全管理工作。', '切实加强组识领导，确保各项任务落到实处。'],
      good: ['加强数据安全管理工作。', '认真贯彻落实党中央决策部署。'],
    },
  },
  check(context) {
    const threshold = typeof context.options?.threshold === 'number' ? context.options.threshold : 8;
    const setPhraseThreshold = typeof context.options?.setPhraseThreshold === 'number' ? context.options.setPhraseThreshold : 5;
    // Rows of a table or a list set out one per line (names and posts, places, projects): the model
    // has no sentence to read there, and what it sees are names. Issue 9.
    const rows = tableRows(context.lines);
    const entries = context.lines.filter(({ element, line }) => !SKIP.has(element.type) && line.value.length >= 4 && !rows.has(line));
    if (entries.length === 0) return;
    const document = context.lines.map(({ line }) => line.value).join('\n');
    const occurrences = (s: string) => {
      let n = 0;
      for (let i = document.indexOf(s); i >= 0 && n < 2; i = document.indexOf(s, i + 1)) n++;
      return n;
    };
    for (const { line } of entries) {
      const found: Array<{ index: number; char: string; suggestion: string; context: string }> = [];
      for (const s of suspects(line.value, threshold, setPhraseThreshold)) {
        // below `threshold` only for a slip in a listed idiom or set term
        if (s.setPhrase !== undefined && !isSetPhrase(s.setPhrase)) continue;
        const v = line.value;
        const left = v.slice(s.index - 1, s.index + 1);
        const right = v.slice(s.index, s.index + 2);
        if ((left.length === 2 && occurrences(left) >= 2) || (right.length === 2 && occurrences(right) >= 2)) continue;
        if (overlapsProtected(v, s.index, s.index + 1, context.protectedTerms)) continue;
        if (NEGATIONS.includes(s.char) && FUNCTION_BEFORE.includes(v[s.index - 1] ?? '')) continue;
        if (inForeignName(v, s.index) || inEthnicPlaceName(v, s.index) || inShortQuote(v, s.index)) continue;
        found.push({ index: s.index, char: s.char, suggestion: s.suggestion, context: v.slice(Math.max(0, s.index - 4), s.index + 5) });
      }
      if (isBurst(found.length, line.value.length)) continue;
      for (const f of found) {
        context.report({
          line,
          start: f.index,
          end: f.index + 1,
          messageId: 'suspect',
          data: { char: f.char, suggestion: f.suggestion, context: f.context },
        });
      }
    }
  },
});

/**
 * A burst of hints in one paragraph — BURST_MIN or more, one in every BURST_SPAN characters or
 * denser — says the paragraph is not the modern official prose the model knows (classical Chinese
 * quoted in full, such as 出师表 in a template's sample text, or dialect), not that its writer
 * slipped that often: the hints are dropped for that paragraph. A real draft's slips are a few per
 * page; the published documents never reach a burst, and neither does a sentence of the typo sets.
 */
const BURST_MIN = 4;
const BURST_SPAN = 30;
export function isBurst(hints: number, length: number): boolean {
  return hints >= BURST_MIN && hints * BURST_SPAN >= length;
}

const HAN_CHAR = /\p{Script=Han}/u;

/** A point mark: a line with one holds a sentence. */
const POINT = /[，。；：！？、,;:!?]/;
/** Han characters on both sides of a run of spaces: cells of a row set out with spaces (张　军　　外交部部长助理). */
const CELL_GAP = /\p{Script=Han}[ \u3000\u00A0\t]+\p{Script=Han}/u;
/** A line of Han characters only (a cell, a name, a place). */
const HAN_ONLY = /^[\s\u3000\u00A0]*\p{Script=Han}+[\s\u3000\u00A0]*$/u;
/**
 * A name-and-post row of a list of members or awardees: a name of two to four characters (张　军 with
 * a space inside), a note such as （女）, a space, then the post (吴荣南　厦门航空有限公司原党委副书记、总经理).
 */
const NAME_ROW = /^[\s\u3000\u00A0]*(?:\p{Script=Han}{2,4}|\p{Script=Han}[ \u3000\u00A0]\p{Script=Han})(?:（\p{Script=Han}{1,4}）)?[ \u3000\u00A0\t]+\p{Script=Han}/u;
/**
 * A space after the line's first visible character, which NAME_ROW needs: tested first because
 * NAME_ROW, with its repeated Han classes, is costly to compile (~3 ms of a small draft's check) and
 * most lines of prose have no such space.
 */
const SPACE_AFTER_TEXT = /^\s*\S[^]*[ \u3000\u00A0\t]/;
/** A sentence end (or a colon that introduces one): a row of a list has none. */
const SENTENCE_END = /[。！？；：!?;:]/;
/** 第X章　总则: a heading of a regulation's parts, set with a space — prose, checked. */
const PART_HEAD = /^[\s\u3000]*第[一二三四五六七八九十百零〇]{1,5}(?:[条章节篇编]|部分)/;

/**
 * Lines of body text that are rows of a table or a list set out one per line rather than sentences:
 * a name-and-post row with no sentence end (its post may list offices with 、 and ，), or no point
 * mark at all and either cells separated by spaces (a name and a post, a place and its
 * code), or Han characters only with a neighbouring line of Han characters only (a column of names,
 * places or projects). Titles and headings are not rows (a title wrapped over two lines is prose);
 * neither is a 第X章 heading.
 */
function tableRows(lines: readonly { line: Line; element: { type: string } }[]): Set<Line> {
  const rows = new Set<Line>();
  const body = lines.filter(({ element, line }) => element.type !== 'blank' && line.value.trim() !== '');
  const hanOnly = (k: number) => {
    const e = body[k];
    return !!e && (e.element.type === 'paragraph' || e.element.type === 'table') && HAN_ONLY.test(e.line.value);
  };
  body.forEach(({ element, line }, k) => {
    if (element.type !== 'paragraph' && element.type !== 'table') return;
    const v = line.value;
    if (PART_HEAD.test(v)) return;
    if (SPACE_AFTER_TEXT.test(v) && NAME_ROW.test(v) && !SENTENCE_END.test(v)) {
      rows.add(line);
      return;
    }
    if (POINT.test(v)) return;
    if (CELL_GAP.test(v.trim()) || (HAN_ONLY.test(v) && (hanOnly(k - 1) || hanOnly(k + 1)))) rows.add(line);
  });
  return rows;
}
/**
 * A negation after a conjunction or adverb (因未履行, 如未按期, 尚未): the word model prefers 因为 /
 * 如为, but the negation is meant; swapping it turns the sentence around.
 */
const NEGATIONS = '未不无非';
const FUNCTION_BEFORE = '因如若凡尚仍并均既而且已从亦皆都也还';


/** Whether the character at `i` is in a transliterated name: a run of Han characters touching a 间隔号 (凯瑟琳娜·科瑟). */
function inForeignName(v: string, i: number): boolean {
  let a = i;
  while (a > 0 && HAN_CHAR.test(v[a - 1]!)) a--;
  let b = i + 1;
  while (b < v.length && HAN_CHAR.test(v[b]!)) b++;
  return '·•‧・'.includes(v[a - 1] ?? '_') || '·•‧・'.includes(v[b] ?? '_');
}

/** The 56 nationalities' names as autonomous places carry them (壮族, 土家族, 维吾尔族 …). */
const NATIONALITIES =
  '壮|回|藏|维吾尔|苗|彝|土家|蒙古|布依|侗|瑶|白|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|' +
  '达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|' +
  '鄂伦春|赫哲|门巴|珞巴|基诺|满|朝鲜';
/** Right after the character: the ethnic names of an autonomous county, banner, prefecture or township (not 区: the five regions are well known). */
const ETHNIC_PLACE = new RegExp(`^(?:(?:${NATIONALITIES})族){1,4}自治[县州旗乡]`, 'u');

function inEthnicPlaceName(v: string, i: number): boolean {
  return ETHNIC_PLACE.test(v.slice(i + 1, i + 24));
}

/** A short quoted name (“中国创翼”, a contest, a brand, a slogan): eight characters or fewer inside “”. */
function inShortQuote(v: string, i: number): boolean {
  const open = v.lastIndexOf('“', i);
  if (open < 0 || i - open > 8 || v.slice(open + 1, i).includes('”')) return false;
  const close = v.indexOf('”', i);
  return close > i && close - open <= 9 && !v.slice(open + 1, close).includes('“');
}
