/**
 * A fake Word host for Office.js, on office-addin-mock's OfficeMockObject (bundled for the page as
 * window.OfficeAddinMock): Word.run(callback) with a context whose document.body has getOoxml(),
 * paragraphs (load('items') + sync), getComments(); paragraphs' search() returns ranges with
 * insertText(…, 'Replace'), insertComment(), select(), font.highlightColor and paragraphs.getFirst().
 * Everything done is logged in window.__word for the test to assert on.
 */
window.installWordFake = function installWordFake(flatOpc) {
  const { OfficeMockObject } = window.OfficeAddinMock;
  const { paragraphs, ooxml } = window.fakeStory(flatOpc);
  const log = { ooxmlReads: 0, edits: [], selections: [], searches: [], highlights: [], format: [] };
  const comments = [];
  let nextId = 1;

  function makeRange(i, start, end) {
    const range = {
      get text() { return paragraphs[i].text.slice(start, end); },
      load() { return range; },
      insertText(text, location) {
        if (location !== 'Replace') throw new Error(`fake: insertText location ${location} not supported`);
        const p = paragraphs[i];
        log.edits.push({ paragraph: i, before: p.text.slice(start, end), after: text });
        p.text = p.text.slice(0, start) + text + p.text.slice(end);
        p.dirty = true;
        log.edits[log.edits.length - 1].text = p.text;
        end = start + text.length;
        return range;
      },
      insertComment(text) {
        const c = {
          id: String(nextId++), content: text, paragraph: i, on: range.text,
          load() { return c; },
          delete() { const k = comments.indexOf(c); if (k < 0) throw new Error('fake: comment already deleted'); comments.splice(k, 1); },
        };
        comments.push(c);
        return c;
      },
      select() { log.selections.push({ paragraph: i, start, end, text: range.text }); },
      font: new Proxy({ highlightColor: null, load() { return this; } }, {
        set(target, key, value) {
          target[key] = value;
          (key === 'highlightColor' ? log.highlights : log.format).push({ paragraph: i, text: range.text, key, value });
          return true;
        },
      }),
      paragraphs: { getFirst: () => new Proxy({}, { set(_, key, value) { log.format.push({ paragraph: i, on: 'paragraph', key, value }); return true; } }) },
    };
    return range;
  }

  const paragraphObjects = paragraphs.map((_, i) => ({
    get text() { return paragraphs[i].text; },
    load() { return this; },
    search(needle, options) {
      log.searches.push({ paragraph: i, needle, options });
      const text = paragraphs[i].text;
      const raw = needle.replace(/\^\^/g, '^');
      const items = [];
      for (let k = text.indexOf(raw); raw && k >= 0; k = text.indexOf(raw, k + raw.length)) items.push(makeRange(i, k, k + raw.length));
      return { items, load() { return this; } };
    },
  }));

  const mockData = {
    context: {
      document: {
        body: {
          paragraphs: { items: paragraphObjects },
          getOoxml() { log.ooxmlReads++; return { value: ooxml() }; },
          getComments() { return { items: comments.slice(), load() { return this; } }; },
        },
      },
      // office-addin-mock's sync does not wait for nested properties; let them settle.
      async sync() {
        await OfficeMockObject.prototype.sync.call(this);
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    },
    async run(callback) {
      return callback(this.context);
    },
  };
  window.Word = new OfficeMockObject(mockData, 'word');
  window.Office = { HostType: { Word: 'Word' }, onReady: async () => ({ host: 'Word', platform: 'PC' }) };
  window.__word = {
    log,
    paragraphs: () => paragraphs.map((p) => p.text),
    comments: () => comments.map((c) => ({ text: c.content, on: c.on, paragraph: c.paragraph })),
    addUserComment(i, text) { return makeRange(i, 0, paragraphs[i].text.length).insertComment(text); },
  };
};
