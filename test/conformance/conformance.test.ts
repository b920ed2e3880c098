/**
 * Conformance with documents made by python-docx and LibreOffice (scripts/python-docx/make.py).
 *
 * fixtures/python-docx/manifest.json lists every file (path relative to fixtures/): conforming ones
 * (clean) must draw no error and no warning from any rule, with every rule on (preset all) and with the
 * default preset the CLI uses; faulty drafts must draw exactly the planted findings: rule id, line (the
 * w:p ordinal; null for page-level findings) and severity, as a multiset — nothing missing, nothing
 * else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintSync } from '../../src/engine/lint.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

interface Fault {
  rule: string;
  line: number | null;
  severity?: 'error' | 'warning';
  note: string;
}
interface Entry {
  file: string;
  from?: string;
  clean: boolean;
  faults: Fault[];
}

const manifest = JSON.parse(readFileSync(join(fixtures, 'python-docx', 'manifest.json'), 'utf8')) as { files: Entry[] };

function lint(file: string, preset: 'all' | 'recommended') {
  const bytes = readFileSync(join(fixtures, file));
  return lintSync(bytes, { filename: file, config: { preset } }).messages
    .map((m) => `${m.severity} ${m.ruleId} ${m.line ?? null} ${m.message}`)
    .sort();
}

const key = (f: { rule: string; line: number | null; severity?: string }) =>
  `${f.severity ?? 'error'} ${f.rule} ${f.line ?? null}`;

describe('python-docx / LibreOffice conformance', () => {
  it('the manifest covers python-docx and LibreOffice, clean and faulty', () => {
    const files = manifest.files;
    expect(files.filter((f) => f.file.startsWith('python-docx/') && f.clean).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => f.file.startsWith('python-docx/') && !f.clean).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((f) => f.file.startsWith('libreoffice/') && f.clean).length).toBeGreaterThanOrEqual(2);
  });

  for (const entry of manifest.files.filter((f) => f.clean)) {
    it(`${entry.file}: no error and no warning`, () => {
      expect(lint(entry.file, 'all')).toEqual([]);
      expect(lint(entry.file, 'recommended')).toEqual([]);
    });
  }

  for (const entry of manifest.files.filter((f) => !f.clean)) {
    it(`${entry.file}: ${entry.faults.map((f) => f.note).join('；')}`, () => {
      const got = lint(entry.file, 'all').map((m) => m.split(' ').slice(0, 3).join(' '));
      expect(got).toEqual(entry.faults.map(key).sort());
    });
  }
});
