#!/usr/bin/env node
/**
 * The WPS/Word task pane (issue 7 §2), from editors/office/, after scripts/build-browser.mjs:
 *
 *   dist/addin/index.html + assets/     the task pane (one web app for both hosts): taskpane.js,
 *                                        taskpane.css, the core's IIFE bundle and its data, icons
 *   dist/addin/wps/                      the WPS JS add-in (加载项) as wpsjs lays it out: ribbon.xml
 *                                        (公文检查 button), index.html + js/ribbon.js (entry),
 *                                        manifest.xml, taskpane/ (a copy of the pane), and the
 *                                        install files: publish.html (在线模式, from wpsjs's own
 *                                        template) and publish.xml / jsplugins.xml (离线模式)
 *   dist/addin/word/manifest.xml         the Office add-in manifest (sideload or central deployment)
 *
 * Where the add-in will be served is only known at deployment; set it at build time:
 *   GONGWEN_ADDIN_WPS_URL   (default http://127.0.0.1:3889/wps/)   the URL of dist/addin/wps/
 *   GONGWEN_ADDIN_WORD_URL  (default https://localhost:3000/)      the URL of dist/addin/ (https)
 */
import { build } from 'esbuild';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const src = join(root, 'editors', 'office');
export const addinDir = join(root, 'dist', 'addin');
const browserDir = join(root, 'dist', 'browser');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const withSlash = (u) => (u.endsWith('/') ? u : `${u}/`);
const WPS_URL = withSlash(process.env.GONGWEN_ADDIN_WPS_URL ?? 'http://127.0.0.1:3889/wps/');
const WORD_URL = withSlash(process.env.GONGWEN_ADDIN_WORD_URL ?? 'https://localhost:3000/');
const ADDIN_NAME = 'gongwen-lint';

/** A small PNG icon (a red-bordered page with lines), drawn here so no binary is committed. */
function iconPng(size) {
  const px = (x, y) => {
    const u = x / size;
    const v = y / size;
    const inPage = u > 0.16 && u < 0.84 && v > 0.08 && v < 0.92;
    const border = inPage && (u < 0.22 || u > 0.78 || v < 0.14 || v > 0.86);
    const line = inPage && !border && u > 0.3 && u < 0.7 && [0.3, 0.45, 0.6, 0.75].some((l) => Math.abs(v - l) < 0.035);
    if (border) return [183, 28, 28, 255];
    if (line) return [60, 60, 60, 255];
    if (inPage) return [255, 255, 255, 255];
    return [0, 0, 0, 0];
  };
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) Buffer.from(px(x, y)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function xmlEscape(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export async function buildAddin() {
  if (!existsSync(join(browserDir, 'gongwen-lint.iife.js'))) throw new Error('build-addin: run scripts/build-browser.mjs first');
  rmSync(addinDir, { recursive: true, force: true });
  const assets = join(addinDir, 'assets');
  mkdirSync(assets, { recursive: true });

  // the pane
  await build({
    entryPoints: [join(src, 'src', 'app.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome86'],
    minify: true,
    charset: 'utf8',
    outfile: join(assets, 'taskpane.js'),
    logLevel: 'warning',
  });
  copyFileSync(join(src, 'src', 'taskpane.css'), join(assets, 'taskpane.css'));
  copyFileSync(join(src, 'src', 'index.html'), join(addinDir, 'index.html'));
  for (const f of ['gongwen-lint.iife.js', 'gongwen-lint.data.js']) copyFileSync(join(browserDir, f), join(assets, f));
  for (const size of [16, 32, 64, 80]) writeFileSync(join(assets, `icon-${size}.png`), iconPng(size));

  // WPS: the add-in folder as wpsjs builds it (ribbon.xml beside the entry index.html)
  const wps = join(addinDir, 'wps');
  cpSync(join(src, 'wps'), wps, { recursive: true });
  const pane = join(wps, 'taskpane');
  mkdirSync(pane, { recursive: true });
  copyFileSync(join(addinDir, 'index.html'), join(pane, 'index.html'));
  cpSync(assets, join(pane, 'assets'), { recursive: true });
  // 在线模式: publish.html, wpsjs's own page, with this add-in in its list (wpsjs publish does the same)
  const publishTemplate = join(root, 'node_modules', 'wpsjs', 'src', 'lib', 'res', 'publish.html');
  const list = [{ name: ADDIN_NAME, addonType: 'wps', online: 'true', multiUser: 'false', url: WPS_URL }];
  if (existsSync(publishTemplate)) {
    const html = readFileSync(publishTemplate, 'utf8')
      .replace(/PUBLISH_REPLACE_STRING/, JSON.stringify(list))
      .replace(/SERVERID_REPLEASE_STRING/, 'undefined');
    writeFileSync(join(wps, 'publish.html'), html);
  } else {
    console.warn('build-addin: wpsjs is not installed (a dev dependency): no wps/publish.html');
  }
  // 离线模式 / 企业部署: jsplugins.xml (and publish.xml, wpsjs's name for it) listing the add-in
  const jsplugins = `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${ADDIN_NAME}" type="wps" url="${xmlEscape(WPS_URL)}" enable="enable" install="null"/>\n</jsplugins>\n`;
  writeFileSync(join(wps, 'jsplugins.xml'), jsplugins);
  writeFileSync(join(wps, 'publish.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${ADDIN_NAME}" type="wps" url="${ADDIN_NAME}_${pkg.version}" version="${pkg.version}" enable="enable_dev" install="null"/>\n</jsplugins>\n`);

  // Word: the manifest
  const word = join(addinDir, 'word');
  mkdirSync(word, { recursive: true });
  const origin = new URL(WORD_URL).origin;
  const manifest = readFileSync(join(src, 'word', 'manifest.template.xml'), 'utf8')
    .replaceAll('{{BASE}}', xmlEscape(WORD_URL))
    .replaceAll('{{ORIGIN}}', xmlEscape(origin))
    .replaceAll('{{VERSION}}', `${pkg.version.split('-')[0]}.0`);
  writeFileSync(join(word, 'manifest.xml'), manifest);
  console.log(`add-in: ${addinDir.slice(root.length + 1)}/index.html, wps/ (${WPS_URL}), word/manifest.xml (${WORD_URL})`);
}

if (process.argv[1] && basename(process.argv[1]) === basename(fileURLToPath(import.meta.url))) {
  await buildAddin();
}
