/**
 * The add-in's install files as `npm run build` writes them: the Word manifest (read by
 * office-addin-manifest; its online validation service is used only with
 * GONGWEN_ONLINE_VALIDATION=1, since tests never touch the network), and the WPS add-in folder:
 * ribbon.xml with a 公文检查 button whose callback opens the task pane with CreateTaskPane.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';

const root = resolve(__dirname, '..', '..');
const addin = join(root, 'dist', 'addin');
const built = existsSync(join(addin, 'word', 'manifest.xml'));

describe.skipIf(!built)('add-in install files', () => {
  it('Word: the manifest reads with office-addin-manifest and points at the pane', async () => {
    const { OfficeAddinManifest } = await import('office-addin-manifest');
    const info = await OfficeAddinManifest.readManifestFile(join(addin, 'word', 'manifest.xml'));
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.hosts).toEqual(['Document']);
    expect(info.displayName).toBe('公文检查');
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.defaultSettings?.sourceLocation).toMatch(/^https:\/\/.+\/index\.html\?host=word$/);
    const xml = readFileSync(join(addin, 'word', 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('{{');
    for (const m of xml.matchAll(/DefaultValue="https:\/\/localhost:3000\/(assets\/[^"]+)"/g)) expect(existsSync(join(addin, m[1]))).toBe(true);
  });

  it.skipIf(!process.env.GONGWEN_ONLINE_VALIDATION)('Word: the manifest passes Microsoft\'s validation service (online, opt-in)', async () => {
    const { validateManifest } = await import('office-addin-manifest');
    const v = await validateManifest(join(addin, 'word', 'manifest.xml'));
    expect(v.isValid).toBe(true);
  });

  it('WPS: ribbon.xml has the 公文检查 button; its callback opens the task pane once, then toggles it', () => {
    const ribbon = readFileSync(join(addin, 'wps', 'ribbon.xml'), 'utf8');
    expect(ribbon).toMatch(/<button id="btnGongwenCheck" label="公文检查"[^>]*onAction="OnAction"/);
    expect(ribbon).toContain('onLoad="OnAddinLoad"');
    const panes: Array<{ url: string; Visible: boolean; ID: string; DockPosition?: number }> = [];
    const store = new Map<string, string>();
    const Application = {
      PluginStorage: { getItem: (k: string) => store.get(k), setItem: (k: string, v: string) => store.set(k, v) },
      CreateTaskPane(url: string) { const p = { url, Visible: false, ID: `pane${panes.length}` }; panes.push(p); return p; },
      GetTaskPane(id: string) { return panes.find((p) => p.ID === id); },
    };
    const sandbox: Record<string, any> = { window: { Application }, document: { location: 'http://127.0.0.1:3889/wps/index.html' }, decodeURI };
    runInNewContext(readFileSync(join(addin, 'wps', 'js', 'ribbon.js'), 'utf8'), sandbox);
    sandbox.OnAddinLoad({});
    sandbox.OnAction({ Id: 'btnGongwenCheck' });
    expect(panes).toEqual([{ url: 'http://127.0.0.1:3889/wps/taskpane/index.html', Visible: true, ID: 'pane0', DockPosition: 2 }]);
    sandbox.OnAction({ Id: 'btnGongwenCheck' });
    expect(panes).toHaveLength(1);
    expect(panes[0].Visible).toBe(false);
    expect(existsSync(join(addin, 'wps', 'taskpane', 'index.html'))).toBe(true);
    expect(existsSync(join(addin, 'wps', 'taskpane', 'assets', 'gongwen-lint.data.js'))).toBe(true);
  });

  it('WPS: the files wpsjs expects — manifest.xml, entry index.html, publish.html listing the add-in, jsplugins.xml', () => {
    const wps = join(addin, 'wps');
    expect(readFileSync(join(wps, 'manifest.xml'), 'utf8')).toMatch(/<JsPlugin>[\s\S]*<Name>gongwen-lint<\/Name>/);
    expect(readFileSync(join(wps, 'index.html'), 'utf8')).toContain('js/ribbon.js');
    const jsplugins = readFileSync(join(wps, 'jsplugins.xml'), 'utf8');
    expect(jsplugins).toMatch(/<jspluginonline name="gongwen-lint" type="wps" url="http:\/\/127\.0\.0\.1:3889\/wps\/"/);
    if (existsSync(join(wps, 'publish.html'))) {
      const html = readFileSync(join(wps, 'publish.html'), 'utf8');
      expect(html).not.toContain('PUBLISH_REPLACE_STRING');
      expect(html).toContain('"name":"gongwen-lint","addonType":"wps","online":"true"');
    }
  });

  it('the pane is self-contained: every script and stylesheet is beside it, only Word\'s office.js comes from its CDN', () => {
    const html = readFileSync(join(addin, 'index.html'), 'utf8');
    const markup = html.replace(/<script>[\s\S]*?<\/script>/g, '');  // inline scripts: the office.js loader
    const refs = [...markup.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs).toEqual(expect.arrayContaining(['assets/gongwen-lint.iife.js', 'assets/taskpane.js', 'assets/taskpane.css']));
    expect(refs.filter((r) => /^https?:/.test(r))).toEqual([]);
    for (const r of refs) expect(existsSync(join(addin, r))).toBe(true);
    expect(html.match(/https:\/\/[^'"<]+/g)).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });
});
