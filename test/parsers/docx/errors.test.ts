import { readFileSync } from 'node:fs';
import * as fflate from 'fflate';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocx } from '../../../src/parsers/docx/index.js';
import { LIMITS } from '../../../src/parsers/docx/zip.js';
import { InputError, englishInputError } from '../../../src/parsers/errors.js';
import { buildDocx, p, W_NS } from './package.js';

function errorOf(bytes: Uint8Array): { code: string; message: string } {
  try {
    parseDocx(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.message).not.toMatch(/\n/);
    return { code: e.code, message: e.message };
  }
  throw new Error('expected an InputError');
}

function ole(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < streamName.length; i++) bytes[1024 + 2 * i] = streamName.charCodeAt(i);
  return bytes;
}

const docXml = (inner: string) => `<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body>${inner}</w:body></w:document>`;

function withDocument(xml: string | Uint8Array, level: 0 | 6 = 6): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': [typeof xml === 'string' ? strToU8(xml) : xml, { level }],
  });
}

/** Rewrites the declared uncompressed size of every central-directory entry. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
    if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, size, true);
  }
  return out;
}

const fixture = new Uint8Array(readFileSync(new URL('../../../fixtures/notice.docx', import.meta.url)));

describe('bad input → InputError with a one-line Chinese message', () => {
  const defaults = { ...LIMITS };
  afterEach(() => Object.assign(LIMITS, defaults));

  const stored = withDocument(docXml(p('正文')), 0);
  const crcBroken = stored.slice();
  {
    const at = Buffer.from(crcBroken).indexOf(Buffer.from('正文'));
    crcBroken[at + 2] ^= 0x01;
  }

  const cases: Array<[string, () => Uint8Array, string, string | RegExp]> = [
    ['empty file', () => new Uint8Array(0), 'empty', '是空文件'],
    ['plain text', () => strToU8('关于做好防汛工作的通知'), 'not-docx', '不是 .docx 文件（不是 zip 格式）'],
    ['RTF', () => strToU8('{\\rtf1\\ansi 通知}'), 'not-docx', '是 RTF 文件，不是 .docx；请另存为 .docx'],
    ['encrypted .docx (OLE + EncryptedPackage)', () => ole('EncryptedPackage'), 'encrypted',
      '文档设置了打开密码（已加密），无法读取；请取消密码后另存为 .docx 再检查'],
    ['legacy .doc', () => ole('WordDocument'), 'legacy-doc', '是 Word 97-2003（.doc）旧格式，请另存为 .docx'],
    ['legacy .wps / other OLE', () => ole('WpsContent'), 'legacy-wps', '是 WPS（.wps）或其他旧版二进制格式，请另存为 .docx'],
    ['truncated zip', () => fixture.subarray(0, fixture.length >> 1), 'corrupt-zip',
      '文件已损坏，无法作为 .docx 读取（找不到 zip 目录，文件可能不完整）'],
    ['CRC mismatch', () => crcBroken, 'corrupt-zip', '文件已损坏，无法作为 .docx 读取（部件 word/document.xml 校验和不符）'],
    ['zip that is an Excel workbook', () => zipSync({ '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), 'xl/workbook.xml': strToU8('<workbook/>') }),
      'not-docx', '是 Excel 工作簿，不是 Word 文档'],
    ['zip of something else', () => zipSync({ 'readme.txt': strToU8('hello') }), 'not-docx', '是 zip 压缩包，但不是 Word 文档（找不到主文档部件）'],
    ['OpenDocument text', () => zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<x/>') }),
      'not-docx', '是 OpenDocument 文本（.odt），不是 .docx；请另存为 .docx'],
    ['empty zip', () => zipSync({}), 'not-docx', '是空的 zip 压缩包，不是 Word 文档'],
    ['DOCTYPE (entity expansion)', () => withDocument(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document xmlns:w="${W_NS}"><w:body>${p('&lol2;')}</w:body></w:document>`),
      'bad-xml', '部件 word/document.xml 含 DOCTYPE 声明（Word 不会写入），已拒绝读取'],
    ['invalid XML', () => withDocument(`<w:document xmlns:w="${W_NS}"><w:body><w:p></w:body></w:document>`),
      'bad-xml', /^部件 word\/document\.xml 不是有效的 XML（第 1 行第 \d+ 列：结束标签不匹配）$/],
    ['truncated XML', () => withDocument(`<w:document xmlns:w="${W_NS}"><w:body>`), 'bad-xml', /^部件 word\/document\.xml 不是有效的 XML（第 1 行第 \d+ 列：标签未闭合.*）$/],
    ['unbound prefix', () => withDocument(`<w:document><w:body/></w:document>`), 'bad-xml',
      '部件 word/document.xml 不是有效的 XML（未声明的命名空间前缀 w:，见 w:document）'],
    ['main part is not WordprocessingML', () => withDocument(`<root xmlns="urn:x"/>`), 'not-docx', '主文档部件 word/document.xml 不是 WordprocessingML 文档'],
    ['nesting too deep', () => withDocument(`<w:document xmlns:w="${W_NS}"><w:body>${'<w:sdt>'.repeat(600)}${'</w:sdt>'.repeat(600)}</w:body></w:document>`),
      'bad-xml', '部件 word/document.xml 的 XML 嵌套超过 512 层，已拒绝读取'],
    ['zip bomb by ratio (declared sizes ignored)', () => lieAboutSizes(withDocument(new Uint8Array(8 * 1024 * 1024)), 100),
      'zip-bomb', '部件 word/document.xml 的压缩比超过 200:1，疑似压缩炸弹，已拒绝读取'],
  ];

  it.each(cases)('%s', (_name, make, code, message) => {
    const e = errorOf(make());
    expect(e.code).toBe(code);
    if (typeof message === 'string') expect(e.message).toBe(message);
    else expect(e.message).toMatch(message);
  });

  it.each(cases)('%s: the English message has no Chinese in it', (_name, make) => {
    let error: unknown;
    try {
      parseDocx(make());
    } catch (e) {
      error = e;
    }
    const en = englishInputError(error as InputError);
    expect(en).toEqual(expect.any(String));
    expect(en).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    expect(en).not.toMatch(/\n/);
  });

  it('inflates only the parts it needs: a bomb in an unused part is never opened', () => {
    const base = buildDocx({ body: p('正文') });
    const { unzipSync } = fflate;
    const files = unzipSync(base);
    const bytes = zipSync({ ...files, 'word/media/image1.png': new Uint8Array(8 * 1024 * 1024) });
    const { lines, docx } = parseDocx(bytes);
    expect(lines[0].value).toBe('正文');
    expect(docx.parts).toContain('word/media/image1.png');
  });

  it('caps the total inflated size, enforced while inflating', () => {
    LIMITS.maxTotal = 1024 * 1024;
    // 1.5 MiB of text that does not compress well: under the ratio cap, over the total cap.
    let s = '';
    let x = 12345;
    while (s.length < 600_000) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      s += String.fromCharCode(0x4e00 + (x % 20000));
    }
    const e = errorOf(withDocument(docXml(p(s))));
    expect(e).toEqual({ code: 'zip-bomb', message: '解压后超过 1 MiB，疑似压缩炸弹，已拒绝读取' });
  });

  it('caps one entry', () => {
    LIMITS.maxEntry = 1024 * 1024;
    LIMITS.maxRatio = 100_000;
    const e = errorOf(withDocument(new Uint8Array(2 * 1024 * 1024)));
    expect(e).toEqual({ code: 'zip-bomb', message: '部件 word/document.xml 解压后超过 1 MiB，疑似压缩炸弹，已拒绝读取' });
  });

  it('throws only InputError on mutated packages (and never hangs)', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const small = buildDocx({ body: p('国办发〔2024〕5号') + p('正文'), styles: '', settings: '<w:evenAndOddHeaders/>' });
    for (let k = 0; k < 300; k++) {
      const bytes = small.slice();
      const flips = 1 + rand(8);
      for (let i = 0; i < flips; i++) bytes[rand(bytes.length)] = rand(256);
      try {
        parseDocx(bytes);
      } catch (error) {
        if (!(error instanceof InputError)) throw new Error(`mutation ${k}: ${(error as Error).stack}`);
      }
    }
  });
});
