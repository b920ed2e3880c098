/**
 * A fake WPS 文字 host, written from the documented WPS JS API object model (wps-jsapi-declare):
 * Application.ActiveDocument → Document { Paragraphs { Count, Item(i) → Paragraph { Range } },
 * Range(start, end), Content, Comments { Count, Item(i), Add(Range, Text) }, WordOpenXML },
 * Range { Start, End, Text (get/set), WordOpenXML, HighlightColorIndex, Select(), Font, ParagraphFormat }.
 *
 * The story is the paragraphs' texts, each ended by "\r" (as Range.Text shows them); positions are
 * UTF-16 offsets into it. Ranges handed out are live: edits before them move them, like Word's.
 * WordOpenXML is the flat OPC the test loaded, with each edited paragraph's text written into its
 * first w:t (the others emptied), so a re-check sees the edit. Everything done is logged in
 * window.__wps for the test to assert on. Installed with page.addInitScript before the pane loads.
 */
// options.hide: indices of body paragraphs the host does not list in Paragraphs (as hosts leave out
// text-box paragraphs) although WordOpenXML has them — the pane must map by text, not by ordinal.
window.installWpsFake = function installWpsFake(flatOpc, options = {}) {
  const all = window.fakeStory(flatOpc);
  const paragraphs = all.paragraphs.filter((_, i) => !(options.hide || []).includes(i));
  const ooxml = all.ooxml;
  const log = { reads: 0, ooxmlReads: 0, edits: [], comments: [], selections: [], highlights: [], format: [] };
  const live = new Set();
  const highlight = []; // per story position
  const story = () => paragraphs.map((p) => p.text + '\r').join('');
  const paraStart = (i) => { let s = 0; for (let k = 0; k < i; k++) s += paragraphs[k].text.length + 1; return s; };
  const paraAt = (pos) => { let s = 0; for (let i = 0; i < paragraphs.length; i++) { const e = s + paragraphs[i].text.length + 1; if (pos < e) return { i, offset: pos - s }; s = e; } return { i: paragraphs.length - 1, offset: paragraphs[paragraphs.length - 1].text.length }; };

  function replace(start, end, value) {
    const a = paraAt(start);
    const b = paraAt(Math.max(start, end - 1));
    if (end > start && a.i !== b.i) throw new Error('fake: edits across paragraphs are not supported');
    if (value.includes('\r')) throw new Error('fake: new paragraphs are not supported');
    const p = paragraphs[a.i];
    if (a.offset + (end - start) > p.text.length) throw new Error('fake: edit over the paragraph mark');
    log.edits.push({ paragraph: a.i, before: p.text.slice(a.offset, a.offset + end - start), after: value, text: null });
    p.text = p.text.slice(0, a.offset) + value + p.text.slice(a.offset + end - start);
    log.edits[log.edits.length - 1].text = p.text;
    p.dirty = true;
    highlight.splice(start, end - start, ...Array(value.length).fill(highlight[start] ?? 0));
    const delta = value.length - (end - start);
    for (const r of live) {
      if (r._start >= end) r._start += delta; else if (r._start > start) r._start = start;
      if (r._end >= end) r._end += delta; else if (r._end > start) r._end = start + value.length;
    }
  }

  function makeFont(range) {
    return new Proxy({}, { set(_, key, value) { log.format.push({ on: 'font', text: range.Text, key, value }); return true; } });
  }
  function makeParagraphFormat(range) {
    return new Proxy({}, { set(_, key, value) { log.format.push({ on: 'paragraph', text: range.Text, key, value }); return true; } });
  }

  function Range(start, end) {
    const r = {
      _start: start, _end: end,
      get Start() { return r._start; },
      get End() { return r._end; },
      get Text() { return story().slice(r._start, r._end); },
      set Text(v) { replace(r._start, r._end, String(v)); r._end = r._start + String(v).length; },
      get WordOpenXML() { log.ooxmlReads++; return ooxml(); },
      get HighlightColorIndex() {
        const vals = new Set(); for (let k = r._start; k < r._end; k++) vals.add(highlight[k] ?? 0);
        return vals.size === 1 ? [...vals][0] : vals.size === 0 ? 0 : 9999999;
      },
      set HighlightColorIndex(v) {
        for (let k = r._start; k < r._end; k++) highlight[k] = v;
        log.highlights.push({ text: r.Text, value: v });
      },
      Select() { log.selections.push({ start: r._start, end: r._end, text: r.Text }); },
      get Font() { return makeFont(r); },
      get ParagraphFormat() { return makeParagraphFormat(r); },
    };
    live.add(r);
    return r;
  }

  const comments = [];
  const doc = {
    Name: 'draft.docx',
    get WordOpenXML() {
      log.ooxmlReads++;
      return ooxml();
    },
    get Content() { return Range(0, story().length); },
    Range(start, end) { return Range(start ?? 0, end ?? story().length); },
    Paragraphs: {
      get Count() { return paragraphs.length; },
      Item(i) {
        if (i < 1 || i > paragraphs.length) throw new Error(`fake: no paragraph ${i}`);
        log.reads++;
        const s = paraStart(i - 1);
        return { Range: Range(s, s + paragraphs[i - 1].text.length + 1) };
      },
    },
    Comments: {
      get Count() { return comments.length; },
      Item(i) { return comments[i - 1]; },
      Add(range, text) {
        const scope = Range(range.Start, range.End);
        const c = {
          Scope: scope,
          Range: { Text: String(text) },
          Author: 'user',
          Delete() { const k = comments.indexOf(c); if (k < 0) throw new Error('fake: comment already deleted'); comments.splice(k, 1); },
        };
        comments.push(c);
        return c;
      },
    },
    Sections: { Item() { return { PageSetup: makeParagraphFormat({ Text: '(page setup)' }) }; } },
    Styles: { Item(name) { return { Font: makeFont({ Text: `(style ${name})` }), ParagraphFormat: makeParagraphFormat({ Text: `(style ${name})` }) }; } },
  };
  const app = {
    ActiveDocument: doc,
    PluginStorage: { _m: new Map(), getItem(k) { return this._m.get(k); }, setItem(k, v) { this._m.set(k, v); } },
  };
  window.Application = app;
  window.wps = app;
  window.__wps = {
    log,
    paragraphs: () => paragraphs.map((p) => p.text),
    comments: () => comments.map((c) => ({ text: c.Range.Text, on: c.Scope.Text, paragraph: paraAt(c.Scope.Start).i })),
    highlighted: () => { const out = []; let cur = null; const s = story(); for (let k = 0; k < s.length; k++) { if ((highlight[k] ?? 0) !== 0) { if (!cur) { cur = { start: k, text: '' }; out.push(cur); } cur.text += s[k]; } else cur = null; } return out; },
    addUserComment(paragraph, text) { const s = paraStart(paragraph); return doc.Comments.Add(Range(s, s + paragraphs[paragraph].text.length), text); },
  };
};
