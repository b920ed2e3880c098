/**
 * The typo model's tables as one buffer (issue 8): what `npm run build` writes to
 * dist/lexicon/data/typo-model.bin and the worker pool shares between its threads must be exactly
 * the tables the core builds from the compiled JSON — same bytes, same scores, same suspects — and
 * a buffer of another format must be refused (the core then builds the tables itself).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import compiled from '../../src/lexicon/data/typo-model.json' with { type: 'json' };
import {
  buildTypoModelTables,
  packTypoModelTables,
  segmentScore,
  setTypoModelData,
  setTypoModelTables,
  suspects,
  typoModelTables,
  unpackTypoModelTables,
  wordFrequencyBucket,
  type TypoModelData,
  type TypoModelTables,
} from '../../src/lexicon/char-model.js';
import { sharedTypoModelFile } from '../../src/node/typo-model.js';

const data = compiled as unknown as TypoModelData;
const built = buildTypoModelTables(data);
const distBin = fileURLToPath(new URL('../../dist/lexicon/data/typo-model.bin', import.meta.url));

// Texts with slips the model finds (加强数局安全 …) and without.
const TEXTS = [
  '各地区要加强数局安全管理工作，切实做好防汛抗旱各项准备。',
  '经研究，现将有关事项通知如下，请认真贯彻落实并按时报送工作进展情况。',
  '要坚持以人民为中心的发展思想，推动经济高质量发展，不断增强人民群众的获得感。',
];

function observe() {
  return {
    suspects: TEXTS.map((t) => suspects(t, 0)),
    scores: TEXTS.map((t) => segmentScore(t)),
    buckets: ['发展', '经济', '通知', '数局'].map((w) => wordFrequencyBucket(w)),
  };
}

/** Each table as its type, length and a SHA-256 of its bytes (comparing million-element arrays value by value is slow). */
function digestOf(t: TypoModelTables) {
  const { homophones, total, ...arrays } = t;
  const digest = (a: ArrayBufferView) => createHash('sha256').update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength)).digest('hex');
  return { homophones, total, arrays: Object.fromEntries(Object.entries(arrays).map(([k, a]) => [k, [a.constructor.name, a.length, digest(a)]])) };
}

afterAll(() => setTypoModelData(data));

describe('typo model tables in one buffer', () => {
  it('unpacks to the same tables, from an ArrayBuffer and from a SharedArrayBuffer', () => {
    for (const shared of [false, true]) {
      const packed = packTypoModelTables(built, shared);
      expect(packed.buffer instanceof SharedArrayBuffer).toBe(shared);
      const back = unpackTypoModelTables(packed)!;
      expect(back.wordCells.buffer).toBe(packed.buffer); // views: nothing copied
      expect(digestOf(back)).toEqual(digestOf(built));
    }
  });

  it('gives the same suspects, scores and word buckets as tables built from the data', () => {
    setTypoModelData(data);
    const fromData = observe();
    expect(fromData.suspects[0]!.map((s) => [s.char, s.suggestion])).toContainEqual(['局', '据']);
    setTypoModelTables(unpackTypoModelTables(packTypoModelTables(built, true))!);
    expect(observe()).toEqual(fromData);
    expect(typoModelTables().wordCells.buffer).toBeInstanceOf(SharedArrayBuffer);
  });

  it('refuses a buffer of another format or a foreign file', () => {
    const packed = packTypoModelTables(built);
    const other = packed.slice();
    new Int32Array(other.buffer, 0, 2)[1] = 999; // format
    expect(unpackTypoModelTables(other)).toBeUndefined();
    expect(unpackTypoModelTables(new TextEncoder().encode('{"format":1}'.padEnd(200)))).toBeUndefined();
    expect(unpackTypoModelTables(new Uint8Array(16))).toBeUndefined();
  });

  it.skipIf(!existsSync(distBin))('the file npm run build wrote is these tables, byte for byte', () => {
    const distData = JSON.parse(readFileSync(new URL('../../dist/lexicon/data/typo-model.json', import.meta.url), 'utf8')) as TypoModelData;
    expect(Buffer.from(packTypoModelTables(buildTypoModelTables(distData))).equals(readFileSync(distBin))).toBe(true);
  });

  it('the Node layer finds no file from src/ (tests build the tables themselves)', () => {
    expect(sharedTypoModelFile()).toBeUndefined();
  });
});
