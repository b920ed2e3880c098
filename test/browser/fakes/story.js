/**
 * The document behind the fake hosts: the body paragraphs of a flat OPC package (w:p elements,
 * text from w:t / w:tab / w:br), and the flat OPC again with each edited paragraph's text written
 * into its first w:t (the others emptied), so that a re-check sees the edits. Test documents have no
 * text boxes (their w:p would nest).
 */
window.fakeStory = function fakeStory(flatOpc) {
  const docPart = /(<pkg:part [^>]*pkg:name="\/word\/document\.xml"[^>]*><pkg:xmlData>)([\s\S]*?)(<\/pkg:xmlData>)/.exec(flatOpc);
  if (!docPart) throw new Error('fake: no /word/document.xml part');
  const documentXml = docPart[2];
  const P = /<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p(?:\s[^>]*)?\/>/g;
  const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const encode = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const textOf = (xml) => {
    let t = '';
    for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) t += m[1] !== undefined ? decode(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\x0b';
    return t;
  };
  const paragraphs = [];
  const pieces = [];
  let last = 0;
  for (const m of documentXml.matchAll(P)) {
    pieces.push(documentXml.slice(last, m.index));
    paragraphs.push({ xml: m[0], text: textOf(m[0]), dirty: false });
    pieces.push(null);
    last = m.index + m[0].length;
  }
  pieces.push(documentXml.slice(last));

  function ooxml() {
    let i = 0;
    const xml = pieces.map((piece) => {
      if (piece !== null) return piece;
      const p = paragraphs[i++];
      if (!p.dirty) return p.xml;
      let first = true;
      return p.xml.replace(/(<w:t(?:\s[^>]*)?>)[^<]*(<\/w:t>)/g, (_, open, close) => {
        if (!first) return `${open}${close}`;
        first = false;
        return `<w:t xml:space="preserve">${encode(p.text)}${close}`;
      });
    }).join('');
    return flatOpc.replace(docPart[0], () => docPart[1] + xml + docPart[3]);
  }
  return { paragraphs, ooxml };
};
