/**
 * gongwen-lint — the browser-safe core. Nothing here touches the file system: hand it bytes or text.
 */
export { lint, lintSync, lintTree, flattenLines, formatMessage } from './engine/lint.js';
export type { LintOptions } from './engine/lint.js';
export type { LintMessage, LintResult, FixEdit, Location } from './engine/messages.js';
export type { Config, Profile, RuleSetting } from './config.js';
export { defineRule } from './rule.js';
export type * from './rule.js';
export type * from './tree/types.js';
export { KIND_WORDS } from './tree/types.js';
export { allRules, ruleById } from './rules/index.js';
export { parseDocument, formatOf } from './parsers/index.js';
export { recognise, kindOfTitle, headingDepth } from './parsers/structure.js';
export { decodeText } from './parsers/decode.js';
export { InputError, isInputError } from './parsers/errors.js';
