/**
 * The configuration users write (gongwen-lint.config.json or the `gongwen-lint` key of package.json),
 * its JSON Schema (published as schemas/config.schema.json; a test keeps the two equal) and its
 * validation. Browser-safe: no file system here (the Node entry finds and reads the file).
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Rule, SeveritySetting } from './rule.js';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export type Profile = 'auto' | 'full' | 'plain' | 'letter' | 'minutes' | 'order' | 'speech';

export interface Config {
  /** `recommended` (default) or `all`. */
  preset?: string;
  /** Per-rule severity and options, by rule id. */
  rules?: Record<string, RuleSetting>;
  /** Glob patterns of files to skip (used by the Node entry and CLI). */
  ignores?: string[];
  /** Message language. */
  locale?: 'zh' | 'en';
  /** Reference date (yyyy-mm-dd) for documents without an issue date. */
  date?: string;
  /** Which set of format checks applies (GB/T 9704 §10 special formats). `auto` guesses from the kind. */
  profile?: Profile;
  /** Names, organs and places that must never be "corrected". */
  protectedTerms?: string[];
  /** Extra lexicons (see schemas/lexicon.schema.json), as data. */
  lexicons?: unknown[];
}

export const PRESETS = ['recommended', 'all'] as const;
export const PROFILES: readonly Profile[] = ['auto', 'full', 'plain', 'letter', 'minutes', 'order', 'speech'];

const severity = { enum: ['off', 'warn', 'warning', 'error'] };

/** JSON Schema (draft-07) of the config file. schemas/config.schema.json is this object. */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/gongwen-lint/gongwen-lint/schemas/config.schema.json',
  title: 'gongwen-lint configuration',
  description: 'gongwen-lint.config.json, or the "gongwen-lint" key of package.json.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    preset: {
      description: 'Rule set to start from: recommended (default) or all.',
      enum: [...PRESETS],
    },
    rules: {
      description: 'Per-rule severity ("off" | "warn" | "error") or [severity, options], by rule id.',
      type: 'object',
      propertyNames: { pattern: '^[a-z]+/[a-z0-9-]+$' },
      additionalProperties: {
        anyOf: [
          severity,
          {
            type: 'array',
            items: [severity, { type: 'object' }],
            minItems: 1,
            maxItems: 2,
          },
        ],
      },
    },
    ignores: {
      description: 'Glob patterns of files to skip, relative to the config file.',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    locale: { description: 'Message language.', enum: ['zh', 'en'] },
    date: {
      description: 'Reference date (YYYY-MM-DD) for documents without an issue date.',
      type: 'string',
      pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
    },
    profile: {
      description: 'Which format checks apply (GB/T 9704—2012 §10 special formats); auto guesses from the kind.',
      enum: [...PROFILES],
    },
    protectedTerms: {
      description: 'Names, organs and places that must never be "corrected".',
      type: 'array',
      items: { type: 'string', minLength: 1 },
    },
    lexicons: {
      description: 'Extra lexicons (see schemas/lexicon.schema.json), as data.',
      type: 'array',
      items: { type: 'object' },
    },
  },
} as const;

let ajv: Ajv | undefined;
let validateShape: ValidateFunction | undefined;
const optionValidators = new WeakMap<object, ValidateFunction>();

function getAjv(): Ajv {
  ajv ??= new Ajv({ allErrors: true, strict: false, useDefaults: false });
  return ajv;
}

/** JSON pointer → `a.b.c` (rule ids keep their slash). */
function pathOf(pointer: string, root: string): string {
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const joined = [root, ...parts].filter(Boolean).join('.').replace(/\.\[/g, '[');
  return joined || '(根)';
}

function describe(error: ErrorObject, root: string): string {
  const where = pathOf(error.instancePath, root);
  switch (error.keyword) {
    case 'additionalProperties':
      return `${where}: 未知的配置项 “${(error.params as { additionalProperty: string }).additionalProperty}”`;
    case 'enum':
      return `${where}: 取值应为 ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(' | ')}`;
    case 'pattern':
      return `${where}: 格式不对（应匹配 ${(error.params as { pattern: string }).pattern}）`;
    case 'propertyNames':
      return `${where}: 规则名格式不对（应为 类别/规则名）`;
    case 'type':
      return `${where}: 类型应为 ${(error.params as { type: string }).type}`;
    default:
      return `${where}: ${error.message ?? error.keyword}`;
  }
}

/** Picks the most telling errors: anyOf branches produce noise, keep the deepest path's. */
function summarise(errors: ErrorObject[], root = ''): string[] {
  const relevant = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'if');
  // An error inside a value says more than the same value failing another anyOf branch.
  const useful = relevant.filter((e) => !relevant.some((o) => o.instancePath.startsWith(e.instancePath + '/')));
  const byPath = new Map<string, ErrorObject>();
  for (const e of useful) if (!byPath.has(e.instancePath)) byPath.set(e.instancePath, e);
  // When an anyOf fails, ajv reports every branch; a value that is neither a severity nor an array:
  const out: string[] = [];
  for (const [path, e] of byPath) {
    if (e.keyword === 'enum' && useful.some((o) => o.instancePath === path && o.keyword === 'type')) {
      out.push(`${pathOf(path, root)}: 应为 "off" | "warn" | "error" 或 [级别, 选项]`);
    } else out.push(describe(e, root));
  }
  return out;
}

/**
 * Checks a config object: its shape against the schema, rule ids against the known rules, rule
 * options against each rule's `meta.schema`. Returns one Chinese line per problem; empty if valid.
 */
export function validateConfig(config: unknown, rules?: readonly Rule[]): string[] {
  validateShape ??= getAjv().compile(configSchema);
  if (!validateShape(config)) return summarise(validateShape.errors ?? []);
  const problems: string[] = [];
  const c = config as Config;
  if (rules && c.rules) {
    for (const [id, setting] of Object.entries(c.rules)) {
      const rule = rules.find((r) => r.meta.id === id);
      if (!rule) {
        problems.push(`rules.${id}: 没有这条规则（gongwen-lint --list-rules 可列出全部规则）`);
        continue;
      }
      const options = Array.isArray(setting) ? setting[1] : undefined;
      if (options === undefined) continue;
      if (!rule.meta.schema) {
        if (Object.keys(options).length) problems.push(`rules.${id}: 这条规则没有选项`);
        continue;
      }
      let validate = optionValidators.get(rule.meta.schema);
      if (!validate) {
        validate = getAjv().compile(rule.meta.schema);
        optionValidators.set(rule.meta.schema, validate);
      }
      if (!validate(options)) problems.push(...summarise(validate.errors ?? [], `rules.${id}[1]`));
    }
  }
  return problems;
}

/** Thrown by the config loader: one line naming the file. */
export class ConfigError extends Error {
  readonly file?: string;
  constructor(message: string, file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'ConfigError';
    this.file = file;
  }
}

/**
 * Merges configs, later over earlier: scalars replace, `rules` merge by id, lists (`ignores`,
 * `protectedTerms`, `lexicons`) concatenate.
 */
export function mergeConfig(...configs: Array<Config | undefined>): Config {
  const out: Config = {};
  for (const c of configs) {
    if (!c) continue;
    for (const [key, value] of Object.entries(c) as Array<[keyof Config, unknown]>) {
      if (value === undefined) continue;
      if (key === 'rules') out.rules = { ...out.rules, ...(value as Config['rules']) };
      else if (key === 'ignores' || key === 'protectedTerms' || key === 'lexicons') {
        (out as Record<string, unknown>)[key] = [...((out[key] as unknown[]) ?? []), ...(value as unknown[])];
      } else (out as Record<string, unknown>)[key] = value;
    }
  }
  return out;
}
