import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADULT_AGE, ALL_KINDS, KIND_INFO, addDays, birthday, embeddedDataset, listAreas } from '../../src/index.js';
import { checkWebQuery } from '../../src/web/check-web-query.js';
import { addressOfSentForm } from '../../src/web/page-without-script.js';
import { renderForm, webQueryFromForm } from '../../src/web/render-form.js';
import { renderPage } from '../../src/web/render-page.js';
import { parseWebQuery, webQueryParams } from '../../src/web/web-query.js';

// The adviser page answers only the kinds ticked, as the command line's --kind does.
const QUESTION = 'born=2004-06-15&responsible=Bolton&lives-in=Manchester&on=2026-11-23';

/** Each kind's row of the answer's first table, as its tag (outcome or change) and the value and date cells, by the kind's name. */
function tableRows(html: string): Map<string, string> {
  const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
  const rows = new Map<string, string>();
  for (const m of table.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>(.*?)<\/tr>/g)) {
    // Source numbers are left out: fewer kinds cite fewer sources, numbered from 1.
    const cells = [...m[2]!.matchAll(/<td[^>]*data-label="(?!Why)[^"]*">(.*?)<\/td>/g)].map((c) => c[1]);
    rows.set(m[1]!, cells.join(' | '));
  }
  return rows;
}

/** The kind names in the rows of the answer's first table (the entitlements, or the move). */
function tableKinds(html: string): string[] {
  const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
  return [...table.matchAll(/<th scope="row"[^>]*>([^<]*)</g)].map((m) => m[1]!);
}

describe('the kinds to answer, in the address', () => {
  it('reads each kind given, by id or by its name in the tables, once and in the vocabulary\'s order', () => {
    const q = parseWebQuery(new URLSearchParams(`${QUESTION}&kind=mentor&kind=Council+tax+exemption&kind=mentor`), '2026-11-23');
    expect(q.kinds).toEqual(['council-tax-exemption', 'mentor']);
    expect(q.unreadable).toBeUndefined(); // a kind given again is no problem, unlike a date given twice
    expect(parseWebQuery(new URLSearchParams(QUESTION), '2026-11-23').kinds).toBeUndefined();
  });

  it('lists a kind that is no kind as unreadable, and the check names it beside the kinds\' boxes', () => {
    const q = parseWebQuery(new URLSearchParams(`${QUESTION}&kind=travel&kind=mentor`), '2026-11-23');
    expect(q.kinds).toEqual(['mentor']);
    expect(q.unreadable).toEqual([{ name: 'kind', value: 'travel', problem: 'not-an-answer' }]);
    const check = checkWebQuery(q);
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.errors).toEqual([{ field: 'kind', message: expect.stringContaining('"travel" is not a kind of support this page answers') }]);
    const page = renderPage(`?${QUESTION}&kind=travel`, '2026-11-23', embeddedDataset);
    expect(page.answered).toBe(false);
    expect(page.html.includes('<a href="#kind">&quot;travel&quot; is not a kind of support this page answers')).toBe(true);
    // The section holding the boxes opens, marked, so the problem can be seen and mended.
    expect(page.html.includes('<details class="govuk-details" open>\n<summary class="govuk-details__summary"><span class="govuk-details__summary-text">Only some kinds of support')).toBe(true);
    expect(page.html.includes('<div class="govuk-form-group govuk-form-group--error">\n<fieldset class="govuk-fieldset" aria-describedby="kind-hint">')).toBe(true);
  });

  it('writes the kinds back as a parameter each, and reads back what it wrote (fast-check)', () => {
    fc.assert(
      fc.property(fc.subarray([...ALL_KINDS]), (kinds) => {
        const written = webQueryParams({ ...parseWebQuery(new URLSearchParams(QUESTION), '2026-11-23'), kinds });
        expect(written.getAll('kind')).toEqual(kinds);
        expect(parseWebQuery(written, '2026-11-23').kinds).toEqual(kinds.length === 0 ? undefined : kinds);
      }),
    );
  });

  it('is checked into the kinds to answer, or null for every kind', () => {
    const narrowed = checkWebQuery(parseWebQuery(new URLSearchParams(`${QUESTION}&kind=free-travel`), '2026-11-23'));
    expect(narrowed.ok && narrowed.query.kinds).toEqual(['free-travel']);
    const every = checkWebQuery(parseWebQuery(new URLSearchParams(QUESTION), '2026-11-23'));
    expect(every.ok && every.query.kinds).toBeNull();
  });
});

describe('the kinds to answer, in the form', () => {
  it('offers every kind as a box under its name, closed and unticked when none is asked for', () => {
    const html = renderForm(parseWebQuery(new URLSearchParams(QUESTION), '2026-11-23'), [], []);
    expect([...html.matchAll(/name="kind" type="checkbox" value="([^"]+)"/g)].map((m) => m[1])).toEqual([...ALL_KINDS]);
    for (const kind of ALL_KINDS) expect(html.includes(`>${KIND_INFO[kind].label}</label>`), kind).toBe(true);
    expect(/type="checkbox" value="[^"]+" checked>/.test(html)).toBe(false);
    expect(html.includes('<details class="govuk-details" open>')).toBe(false);
  });

  it('ticks the kinds asked for, and opens their section', () => {
    const html = renderForm(parseWebQuery(new URLSearchParams(`${QUESTION}&kind=mentor`), '2026-11-23'), [], []);
    expect([...html.matchAll(/value="([^"]+)" checked>/g)].map((m) => m[1])).toEqual(['mentor']);
    expect(html.includes('<details class="govuk-details" open>')).toBe(true);
  });

  it('reads the boxes ticked back, in the vocabulary\'s order, leaving out a value that is no kind', () => {
    const data = new URLSearchParams('born-day=15&born-month=6&born-year=2004&kind=mentor&kind=council-tax-exemption&kind=nonsense');
    expect(webQueryFromForm(data).kinds).toEqual(['council-tax-exemption', 'mentor']);
    expect(webQueryFromForm(new URLSearchParams('born-day=15')).kinds).toBeUndefined();
  });

  it('keeps the kinds of a form sent without a script in the address it stands for', () => {
    expect(addressOfSentForm('?born-day=15&born-month=6&born-year=2004&responsible=Bolton&lives-in=Bolton&kind=mentor&kind=free-travel')).toBe(
      '?born=2004-06-15&responsible=Bolton&lives-in=Bolton&kind=free-travel&kind=mentor',
    );
  });
});

describe('the answer to some kinds', () => {
  it('answers only those kinds where they live, says so, and links to the same question for every kind', () => {
    const page = renderPage(`?${QUESTION}&kind=rent-guarantor&kind=council-tax-exemption`, '2026-11-23', embeddedDataset);
    expect(page.answered).toBe(true);
    // A rent guarantor is unknown for want of any offer of Bolton or Manchester: named below the table, as for every kind.
    expect(tableKinds(page.html)).toEqual(['Council tax exemption']);
    expect(page.html.includes('<p class="govuk-body">Unknown, as nothing is encoded for Bolton or Manchester: Rent guarantor.</p>')).toBe(true);
    expect(page.html.includes('<p class="govuk-body">Only Council tax exemption, Rent guarantor. <a class="govuk-link" href="?born=2004-06-15&amp;responsible=Bolton&amp;lives-in=Manchester&amp;on=2026-11-23#answer">Show every kind</a></p>')).toBe(true);
    const every = renderPage(`?${QUESTION}`, '2026-11-23', embeddedDataset);
    expect(tableKinds(every.html).length).toBeGreaterThan(5);
    expect(every.html.includes('Show every kind')).toBe(false);
  });

  it('compares only those kinds across a move, and its next changes are of those kinds alone', () => {
    // Their 25th birthday falls in the year ahead: the personal adviser ends then, the council tax exemption is not known in Leeds.
    const search = '?born=2002-01-10&responsible=Bolton&lives-in=Manchester&on=2026-11-23&to=Leeds&kind=council-tax-exemption&kind=personal-adviser';
    const page = renderPage(search, '2026-11-23', embeddedDataset);
    expect(tableKinds(page.html)).toEqual(['Council tax exemption', 'Personal adviser']);
    expect(page.html.includes('Of 2 kinds:')).toBe(true);
    const timeline = page.html.slice(page.html.indexOf('id="timeline"'), page.html.indexOf('id="sources"'));
    const kindsInTimeline = [...timeline.matchAll(/<li><strong>[^<]*<\/strong>: ([^,]+),/g)].map((m) => m[1]);
    expect(kindsInTimeline).toEqual(['Personal adviser']);
    // Every kind: other kinds change on that birthday too.
    const every = renderPage(search.replace(/&kind=[^&]+/g, ''), '2026-11-23', embeddedDataset).html;
    expect(every.slice(every.indexOf('id="timeline"'), every.indexOf('id="sources"')).match(/<li>/g)!.length).toBeGreaterThan(1);
  });

  it('keeps the kinds in the links that answer a fact in place', () => {
    const page = renderPage(`?${QUESTION}&kind=higher-education-bursary`, '2026-11-23', embeddedDataset);
    const settle = page.html.slice(page.html.indexOf('id="settle"'));
    expect(settle.includes('higher-education=no&amp;kind=higher-education-bursary#answer')).toBe(true);
  });
});

describe('narrowing to some kinds changes no answer', () => {
  const english = listAreas({ current: true, nation: 'England' });
  const responsible = english.filter((a) => a.childrensServices).map((a) => a.shortName);
  const livesIn = english.filter((a) => a.billsCouncilTax).map((a) => a.shortName);

  it('gives each kind asked for the row it has among every kind, with or without a move (fast-check)', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.record({
          on: fc.integer({ min: 0, max: 5 * 365 }).map((d) => addDays('2022-01-01', d)),
          ageDays: fc.integer({ min: 16 * 365 + 5, max: 25 * 365 }),
          responsible: fc.constantFrom(...responsible, 'Bolton'),
          livesIn: fc.constantFrom(...livesIn, 'Wigan'),
          to: fc.option(fc.constantFrom(...livesIn, 'Manchester'), { nil: undefined }),
          kinds: fc.subarray([...ALL_KINDS], { minLength: 1, maxLength: 8 }),
        }),
        ({ on, ageDays, responsible, livesIn, to, kinds }) => {
          const born = addDays(on, -ageDays);
          const status = on >= birthday(born, ADULT_AGE) ? 'former-relevant' : 'relevant';
          const params = new URLSearchParams({ born, on, status, responsible, 'lives-in': livesIn, ...(to === undefined || to === livesIn ? {} : { to }) });
          const every = renderPage(`?${params.toString()}`, '2026-12-06', embeddedDataset);
          for (const kind of kinds) params.append('kind', kind);
          const some = renderPage(`?${params.toString()}`, '2026-12-06', embeddedDataset);
          expect(some.answered).toBe(every.answered);
          if (!some.answered) return;
          const all = tableRows(every.html);
          const narrowed = tableRows(some.html);
          const labels = new Set<string>(kinds.map((kind) => KIND_INFO[kind].label));
          for (const [label, row] of narrowed) {
            expect(labels.has(label), label).toBe(true);
            expect(row, label).toBe(all.get(label));
          }
          // A kind asked for and not in the table is one nothing is encoded for, in both pages.
          for (const label of labels) if (!narrowed.has(label)) expect(all.has(label), label).toBe(false);
          compared += narrowed.size;
        },
      ),
      { numRuns: 25, seed: 20261206 },
    );
    expect(compared).toBeGreaterThan(25);
  }, 60_000);
});
