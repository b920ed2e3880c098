import { describe, expect, it } from 'vitest';
import { DocumentGridType } from 'docx';
import { A4, buildDocx, compact, lintDocx, MARGINS } from './docx-builder.js';
import pageSize from '../../../src/rules/format/page-size.js';
import pageMargins from '../../../src/rules/format/page-margins.js';
import lineGrid from '../../../src/rules/format/line-grid.js';
import { formatRules } from '../../../src/rules/format/index.js';

describe('format/page-margins', () => {
  it('warns on Word default margins, naming each side', async () => {
    const r = lintDocx(await buildDocx({ page: { margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 } } }), { rules: [pageMargins] });
    expect(compact(r.messages)).toEqual([{
      ruleId: 'format/page-margins', line: undefined, severity: 'warning',
      messageId: 'margin', data: { list: '上（天头）25.4 mm、左（订口）31.8 mm、右31.8 mm、下25.4 mm' },
    }]);
  });
  it('accepts 37/28/26/35 mm within 1 mm (1587 for 28 mm as WPS writes it)', async () => {
    const r = lintDocx(await buildDocx({ page: { margin: { ...MARGINS, left: 1587, bottom: 1985 } } }), { rules: [pageMargins] });
    expect(r.messages).toEqual([]);
  });
});
