/**
 * `npm run bench:web`: how long the adviser page takes, in a real browser, from loading a shared
 * address to the answer on screen. See BENCHMARKS.md ("The adviser page in the browser").
 *
 * Builds the page (as `npm run build:web` does) into a temporary folder, serves it with the
 * `serve` command's server on 127.0.0.1, and opens a shared address (the README's move from
 * Manchester to Leeds) in headless chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH)
 * driven by playwright-core. The time is read in the page: `performance.now()` (milliseconds
 * since the navigation started) when the page's script has drawn the answer's table (after
 * loading the offers its question needs), after the next frame has been drawn. Each cold load has a new browser context (empty cache); each warm load reloads
 * the address in a context that has loaded it before. `BENCH_WEB_RUNS=N` sets the loads of each
 * kind (default 20, after 2 not counted).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * Set in the page before its own script runs: notes when the script has drawn the answer (it
 * marks its container busy while it loads the question's offers, and unmarks it once drawn; the
 * page the server sends already holds an answer, for browsers without JavaScript, which does not
 * count). (A string, not a function: tsx would wrap a function's inner functions in a helper the
 * page lacks.)
 */
const WATCH_FOR_ANSWER = `window.answerOnScreen = new Promise((done) => {
  const observer = new MutationObserver((records) => {
    const drawn = records.some((r) => r.attributeName === 'aria-busy' && r.oldValue === 'true' && !r.target.hasAttribute('aria-busy'));
    if (!drawn || document.querySelector('#answer table') === null) return;
    observer.disconnect();
    // The frame with the answer is drawn after the next animation frame's callbacks.
    requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
});`;

/** Milliseconds from the start of the navigation to each step of one load. */
interface Timing {
  /** The page's HTML received. */
  readonly html: number;
  /** app.js received. */
  readonly script: number;
  /** app.js run: DOMContentLoaded, which waits for module scripts (the script then loads the question's offers). */
  readonly scriptRun: number;
  /** The last of the question's offer documents (chunks/) received. */
  readonly offers: number;
  /** The answer on screen. */
  readonly answer: number;
}

async function timeLoad(page: Page, url: string): Promise<Timing> {
  await page.goto(url);
  const answer = (await page.evaluate('window.answerOnScreen')) as number;
  return (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    const script = resources.find((r) => r.name.endsWith('/app.js'));
    const offers = resources.filter((r) => r.name.includes('/chunks/')).map((r) => r.responseEnd);
    return { html: nav.responseEnd, script: script ? script.responseEnd : NaN, scriptRun: nav.domContentLoadedEventStart, offers: offers.length === 0 ? NaN : Math.max(...offers), answer: ${answer} };
  })()`)) as Timing;
}

function summary(values: readonly number[]): { median: number; p95: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), min: sorted[0]!, max: sorted.at(-1)! };
}

const dir = mkdtempSync(join(tmpdir(), 'cle-bench-web-'));
const server = staticServer(dir);
let browser: Browser | undefined;
try {
  await buildWeb(dir);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${ADDRESS}`;
  browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox'], timeout: 20_000 });
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
  const format = (s: ReturnType<typeof summary>) => `median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;
  console.log(`The adviser page: a shared address to the answer on screen, ${RUNS} loads of each kind`);
  console.log(`  chromium ${browser.version()}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end`);
  for (const [name, loads] of [['cold (new context, empty cache)', cold], ['warm (reload, cached)', warm]] as const) {
    console.log(`  ${name}: answer on screen ${format(summary(loads.map((t) => t.answer)))}`);
    console.log(`    HTML received ${summary(loads.map((t) => t.html)).median.toFixed(0)} ms, app.js received ${summary(loads.map((t) => t.script)).median.toFixed(0)} ms, app.js run ${summary(loads.map((t) => t.scriptRun)).median.toFixed(0)} ms, offers received ${summary(loads.map((t) => t.offers)).median.toFixed(0)} ms (medians)`);
  }
} finally {
  await browser?.close();
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
}
