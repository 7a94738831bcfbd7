import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { type IncomingHttpHeaders, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../scripts/build-web.js';
import { runCli } from './run-cli.js';

const CLI = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

/** Starts `serve` on a free loopback port and resolves with its address, stopping after 20 s at most. */
function start(args: readonly string[]): Promise<{ child: ChildProcess; address: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const limit = setTimeout(() => child.kill(), 20_000);
  child.on('exit', () => clearTimeout(limit));
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match !== null) done({ child, address: match[0] });
    });
    child.on('exit', (code) => fail(new Error(`serve exited with ${code}: ${out}`)));
  });
}

/** A GET with exactly these headers (fetch adds its own Accept-Encoding and decompresses), resolving with the status, headers and raw body. */
function get(address: URL, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((done, fail) => {
    request(address, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cle-serve-'));
  let server: { child: ChildProcess; address: string };
  beforeAll(async () => {
    await buildWeb(dir);
    server = await start(['--port', '0', '--dir', dir]);
  }, 60_000);
  afterAll(() => {
    server?.child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 by default and prints its address', () => {
    expect(server.address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page at /, its script, and the files of offers under chunks/ (compressed too)', async () => {
    const page = await fetch(server.address);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<script type="module" src="app.js"></script>');
    const script = await fetch(new URL('app.js', server.address));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await script.text()).length).toBeGreaterThan(100_000);
    const leeds = readdirSync(join(dir, 'chunks')).find((f) => /^leeds-[A-Z0-9]+\.js$/.test(f))!;
    const offers = await get(new URL(`chunks/${leeds}`, server.address), { 'Accept-Encoding': 'br' });
    expect([offers.status, offers.headers['content-type'], offers.headers['content-encoding']]).toEqual([200, 'text/javascript; charset=utf-8', 'br']);
    expect(brotliDecompressSync(offers.body).equals(readFileSync(join(dir, 'chunks', leeds)))).toBe(true);
    // Named after a hash of its content, a chunk is kept as it is; the script and the page are checked again.
    expect(offers.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a shared address with the page, the answer already in it for a browser without JavaScript', async () => {
    const page = await fetch(new URL('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23', server.address));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<caption class="govuk-table__caption govuk-table__caption--m">Entitlements on 23 November 2026</caption>');
    expect(html).not.toContain('This page needs JavaScript');
    expect(html).toContain('<script type="module" src="app.js"></script>');
    // The empty form at /, with the date to answer for the server's today.
    const empty = await (await fetch(server.address)).text();
    expect(empty).toContain('<form id="question"');
    // fetch asks for it compressed and decompresses it: as it is, its length is the page's.
    const asIs = await get(new URL('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23', server.address), {});
    expect(Number(asIs.headers['content-length'])).toBe(Buffer.byteLength(html));
  });

  it('sends a form sent without JavaScript (its day, month and year boxes) to the address of its question', async () => {
    const sent = await fetch(new URL('?born-day=15&born-month=6&born-year=2004&responsible=Bolton&lives-in=Bolton&to=&on-day=23&on-month=11&on-year=2026&status=&higher-education=no', server.address), {
      redirect: 'manual',
    });
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23&higher-education=no');
  });

  it('sends the script compressed to a browser that accepts it (Brotli first), as it is to one that does not', async () => {
    const script = new URL('app.js', server.address);
    const plain = readFileSync(join(dir, 'app.js'));
    const asIs = await get(script, {});
    expect(asIs.headers['content-encoding']).toBeUndefined();
    expect(asIs.body.equals(plain)).toBe(true);
    const brotli = await get(script, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers.vary).toBe('Accept-Encoding');
    expect(brotli.body.length).toBeLessThan(plain.length / 3); // about 0.26 (the registry and catalogue are written as rows, which compress less)
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
    expect(brotliDecompressSync(brotli.body).equals(plain)).toBe(true);
    const gzip = await get(script, { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain)).toBe(true);
    expect((await get(script, { 'Accept-Encoding': 'identity' })).headers['content-encoding']).toBeUndefined();
    const css = await get(new URL('govuk-frontend.min.css', server.address), { 'Accept-Encoding': 'gzip' });
    expect([css.status, css.headers['content-encoding'], css.headers['content-type']]).toEqual([200, 'gzip', 'text/css; charset=utf-8']);
    // The compressed copies are not files of the page.
    expect((await get(new URL('app.js.br', server.address), {})).status).toBe(404);
  });

  it('sends the page with its answer compressed to a browser that accepts it', async () => {
    const address = new URL('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Leeds&on=2026-11-23', server.address);
    const plain = await get(address, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    const html = plain.body.toString();
    expect(html).toContain('Moving from Bolton Metropolitan Borough Council to Leeds City Council on 23 November 2026');
    const brotli = await get(address, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect([brotli.headers['content-encoding'], brotli.headers.vary]).toEqual(['br', 'Accept-Encoding']);
    expect(Number(brotli.headers['content-length'])).toBe(brotli.body.length);
    expect(brotliDecompressSync(brotli.body).toString()).toBe(html);
    expect(brotli.body.length).toBeLessThan(html.length / 3);
    const gzip = await get(address, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(html);
  });

  it('answers a browser whose copy is current with 304, and sends a changed file again', async () => {
    const url = new URL('page.css', server.address);
    const first = await get(url, { 'Accept-Encoding': 'br' });
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[0-9a-z]+-[0-9a-z]+"$/);
    const again = await get(url, { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, etag]);
    // Another coding is another representation, with its own tag.
    const plain = await get(url, { 'If-None-Match': etag });
    expect(plain.status).toBe(200);
    expect(plain.headers.etag).not.toBe(etag);
    // A file changed by hand after the build: its older compressed copies are no longer sent.
    const file = join(dir, 'page.css');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n/* changed */\n`);
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    const changed = await get(url, { 'Accept-Encoding': 'br', 'If-None-Match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers['content-encoding']).toBeUndefined();
    expect(changed.body.toString()).toContain('/* changed */');
  });

  it('refuses paths outside the page, unknown files and other methods', async () => {
    expect((await fetch(new URL('/../package.json', server.address))).status).toBe(404);
    expect((await fetch(new URL('/%2e%2e/package.json', server.address))).status).toBe(404);
    expect((await fetch(new URL('/nothing.js', server.address))).status).toBe(404);
    expect((await fetch(server.address, { method: 'POST' })).status).toBe(405);
  });

  it('explains a bad port and a directory with no page', () => {
    const port = runCli(['serve', '--port', 'eighty']);
    expect(port.status).toBe(2);
    expect(port.stderr).toBe('error: --port "eighty" is not a port; give a number from 0 to 65535 (0 picks a free one)\n');
    const empty = runCli(['serve', '--dir', tmpdir()]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/^error: --dir .* holds no index\.html; give a directory written by "npm run build:web"\n$/);
  });

  it('has help with an example', () => {
    const help = runCli(['serve', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Example:\n  care-leaver-entitlements serve --port 8080');
    expect(runCli(['--help']).stdout).toContain('serve          serve the adviser web page');
  });
});
