import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema, mergeConfig, validateConfig } from '../../src/config.js';
import { VERSION } from '../../src/engine/version.js';
import { testRules } from './fixtures.js';

describe('validateConfig', () => {
  const valid: Array<[string, unknown]> = [
    ['empty', {}],
    ['everything', {
      $schema: './node_modules/gongwen-lint/schemas/config.schema.json',
      preset: 'all',
      rules: { 'typo/mark-a': 'warn', 'phrasing/mark-b': ['error'], 'phrasing/banned-word': ['warn', { word: '某' }] },
      ignores: ['drafts/**'],
      locale: 'en',
      date: '2024-02-29',
      profile: 'letter',
      protectedTerms: ['甲乙丙公司'],
      lexicons: [{ name: 'x' }],
    }],
  ];
  it.each(valid)('accepts %s', (_name, config) => {
    expect(validateConfig(config, testRules)).toEqual([]);
  });

  const invalid: Array<[string, unknown, string]> = [
    ['unknown key', { rule: {} }, '(根): 未知的配置项 “rule”'],
    ['bad preset', { preset: 'strict' }, 'preset: 取值应为 "recommended" | "all"'],
    ['bad locale', { locale: 'fr' }, 'locale: 取值应为 "zh" | "en"'],
    ['bad date', { date: '2024/01/01' }, 'date: 格式不对（应匹配 ^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$）'],
    ['bad severity', { rules: { 'typo/mark-a': 'fatal' } }, 'rules.typo/mark-a: 应为 "off" | "warn" | "error" 或 [级别, 选项]'],
    ['bad severity in an array', { rules: { 'typo/mark-a': ['fatal'] } }, 'rules.typo/mark-a.0: 取值应为 "off" | "warn" | "warning" | "error"'],
    ['ignores not an array', { ignores: 'drafts' }, 'ignores: 类型应为 array'],
    ['unknown rule', { rules: { 'typo/nope': 'error' } }, 'rules.typo/nope: 没有这条规则（gongwen-lint --list-rules 可列出全部规则）'],
    ['options against meta.schema', { rules: { 'phrasing/banned-word': ['warn', { word: 1 }] } }, 'rules.phrasing/banned-word[1].word: 类型应为 string'],
    ['unknown option', { rules: { 'phrasing/banned-word': ['warn', { words: 'x' }] } }, 'rules.phrasing/banned-word[1]: 未知的配置项 “words”'],
    ['options for a rule without options', { rules: { 'typo/mark-a': ['warn', { x: 1 }] } }, 'rules.typo/mark-a: 这条规则没有选项'],
    ['not an object', [], '(根): 类型应为 object'],
  ];
  it.each(invalid)('rejects %s', (_name, config, first) => {
    expect(validateConfig(config, testRules)[0]).toBe(first);
  });
});

describe('mergeConfig', () => {
  it('scalars replace, rules merge, lists concatenate', () => {
    expect(
      mergeConfig(
        { preset: 'all', rules: { 'a/b': 'off' }, ignores: ['x'], locale: 'zh' },
        { rules: { 'c/d': 'warn' }, ignores: ['y'], locale: 'en', date: undefined },
      ),
    ).toEqual({ preset: 'all', rules: { 'a/b': 'off', 'c/d': 'warn' }, ignores: ['x', 'y'], locale: 'en' });
  });
});

describe('published files stay in step with the code', () => {
  it('schemas/config.schema.json equals configSchema', () => {
    const file = JSON.parse(readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8'));
    expect(file, 'schemas/config.schema.json differs from configSchema in src/config.ts: regenerate it').toEqual(
      JSON.parse(JSON.stringify(configSchema)),
    );
  });
  it('VERSION equals package.json version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
