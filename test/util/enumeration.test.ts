import { describe, expect, it } from 'vitest';
import { findMarkers, headingCounter, markerText } from '../../src/util/enumeration.js';
import { hanNumeral } from '../../src/util/number.js';

describe('util/enumeration', () => {
  it('finds inline enumerators of each form', () => {
    expect(findMarkers('一是加强领导；二要完善制度；第三，强化督查；其四，严格考核。').map((m) => [m.form, m.n, m.text, m.start])).toEqual([
      ['shi', 1, '一是', 0],
      ['yao', 2, '二要', 7],
      ['di', 3, '第三', 14],
      ['qi', 4, '其四', 22],
    ]);
  });

  it('takes a marker followed by a numeral word (二是一些…) but not the idiom 一是一，二是二', () => {
    expect(findMarkers('一是部分网站未设入口。二是一些网站无互动栏目。三是一批栏目长期不回应。').map((m) => [m.n, m.start])).toEqual([
      [1, 0],
      [2, 11],
      [3, 23],
    ]);
  });

  it.each(['统一是前提', '这一要求', '排名第二，', '一是一，二是二', '其一', '，二要素核验', '，一是否合规'])('finds none in %s', (text) => {
    expect(findMarkers(text)).toEqual([]);
  });

  it.each([
    ['一、总体要求', { depth: 1, n: 1 }],
    ['（三）主要任务', { depth: 2, n: 3 }],
    ['2.建立机制', { depth: 3, n: 2 }],
    ['（4）明确责任', { depth: 4, n: 4 }],
    ['2.5倍', undefined],
    ['加强领导', undefined],
  ])('headingCounter(%s)', (text, counter) => {
    expect(headingCounter(text)).toEqual(counter);
  });

  it('writes markers', () => {
    expect(['shi', 'yao', 'di', 'qi'].map((f) => markerText(f as 'shi', 3, hanNumeral))).toEqual(['三是', '三要', '第三', '其三']);
  });
});
