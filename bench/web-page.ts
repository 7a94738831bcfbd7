/**
 * `npm run bench:web`: how long the adviser page takes, in a real browser, from loading a shared
 * address to the answer on screen. See BENCHMARKS.md ("The adviser page in the browser").
 *
 * Builds the page (as `npm run build:web` does) into a temporary folder and opens a shared address
 * (the README's move from Manchester to Leeds) in headless chromium (Debian's /usr/bin/chromium,
 * or CHROMIUM_PATH) driven by playwright-core, served on 127.0.0.1 in two ways: as a static host
 * serves the folder (the files as they are, their Brotli copies to a browser that accepts them;
 * the page arrives with no answer, and the script draws it), and by the `serve` command (which
 * sends the page with the answer already drawn, for browsers without JavaScript; the script keeps
 * it). The times are read in the page, as `performance.now()` (milliseconds since the navigation
 * started) after the next frame has been drawn: when the answer's table is first in the document
 * (whoever drew it), and when the page is ready to use (the answer there, the script done: the
 * council fields' suggestions set up, nothing loading). Each cold load has a new browser context
 * (empty cache); each warm load reloads the address in a context that has loaded it before.
 * `BENCH_WEB_RUNS=N` sets the loads of each kind (default 20, after 2 not counted).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { buildWeb } from '../scripts/build-web.js';
import { staticServer } from '../src/cli/commands/serve.js';

const ADDRESS = '?born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds&on=2026-11-23&working-with-leaving-care=yes&higher-education=no';
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 20);
const WARM_UP = 2;

const executable = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => path !== undefined && path !== '' && existsSync(path),
);
if (executable === undefined) {
  console.error('bench/web-page.ts: no chromium found (install Debian\'s chromium, or set CHROMIUM_PATH)');
  process.exit(1);
}

/**
 * Set in the page before its own script runs: notes when the answer's table is first in the
 * document, and when the page is ready to use. (A string, not a function: tsx would wrap a
 * function's inner functions in a helper the page lacks.)
 */
const WATCH_FOR_ANSWER = `(() => {
  let answered, readied, shown = false;
  window.answerOnScreen = new Promise((done) => { answered = done; });
  window.pageReady = new Promise((done) => { readied = done; });
  // A frame is drawn after the next animation frame's callbacks.
  const drawn = (done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
  const observer = new MutationObserver(() => {
    if (document.querySelector('#answer table') === null) return;
    if (!shown) { shown = true; drawn(answered); }
    const app = document.getElementById('app');
    if (document.querySelector('#question .autocomplete__wrapper') === null || app === null || app.hasAttribute('aria-busy')) return;
    observer.disconnect();
    drawn(readied);
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
})();`;

/** Milliseconds from the start of the navigation to each step of one load. */
interface Timing {
  /** The page's HTML received. */
  readonly html: number;
  /** app.js received. */
  readonly script: number;
  /** app.js run: DOMContentLoaded, which waits for module scripts. */
  readonly scriptRun: number;
  /** The last of the files under chunks/ received (NaN if none was asked for). */
  readonly offers: number;
  /** The answer on screen. */
  readonly answer: number;
  /** The page ready to use. */
  readonly ready: number;
}

async function timeLoad(page: Page, url: string): Promise<Timing> {
  await page.goto(url);
  const answer = (await page.evaluate('window.answerOnScreen')) as number;
  const ready = (await page.evaluate('window.pageReady')) as number;
  return (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    const script = resources.find((r) => r.name.endsWith('/app.js'));
    const offers = resources.filter((r) => r.name.includes('/chunks/')).map((r) => r.responseEnd);
    return { html: nav.responseEnd, script: script ? script.responseEnd : NaN, scriptRun: nav.domContentLoadedEventStart, offers: offers.length === 0 ? NaN : Math.max(...offers), answer: ${answer}, ready: ${ready} };
  })()`)) as Timing;
}

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/**
 * A static host, as nginx with `brotli_static` would serve the folder: each file as it is (the
 * page too), its Brotli copy to a browser that accepts it, revalidated by its time of change.
 */
function staticHost(dir: string): Server {
  const root = resolve(dir);
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = resolve(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || TYPES[extname(file)] === undefined) {
      response.writeHead(404).end();
      return;
    }
    const modified = statSync(file).mtime.toUTCString();
    if (request.headers['if-modified-since'] === modified) {
      response.writeHead(304).end();
      return;
    }
    const brotli = /\bbr\b/.test(request.headers['accept-encoding'] ?? '') && existsSync(`${file}.br`);
    const body = readFileSync(brotli ? `${file}.br` : file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)]!, 'Cache-Control': 'no-cache', 'Last-Modified': modified, Vary: 'Accept-Encoding', ...(brotli ? { 'Content-Encoding': 'br' } : {}) });
    response.end(body);
  });
}

function summary(values: readonly number[]): { median: number; p95: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), min: sorted[0]!, max: sorted.at(-1)! };
}

/** The loads of one way of serving the page: cold (each in a new context), then warm (reloads in one). */
async function timeLoads(browser: Browser, url: string): Promise<{ cold: Timing[]; warm: Timing[] }> {
  const cold: Timing[] = [];
  for (let i = 0; i < RUNS + WARM_UP; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(WATCH_FOR_ANSWER);
    const timing = await timeLoad(page, url);
    if (i >= WARM_UP) cold.push(timing);
    await context.close();
  }
  const warm: Timing[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(WATCH_FOR_ANSWER);
  for (let i = 0; i < RUNS + WARM_UP; i++) {
    const timing = await timeLoad(page, url);
    if (i >= WARM_UP) warm.push(timing);
  }
  await context.close();
  return { cold, warm };
}

const dir = mkdtempSync(join(tmpdir(), 'cle-bench-web-'));
const servers = [
  { name: 'static host', server: staticHost(dir) },
  { name: 'serve', server: staticServer(dir) },
];
let browser: Browser | undefined;
try {
  await buildWeb(dir);
  browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox'], timeout: 20_000 });
  console.log(`The adviser page: a shared address to the answer on screen, ${RUNS} loads of each kind`);
  console.log(`  chromium ${browser.version()}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`);
  const format = (s: ReturnType<typeof summary>) => `median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;
  const median = (loads: readonly Timing[], step: keyof Timing) => summary(loads.map((t) => t[step])).median.toFixed(0);
  for (const { name, server } of servers) {
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const loads = await timeLoads(browser, `http://127.0.0.1:${(server.address() as AddressInfo).port}/${ADDRESS}`);
    console.log(`  ${name} (load average ${loadavg()[0]!.toFixed(1)} at the end):`);
    for (const [kind, timings] of [['cold (new context, empty cache)', loads.cold], ['warm (reload, cached)', loads.warm]] as const) {
      console.log(`    ${kind}: answer on screen ${format(summary(timings.map((t) => t.answer)))}; ready ${median(timings, 'ready')} ms`);
      console.log(`      HTML received ${median(timings, 'html')} ms, app.js received ${median(timings, 'script')} ms, app.js run ${median(timings, 'scriptRun')} ms, offers received ${median(timings, 'offers')} ms (medians)`);
    }
  }
} finally {
  await browser?.close();
  for (const { server } of servers) if (server.listening) await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
}
