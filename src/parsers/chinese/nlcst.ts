/**
 * Chinese text → nlcst (the retext syntax tree), and `retextChinese`, a unified parser plugin that
 * puts it in place of parse-latin (which neither splits at 。！？ nor knows Chinese words):
 *
 *   unified().use(retextChinese).parse('各地要抓好落实。确保完成！')
 *
 * Shape: RootNode → ParagraphNode (one per source line; the newlines between are WhiteSpaceNodes in
 * the root) → SentenceNode (splitSentences) → WordNode (with one TextNode) | PunctuationNode |
 * SymbolNode | WhiteSpaceNode (segmentWords, per sentence). Whitespace between sentences is a
 * WhiteSpaceNode in the paragraph. Every node has a position; offsets are into the text parsed
 * (for a rule: into `line.value`), lines and columns are 1-based.
 */
import type {
  Paragraph, Punctuation, Root, Sentence, SentenceContent, Symbol as NlcstSymbol,
  WhiteSpace, Word,
} from 'nlcst';
import type { Plugin, Processor } from 'unified';
import { createLocator } from '../../tree/position.js';
import { splitSentences } from './sentences.js';
import { segmentWords } from './words.js';

const PUNCT = /^\p{P}+$/u;
const WS = /^[\s\u3000]+$/;

/** Parses text into an nlcst RootNode (see the module comment). */
export function parseChinese(text: string): Root {
  const at = createLocator(text);
  const pos = (start: number, end: number) => ({ start: at(start), end: at(end) });
  const white = (start: number, end: number): WhiteSpace => ({
    type: 'WhiteSpaceNode', value: text.slice(start, end), position: pos(start, end),
  });

  const root: Root = { type: 'RootNode', children: [], position: pos(0, text.length) };
  const lineRe = /\r\n|\n|\r/g;
  let lineStart = 0;
  for (;;) {
    const m = lineRe.exec(text);
    const lineEnd = m ? m.index : text.length;
    if (lineEnd > lineStart) {
      const value = text.slice(lineStart, lineEnd);
      if (WS.test(value)) root.children.push(white(lineStart, lineEnd));
      else root.children.push(paragraph(value, lineStart));
    }
    if (!m) break;
    root.children.push(white(m.index, m.index + m[0].length));
    lineStart = m.index + m[0].length;
  }
  return root;

  function paragraph(value: string, base: number): Paragraph {
    const node: Paragraph = { type: 'ParagraphNode', children: [], position: pos(base, base + value.length) };
    let cursor = 0;
    for (const s of splitSentences(value)) {
      if (s.start > cursor) node.children.push(white(base + cursor, base + s.start));
      node.children.push(sentence(s.text, base + s.start));
      cursor = s.end;
    }
    if (cursor < value.length) node.children.push(white(base + cursor, base + value.length));
    return node;
  }

  function sentence(value: string, base: number): Sentence {
    const children: SentenceContent[] = [];
    for (const w of segmentWords(value)) {
      const position = pos(base + w.start, base + w.end);
      if (w.isWordLike) {
        const word: Word = { type: 'WordNode', children: [{ type: 'TextNode', value: w.text, position }], position };
        children.push(word);
      } else if (WS.test(w.text)) {
        children.push({ type: 'WhiteSpaceNode', value: w.text, position });
      } else if (PUNCT.test(w.text)) {
        children.push({ type: 'PunctuationNode', value: w.text, position } as Punctuation);
      } else {
        children.push({ type: 'SymbolNode', value: w.text, position } as NlcstSymbol);
      }
    }
    return { type: 'SentenceNode', children, position: pos(base, base + value.length) };
  }
}

/** The text of an nlcst node (like nlcst-to-string). */
export function nlcstToString(node: { value?: string; children?: unknown[] }): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((c) => nlcstToString(c as { value?: string; children?: unknown[] })).join('');
}

/**
 * unified plugin: parse with `parseChinese`; also sets a compiler (nlcst → text) when none is set,
 * so `unified().use(retextChinese).process(text)` works without retext-stringify.
 */
export const retextChinese: Plugin<[], string, Root> = function (this: unknown) {
  const self = this as Processor<Root, undefined, undefined, Root, string>;
  self.parser = (document: string) => parseChinese(document);
  if (!self.compiler) self.compiler = (tree: Root) => nlcstToString(tree);
};
