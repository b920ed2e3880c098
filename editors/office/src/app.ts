/**
 * The task pane (one web app for WPS and Word): reads the live document as flat OPC through the
 * host adapter, checks it with the browser bundle of the core (global GongwenLint, loaded by
 * index.html), and shows one card per finding. Nothing in the document changes without a click:
 * 采纳 / 一键修正 apply fixes, 标注到文档 adds comments, 清除标注 removes exactly those.
 *
 * Automation hook: window.gongwenLint.check() → Promise<LintResult>, .annotate(), .clear(), and
 * for tests and power users .cards(), .accept(i), .ignore(i, remember), .select(i), .fixTicked().
 */
import type { LintMessage, LintResult } from '../../../src/engine/messages.js';
import {
  alignParagraphs, categoryOf, CATEGORY_NAMES, editsOf, planEdits, previewOf, targetOf,
  type Target, type TextEdit, type CoreLine,
} from './mapping.js';
import type { AnnotationMode, FormatEditLike, HostAdapter, HostFormatEdit } from './hosts/types.js';
import { isWps, WpsHost } from './hosts/wps.js';
import { WordHost } from './hosts/word.js';

declare const GongwenLint: {
  lint(input: string | Uint8Array, options: Record<string, unknown>): Promise<LintResult>;
  flattenLines(tree: unknown): Array<{ line: { ordinal?: number; value: string } }>;
  ready(): Promise<void>;
};
declare const Office: any;

const TERMS_KEY = 'gongwen-lint:protectedTerms';
const SEVERITY_NAMES: Record<string, string> = { error: '错误', warning: '警告' };

export interface Card {
  index: number;
  message: LintMessage;
  category: string;
  target?: Target;
  edits?: TextEdit[];
  formatEdits?: HostFormatEdit[];
  before: string;
  after?: string;
  ticked: boolean;
  state: 'open' | 'ignored' | 'applied';
}

interface State {
  result?: LintResult;
  cards: Card[];
  current: number;
  checking?: Promise<LintResult>;
}

function loadTerms(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(TERMS_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((t) => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

function saveTerms(terms: string[]) {
  try { localStorage.setItem(TERMS_KEY, JSON.stringify([...new Set(terms)])); } catch { /* storage off: this session only */ }
}

/** Ignored in this pane session: rule + the flagged text + its paragraph. */
const ignoredKeys = new Set<string>();
const keyOf = (m: LintMessage, t?: Target) => `${m.ruleId}|${t?.text ?? ''}|${m.snippet ?? m.message}`;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

export function createPane(host: HostAdapter) {
  const state: State = { cards: [], current: 0 };
  let mode: AnnotationMode = 'comment';
  const $ = (id: string) => document.getElementById(id)!;

  function setStatus(text: string) {
    $('status').textContent = text;
  }

  async function check(): Promise<LintResult> {
    if (state.checking) return state.checking;
    state.checking = (async () => {
      setStatus('正在检查……');
      const t0 = performance.now();
      const doc = await host.read();
      const terms = loadTerms();
      const result = await GongwenLint.lint(doc.ooxml, {
        filename: 'document.docx',
        config: { preset: 'recommended', protectedTerms: terms },
        keepTree: true,
      });
      const lines: CoreLine[] = GongwenLint.flattenLines(result.tree).map(({ line }, i) => ({ ordinal: line.ordinal ?? i + 1, value: line.value }));
      delete result.tree;
      const map = alignParagraphs(lines, doc.paragraphs);
      const termSet = new Set(terms);
      state.result = result;
      state.cards = result.messages.map((message, index) => {
        const target = targetOf(message, map, doc.paragraphs);
        const edits = editsOf(message, map, doc.paragraphs);
        const formatEdits = formatEditsOf(message, map, doc.paragraphs, host.formatKinds);
        const preview = previewOf(target, edits);
        const ignored = ignoredKeys.has(keyOf(message, target)) || (target !== undefined && termSet.has(target.text));
        return {
          index, message, category: categoryOf(message.ruleId), target, edits, formatEdits,
          before: preview.before, after: preview.after,
          ticked: Boolean(edits?.length || formatEdits?.length), state: ignored ? 'ignored' : 'open',
        } as Card;
      });
      state.current = 0;
      render();
      const open = state.cards.filter((c) => c.state === 'open').length;
      setStatus(`检查完成（${Math.round(performance.now() - t0)} ms）：${open} 处`);
      return result;
    })();
    try {
      return await state.checking;
    } catch (error) {
      setStatus(`无法检查：${(error as Error).message ?? error}`);
      throw error;
    } finally {
      state.checking = undefined;
    }
  }

  function openCards() {
    return state.cards.filter((c) => c.state === 'open');
  }

  function render() {
    const list = $('list');
    list.replaceChildren();
    const open = openCards();
    const k = open.length ? Math.min(state.current, open.length - 1) + 1 : 0;
    $('summary').textContent = `${open.length} 处 · 当前第 ${k} 条`;
    const groups = new Map<string, Card[]>();
    for (const c of open) {
      const g = groups.get(c.category) ?? [];
      g.push(c);
      groups.set(c.category, g);
    }
    for (const [category, cards] of groups) {
      const errors = cards.filter((c) => c.message.severity === 'error').length;
      const section = el('section', { class: 'group', 'data-category': category },
        el('h3', {}, `${CATEGORY_NAMES[category] ?? category} · ${cards.length} 处（错误 ${errors} · 警告 ${cards.length - errors}）`));
      const sorted = [...cards].sort((a, b) => (a.message.severity === b.message.severity ? 0 : a.message.severity === 'error' ? -1 : 1)
        || (a.message.line ?? 0) - (b.message.line ?? 0) || (a.message.column ?? 0) - (b.message.column ?? 0));
      for (const c of sorted) section.append(cardView(c, open.indexOf(c) === k - 1));
      list.append(section);
    }
    if (!open.length && state.result) list.append(el('p', { class: 'empty' }, '没有发现问题。'));
  }

  function cardView(c: Card, current: boolean) {
    const m = c.message;
    const where = m.line === undefined ? '全文' : c.target ? `第 ${c.target.paragraph + 1} 段` : '（文档中未定位）';
    const change = el('div', { class: 'change' });
    if (c.before) change.append(el('span', { class: 'before' }, c.before));
    if (c.after !== undefined) change.append(' → ', el('span', { class: 'after' }, c.after || '（删除）'));
    const tick = el('input', { type: 'checkbox', class: 'tick', title: '一键修正时修正此条' });
    tick.checked = c.ticked;
    tick.disabled = !(c.edits?.length || c.formatEdits?.length);
    tick.addEventListener('change', () => { c.ticked = tick.checked; });
    const accept = el('button', { class: 'accept', type: 'button' }, '采纳');
    accept.disabled = !(c.edits?.length || c.formatEdits?.length);
    accept.addEventListener('click', (e) => { e.stopPropagation(); void api.accept(c.index); });
    const ignore = el('button', { class: 'ignore', type: 'button' }, '忽略');
    ignore.addEventListener('click', (e) => { e.stopPropagation(); void api.ignore(c.index, false); });
    const actions = el('div', { class: 'actions' }, el('label', {}, tick, '修正'), accept, ignore);
    // the buttons and the tick act on their own; only the rest of the card selects the place
    actions.addEventListener('click', (e) => e.stopPropagation());
    if (c.target?.text && c.target.text.length <= 20) {
      const remember = el('button', { class: 'remember', type: 'button', title: '以后检查都不再提示这个词（保存在本机）' }, '忽略并记住此词');
      remember.addEventListener('click', (e) => { e.stopPropagation(); void api.ignore(c.index, true); });
      actions.append(remember);
    }
    const card = el('article', { class: `card ${m.severity}${current ? ' current' : ''}`, 'data-index': String(c.index), 'data-rule': m.ruleId, tabindex: '0' },
      el('div', { class: 'meta' },
        el('span', { class: 'category' }, CATEGORY_NAMES[c.category] ?? c.category),
        el('span', { class: 'severity' }, SEVERITY_NAMES[m.severity] ?? m.severity),
        el('span', { class: 'where' }, where),
        el('span', { class: 'rule' }, m.ruleId)),
      change,
      ...formatNotes(m, c),
      el('div', { class: 'why' }, m.message),
      actions);
    card.addEventListener('click', () => { void api.select(c.index); });
    return card;
  }

  function cardAt(i: number): Card {
    const c = state.cards[i];
    if (!c) throw new Error(`没有第 ${i} 条`);
    return c;
  }

  async function applyCards(cards: Card[]) {
    const usable = cards.filter((c) => c.state === 'open');
    const { edits, skipped } = planEdits(usable.filter((c) => c.edits?.length).map((c) => c.edits!));
    const text = await host.applyEdits(edits);
    const fmt = await host.applyFormat(usable.flatMap((c) => c.formatEdits ?? []));
    for (const c of usable) c.state = 'applied';
    // offsets are stale now: read the document again (fast: the data is loaded)
    await check();
    const failed = text.failed + fmt.failed;
    setStatus(`已修正 ${text.applied + fmt.applied} 处${skipped ? `，${skipped} 处与其他修正重叠，已留待下次` : ''}${failed ? `，${failed} 处因文档已改动未修正` : ''}`);
    return { applied: text.applied + fmt.applied, failed, skipped };
  }

  const api = {
    check,
    async annotate(): Promise<number> {
      if (!state.result) await check();
      await host.clear();
      const items = openCards().filter((c) => c.target).map((c) => ({ target: c.target!, comment: `${c.message.message}（${c.message.ruleId}）` }));
      const n = await host.annotate(items, mode);
      const unplaced = openCards().length - items.length;
      setStatus(`已标注 ${n} 处${unplaced ? `；${unplaced} 处为全文或未定位的问题，未标注` : ''}`);
      return n;
    },
    async clear(): Promise<number> {
      const n = await host.clear();
      setStatus(`已清除 ${n} 处标注`);
      return n;
    },
    cards(): Array<Omit<Card, 'message'> & { ruleId: string; message: string; line?: number }> {
      return state.cards.map((c) => ({ ...c, ruleId: c.message.ruleId, message: c.message.message, line: c.message.line }));
    },
    async select(i: number): Promise<boolean> {
      const c = cardAt(i);
      const open = openCards();
      if (open.includes(c)) state.current = open.indexOf(c);
      render();
      return c.target ? host.select(c.target) : false;
    },
    async accept(i: number) {
      const c = cardAt(i);
      if (!(c.edits?.length || c.formatEdits?.length)) return { applied: 0, failed: 0, skipped: 0 };
      return applyCards([c]);
    },
    async fixTicked() {
      return applyCards(openCards().filter((c) => c.ticked && (c.edits?.length || c.formatEdits?.length)));
    },
    async ignore(i: number, remember: boolean) {
      const c = cardAt(i);
      c.state = 'ignored';
      ignoredKeys.add(keyOf(c.message, c.target));
      if (remember && c.target?.text) saveTerms([...loadTerms(), c.target.text]);
      render();
    },
    protectedTerms: loadTerms,
    /** Resolves when the pane's warm-up (data load, typo model) is done. */
    warm: Promise.resolve() as Promise<void>,
    setMode(m: AnnotationMode) { mode = m; },
    async next(step = 1) {
      const open = openCards();
      if (!open.length) return;
      state.current = (state.current + step + open.length) % open.length;
      await api.select(open[state.current].index);
    },
  };

  $('check').addEventListener('click', () => { void check(); });
  $('annotate').addEventListener('click', () => { void api.annotate(); });
  $('clear').addEventListener('click', () => { void api.clear(); });
  $('fix-all').addEventListener('click', () => { void api.fixTicked(); });
  $('prev').addEventListener('click', () => { void api.next(-1); });
  $('next').addEventListener('click', () => { void api.next(1); });
  ($('mode') as HTMLSelectElement).addEventListener('change', (e) => { mode = (e.target as HTMLSelectElement).value as AnnotationMode; });
  return api;
}

/** What a format fix will do ("标题：字体 宋体 → 方正小标宋简体"), or why the pane cannot do it. */
function formatNotes(m: LintMessage, c: Card): HTMLElement[] {
  const list = (m as LintMessage & { formatFix?: FormatEditLike[] }).formatFix;
  if (!list?.length) return [];
  const text = [...new Set(list.map((e) => e.description).filter(Boolean))].join('；');
  if (c.formatEdits?.length) return text ? [el('div', { class: 'fix-note' }, `修正：${text}`)] : [];
  return [el('div', { class: 'fix-note unavailable' }, `${text ? `${text}。` : ''}此项须用命令行 gongwen-lint --fix 修正`)];
}

/** Format edits of a finding (the fix model's `formatFix`), with their host paragraphs. */
function formatEditsOf(message: LintMessage, map: Map<number, number>, hostTexts: string[], kinds: ReadonlySet<string>): HostFormatEdit[] | undefined {
  const list = (message as LintMessage & { formatFix?: FormatEditLike[] }).formatFix;
  if (!list?.length || list.some((e) => !kinds.has(e.kind))) return undefined;
  const out: HostFormatEdit[] = [];
  for (const edit of list) {
    if (edit.paragraph === undefined) { out.push({ edit }); continue; }
    const paragraph = map.get(edit.paragraph);
    if (paragraph === undefined) return undefined;
    const text = hostTexts[paragraph].replace(/[\r\x07]+$/u, '').replace(/\x0b/g, '\n');
    if (edit.expect !== undefined && edit.expect !== text) return undefined;
    const start = edit.start ?? 0;
    const end = edit.end ?? text.length;
    out.push({ edit, target: { paragraph, start, end, text: text.slice(start, end), paragraphText: text } });
  }
  return out;
}

async function detectHost(): Promise<HostAdapter | undefined> {
  if (isWps()) return new WpsHost();
  const g = globalThis as any;
  if (g.Office?.onReady) {
    const info = await Office.onReady();
    if (!info || info.host === undefined || info.host === Office.HostType?.Word || info.host === 'Word') return new WordHost();
  }
  return undefined;
}

async function main() {
  const host = await detectHost();
  if (!host) {
    document.getElementById('status')!.textContent = '请在 WPS 文字或 Word 中打开本任务窗格（公文检查）。';
    for (const id of ['check', 'annotate', 'clear', 'fix-all']) (document.getElementById(id) as HTMLButtonElement).disabled = true;
    return;
  }
  document.body.dataset.host = host.name;
  const api = createPane(host);
  (window as any).gongwenLint = api;
  document.getElementById('status')!.textContent = `已连接 ${host.name === 'wps' ? 'WPS 文字' : 'Word'}：点击“检查”。`;
  // Warm up while the user reads the pane: load the data and build the typo model. This touches
  // the pane only, never the document; a check clicked meanwhile waits for the same promise.
  api.warm = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => GongwenLint.ready()).catch(() => undefined);
  window.dispatchEvent(new Event('gongwenlint:ready'));
}

void main();
