/**
 * 行文关系 and tone: the wording must fit the direction the kind of document goes
 * (《党政机关公文处理工作条例》第八条 defines each kind by it).
 * - A 函 goes between organs that are not each other's superior (第八条（十四）“适用于不相隶属机关之间
 *   商洽工作、询问和答复问题……”): it asks, it does not command. 请遵照执行 / 请认真贯彻执行 / 请贯彻落实 in
 *   a 函 is the tone of a directive — a warning (a 函 may pass on a superior's instruction).
 * - A 请示 or 报告 goes up: asking the superior to comply (请遵照执行, 望认真贯彻执行) is a directive's
 *   tone — a warning. The same words without 请/望 describe the writer's own work and are left alone.
 * - A downward document (a 批复, or a 通知 / 决定 / 通报 to 各… organs) addresses its receivers
 *   plainly (你局, 各单位): the honorific 贵局 / 贵单位 is for peers and superiors — a warning.
 *   Place names (贵州, 贵阳, 贵港) and words (宝贵, 珍贵, 可贵, 贵重) are not the honorific.
 */
import { defineRule } from '../../rule.js';
import { textLines } from '../../util/doc.js';

const CLAUSE = '《党政机关公文处理工作条例》第八条';
const DIRECTIVE = /(?:请|望)?(?:遵照执行|认真贯彻执行|贯彻执行|认真贯彻落实|贯彻落实执行)/g;
const HONORIFIC = /(?<![宝珍可昂高尊富权名显华矜])贵(?:局|委|厅|部|办|单位|院|校|公司|司|处|科|县|市|区|省|镇|乡|中心|所|会|行|社|队|站|方)(?![长])/g;
const DOWNWARD_KINDS = new Set(['notice', 'decision', 'circular', 'reply', 'order']);
/**
 * A command addressed to the receiver (请/望 + 遵照执行 …): in an upward 请示 or 报告 it turns the
 * relation round. Without 请/望 the words describe the writer's own compliance (我局认真贯彻执行…).
 */
const UPWARD_COMMAND = /(?:请|望)(?:遵照执行|认真贯彻执行|贯彻执行|认真贯彻落实|遵照办理|认真执行)/g;
const UPWARD_KINDS = new Set(['request', 'report']);

export default defineRule({
  meta: {
    id: 'element/direction-tone',
    category: 'element',
    clause: CLAUSE,
    citation: { en: 'Regulations on Handling Party and Government Documents, art. 8' },
    description: {
      zh: '用语应与行文方向相符：函和请示、报告不用“请遵照执行”等指令性用语，下行文不用“贵局”等敬称',
      en: 'Wording fits the direction: no directive wording (请遵照执行) in a letter (函) or an upward request or report, no honorific (贵局) in a downward document',
    },
    severity: 'warning',
    fixable: false,
    messages: {
      letterDirective: {
        zh: '函用于不相隶属机关之间商洽工作、询问和答复问题，不宜使用“{text}”等指令性用语，可改为“请予支持”“请研究函复”等',
        en: 'A letter (函) goes between organs of no superior-subordinate relation: “{text}” is the wording of a directive',
      },
      upwardCommand: {
        zh: '请示、报告是上行文，不宜使用“{text}”等指令性用语，可改为“请审阅”“请予批示”等',
        en: 'A request or report goes up: “{text}” is the wording of a directive',
      },
      downwardHonorific: {
        zh: '下行文不用敬称“{text}”，应直称受文机关（如“你{organ}”“各单位”）',
        en: 'A downward document does not use the honorific “{text}”: name the receiver plainly (你{organ})',
      },
    },
    examples: {
      bad: [
        '关于商请支持防汛工作的函\n\n市水务局：\n请派员参加联合检查，请遵照执行。\n\n某区人民政府\n2024年3月5日',
        '关于做好防汛工作的通知\n\n各镇人民政府，区政府各部门：\n请贵局认真做好防汛工作。\n\n某区人民政府\n2024年3月5日',
      ],
      good: [
        '关于商请支持防汛工作的函\n\n市水务局：\n请贵局派员参加联合检查，请予支持。\n\n某区人民政府\n2024年3月5日',
        '关于做好防汛工作的通知\n\n各镇人民政府，区政府各部门：\n请认真做好防汛工作，贵州省经验值得借鉴，请遵照执行。\n\n某区人民政府\n2024年3月5日',
      ],
    },
  },
  check(context) {
    const kind = context.tree.kind;
    if (kind === 'letter') {
      for (const { line } of textLines(context, { attachments: false })) {
        for (const m of line.value.matchAll(DIRECTIVE)) {
          context.report({ line, start: m.index!, end: m.index! + m[0].length, messageId: 'letterDirective', data: { text: m[0] } });
        }
      }
      return;
    }
    if (kind && UPWARD_KINDS.has(kind)) {
      for (const { line } of textLines(context, { attachments: false })) {
        for (const m of line.value.matchAll(UPWARD_COMMAND)) {
          context.report({ line, start: m.index!, end: m.index! + m[0].length, messageId: 'upwardCommand', data: { text: m[0] } });
        }
      }
      return;
    }
    if (!kind || !DOWNWARD_KINDS.has(kind)) return;
    // Downward: a 批复 always; the others when the 主送机关 is a set of subordinates (各…).
    const addressees = context.elements('addressee').map((el) => el.children.map((l) => l.value).join(''));
    if (kind !== 'reply' && !addressees.some((a) => /(?:^|[，、,\s])各/.test(a.trim()))) return;
    for (const { line } of textLines(context, { attachments: false })) {
      for (const m of line.value.matchAll(HONORIFIC)) {
        context.report({
          line, start: m.index!, end: m.index! + m[0].length, messageId: 'downwardHonorific',
          data: { text: m[0], organ: m[0].slice(1) },
        });
      }
    }
  },
});
