/**
 * The terminal format: grouped by file, `line:col  severity  message  rule-id`, then a summary
 * "✖ N 个问题（N 个错误，N 个警告）". Colours only when asked (the CLI asks on a TTY without NO_COLOR).
 * For .docx, where Word shows no paragraph numbers, the position is `第N段:col` followed by the start
 * of the paragraph's text (empty paragraphs count, and say so).
 */
import type { LintResult } from '../engine/messages.js';
import { type ReporterOptions, displayPath, displayWidth } from './shared.js';

export interface StylishOptions extends ReporterOptions {
  color?: boolean;
}

const ESC = '\u001b[';
const paint = (on: boolean, code: string, text: string) => (on ? `${ESC}${code}m${text}${ESC}0m` : text);

const MAX_ALIGN = 72;
/** Characters of a paragraph's text shown beside 第N段. */
const LEAD = 10;

/** The start of a paragraph, quoted: “各区人民政府…”, or （空段）/(empty). */
export function paragraphLead(text: string | undefined, en = false): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!t) return en ? '(empty)' : '（空段）';
  const chars = [...t];
  const head = chars.slice(0, LEAD).join('') + (chars.length > LEAD ? '…' : '');
  return en ? `"${head}"` : `“${head}”`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function formatStylish(results: readonly LintResult[], options: StylishOptions = {}): string {
  const en = options.locale === 'en';
  const color = options.color ?? false;
  let out = '';
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const r of results) {
    if (!r.messages.length) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    fixableErrors += r.fixableErrorCount;
    fixableWarnings += r.fixableWarningCount;
    const docx = r.format === 'docx';
    const rows = r.messages.map((m) => {
      const pos = m.line === undefined
        ? (en ? 'document' : '全文')
        : docx
          ? `${en ? '¶' : '第'}${m.line}${en ? '' : '段'}:${m.column ?? 1} ${paragraphLead(m.snippet, en)}`
          : `${m.line}:${m.column ?? 1}`;
      const sev = m.severity === 'error' ? (en ? 'error' : '错误') : en ? 'warning' : '警告';
      return { pos, sev, severity: m.severity, text: m.message.replace(/\s*\r?\n\s*/g, ' '), ruleId: m.ruleId };
    });
    const wPos = Math.max(...rows.map((x) => displayWidth(x.pos)));
    const wSev = Math.max(...rows.map((x) => displayWidth(x.sev)));
    // Align rule ids after messages up to a point; a very long message does not push every row out.
    const widths = rows.map((x) => displayWidth(x.text)).filter((w) => w <= MAX_ALIGN);
    const wText = widths.length ? Math.max(...widths) : 0;
    out += '\n' + paint(color, '4', displayPath(r.filePath, options.cwd)) + '\n';
    for (const x of rows) {
      const sev = paint(color, x.severity === 'error' ? '31' : '33', pad(x.sev, wSev));
      out += `  ${paint(color, '2', pad(x.pos, wPos))}  ${sev}  ${pad(x.text, wText)}  ${paint(color, '2', x.ruleId)}\n`;
    }
  }
  const total = errors + warnings;
  if (total === 0) return out;
  const summary = en
    ? `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
    : `✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告）`;
  out += '\n' + paint(color, errors ? '1;31' : '1;33', summary) + '\n';
  if (fixableErrors + fixableWarnings > 0) {
    out += en
      ? `  ${fixableErrors} error${fixableErrors === 1 ? '' : 's'} and ${fixableWarnings} warning${fixableWarnings === 1 ? '' : 's'} potentially fixable with the \`--fix\` option.\n`
      : `  其中 ${fixableErrors} 个错误、${fixableWarnings} 个警告可用 --fix 自动修复。\n`;
  }
  return out;
}
