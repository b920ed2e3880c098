/**
 * gongwen-lint — the browser-safe core. Nothing here touches the file system: hand it bytes or text.
 */
export { lint, lintSync, lintTree, flattenLines, formatMessage } from './engine/lint.js';
export { messageText, messageTemplate, citationTemplate } from './engine/message-text.js';
export type { LintOptions } from './engine/lint.js';
export { createTiming, formatTiming, mergeTiming, PHASES } from './engine/timing.js';
export type { Timing, Phase } from './engine/timing.js';
export { loadTypoModel, setTypoModelData, typoModelLoaded } from './lexicon/char-model.js';
export type { TypoModelData } from './lexicon/char-model.js';
export type { LintMessage, LintResult, FixEdit, Location, FileError, RuleError } from './engine/messages.js';
export { resolveRules, inPreset } from './engine/resolve.js';
export type { ResolvedRule } from './engine/resolve.js';
export { collectDirectives, directivesInSource, isSuppressed } from './engine/directives.js';
export type { Directive } from './engine/directives.js';
export { applyTextFixes, fixText } from './engine/fix-text.js';
export type { FixTextResult, AppliedEdit } from './engine/fix-text.js';
export { VERSION, REPOSITORY_URL, ruleDocUrl } from './engine/version.js';
export type { Config, Profile, RuleSetting } from './config.js';
export { configSchema, validateConfig, mergeConfig, ConfigError, PRESETS, PROFILES } from './config.js';
export { defineRule } from './rule.js';
export type * from './rule.js';
export type * from './tree/types.js';
export { KIND_WORDS } from './tree/types.js';
export { allRules, ruleById } from './rules/index.js';
export { parseDocument, formatOf } from './parsers/index.js';
export { recognise, kindOfTitle, headingDepth, headingParts, isAddressee } from './parsers/structure.js';
export { parseDocx, isFlatOpc } from './parsers/docx/index.js';
export type { DocxParse } from './parsers/docx/index.js';
export { textToLines } from './parsers/txt.js';
export { markdownToLines } from './parsers/markdown.js';
// the Chinese sentence/word layer (retext parser and plain helpers)
export {
  splitSentences, segmentWords, sentencesWithWords, sentencesOf, parseChinese, retextChinese,
} from './parsers/chinese/index.js';
// lexicons as data: schema, validation and the built-in lists
export { lexiconSchema, validateLexicon, lexiconConfigProblems, builtinLexiconList } from './lexicon/index.js';
export { decodeText } from './parsers/decode.js';
export { InputError, isInputError } from './parsers/errors.js';
export {
  format, formatJson, formatSarif, formatStylish, toJsonReport, toSarif, FORMATS, SARIF_SCHEMA_URI,
} from './reporters/index.js';
export { formatHtml, GBT9704_PAGE, GBT9704_FONTS } from './reporters/html.js';
export type { HtmlOptions } from './reporters/html.js';
export type {
  FormatName, JsonFileResult, JsonReport, ReporterOptions, SarifOptions, StylishOptions,
} from './reporters/index.js';
export { fixDocx } from './fix/docx/index.js';
export type { DocxFixChange, DocxFixResult } from './fix/docx/index.js';
// unified/vfile integration: findings as VFileMessages, and a unified plugin
export { addMessages, lintVFile, gongwenLint } from './vfile.js';
export type { VFileLintOptions } from './vfile.js';
