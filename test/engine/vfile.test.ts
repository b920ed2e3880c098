import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { gongwenLint, lintVFile } from '../../src/vfile.js';

describe('vfile messages', () => {
  it('puts each finding on the vfile with rule id, place and severity', async () => {
    const file = await lintVFile(new VFile({ path: 'draft.txt', value: '现将有关事项通知如下：。' }));
    const m = file.messages.find((x) => x.ruleId === 'punctuation/duplicate-punctuation');
    expect(m).toBeDefined();
    expect([m!.source, m!.fatal, m!.place]).toEqual([
      'gongwen-lint',
      true,
      { start: { line: 1, column: 11 }, end: { line: 1, column: 13 } },
    ]);
    expect(m!.reason).toBe('标点“：。”叠用，只保留一个（GB/T 15834—2011 4）');
    expect(m!.expected).toEqual(['：']);
  });

  it('is silent on good text', async () => {
    const file = await lintVFile(new VFile({ path: 'ok.txt', value: '现将有关事项通知如下：' }));
    expect(file.messages).toEqual([]);
  });

  it('runs as a unified plugin on the file being processed', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(gongwenLint)
      .use(function () {
        this.compiler = () => '';
      })
      .process(new VFile({ path: 'draft.md', value: '# 通知\n\n完成任务。，确保质量。\n' }));
    expect(file.messages.map((m) => [m.ruleId, m.place && 'start' in m.place ? m.place.start : m.place])).toContainEqual([
      'punctuation/duplicate-punctuation',
      { line: 3, column: 5 },
    ]);
  });
});
