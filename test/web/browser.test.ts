import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

/** One of the README's three questions: what the form is given, and what the answer must show. */
interface Scenario {
  readonly name: string;
  readonly address: Record<string, string>;
  readonly caption: string;
  /** kind → the outcome or change, who gives it, the value and until when, as the table shows them. */
  readonly rows: Record<string, readonly [string, string, string, string]>;
}

/**
 * The README's example (what a care leaver looked after by Bolton gets living in Bolton on
 * 23 November 2026, and what changes if they move to Leeds) and its command-line example (living
 * in Manchester, moving to Leeds, working with the leaving care service, not in higher education).
 */
const README_SCENARIOS: readonly Scenario[] = [
  {
    name: 'living in Bolton (the README example: evaluate)',
    address: { born: '2004-06-15', responsible: 'Bolton', 'lives-in': 'Bolton', on: '2026-11-23', status: 'former-relevant' },
    caption: 'Entitlements on 23 November 2026',
    rows: {
      'Council tax exemption': ['Eligible', 'Greater Manchester Combined Authority', '100%', '15 June 2029'],
      'Free prescriptions': ['Probably eligible', 'England', 'provided', '15 June 2029'],
      'Free NHS dental treatment': ['Probably eligible', 'England', 'provided', '15 June 2029'],
      'Free NHS sight tests and glasses': ['Probably eligible', 'England', 'provided', '15 June 2029'],
      'Personal adviser': ['Eligible', 'Bolton Council', 'provided', '15 June 2029'],
      'Setting up home allowance': ['Eligible', 'Bolton Council', '£2,000', '15 June 2029'],
    },
  },
  {
    name: 'moving from Bolton to Leeds (the README example: compareMove)',
    address: { born: '2004-06-15', responsible: 'Bolton', 'lives-in': 'Bolton', to: 'Leeds', on: '2026-11-23', status: 'former-relevant' },
    caption: 'Moving from Bolton Metropolitan Borough Council to Leeds City Council on 23 November 2026',
    rows: {
      'Council tax exemption': ['unknown', 'Greater Manchester Combined Authority → —', '100% → —', '—'],
      'Free prescriptions': ['probably kept', 'England', 'provided', '15 June 2029'],
      'Personal adviser': ['kept', 'Bolton Council', 'provided', '15 June 2029'],
      'Setting up home allowance': ['kept', 'Bolton Council', '£2,000', '15 June 2029'],
    },
  },
  {
    name: 'moving from Manchester to Leeds (the README command line)',
    address: {
      born: '2004-06-15',
      responsible: 'Bolton',
      'lives-in': 'Manchester',
      to: 'Leeds',
      on: '2026-11-23',
      'working-with-leaving-care': 'yes',
      'higher-education': 'no',
    },
    caption: 'Moving from Manchester City Council to Leeds City Council on 23 November 2026',
    rows: {
      'Council tax exemption': ['unknown', 'Greater Manchester Combined Authority → —', '100% → —', '—'],
      'Free or discounted travel': ['unknown', 'Transport for Greater Manchester → —', '100% → —', '—'],
      'Free prescriptions': ['probably kept', 'England', 'provided', '15 June 2029'],
      'Personal adviser': ['kept', 'Bolton Council', 'provided', '15 June 2029'],
      'Setting up home allowance': ['kept', 'Bolton Council', '£2,000', '15 June 2029'],
      'Higher education bursary': ['neither', '—', '—', '—'],
      'Staying Put with former foster carer': ['neither', '—', '—', '—'],
    },
  },
];

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

  // Script errors and console errors (a Content-Security-Policy refusal among them) fail the test.
  const pageErrors: string[] = [];
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  async function open(search = ''): Promise<Page> {
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.setDefaultTimeout(10_000);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${base}${search}`);
    // The script has run by the load event, and marks the page busy until it has drawn it.
    await drawn(page);
    // No request leaves the page: everything comes from the site itself.
    expect(requests.filter((url) => !url.startsWith(base))).toEqual([]);
    return page;
  }

  /**
   * Waits until the script has drawn the page for the address it now has: after a question sent
   * through the form, a link answered in place or a step back, it marks the page busy (at once,
   * in the event's handler) until it has loaded the question's offers and drawn the answer.
   */
  async function drawn(page: Page): Promise<void> {
    await page.locator('#app:not([aria-busy])').waitFor();
  }

  /** Chooses a council in one of the three council fields, as an adviser would: types its name and clicks the first suggestion. */
  async function chooseCouncil(page: Page, field: 'responsible' | 'lives-in' | 'to' | 'to-2' | 'to-3', name: string): Promise<void> {
    await page.fill(`#${field}`, name);
    await page.locator(`#${field}__listbox [role=option]`).first().click();
    await expect(page.locator(`#${field}`).inputValue()).resolves.toBe(name);
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

  async function expectScenario(page: Page, scenario: Scenario): Promise<void> {
    await expect(page.locator('caption').textContent()).resolves.toBe(scenario.caption);
    for (const [kind, [outcome, provider, value, until]] of Object.entries(scenario.rows)) {
      const cells = row(page, kind).locator('td');
      await expect(cells.first().locator('.govuk-tag').textContent(), kind).resolves.toBe(outcome);
      await expect(cells.nth(1).textContent(), kind).resolves.toBe(provider);
      // The value itself, without the limits its source states beneath it.
      await expect(cells.nth(2).evaluate((cell) => [...cell.childNodes].filter((n) => !(n instanceof HTMLElement && (n.matches('.cle-value-detail') || n.tagName === 'BR'))).map((n) => n.textContent).join('')), kind).resolves.toBe(value);
      await expect(cells.nth(3).textContent(), kind).resolves.toBe(until);
    }
  }

  for (const scenario of README_SCENARIOS) {
    it(`answers the README's scenario ${scenario.name} from a shared address`, async () => {
      const page = await open(`?${new URLSearchParams(scenario.address).toString()}`);
      await expectScenario(page, scenario);
      await page.close();
    });

    it(`answers the README's scenario ${scenario.name} filled in through the form`, async () => {
      const page = await open();
      const a = scenario.address;
      const [bornYear, bornMonth, bornDay] = a.born!.split('-');
      const [onYear, onMonth, onDay] = a.on!.split('-');
      await page.fill('#born-day', bornDay!);
      await page.fill('#born-month', bornMonth!);
      await page.fill('#born-year', bornYear!);
      await chooseCouncil(page, 'responsible', a.responsible!);
      await chooseCouncil(page, 'lives-in', a['lives-in']!);
      if (a.to !== undefined) await chooseCouncil(page, 'to', a.to);
      await page.fill('#on-day', onDay!);
      await page.fill('#on-month', onMonth!);
      await page.fill('#on-year', onYear!);
      if (a.status !== undefined) await page.check(`input[name=status][value="${a.status}"]`);
      const facts = Object.entries(a).filter(([name]) => !['born', 'responsible', 'lives-in', 'to', 'on', 'status'].includes(name));
      if (facts.length > 0) await page.locator('summary', { hasText: 'What else is known about them' }).click();
      for (const [name, value] of facts) await page.check(`input[name="${name}"][value="${value}"]`);
      await page.click('button[type=submit]');
      await drawn(page);
      await expectScenario(page, scenario);
      // The address now holds the question, so it can be shared.
      expect([...new URL(page.url()).searchParams].sort()).toEqual(Object.entries(a).sort());
      await page.close();
    });
  }

  it('answers a move within Greater Manchester filled in through the form, and puts it in the address', async () => {
    const page = await open();
    await page.fill('#born-day', '15');
    await page.fill('#born-month', '6');
    await page.fill('#born-year', '2004');
    await chooseCouncil(page, 'responsible', 'Bolton');
    await chooseCouncil(page, 'lives-in', 'Bolton');
    await chooseCouncil(page, 'to', 'Wigan');
    await page.fill('#on-day', '23');
    await page.fill('#on-month', '11');
    await page.fill('#on-year', '2026');
    await page.click('button[type=submit]');
    await drawn(page);
    await expect(row(page, 'Council tax exemption').locator('.govuk-tag').textContent()).resolves.toBe('kept');
    expect(new URL(page.url()).search).toBe('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Wigan&on=2026-11-23');
    // The address to share ends in the answer's fragment, so that opening it shows the answer.
    expect(new URL(page.url()).hash).toBe('#answer');
    await page.close();
  });

  it('compares places to move to side by side, filled in through the form, and links to each move', async () => {
    const page = await open('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Leeds&on=2026-11-23');
    await page.getByText('Compare with other places').click();
    await chooseCouncil(page, 'to-2', 'Wigan');
    await chooseCouncil(page, 'to-3', 'Stockport');
    await page.click('button[type=submit]');
    await drawn(page);
    expect(new URL(page.url()).search).toBe('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Leeds&to=Wigan&to=Stockport&on=2026-11-23');
    await expect(page.locator('thead th').allTextContents()).resolves.toEqual(['Kind', 'Leeds', 'Wigan', 'Stockport']);
    await expect(row(page, 'Council tax exemption').locator('.govuk-tag').allTextContents()).resolves.toEqual(['unknown', 'kept', 'kept']);
    expect(await seriousViolations(page, 'places compared')).toEqual([]);
    await page.getByRole('link', { name: 'Moving to Wigan' }).click();
    await drawn(page);
    await expect(page.locator('caption').first().textContent()).resolves.toBe('Moving from Bolton Metropolitan Borough Council to Wigan Metropolitan Borough Council on 23 November 2026');
    await page.close();
  });

  it('answers only the kinds ticked, puts them in the address, and shows every kind again from its link', async () => {
    const page = await open('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Wigan&on=2026-11-23');
    const kinds = () => page.locator('tbody th[scope=row]').allTextContents();
    expect((await kinds()).length).toBeGreaterThan(5);
    await page.getByText('Only some kinds of support').click();
    await page.getByLabel('Council tax exemption', { exact: true }).check();
    await page.getByLabel('Personal adviser', { exact: true }).check();
    await page.click('button[type=submit]');
    await drawn(page);
    await expect(kinds()).resolves.toEqual(['Council tax exemption', 'Personal adviser']);
    expect(new URL(page.url()).search).toBe('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Wigan&on=2026-11-23&kind=council-tax-exemption&kind=personal-adviser');
    // The boxes stay ticked, their section open, for the next question.
    await expect(page.getByLabel('Personal adviser', { exact: true }).isChecked()).resolves.toBe(true);
    expect(await seriousViolations(page, 'the kinds ticked')).toEqual([]);
    await page.getByRole('link', { name: 'Show every kind' }).click();
    await drawn(page);
    expect((await kinds()).length).toBeGreaterThan(5);
    expect(new URL(page.url()).searchParams.has('kind')).toBe(false);
    await page.close();
  });

  it("shows the answer on opening an answer's address, below the form; without the fragment, the page's top links to it", async () => {
    const question = '?born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds&on=2026-11-23';
    // The offers arrive after the page has loaded (a slow connection), so the answer is drawn after
    // the load: still brought into view (chromium keeps looking for the fragment; for browsers that
    // do not, the script scrolls to it).
    const page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    let loaded = false;
    page.on('load', () => (loaded = true));
    await page.route(/\/chunks\/(leeds|manchester)-/, async (route) => {
      await expect.poll(() => loaded).toBe(true);
      await route.continue();
    });
    await page.goto(`${base}${question}#answer`, { waitUntil: 'commit' });
    // Not yet busy just after the address is opened: wait for the answer itself.
    await page.locator('#answer table').first().waitFor();
    await drawn(page);
    const answerTop = () => page.evaluate(() => Math.round(document.getElementById('answer')!.getBoundingClientRect().top));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await expect.poll(answerTop).toBe(0);
    // As for any fragment: no field of the form has the focus (the browser may give it to the answer).
    await expect(page.evaluate(() => document.activeElement?.id ?? '')).resolves.toMatch(/^(answer)?$/);
    await page.close();
    const plain = await open(question);
    await expect(plain.evaluate(() => window.scrollY)).resolves.toBe(0);
    const link = plain.locator('#app > p.cle-to-answer').getByRole('link', { name: 'Go to the answer' });
    await plain.evaluate(() => Object.assign(document.getElementById('answer')!, { drawnBefore: true }));
    await link.click();
    await expect.poll(() => plain.evaluate(() => Math.round(document.getElementById('answer')!.getBoundingClientRect().top))).toBe(0);
    // A step to the fragment alone: the answer on screen is kept, not drawn again.
    await expect(plain.evaluate(() => 'drawnBefore' in document.getElementById('answer')!)).resolves.toBe(true);
    expect(new URL(plain.url()).hash).toBe('#answer');
    await plain.close();
  });

  it('can be used with the keyboard alone, choosing councils from their suggestions, and answers the entitlements where they live', async () => {
    const page = await open();
    // The skip link comes first, then the header's link, then the date of birth.
    const focused: string[] = [];
    for (let i = 0; i < 5 && focused.at(-1) !== 'born-day'; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('class') || document.activeElement?.tagName || ''));
    }
    expect(focused.slice(-3)).toEqual(['govuk-skip-link', 'govuk-generic-header__homepage-link', 'born-day']);
    const type = async (text: string) => {
      await page.keyboard.press('Control+A');
      if (text !== '') await page.keyboard.type(text);
    };
    const suggestions = () => page.locator('[role=listbox]:visible [role=option]').allTextContents();
    for (const text of ['15', '6', '2004']) {
      await type(text);
      await page.keyboard.press('Tab');
    }
    // "Looked after by": a code, its council suggested, Enter chooses it (and does not submit).
    await type('E08000001');
    await expect.poll(suggestions).toEqual(['Bolton Metropolitan Borough Council (E08000001)']);
    await page.keyboard.press('Enter');
    await expect(page.locator('#responsible').inputValue()).resolves.toBe('Bolton');
    expect(new URL(page.url()).search).toBe('');
    await page.keyboard.press('Tab');
    // "Lives in": part of a name, the arrows move through the suggestions, Enter chooses one.
    await type('bol');
    await expect.poll(suggestions).toEqual(['Bolton Metropolitan Borough Council (E08000001)', 'Bolsover District Council (E07000033)']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Bolton Metropolitan Borough Council (E08000001)');
    await page.keyboard.press('Enter');
    await expect(page.locator('#lives-in').inputValue()).resolves.toBe('Bolton');
    await page.keyboard.press('Tab');
    // "Moving to" is left empty, and "Compare with other places" left closed; then the date to answer for.
    await type('');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Compare with other places');
    await page.keyboard.press('Tab');
    for (const text of ['23', '11', '2026']) {
      await type(text);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter'); // on the first status, "Not sure": Enter submits the form
    await drawn(page);
    await expect(page.locator('caption').textContent()).resolves.toBe('Entitlements on 23 November 2026');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('answer');
    // The answer is far taller than the window: its top (the heading) is shown, not its middle.
    await expect(page.evaluate(() => Math.round(document.getElementById('answer-heading')!.getBoundingClientRect().top))).resolves.toBe(0);
    expect(new URL(page.url()).search).toBe('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23');
    await expect(row(page, 'Council tax exemption').locator('.govuk-tag').textContent()).resolves.toBe('Eligible');
    await page.close();
  });

  it('takes a council typed as a short name or code and left with Tab as the council the command line resolves', async () => {
    const page = await open('?on=2026-11-23');
    await page.fill('#born-day', '15');
    await page.fill('#born-month', '6');
    await page.fill('#born-year', '2004');
    await page.locator('#responsible').pressSequentially('BOL'); // Bolton's register code
    await page.keyboard.press('Tab');
    await page.locator('#lives-in').pressSequentially('manchester');
    await page.keyboard.press('Tab');
    await page.locator('#to').pressSequentially('E08000035');
    await page.keyboard.press('Tab');
    await expect(page.locator('#responsible').inputValue()).resolves.toBe('Bolton');
    await expect(page.locator('#lives-in').inputValue()).resolves.toBe('Manchester');
    await expect(page.locator('#to').inputValue()).resolves.toBe('Leeds');
    await page.click('button[type=submit]');
    await drawn(page);
    await expect(page.locator('caption').textContent()).resolves.toBe('Moving from Manchester City Council to Leeds City Council on 23 November 2026');
    expect(new URL(page.url()).searchParams.get('to')).toBe('Leeds');
    await page.close();
  });

  it('lists the problems at the top, each linked to its field', async () => {
    const page = await open('?on=2026-11-23');
    await page.fill('#born-day', '31');
    await page.fill('#born-month', '2');
    await page.fill('#born-year', '2004');
    await page.fill('#lives-in', 'Nowhereshire');
    await page.click('button[type=submit]');
    await drawn(page);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('error-summary');
    const links = page.locator('.govuk-error-summary__list a');
    await expect(links.allTextContents()).resolves.toEqual([
      'Date of birth must be a real date, such as 15 6 2004',
      'Enter the council that looked after them',
      expect.stringMatching(/^No council is called "Nowhereshire"\./),
    ]);
    // The council fields still name their hint and error message to assistive technology.
    await expect(page.locator('#lives-in').getAttribute('aria-describedby')).resolves.toMatch(/lives-in-hint lives-in-error/);
    await expect(page.locator('#lives-in').inputValue()).resolves.toBe('Nowhereshire'); // no suggestion replaced it
    await links.first().click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('born-day');
    await page.screenshot({ path: join(SCREENSHOTS, 'errors.png'), fullPage: true });
    await page.close();
  });

  it('has no serious or critical accessibility problem (axe-core) on the empty form, nor with a council field\'s suggestions open', async () => {
    const empty = await open();
    // The header is govuk-frontend 6's generic header and the service navigation, not a thin bar.
    const header = await empty.locator('.govuk-template__header').boundingBox();
    expect(header!.height).toBeGreaterThan(80);
    await expect(empty.locator('.govuk-service-navigation__service-name').innerText()).resolves.toBe('What is a care leaver entitled to?');
    expect(await seriousViolations(empty, 'the empty form')).toEqual([]);
    await empty.locator('#lives-in').pressSequentially('bol');
    await empty.locator('#lives-in__listbox [role=option]').first().waitFor();
    expect(await seriousViolations(empty, 'a council field with its suggestions open')).toEqual([]);
    await empty.close();
  });

  it('has no serious or critical accessibility problem (axe-core) on a move answered', async () => {
    const move = await open('?born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds&on=2026-11-23&working-with-leaving-care=yes&higher-education=no');
    await move.locator('#answer').waitFor();
    expect(await seriousViolations(move, 'a move answered')).toEqual([]);
    await move.close();
  });

  it("lays each answer row out as a block on a phone's width, every cell under its column's name, and keeps the table on a wider screen", async () => {
    const page = await open('?born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds&on=2026-11-23');
    const layout = () =>
      page.evaluate(() => {
        const rows = [...document.querySelectorAll<HTMLElement>('#answer tbody tr')];
        const cells = rows.flatMap((row) => [...row.children] as HTMLElement[]);
        const first = rows[0]!.children;
        return {
          beyondTheScreen: [...cells, ...document.querySelectorAll<HTMLElement>('#answer caption')].filter((c) => c.getBoundingClientRect().right > innerWidth + 1).length,
          // In a row laid out as a table, a row's cells share its top; laid out as a block, each is below the one before.
          stacked: first[1]!.getBoundingClientRect().top > first[0]!.getBoundingClientRect().top,
          label: getComputedStyle(first[1]!, '::before').content,
        };
      });
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(layout()).resolves.toEqual({ beyondTheScreen: 0, stacked: true, label: '"Change: "' });
    expect(await seriousViolations(page, "a move answered, on a phone's width")).toEqual([]);
    await page.setViewportSize({ width: 1100, height: 800 });
    await expect(layout()).resolves.toMatchObject({ stacked: false, label: 'none' });
    await page.close();
  });

  it('has no serious or critical accessibility problem (axe-core) on the error summary', async () => {
    const errors = await open('?on=2026-11-23&born=2004-02-31&lives-in=Nowhereshire');
    await errors.locator('#error-summary').waitFor();
    expect(await seriousViolations(errors, 'the error summary')).toEqual([]);
    await errors.close();
  });

  it('prints the answer to take away: no form, buttons or navigation; the table, the sources and the timeline', async () => {
    const page = await open(`?${new URLSearchParams(README_SCENARIOS[0]!.address).toString()}`);
    await page.locator('#answer').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['#question', '.cle-to-answer', '.govuk-template__header', '.govuk-footer', '.govuk-skip-link']) {
      await expect(page.locator(hidden).isVisible(), hidden).resolves.toBe(false);
    }
    const visible = async (selector: string) => (await page.locator(selector).evaluateAll((all) => all.filter((x) => (x as HTMLElement).offsetParent !== null || getComputedStyle(x).position === 'fixed').length));
    expect(await visible('button, .govuk-button')).toBe(0);
    expect(await visible('#settle + ul a')).toBe(0); // answering in place needs the screen
    await expect(page.locator('#settle + ul li').first().innerText()).resolves.toMatch(/\(settles \d+ answers?\)$/);
    for (const shown of ['#answer table', '#sources', '#sources + ol', '#timeline', '#settle']) {
      await expect(page.locator(shown).first().isVisible(), shown).resolves.toBe(true);
    }
    await expect(row(page, 'Council tax exemption').isVisible()).resolves.toBe(true);
    // Links to the sources are written out, so the paper still says where each answer comes from.
    const after = await page.locator('#sources + ol a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" \(" attr\(href\) "\)"$|^" \(https?:/);
    await page.screenshot({ path: join(SCREENSHOTS, 'print.png'), fullPage: true });
    await page.pdf({ path: join(SCREENSHOTS, 'print.pdf'), format: 'A4', printBackground: true });
    await page.close();
  });

  it('works without JavaScript: the form is sent to the server, which draws the answer, and the Yes / No links answer in turn', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${base}?on=2026-11-23`);
    await page.fill('#born-day', '15');
    await page.fill('#born-month', '6');
    await page.fill('#born-year', '2004');
    await page.fill('#responsible', 'Bolton');
    await page.fill('#lives-in', 'Bolton');
    await page.fill('#to', 'Leeds');
    await page.click('button[type=submit]');
    await page.waitForURL(/born=2004-06-15/);
    expect(new URL(page.url()).search).toBe('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Leeds&on=2026-11-23');
    // The form's action keeps the answer's fragment: the browser shows the answer, below the form.
    expect(new URL(page.url()).hash).toBe('#answer');
    await expect(page.evaluate(() => Math.round(document.getElementById('answer')!.getBoundingClientRect().top))).resolves.toBe(0);
    await expect(page.locator('caption').first().textContent()).resolves.toBe('Moving from Bolton Metropolitan Borough Council to Leeds City Council on 23 November 2026');
    await expect(row(page, 'Personal adviser').locator('.govuk-tag').textContent()).resolves.toBe('kept');
    await page.locator('#settle + ul li', { hasText: 'In higher education' }).getByRole('link', { name: 'No' }).click();
    await page.waitForURL(/higher-education=no/);
    await expect(row(page, 'Higher education bursary').locator('.govuk-tag').textContent()).resolves.toBe('neither');
    // Some kinds ticked: the server draws those alone.
    await page.locator('summary', { hasText: 'Only some kinds of support' }).click();
    await page.getByLabel('Council tax exemption', { exact: true }).check();
    await page.click('button[type=submit]');
    await page.waitForURL(/kind=council-tax-exemption/);
    await expect(page.locator('tbody th[scope=row]').allTextContents()).resolves.toEqual(['Council tax exemption']);
    await context.close();
  });

  it('answers a fact in place from "What would settle the unknowns"', async () => {
    const page = await open('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23');
    await expect(row(page, 'Higher education bursary').locator('.govuk-tag').textContent()).resolves.toBe('Unknown');
    await page.evaluate(() => Object.assign(window, { beforeTheLink: true }));
    await page.locator('#settle + ul li', { hasText: 'In higher education' }).getByRole('link', { name: 'No' }).click();
    await page.waitForURL(/higher-education=no/);
    await drawn(page);
    await expect(row(page, 'Higher education bursary').locator('.govuk-tag').textContent()).resolves.toBe('Not eligible');
    // In place: the page is not loaded again (which would show its top, the form), the answer is focused and its top shown.
    await expect(page.evaluate(() => 'beforeTheLink' in window)).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('answer');
    await expect(page.evaluate(() => Math.round(document.getElementById('answer-heading')!.getBoundingClientRect().top))).resolves.toBe(0);
    // Back goes to the question before, as after a new question through the form.
    await page.goBack();
    // The step back is drawn after the history event, which may come after goBack returns.
    await expect.poll(() => row(page, 'Higher education bursary').locator('.govuk-tag').textContent()).toBe('Unknown');
    await drawn(page);
    await page.close();
  });

  it('loads only the offers its question needs: the documents of its places, and those that may concern anyone in England', async () => {
    const page = await browser.newPage();
    // The browser's today other than the server's, so that the script draws the answer itself
    // rather than keeping the one the server drew (as it does from a static host).
    await page.clock.setFixedTime(new Date('2030-01-01T12:00:00'));
    const loaded: string[] = [];
    page.on('request', (request) => {
      const file = /\/chunks\/([a-z0-9.-]+)-[A-Z0-9]+\.js$/.exec(request.url());
      if (file !== null) loaded.push(file[1]!);
    });
    await page.goto(`${base}?born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds&on=2026-11-23`);
    await page.locator('#app:not([aria-busy])').waitFor();
    await expect(row(page, 'Personal adviser').locator('.govuk-tag').textContent()).resolves.toBe('kept');
    // The national offers and others that may concern anyone in England come in one file.
    expect(loaded).toEqual(expect.arrayContaining(['bolton', 'manchester', 'leeds', 'greater-manchester', 'embedded-for-anyone.generated']));
    expect(loaded).not.toContain('barking-and-dagenham');
    expect(loaded).not.toContain('bury');
    expect(loaded.length).toBeLessThan(12);
    await page.close();
  });

  it('says so where the answer would be when the offers it needs cannot be loaded', async () => {
    const page = await browser.newPage();
    await page.clock.setFixedTime(new Date('2030-01-01T12:00:00')); // the script draws it (see above)
    await page.route(/\/chunks\/leeds-[A-Z0-9]+\.js$/, (route) => route.abort());
    await page.goto(`${base}?born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds&on=2026-11-23`);
    await page.locator('#app:not([aria-busy])').waitFor();
    await expect(page.locator('#answer .govuk-warning-text').textContent()).resolves.toContain('The offers needed for this answer could not be loaded. Check the connection and reload the page.');
    await expect(page.locator('#answer table').count()).resolves.toBe(0);
    await expect(page.locator('#to').inputValue()).resolves.toBe('Leeds');
    await page.close();
  });

  it('keeps the answer the server drew for the address and date rather than drawing it again, and makes its form work', async () => {
    // A server of its own whose today is fixed, and the browser's clock set to the same day.
    const fixed = staticServer(dir, () => '2026-12-05');
    await new Promise<void>((done) => fixed.listen(0, '127.0.0.1', done));
    const fixedBase = `http://127.0.0.1:${(fixed.address() as AddressInfo).port}/`;
    try {
      for (const [clock, kept] of [['2026-12-05T12:00:00', true], ['2026-12-06T12:00:00', false]] as const) {
        // In this process's time zone, so that noon here is noon, and the same day, in the page.
        const page = await browser.newPage({ timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone });
        await page.clock.setFixedTime(new Date(clock));
        const requested: string[] = [];
        page.on('request', (request) => requested.push(request.url()));
        // No date given: answered for the server's today, which is the browser's only on the first day.
        await page.goto(`${fixedBase}?born=2004-06-15&responsible=Bolton&lives-in=Bolton`);
        await page.locator('#question .autocomplete__wrapper').first().waitFor();
        await page.locator('#app:not([aria-busy])').waitFor();
        expect(requested.some((url) => /\/chunks\/bolton-/.test(url)), clock).toBe(!kept);
        await expect(page.locator('caption').textContent()).resolves.toBe(kept ? 'Entitlements on 5 December 2026' : 'Entitlements on 6 December 2026');
        await expect(page.evaluate(() => Object.keys(document.getElementById('app')!.dataset))).resolves.toEqual([]);
        // The form works in place either way.
        await chooseCouncil(page, 'to', 'Leeds');
        await page.click('button[type=submit]');
        await drawn(page);
        await expect(page.locator('caption').textContent()).resolves.toMatch(/^Moving from Bolton Metropolitan Borough Council to Leeds City Council on [56] December 2026$/);
        await page.close();
      }
    } finally {
      await new Promise((done) => fixed.close(done));
    }
  });
});
