import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../scripts/build-web.js';

describe('build:web', () => {
  const out = mkdtempSync(join(tmpdir(), 'cle-web-'));
  let files: string[] = [];
  beforeAll(async () => {
    files = await buildWeb(out);
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes a static site: the page, one script, the GOV.UK stylesheet and its fonts', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', 'app.js', 'govuk-frontend.min.css', 'accessible-autocomplete.min.css', 'page.css', 'assets/images/govuk-crest.svg']));
    expect(files.filter((f) => f.endsWith('.js'))).toEqual(['app.js']);
    expect(files.some((f) => f.startsWith('assets/fonts/') && f.endsWith('.woff2'))).toBe(true);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<script type="module" src="app.js"></script>');
    expect(html).toContain("connect-src 'none'");
  });

  it('names the fonts relative to the stylesheet, so the site works from any folder', () => {
    const css = readFileSync(join(out, 'govuk-frontend.min.css'), 'utf8');
    expect(css).toContain('url(assets/fonts/');
    expect(css).not.toContain('url(/assets/');
  });

  it('writes a Brotli and a gzip copy of the script and of each stylesheet, each the file itself once decompressed', () => {
    for (const file of ['app.js', 'govuk-frontend.min.css', 'accessible-autocomplete.min.css', 'page.css']) {
      const plain = readFileSync(join(out, file));
      expect(brotliDecompressSync(readFileSync(join(out, `${file}.br`))).equals(plain), `${file}.br`).toBe(true);
      expect(gunzipSync(readFileSync(join(out, `${file}.gz`))).equals(plain), `${file}.gz`).toBe(true);
    }
    expect(files.filter((f) => f.endsWith('.br') || f.endsWith('.gz'))).toHaveLength(8);
  });

  it('weighs at most 400 kB gzipped (the page, the script and the styles)', () => {
    const size = ['index.html', 'app.js', 'govuk-frontend.min.css', 'accessible-autocomplete.min.css', 'page.css'].reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f))).length, 0);
    expect(size).toBeLessThan(400 * 1024);
  });
});
