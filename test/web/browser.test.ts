import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../scripts/build-web.js';
import { staticServer } from '../../src/cli/commands/serve.js';

/**
 * The page in a real browser: Debian's chromium (or CHROMIUM_PATH), driven by playwright-core.
 * No browser is ever downloaded; without one these tests are skipped and say why.
 */
const executable = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => path !== undefined && path !== '' && existsSync(path),
);
if (executable === undefined) {
  console.warn('test/web/browser.test.ts: skipped, no chromium found (install Debian\'s chromium, or set CHROMIUM_PATH)');
}
const SCREENSHOTS = fileURLToPath(new URL('../../browser-screenshots/', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe-core reports of one rule broken on the page. */
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core on the page as it stands (WCAG 2.2 A and AA and best practice) and returns the
 * serious and critical violations, printed with their rule ids and targets. axe-core is put in
 * the page by the test (not by the site), through the DevTools protocol, which the page's
 * Content-Security-Policy does not block.
 */
async function seriousViolations(page: Page, label: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async () =>
      (
        await (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          resultTypes: ['violations'],
        })
      ).violations,
  );
  const found = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  if (found.length > 0) console.error(`axe-core, ${label}:\n  ${found.join('\n  ')}`);
  return found;
}

describe.skipIf(executable === undefined)('the adviser page in chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cle-browser-'));
  let server: Server;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    await buildWeb(dir);
    server = staticServer(dir);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: executable!, args: ['--no-sandbox'], timeout: 20_000 });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(search = ''): Promise<Page> {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${base}${search}`);
    // No request leaves the page: everything comes from the site itself.
    expect(requests.filter((url) => !url.startsWith(base))).toEqual([]);
    return page;
  }

  function row(page: Page, kind: string) {
    return page.locator('tbody tr', { has: page.locator(`th:text-is("${kind}")`) });
  }

  it('answers a shared address at once: the README move from Manchester to Leeds', async () => {
    const page = await open('?born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds&on=2026-11-23&working-with-leaving-care=yes&higher-education=no');
    await expect(page.locator('caption').textContent()).resolves.toBe('Moving from Manchester City Council to Leeds City Council on 23 November 2026');
    await expect(row(page, 'Council tax exemption').locator('.govuk-tag').textContent()).resolves.toBe('unknown');
    await expect(row(page, 'Personal adviser').locator('.govuk-tag').textContent()).resolves.toBe('kept');
    await expect(row(page, 'Free prescriptions').locator('.govuk-tag').textContent()).resolves.toBe('probably kept');
    await expect(page.locator('#born-year').inputValue()).resolves.toBe('2004');
    await page.screenshot({ path: join(SCREENSHOTS, 'move-manchester-leeds.png'), fullPage: true });
    await page.close();
  });

  it('answers a move within Greater Manchester filled in through the form, and puts it in the address', async () => {
    const page = await open();
    await page.fill('#born-day', '15');
    await page.fill('#born-month', '6');
    await page.fill('#born-year', '2004');
    await page.fill('#responsible', 'Bolton');
    await page.fill('#lives-in', 'Bolton');
    await page.fill('#to', 'Wigan');
    await page.fill('#on-day', '23');
    await page.fill('#on-month', '11');
    await page.fill('#on-year', '2026');
    await page.click('button[type=submit]');
    await expect(row(page, 'Council tax exemption').locator('.govuk-tag').textContent()).resolves.toBe('kept');
    expect(new URL(page.url()).search).toBe('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Wigan&on=2026-11-23');
    await page.close();
  });

  it('can be used with the keyboard alone, and answers the entitlements where they live', async () => {
    const page = await open();
    // The skip link comes first, then the date of birth.
    const focused: string[] = [];
    for (let i = 0; i < 4 && focused.at(-1) !== 'born-day'; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('class') || document.activeElement?.tagName || ''));
    }
    expect(focused.slice(-2)).toEqual(['govuk-skip-link', 'born-day']);
    for (const text of ['15', '6', '2004', 'Bolton', 'Bolton', '', '23', '11', '2026']) {
      await page.keyboard.press('Control+A');
      if (text !== '') await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter'); // on the first status, "Not sure": Enter submits the form
    await expect(page.locator('caption').textContent()).resolves.toBe('Entitlements on 23 November 2026');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('answer');
    await expect(row(page, 'Council tax exemption').locator('.govuk-tag').textContent()).resolves.toBe('Eligible');
    await page.close();
  });

  it('lists the problems at the top, each linked to its field', async () => {
    const page = await open('?on=2026-11-23');
    await page.fill('#born-day', '31');
    await page.fill('#born-month', '2');
    await page.fill('#born-year', '2004');
    await page.fill('#lives-in', 'Nowhereshire');
    await page.click('button[type=submit]');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('error-summary');
    const links = page.locator('.govuk-error-summary__list a');
    await expect(links.allTextContents()).resolves.toEqual([
      'Date of birth must be a real date, such as 15 6 2004',
      'Enter the council that looked after them',
      expect.stringMatching(/^No council is called "Nowhereshire"\./),
    ]);
    await links.first().click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('born-day');
    await page.screenshot({ path: join(SCREENSHOTS, 'errors.png'), fullPage: true });
    await page.close();
  });

  it('has no serious or critical accessibility problem (axe-core): the empty form, a move answered, the error summary', async () => {
    const empty = await open();
    expect(await seriousViolations(empty, 'the empty form')).toEqual([]);
    await empty.close();
    const move = await open('?born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds&on=2026-11-23&working-with-leaving-care=yes&higher-education=no');
    await move.locator('#answer').waitFor();
    expect(await seriousViolations(move, 'a move answered')).toEqual([]);
    await move.close();
    const errors = await open('?on=2026-11-23&born=2004-02-31&lives-in=Nowhereshire');
    await errors.locator('#error-summary').waitFor();
    expect(await seriousViolations(errors, 'the error summary')).toEqual([]);
    await errors.close();
  });

  it('answers a fact in place from "What would settle the unknowns"', async () => {
    const page = await open('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23');
    await expect(row(page, 'Higher education bursary').locator('.govuk-tag').textContent()).resolves.toBe('Unknown');
    await page.locator('#settle + ul li', { hasText: 'In higher education' }).getByRole('link', { name: 'No' }).click();
    await page.waitForURL(/higher-education=no/);
    await expect(row(page, 'Higher education bursary').locator('.govuk-tag').textContent()).resolves.toBe('Not eligible');
    await page.close();
  });
});
