/**
 * Fixed political formulations (重要政治表述): their wording (两个维护, not 二个维护; 四个意识, not 四种意识;
 * 党的二十大精神, not 二十大会议精神), the order of their items when listed (政治意识、大局意识、核心意识、
 * 看齐意识; also compressed: 政治、大局、核心、看齐意识), and wordings that do not fit the document's date (urging study of 党的十九大精神 after the
 * 二十大; 两个确立 before November 2021). Data: src/lexicon/data/political-formulation.json,
 * formulation-order.json, out-of-date.json, exact-wording.json (a word inserted into or dropped
 * from a fixed wording: 以习近平为核心的党中央, issue 9), and the user's formulation / fixedOrder /
 * dateBounded / exactWording lexicons. "新时代中国特色社会主义思想" on its own is the 二十大 report's wording, not a truncation;
 * formulations whose content varies by speech (五个坚持 …) are not checked.
 */
import { defineRule } from '../../rule.js';
import { entriesFor } from '../../lexicon/load.js';
import { orderFindings } from '../../lexicon/order.js';
import { wordingFindings } from '../../lexicon/wording.js';
import { cachedEntries, lexiconMessages, lexiconRuleCheck, lexiconsFor, LEXICON_RULE_OPTIONS, type LexiconRuleOptions } from '../../lexicon/rule-check.js';
import { matchEntries } from '../../lexicon/match.js';

const ID = 'phrasing/political-formulation';

export default defineRule<LexiconRuleOptions>({
  meta: {
    id: ID,
    category: 'phrasing',
    clause: '《党政机关公文处理工作条例》第十九条（表述准确）；《中国共产党章程》；党的二十大报告',
    citation: { zh: '{source}' },
    description: {
      zh: '重要政治表述须准确：固定提法不变形，列举各项按规定次序，提法与成文日期相符',
      en: 'Fixed political formulations: exact wording, items in their fixed order, wording that fits the date',
    },
    severity: 'error',
    fixable: true,
    messages: {
      ...lexiconMessages({ zh: '政治表述', en: 'Political formulation:' }),
      order: {
        zh: '政治表述“{name}”各项应按规定次序排列：{ordered}',
        en: 'Political formulation: the items of “{name}” go in their fixed order: {ordered}',
      },
      wording: {
        zh: '政治表述“{written}”{change}，固定写法是“{wording}”',
        en: 'Political formulation: “{written}” {changeEn}; the fixed wording is “{wording}”',
      },
      dated: {
        zh: '政治表述“{wrong}”与成文日期{date}不符{reason}',
        en: 'Political formulation: “{wrong}” does not fit the document date {date}{reasonEn}',
      },
    },
    ...LEXICON_RULE_OPTIONS,
    examples: {
      bad: [
        '坚决做到二个维护。',
        '深入学习贯彻党的二十大会议精神。',
        '牢固树立政治意识、大局意识、看齐意识、核心意识。',
        '各单位要认真学习贯彻党的十九大精神。\n2023年3月1日',
      ],
      good: [
        '坚决做到“两个维护”。',
        '深入学习贯彻党的二十大精神，以新时代中国特色社会主义思想统一思想。',
        '牢固树立政治意识、大局意识、核心意识、看齐意识。',
        '党的十九大以来，各项工作取得新进展。\n2023年3月1日',
      ],
    },
  },
  check(context) {
    lexiconRuleCheck(context, ID, { datedMessageId: 'dated' });
    const all = entriesFor(ID, lexiconsFor(context));
    const wordings = all.filter((c) => c.entry.wording);
    if (wordings.length) {
      for (const { line, element } of context.lines) {
        if (element.type === 'directive') continue;
        const findings = wordingFindings(line.value, wordings, context.protectedTerms);
        // a distortion the formulation lexicon already names (with its own reason) is reported once, by it
        const named = findings.length
          ? matchEntries(line.value, cachedEntries(context, ID), { protectedTerms: context.protectedTerms, referenceDate: context.referenceDate })
          : [];
        for (const f of findings) {
          if (named.some((n) => n.start < f.end && f.start < n.end)) continue;
          const dropped = f.change.startsWith('-');
          const word = f.change.slice(1);
          context.report({
            line,
            start: f.start,
            end: f.end,
            messageId: 'wording',
            data: {
              written: f.written,
              wording: f.wording,
              change: dropped ? `漏了“${word}”` : `多了“${word}”`,
              changeEn: dropped ? `lacks “${word}”` : `has an extra “${word}”`,
              source: f.compiled.entry.source,
            },
            ...(f.compiled.entry.severity ? { severity: f.compiled.entry.severity } : {}),
            fix: { start: f.start, end: f.end, text: f.wording },
          });
        }
      }
    }
    const order = all.filter((c) => c.entry.items);
    if (order.length === 0) return;
    for (const { line, element } of context.lines) {
      if (element.type === 'directive') continue;
      for (const f of orderFindings(line.value, order, context.protectedTerms)) {
        context.report({
          line,
          start: f.start,
          end: f.end,
          messageId: 'order',
          data: { name: f.name, ordered: f.ordered, source: f.compiled.entry.source },
          ...(f.compiled.entry.severity ? { severity: f.compiled.entry.severity } : {}),
          fix: { start: f.start, end: f.end, text: f.ordered },
        });
      }
    }
  },
});
