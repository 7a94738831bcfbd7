import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb, withModulePreloads, withoutGovukTypeface } from '../../scripts/build-web.js';
import { embeddedDataset } from '../../src/index.js';

describe('build:web', () => {
  const out = mkdtempSync(join(tmpdir(), 'cle-web-'));
  let files: string[] = [];
  beforeAll(async () => {
    files = await buildWeb(out);
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a static site: the page, its script and the stylesheets, with none of GOV.UK\'s own typeface, crown or crest (the page is not on GOV.UK)', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', 'app.js', 'govuk-frontend.min.css', 'accessible-autocomplete.min.css', 'page.css']));
    expect(files.filter((f) => f.endsWith('.js') && !f.startsWith('chunks/'))).toEqual(['app.js']);
    expect(files.filter((f) => f.startsWith('assets/'))).toEqual([]);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    for (const file of ['govuk-frontend.min.css', 'accessible-autocomplete.min.css', 'page.css']) {
      const css = readFileSync(join(out, file), 'utf8');
      expect(css, file).not.toMatch(/GDS Transport|@font-face|govuk-crest/);
    }
    expect(readFileSync(join(out, 'govuk-frontend.min.css'), 'utf8')).toContain('font-family:arial,sans-serif');
    expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml,/);
    expect(html).not.toContain('favicon.svg');
    // With no font of its own, the page's policy lets it load none.
    expect(html).toContain("font-src 'none'");
    // The licences of what the page bundles and copies go with it.
    const notices = readFileSync(join(out, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of ['zod', 'accessible-autocomplete', 'govuk-frontend']) expect(notices).toMatch(new RegExp(`^${name} \\d`, 'm'));
    expect(notices).not.toMatch(/^yaml /m); // the page loads no YAML
    expect(html).toContain('<script type="module" src="app.js"></script>');
    expect(html).toContain("connect-src 'none'");
    // Said only to a browser that runs no script (one that does draws the form there).
    expect(html).toContain('<div id="app"><noscript><p class="govuk-body">This page needs JavaScript');
  });

  it('puts the offer documents under chunks/, each once: a council\'s in a file of its own, those for anyone in a whole nation in one; none in app.js', () => {
    const chunks = files.filter((f) => f.startsWith('chunks/') && f.endsWith('.js'));
    const documentsIn = (file: string) => readFileSync(join(out, file), 'utf8').split('"schemaVersion":1').length - 1;
    expect(chunks.reduce((sum, f) => sum + documentsIn(f), 0)).toBe(embeddedDataset.documents.length);
    const bolton = chunks.filter((f) => /^chunks\/bolton-[A-Z0-9]+\.js$/.test(f));
    expect(bolton.map(documentsIn)).toEqual([1]);
    const forAnyone = chunks.filter((f) => f.startsWith('chunks/embedded-for-anyone'));
    expect(forAnyone).toHaveLength(1);
    expect(readFileSync(join(out, forAnyone[0]!), 'utf8')).toContain('"code":"E92000001","name":"England"');
    const app = readFileSync(join(out, 'app.js'), 'utf8');
    expect(documentsIn('app.js')).toBe(0);
    expect(app).not.toContain('bolton-council-tax-exemption');
    expect(app.length).toBeLessThan(800 * 1024);
  });

  it('announces in the page the files app.js imports before it runs, and the offers nearly every question loads, so they are fetched beside it', () => {
    const app = readFileSync(join(out, 'app.js'), 'utf8');
    const imported = [...app.matchAll(/from\s*"\.\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(imported.length).toBeGreaterThan(0);
    const forAnyone = files.filter((f) => f.startsWith('chunks/embedded-for-anyone') && f.endsWith('.js'));
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    for (const file of [...imported, ...forAnyone]) expect(html).toContain(`<link rel="modulepreload" href="${file}">`);
    expect(html.match(/rel="modulepreload"/g)).toHaveLength(imported.length + 1);
  });

  it('names no file from the site\'s root, so the site works from any folder', () => {
    for (const file of ['govuk-frontend.min.css', 'accessible-autocomplete.min.css', 'page.css', 'index.html']) expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(/url\(\/|href="\//);
  });

  it('writes a Brotli and a gzip copy of every script and of each stylesheet, each the file itself once decompressed', () => {
    const compressible = files.filter((f) => f.endsWith('.js') || (f.endsWith('.css') && !f.startsWith('assets/')));
    expect(compressible.filter((f) => f.startsWith('chunks/')).length).toBeGreaterThan(200);
    for (const file of compressible) {
      const plain = readFileSync(join(out, file));
      expect(brotliDecompressSync(readFileSync(join(out, `${file}.br`))).equals(plain), `${file}.br`).toBe(true);
      expect(gunzipSync(readFileSync(join(out, `${file}.gz`))).equals(plain), `${file}.gz`).toBe(true);
    }
    expect(files.filter((f) => f.endsWith('.br') || f.endsWith('.gz'))).toHaveLength(2 * compressible.length);
  });

  it('weighs at most 250 kB gzipped before a question is asked (the page, the script and the styles)', () => {
    const size = ['index.html', 'app.js', 'govuk-frontend.min.css', 'accessible-autocomplete.min.css', 'page.css'].reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f))).length, 0);
    expect(size).toBeLessThan(250 * 1024);
  });
});

describe('withoutGovukTypeface', () => {
  it('drops GDS Transport\'s font files and leaves Arial first in each font stack, quoted or not', () => {
    const css = '@font-face{font-family:"GDS Transport";font-weight:700;src:url(b.woff2)}a{font-family:"GDS Transport",arial,sans-serif}@media print{a{font-family:sans-serif}}';
    expect(withoutGovukTypeface(css)).toBe('a{font-family:arial,sans-serif}@media print{a{font-family:sans-serif}}');
    expect(withoutGovukTypeface('p{font-family:arial}')).toBe('p{font-family:arial}');
  });
});

describe('withModulePreloads', () => {
  it('announces each script before the first stylesheet, and nothing when there is none', () => {
    const html = '<head>\n<meta charset="utf-8">\n<link rel="stylesheet" href="a.css">\n<link rel="stylesheet" href="b.css">\n</head>';
    expect(withModulePreloads(html, ['chunks/chunk-X.js', 'chunks/chunk-Y.js'])).toBe(
      '<head>\n<meta charset="utf-8">\n<link rel="modulepreload" href="chunks/chunk-X.js">\n<link rel="modulepreload" href="chunks/chunk-Y.js">\n<link rel="stylesheet" href="a.css">\n<link rel="stylesheet" href="b.css">\n</head>',
    );
    expect(withModulePreloads(html, [])).toBe(html);
  });
});

describe('build:web --one-file', () => {
  const out = mkdtempSync(join(tmpdir(), 'cle-web-one-'));
  let files: string[] = [];
  beforeAll(async () => {
    files = await buildWeb(out, { oneFile: true });
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('puts every offer document in app.js, with no chunks/ and nothing to preload', () => {
    expect(files.filter((f) => f.endsWith('.js'))).toEqual(['app.js']);
    expect(readFileSync(join(out, 'app.js'), 'utf8').split('"schemaVersion":1').length - 1).toBe(embeddedDataset.documents.length);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('modulepreload');
    expect(html).toContain('<script type="module" src="app.js"></script>');
  });
});
