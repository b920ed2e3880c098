/**
 * The built-in lexicons (src/lexicon/data/*.json, compiled into dist/lexicon/data). Imported as JSON
 * modules, so the core stays free of file-system access and works in bundlers.
 */
import bannedWords from './data/banned-words.json' with { type: 'json' };
import bannedWordsDated from './data/banned-words-dated.json' with { type: 'json' };
import commonTypos from './data/common-typos.json' with { type: 'json' };
import contextPairs from './data/context-pairs.json' with { type: 'json' };
import exactWording from './data/exact-wording.json' with { type: 'json' };
import formulationOrder from './data/formulation-order.json' with { type: 'json' };
import organNames from './data/organ-names.json' with { type: 'json' };
import outOfDate from './data/out-of-date.json' with { type: 'json' };
import politicalFormulation from './data/political-formulation.json' with { type: 'json' };
import regulationTitles from './data/regulation-titles.json' with { type: 'json' };
import type { Lexicon } from './types.js';

/** Every built-in lexicon, by file name (without .json). */
export const builtinLexicons: Record<string, Lexicon> = {
  'banned-words': bannedWords as Lexicon,
  'banned-words-dated': bannedWordsDated as Lexicon,
  'common-typos': commonTypos as Lexicon,
  'context-pairs': contextPairs as Lexicon,
  'exact-wording': exactWording as Lexicon,
  'formulation-order': formulationOrder as Lexicon,
  'organ-names': organNames as Lexicon,
  'out-of-date': outOfDate as Lexicon,
  'political-formulation': politicalFormulation as Lexicon,
  'regulation-titles': regulationTitles as Lexicon,
};

export const builtinLexiconList: readonly Lexicon[] = Object.values(builtinLexicons);
