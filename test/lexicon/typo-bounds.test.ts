/**
 * The typo scorer's bounds (src/lexicon/char-model.ts, suspects) only skip work: with them switched
 * off (withoutBounds) every candidate of every character is scored in full, and the suspects must be
 * the same — same characters, suggestions, gains (bit for bit) and set phrases — at every threshold,
 * including thresholds so low that most characters get past the bounds. The texts are sentences in
 * the style of official documents written for this test, with characters swapped at random for
 * characters of the same sentences and for a list of commonly confused ones (seeded: reproducible).
 */
import { describe, expect, it } from 'vitest';
import { suspects, withoutBounds } from '../../src/lexicon/char-model.js';

const SENTENCES = [
  '各地区各部门要加强数据安全管理工作，切实做好防汛抗旱各项准备。',
  '经研究，现将有关事项通知如下，请认真贯彻落实并按时报送工作进展情况。',
  '要坚持以人民为中心的发展思想，推动经济高质量发展，不断增强人民群众的获得感。',
  '进一步健全基层治理体系，提升公共服务水平，确保各项政策措施落到实处。',
  '加快推进重大项目建设，优化营商环境，激发市场主体活力和社会创造力。',
  '严格落实安全生产责任制，坚决遏制重特大事故发生，保障人民生命财产安全。',
  '因循守旧的观念必须打破，由来已久的问题要下决心解决，事必躬亲不如建章立制。',
  '本办法自印发之日起施行，由市人民政府办公室负责解释。',
  '切实加强组织领导，明确职责分工，形成工作合力，定期督促检查。',
  '完善生态环境保护制度，推进污染防治攻坚，建设美丽乡村。',
];
const SLIPS = '局据织识制治即既己已在再做作的地得以已其期建健工功部不布付副付复负候侯像象须需权全';

/** A small deterministic generator (mulberry32) so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function texts(count: number): string[] {
  const next = random(20261206);
  const pool = SENTENCES.join('') + SLIPS;
  const out = [...SENTENCES];
  for (let n = 0; n < count; n++) {
    const chars = [...SENTENCES[Math.floor(next() * SENTENCES.length)]!];
    const swaps = 1 + Math.floor(next() * 3);
    for (let k = 0; k < swaps; k++) chars[Math.floor(next() * chars.length)] = pool[Math.floor(next() * pool.length)]!;
    out.push(chars.join(''));
  }
  return out;
}

describe('typo scorer bounds', () => {
  const samples = texts(300);

  it.each([
    [0, 0],
    [1, 0.5],
    [3, 2],
    [5, 5],
    [8, 5],
    [8, 8],
    [12, 5],
  ])('threshold %d, set-phrase threshold %d: the same suspects as full scoring', (threshold, setPhrase) => {
    let reported = 0;
    for (const text of samples) {
      const full = withoutBounds(() => suspects(text, threshold, setPhrase));
      expect(suspects(text, threshold, setPhrase)).toEqual(full);
      reported += full.length;
    }
    // the comparison means something: at these thresholds the texts do draw suspects
    expect(reported).toBeGreaterThan(0);
  });

  it('full scoring finds the slips the bounded scorer finds in a known sentence', () => {
    const text = '各地区要加强数局安全管理工作。';
    const bounded = suspects(text, 8, 5).map((s) => [s.char, s.suggestion]);
    expect(bounded).toContainEqual(['局', '据']);
    expect(withoutBounds(() => suspects(text, 8, 5)).map((s) => [s.char, s.suggestion])).toEqual(bounded);
  });
});
