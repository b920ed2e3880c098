/**
 * An input the tool cannot read as a document: corrupt, encrypted, legacy binary, empty, too large.
 * Carries a one-line Chinese message (the CLI prefixes the file name) and a stable code.
 */
export type InputErrorCode =
  | 'empty' | 'binary' | 'not-text' | 'corrupt-zip' | 'not-docx' | 'encrypted' | 'legacy-doc'
  | 'legacy-wps' | 'too-large' | 'zip-bomb' | 'bad-xml' | 'unsupported' | 'unreadable';

export class InputError extends Error {
  readonly code: InputErrorCode;
  constructor(code: InputErrorCode, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}

/**
 * The English of an input error's message. The readers throw Chinese (the default locale) at the
 * place they find the fault; the English is made here from the same words, one pattern per message
 * form, so a reader change that adds a form without one shows up as Chinese in English output (and
 * in test/parsers/errors.test.ts) rather than as a wrong translation.
 */
const ENGLISH: Array<[RegExp, (...m: string[]) => string]> = [
  [/^是空文件(（没有任何文字）)?$/, (_, t) => `is empty${t ? ' (no text at all)' : ''}`],
  [/^含大量控制字符，不是文本文件$/, () => 'is full of control characters: not a text file'],
  [/^是二进制文件，不是文本文件$/, () => 'is a binary file, not text'],
  [/^是 zip\/DOCX 文件，却以 \.(\w+) 命名$/, (_, ext) => `is a zip/.docx file named .${ext}`],
  [/^文件已损坏，无法作为 \.docx 读取（(.*)）$/, (_, d) => `is damaged and cannot be read as .docx (${englishDetail(d)})`],
  [/^缺少部件 (.+)$/, (_, p) => `is missing the part ${p}`],
  [/^文档设置了打开密码（已加密），无法读取；请取消密码后另存为 \.docx 再检查$/, () => 'is password-protected (encrypted): remove the password, save as .docx and check again'],
  [/^部件 (.+) 已加密，无法读取$/, (_, p) => `part ${p} is encrypted and cannot be read`],
  [/^是 Word 97-2003（\.doc）旧格式，请另存为 \.docx$/, () => 'is a Word 97-2003 (.doc) file: save it as .docx first'],
  [/^是 Word 97-2003（\.doc）或 WPS 二进制文件，却以 \.(\w+) 命名；请另存为 \.docx$/, (_, ext) => `is a Word 97-2003 (.doc) or WPS binary file named .${ext}: save it as .docx first`],
  [/^是 WPS（\.wps）或其他旧版二进制格式，请另存为 \.docx$/, () => 'is a WPS (.wps) or other legacy binary file: save it as .docx first'],
  [/^\.docx 输入必须是字节而不是文本$/, () => '.docx input must be bytes, not text'],
  [/^既不是 \.docx 字节，也不是平面 OPC（pkg:package）XML$/, () => 'is neither .docx bytes nor flat OPC (pkg:package) XML'],
  [/^是 OpenDocument 文本（\.odt），不是 \.docx；请另存为 \.docx$/, () => 'is an OpenDocument text (.odt), not .docx: save it as .docx'],
  [/^是 Excel 工作簿，不是 Word 文档$/, () => 'is an Excel workbook, not a Word document'],
  [/^是 PowerPoint 演示文稿，不是 Word 文档$/, () => 'is a PowerPoint presentation, not a Word document'],
  [/^是 zip 压缩包，但不是 Word 文档（找不到主文档部件）$/, () => 'is a zip archive but not a Word document (no main document part)'],
  [/^是 (.+) 文件，不是 Word 文档$/, (_, t) => `is a ${t} file, not a Word document`],
  [/^主文档部件 (.+) 不是 WordprocessingML 文档$/, (_, p) => `main document part ${p} is not WordprocessingML`],
  [/^不是 \.docx 文件（不是 zip 格式）$/, () => 'is not a .docx file (not a zip archive)'],
  [/^是 PDF 文件，不是 \.docx$/, () => 'is a PDF file, not .docx'],
  [/^是 RTF 文件，不是 \.docx；请另存为 \.docx$/, () => 'is an RTF file, not .docx: save it as .docx'],
  [/^是 Word 2003 XML 文档，不是 \.docx；请另存为 \.docx$/, () => 'is a Word 2003 XML document, not .docx: save it as .docx'],
  [/^是空的 zip 压缩包，不是 Word 文档$/, () => 'is an empty zip archive, not a Word document'],
  [/^是网页（HTML\/MHT）文件，不是 \.docx；请另存为 \.docx$/, () => 'is a web page (HTML/MHT), not .docx: save it as .docx'],
  [/^不是可识别的文本文件（既非 UTF-8 也非 GB18030\/GBK 编码）$/, () => 'is not readable text (neither UTF-8 nor GB18030/GBK): save it as UTF-8'],
  [/^文本编码错误：文件声明为 (\S+) 但内容无法按此解码$/, (_, e) => `encoding error: the file says ${e} but does not decode as such`],
  [/^压缩包内文件过多（(\d+) 个），已拒绝读取$/, (_, n) => `has too many parts (${n}): refused`],
  [/^平面 OPC 文档的部件过多（超过 (\d+) 个），已拒绝读取$/, (_, n) => `flat OPC document has too many parts (over ${n}): refused`],
  [/^平面 OPC（pkg:package）文档无效：(.*)$/, (_, d) => `invalid flat OPC (pkg:package) document: ${d}`],
  [/^无法读取该 \.docx（(.*)）$/, (_, d) => `cannot read this .docx (${englishDetail(d)})`],
  [/^解压后超过 (\d+) MiB，疑似压缩炸弹，已拒绝读取$/, (_, n) => `unpacks to more than ${n} MiB: looks like a zip bomb, refused`],
  [/^部件 (.+) 的压缩比超过 (\d+):1，疑似压缩炸弹，已拒绝读取$/, (_, p, n) => `part ${p} is compressed more than ${n}:1: looks like a zip bomb, refused`],
  [/^部件 (.+) 解压后超过 (\d+) MiB，疑似压缩炸弹，已拒绝读取$/, (_, p, n) => `part ${p} unpacks to more than ${n} MiB: looks like a zip bomb, refused`],
  [/^部件 (.+) 使用了无法识别的字符编码 (.+)$/, (_, p, l) => `part ${p} uses an unknown character encoding ${l}`],
  [/^部件 (.+) 含 DOCTYPE 声明（Word 不会写入），已拒绝读取$/, (_, p) => `part ${p} has a DOCTYPE declaration (Word never writes one): refused`],
  [/^部件 (.+) 的 XML 嵌套超过 (\d+) 层，已拒绝读取$/, (_, p, n) => `part ${p} nests XML deeper than ${n} levels: refused`],
  [/^部件 (.+) 不是有效的 XML（未声明的命名空间前缀 (.+):，见 (.+)）$/, (_, p, x, q) => `part ${p} is not valid XML (undeclared namespace prefix ${x}: in ${q})`],
  [/^部件 (.+) 不是有效的 XML（(.*)）$/, (_, p, d) => `part ${p} is not valid XML (${englishDetail(d)})`],
  [/^部件 (.+) 是空的 XML$/, (_, p) => `part ${p} is empty XML`],
];

/** The bracketed details of zip and XML faults. */
const DETAILS: Array<[RegExp, (...m: string[]) => string]> = [
  [/^找不到 zip 目录，文件可能不完整$/, () => 'no zip directory: the file may be incomplete'],
  [/^zip64 目录无效$/, () => 'invalid zip64 directory'],
  [/^zip 目录越界，文件可能被截断$/, () => 'zip directory out of bounds: the file may be truncated'],
  [/^zip 目录项无效$/, () => 'invalid zip directory entry'],
  [/^缺少部件 (.+)$/, (_, p) => `part ${p} is missing`],
  [/^部件 (.+) 的本地文件头无效$/, (_, p) => `part ${p} has an invalid local header`],
  [/^部件 (.+) 的数据被截断$/, (_, p) => `part ${p} is truncated`],
  [/^部件 (.+) 解压失败$/, (_, p) => `part ${p} does not decompress`],
  [/^部件 (.+) 使用了不支持的压缩方式 (\d+)$/, (_, p, n) => `part ${p} uses unsupported compression method ${n}`],
  [/^部件 (.+) 校验和不符$/, (_, p) => `part ${p} fails its checksum`],
  [/^第 (\d+) 行第 (\d+) 列：(.*)$/, (_, l, c, d) => `line ${l}, column ${c}: ${XML_FAULTS[d] ?? d}`],
];

/** describeXmlError's Chinese names of saxes faults, back in English. */
const XML_FAULTS: Record<string, string> = {
  结束标签不匹配: 'mismatched closing tag', 标签未闭合: 'unclosed tag', 属性重复: 'duplicate attribute',
  含不允许的字符: 'disallowed character', 有多个根元素: 'more than one root element', 根元素外有文字: 'text outside the root element',
  使用了未定义的实体: 'undefined entity', 属性值没有引号: 'unquoted attribute value', 没有根元素: 'no root element',
};

function englishDetail(detail: string): string {
  for (const [re, to] of DETAILS) {
    const m = re.exec(detail);
    if (m) return to(...m);
  }
  return detail;
}

/** The English of an input error's message; undefined when its form has no pattern here. */
export function englishInputError(error: InputError): string | undefined {
  for (const [re, to] of ENGLISH) {
    const m = re.exec(error.message);
    if (m) return to(...m);
  }
  return undefined;
}
