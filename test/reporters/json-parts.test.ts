/**
 * formatJsonParts (issue 8, memory): the CLI writes the JSON report a file at a time; joined, the
 * parts are exactly the one-string report (JSON.stringify(report, null, 2) + '\n'), whatever the
 * number of files and file errors.
 */
import { describe, expect, it } from 'vitest';
import { lintSync } from '../../src/engine/lint.js';
import type { FileError } from '../../src/engine/messages.js';
import { formatJson, formatJsonParts, toJsonReport } from '../../src/reporters/json.js';

const TEXTS = [
  '关于做好检查工作的通知\n\n各单位：\n现将有关事项通知如下：。\n要按时完成任务。，确保质量。\n',
  '关于开展年度考核的通知\n\n各部门：\n请于2024年3月15日前报送材料，逾期不候。\n',
  '关于加强安全生产工作的通知\n\n各区人民政府：\n一、要认真贯彻落实，切实加强领导\n二、要严格执行制度。\n',
];
const results = TEXTS.map((text, i) => lintSync(text, { filename: `/docs/${i}.txt` }));
const fileErrors: FileError[] = [{ filePath: '/docs/bad.docx', message: '不是有效的 .docx 文件（"zip"）' } as FileError];

describe('formatJsonParts', () => {
  it.each([
    ['no files', 0, []],
    ['one file', 1, []],
    ['three files', 3, []],
    ['no files, a file error', 0, fileErrors],
    ['three files and a file error', 3, fileErrors],
  ] as const)('%s: the parts join to the one-string report', (_name, count, errors) => {
    const list = results.slice(0, count);
    const parts = [...formatJsonParts(list, { errors: [...errors] })];
    expect(parts).toHaveLength(count + 2); // head, one per file, tail
    expect(parts.join('')).toBe(JSON.stringify(toJsonReport(list, { errors: [...errors] }), null, 2) + '\n');
    expect(formatJson(list, { errors: [...errors] })).toBe(parts.join(''));
  });
});
