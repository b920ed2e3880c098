/** Lexicons: types, schema, validation, matching and the built-in data. */
export * from './types.js';
export { lexiconSchema } from './schema.js';
export { validateLexicon, lexiconConfigProblems, compileEntry, entriesFor, userLexicons, ruleOf } from './load.js';
export type { CompiledEntry, LexiconProblem } from './load.js';
export { matchEntries, overlapsProtected, dateApplies, Boundaries } from './match.js';
export type { LexiconMatch, MatchOptions } from './match.js';
export { builtinLexicons, builtinLexiconList } from './builtin.js';
export { lexiconRuleCheck } from './rule-check.js';
export { orderFindings } from './order.js';
export { damerau, nearestTitle } from './titles.js';
