#!/usr/bin/env node
/**
 * Generates docs/rules.md (the table of every rule) and docs/rules/<category>/<name>.md (one page per
 * rule) from the rule metadata in dist/. The messages shown under each bad example are produced by
 * actually running the rule on it. Run with `npm run docs` (builds first).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { allRules, lintSync, messageTemplate } = await import(join(root, 'dist', 'index.js'));

const SEVERITY = { error: '错误 error', warning: '警告 warning' };
const CATEGORY = {
  format: '格式', element: '要素', punctuation: '标点', number: '数字用法', consistency: '数据一致性',
  phrasing: '规范表述', typo: '错别字', placeholder: '占位符',
};

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const fence = (text) => {
  const ticks = /`{3,}/.test(text) ? '````' : '```';
  return `${ticks}text\n${text}\n${ticks}`;
};

function runExample(rule, text) {
  try {
    const result = lintSync(text, { filename: 'example.txt', rules: [rule], config: { preset: 'all' } });
    return { messages: result.messages.filter((m) => m.ruleId === rule.meta.id) };
  } catch (error) {
    return { error: String(error && error.message ? error.message : error) };
  }
}

function rulePage(rule) {
  const m = rule.meta;
  const out = [];
  out.push(`# ${m.id}`, '');
  out.push(`> 本页由 \`npm run docs\`（scripts/gen-rule-docs.mjs）根据规则元数据生成，请勿手工修改。`, '');
  out.push(m.description.zh, '', `*${m.description.en}*`, '');
  out.push('| | |', '|---|---|');
  out.push(`| 类别 category | ${cell(m.category)}（${CATEGORY[m.category] ?? ''}） |`);
  out.push(`| 依据 clause | ${cell(m.clause)} |`);
  out.push(`| 默认级别 severity | ${SEVERITY[m.severity] ?? m.severity} |`);
  out.push(`| 可自动修复 fixable | ${m.fixable ? '是 yes' : '否 no'} |`);
  out.push(`| 规则集 presets | ${['all', ...(m.presets ?? ['recommended'])].join(', ')} |`);
  if (m.formats) out.push(`| 适用输入 formats | ${m.formats.join(', ')} |`);
  if (m.kinds) out.push(`| 适用文种 kinds | ${m.kinds.join(', ')} |`);
  out.push('');

  out.push('## 配置 Configuration', '');
  const level = m.severity === 'error' ? 'error' : 'warn';
  const setting = m.schema && m.defaultOptions ? [level, m.defaultOptions] : level;
  out.push('```json', JSON.stringify({ rules: { [m.id]: setting } }, null, 2), '```', '');
  if (m.schema) {
    out.push('### 选项 Options', '');
    const props = m.schema.properties ?? {};
    if (Object.keys(props).length) {
      out.push('| 选项 option | 类型 type | 默认 default | 说明 description |', '|---|---|---|---|');
      for (const [name, p] of Object.entries(props)) {
        const type = p.type ? [].concat(p.type).join(' / ') : p.enum ? p.enum.map((v) => JSON.stringify(v)).join(' / ') : '';
        const def = m.defaultOptions && name in m.defaultOptions ? `\`${JSON.stringify(m.defaultOptions[name])}\`` : '';
        out.push(`| \`${name}\` | ${cell(type)} | ${cell(def)} | ${cell(p.description ?? '')} |`);
      }
      out.push('');
    }
    if (m.defaultOptions) out.push('默认值 defaults:', '', '```json', JSON.stringify(m.defaultOptions, null, 2), '```', '');
    out.push('JSON Schema:', '', '```json', JSON.stringify(m.schema, null, 2), '```', '');
  } else out.push('本规则没有选项。No options.', '');

  out.push('## 提示信息 Messages', '');
  // As the user reads them: the template with the clause the engine appends.
  for (const id of Object.keys(m.messages)) {
    out.push(`- \`${id}\`: ${messageTemplate(rule, id, 'zh')}  `, `  *${messageTemplate(rule, id, 'en')}*`);
  }
  out.push('');

  const { bad = [], good = [] } = m.examples ?? {};
  const runnable = !m.formats || m.formats.includes('txt');
  if (bad.length) {
    out.push('## 错误示例 Incorrect', '');
    for (const text of bad) {
      out.push(fence(text), '');
      if (!runnable) {
        out.push(`（本规则只检查 ${m.formats.join('/')} 输入，示例未作为纯文本运行。）`, '');
        continue;
      }
      const { messages, error } = runExample(rule, text);
      if (error) out.push(`运行出错：${error}`, '');
      else if (!messages.length) out.push('（本示例未触发本规则。）', '');
      else {
        for (const msg of messages) {
          const where = msg.line !== undefined ? `${msg.line}:${msg.column}` : '全文';
          out.push(`- ${where} ${msg.message}`);
        }
        out.push('');
      }
    }
  }
  if (good.length) {
    out.push('## 正确示例 Correct', '');
    for (const text of good) out.push(fence(text), '');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function index(rules) {
  const out = [];
  out.push('# 规则 Rules', '');
  out.push('> 本文件由 `npm run docs`（scripts/gen-rule-docs.mjs）根据规则元数据生成，请勿手工修改。', '');
  out.push(`共 ${rules.length} 条规则。`, '');
  out.push('| 规则 id | 类别 | 依据 | 级别 | 可修复 | 说明 | 文档 |');
  out.push('|---|---|---|---|---|---|---|');
  for (const r of rules) {
    const m = r.meta;
    out.push(
      `| \`${m.id}\` | ${m.category} | ${cell(m.clause)} | ${m.severity} | ${m.fixable ? '✓' : ''} | ${cell(m.description.zh)} | [${m.id}](rules/${m.id}.md) |`,
    );
  }
  return out.join('\n') + '\n';
}

const docsDir = join(root, 'docs');
const rulesDir = join(docsDir, 'rules');
const rules = [...allRules].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
const pages = new Map(rules.map((rule) => [join(rulesDir, `${rule.meta.id}.md`), rulePage(rule)]));
pages.set(join(docsDir, 'rules.md'), index(rules));

if (process.argv.includes('--check')) {
  // The docs test: regenerate in memory and diff against what is committed, so a rule whose
  // metadata or example output changed fails until its page is regenerated.
  const stale = [...pages].filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text).map(([file]) => file.slice(root.length + 1));
  const pagesOnDisk = existsSync(rulesDir) ? readdirSync(rulesDir).flatMap((c) => statSync(join(rulesDir, c)).isDirectory() ? readdirSync(join(rulesDir, c)).filter((f) => f.endsWith('.md')).map((f) => join(rulesDir, c, f)) : []) : [];
  const extra = pagesOnDisk.filter((file) => !pages.has(file)).map((file) => file.slice(root.length + 1));
  if (stale.length || extra.length) {
    console.log(`docs out of date (run npm run docs): ${[...stale, ...extra.map((f) => `${f} (no such rule)`)].join(', ')}`);
    process.exit(1);
  }
  console.log(`docs: ${rules.length} rule pages up to date`);
  process.exit(0);
}

// Remove pages of rules that no longer exist (only generated .md pages live here).
try {
  if (statSync(rulesDir).isDirectory()) {
    for (const category of readdirSync(rulesDir)) {
      const dir = join(rulesDir, category);
      if (!statSync(dir).isDirectory()) continue;
      for (const file of readdirSync(dir)) if (file.endsWith('.md')) rmSync(join(dir, file));
    }
  }
} catch {
  // first run
}
for (const [file, text] of pages) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
console.log(`docs: ${rules.length} rules → docs/rules.md, docs/rules/`);
