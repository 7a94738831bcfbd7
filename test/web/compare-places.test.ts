import { describe, expect, it } from 'vitest';
import { embeddedDataset } from '../../src/index.js';
import { checkWebQuery } from '../../src/web/check-web-query.js';
import { addressOfSentForm } from '../../src/web/page-without-script.js';
import { renderForm, webQueryFromForm } from '../../src/web/render-form.js';
import { questionPlaces, renderPage } from '../../src/web/render-page.js';
import { parseWebQuery, webQueryParams } from '../../src/web/web-query.js';

// The adviser page compares up to three places to move to, as the command line's --to given again.
const ASKED = 'born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23';
const THREE = `?${ASKED}&to=Leeds&to=Wigan&to=Stockport`;

/** Each row of the answer's first table: the kind's name and the text of each cell. */
function tableRows(html: string): string[][] {
  const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
  return [...table.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>(.*?)<\/tr>/g)].map((m) => [m[1]!, ...[...m[2]!.matchAll(/<strong[^>]*>([^<]*)<\/strong>/g)].map((c) => c[1]!)]);
}

describe('places compared, in the address', () => {
  it('reads `to` given again as places to compare, in the order given, each once', () => {
    const q = parseWebQuery(new URLSearchParams(`${ASKED}&to=Leeds&to=Wigan&to=Leeds&to=Stockport`), '2026-11-23');
    expect(q.to).toBe('Leeds');
    expect(q.compareWith).toEqual(['Wigan', 'Stockport']);
    expect(q.unreadable).toBeUndefined();
    expect(webQueryParams(q).getAll('to')).toEqual(['Leeds', 'Wigan', 'Stockport']);
    expect(parseWebQuery(new URLSearchParams(`${ASKED}&to=Leeds`), '2026-11-23').compareWith).toBeUndefined();
  });

  it('refuses more than three places, and a place compared that is where they live or given already', () => {
    const four = checkWebQuery(parseWebQuery(new URLSearchParams(`${ASKED}&to=Leeds&to=Wigan&to=Stockport&to=Bury`), '2026-11-23'));
    expect(four.ok ? [] : four.errors).toEqual([{ field: 'to', message: 'The address gives more than 3 places to move to (Leeds, Wigan, Stockport, Bury). Compare at most 3' }]);
    const home = checkWebQuery(parseWebQuery(new URLSearchParams(`${ASKED}&to=Leeds&to=Bolton`), '2026-11-23'));
    expect(home.ok ? [] : home.errors).toEqual([{ field: 'to-2', message: 'Bolton Metropolitan Borough Council is where they live now. Enter another council to compare' }]);
    const again = checkWebQuery(parseWebQuery(new URLSearchParams(`${ASKED}&to=Leeds&to=E08000035`), '2026-11-23'));
    expect(again.ok ? [] : again.errors).toEqual([{ field: 'to-2', message: 'Leeds City Council is given already. Enter each place once' }]);
    const county = checkWebQuery(parseWebQuery(new URLSearchParams(`${ASKED}&to=Leeds&to=Wigan&to=Kent`), '2026-11-23'));
    expect(county.ok ? [] : county.errors.map((x) => x.field)).toEqual(['to-3']);
  });

  it('loads the offers of every place compared', () => {
    expect(questionPlaces(THREE, '2026-11-23')).toEqual({ responsible: 'E08000001', residences: ['E08000001', 'E08000035', 'E08000010', 'E08000007'] });
  });
});

describe('places compared, in the form', () => {
  it('offers two more places under "Compare with other places", closed unless one is given', () => {
    const none = renderForm(parseWebQuery(new URLSearchParams(`${ASKED}&to=Leeds`), '2026-11-23'), [], []);
    expect(none.includes('<span class="govuk-details__summary-text">Compare with other places</span>')).toBe(true);
    expect(none.includes('id="to-2" name="to-2"') && none.includes('id="to-3" name="to-3"')).toBe(true);
    expect(none.includes('<details class="govuk-details" open>')).toBe(false);
    const two = renderForm(parseWebQuery(new URLSearchParams(`${ASKED}&to=Leeds&to=Wigan`), '2026-11-23'), [], []);
    expect(two.includes('<details class="govuk-details" open>')).toBe(true);
    expect(/id="to-2" name="to-2"[^>]* value="Wigan"/.test(two)).toBe(true);
  });

  it('reads the places back, and a form sent without a script stands for the address with `to` again', () => {
    const data = new URLSearchParams('to=Leeds&to-2=&to-3=Stockport');
    expect(webQueryFromForm(data)).toMatchObject({ to: 'Leeds', compareWith: ['Stockport'] });
    expect(addressOfSentForm(`?born-day=15&born-month=6&born-year=2004&responsible=Bolton&lives-in=Bolton&to=Leeds&to-2=Wigan&to-3=`)).toBe(
      '?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Leeds&to=Wigan',
    );
  });

  it('takes a place typed only to compare as "Moving to", and a query comparing without one is a problem', () => {
    expect(webQueryFromForm(new URLSearchParams('to=&to-2=&to-3=Wigan'))).toMatchObject({ to: 'Wigan' });
    expect(webQueryFromForm(new URLSearchParams('to=&to-2=&to-3=Wigan')).compareWith).toBeUndefined();
    const check = checkWebQuery({ ...parseWebQuery(new URLSearchParams(ASKED), '2026-11-23'), compareWith: ['Wigan'] });
    expect(check.ok ? [] : check.errors).toEqual([{ field: 'to-2', message: 'Enter the council they are moving to first, then the places to compare with it' }]);
  });
});

describe('the answer for places compared', () => {
  it('gives a column for each place, with the change each move alone gives, and links to each move', () => {
    const page = renderPage(THREE, '2026-11-23', embeddedDataset);
    expect(page.answered).toBe(true);
    expect(page.html.includes('Moving from Bolton Metropolitan Borough Council on 23 November 2026: 3 places compared')).toBe(true);
    const rows = tableRows(page.html);
    expect(rows.length).toBeGreaterThan(5);
    const alone = ['Leeds', 'Wigan', 'Stockport'].map((place) => new Map(tableRows(renderPage(`?${ASKED}&to=${place}`, '2026-11-23', embeddedDataset).html).map(([kind, change]) => [kind!, change!])));
    // A kind one move alone leaves out of its table is one nothing is encoded of there: unknown.
    for (const [kind, ...changes] of rows) changes.forEach((change, i) => expect(change, `${kind} in place ${i + 1}`).toBe(alone[i]!.get(kind!) ?? 'unknown'));
    expect(rows.find((r) => r[0] === 'Council tax exemption')).toEqual(['Council tax exemption', 'unknown', 'kept', 'kept']);
    expect(page.html.includes(`<a class="govuk-link" href="?born=2004-06-15&amp;responsible=Bolton&amp;lives-in=Bolton&amp;to=Wigan&amp;on=2026-11-23#answer">Moving to Wigan</a>`)).toBe(true);
    expect(page.html.includes('<li><strong>Leeds:</strong> given now, not known after the move (ask before moving): Council tax exemption')).toBe(true);
    // The next changes and the sources are each place's own, one link away.
    expect(page.html.includes('id="timeline"')).toBe(false);
  });

  it('keeps the places compared in the links that answer a fact in place', () => {
    const page = renderPage(THREE, '2026-11-23', embeddedDataset);
    const settle = page.html.slice(page.html.indexOf('id="settle"'));
    expect(settle.includes('to=Leeds&amp;to=Wigan&amp;to=Stockport&amp;on=2026-11-23&amp;working-with-leaving-care=yes#answer')).toBe(true);
  });
});
