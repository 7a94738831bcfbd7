import { describe, expect, it } from 'vitest';
import { FACT_FLAGS } from '../../src/schema/fact-flags.js';
import { WEB_CHOICES, WEB_FACTS, isDate, parseWebQuery, webQueryParams } from '../../src/web/web-query.js';
import { CHOICE_FACT_VALUES } from '../../src/schema/person-facts.js';
import { escapeHtml } from '../../src/web/escape-html.js';

describe('parseWebQuery', () => {
  it('reads every parameter by its address name', () => {
    const q = parseWebQuery(
      new URLSearchParams('born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds&on=2026-11-23&status=former-relevant&working-with-leaving-care=yes&higher-education=no'),
      '2030-01-01',
    );
    expect(q).toEqual({
      born: '2004-06-15',
      responsible: 'Bolton',
      livesIn: 'Manchester',
      to: 'Leeds',
      on: '2026-11-23',
      status: 'former-relevant',
      facts: { 'working-with-leaving-care': 'yes', 'higher-education': 'no' },
    });
  });

  it('defaults the date to the today it is given and leaves missing fields empty', () => {
    const q = parseWebQuery(new URLSearchParams(''), '2026-11-23');
    expect(q).toEqual({ born: '', responsible: '', livesIn: '', to: '', on: '2026-11-23', status: '', facts: {} });
  });

  it('leaves out a fact whose value is neither yes nor no (Not sure)', () => {
    expect(parseWebQuery(new URLSearchParams('apprenticeship=maybe&higher-education=YES'), '2026-11-23').facts).toEqual({ 'higher-education': 'yes' });
  });

  it('writes a query back to the same parameters', () => {
    const text = 'born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds&on=2026-11-23&higher-education=no';
    expect(webQueryParams(parseWebQuery(new URLSearchParams(text), '2026-11-23')).toString()).toBe(text);
  });

  it('names every fact as the command line does, without the dashes', () => {
    expect(Object.fromEntries(Object.entries(WEB_FACTS).map(([name, info]) => [name, info.fact]))).toEqual(FACT_FLAGS);
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isDate('2004-02-29')).toBe(true);
    expect(isDate('2005-02-29')).toBe(false);
    expect(isDate('15/06/2004')).toBe(false);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in elements and attributes', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });
});

describe('WEB_CHOICES', () => {
  it('offers every word the person fact takes, and only those (as the command line does)', () => {
    for (const choice of Object.values(WEB_CHOICES)) expect(choice.options.map((o) => o.value)).toEqual([...CHOICE_FACT_VALUES[choice.fact]]);
    expect(Object.values(WEB_CHOICES).map((c) => c.fact).sort()).toEqual(Object.keys(CHOICE_FACT_VALUES).sort());
  });
});

describe('dates written the British way (an adviser review)', () => {
  it('reads 03/12/2006 in a shared address as 3 December 2006, and leaves other text for the checks', async () => {
    const { parseWebQuery, fromDayMonthYear } = await import('../../src/web/web-query.js');
    expect(parseWebQuery(new URLSearchParams('born=03/12/2006&on=1.4.2027'), '2026-11-23')).toMatchObject({ born: '2006-12-03', on: '2027-04-01' });
    expect(fromDayMonthYear('2006-12-03')).toBe('2006-12-03');
    expect(fromDayMonthYear('12/2006')).toBe('12/2006');
  });

  it('reads a whole date typed into the day box, and says a two-digit year needs four', async () => {
    const { webQueryFromForm } = await import('../../src/web/render-form.js');
    const { checkWebQuery } = await import('../../src/web/check-web-query.js');
    const form = (fields: Record<string, string>) => new Map(Object.entries(fields));
    expect(webQueryFromForm(form({ 'born-day': '03/12/2006' })).born).toBe('2006-12-03');
    const twoDigits = webQueryFromForm(form({ 'born-day': '3', 'born-month': '12', 'born-year': '06', responsible: 'Bolton', 'lives-in': 'Bolton', 'on-day': '23', 'on-month': '11', 'on-year': '2026' }));
    const check = checkWebQuery(twoDigits);
    expect(check.ok ? [] : check.errors.find((e) => e.field === 'born')?.message).toBe('Year of birth must have 4 digits, such as 2004');
  });
});
