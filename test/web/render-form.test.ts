import { describe, expect, it } from 'vitest';
import { renderErrorSummary, renderForm, webQueryFromForm } from '../../src/web/render-form.js';
import { type WebQuery, parseWebQuery, webQueryParams } from '../../src/web/web-query.js';

const query: WebQuery = { born: '2004-06-15', responsible: 'Bolton', livesIn: 'Manchester', to: '', on: '2026-11-23', status: '', facts: { 'higher-education': 'no' } };

describe('renderErrorSummary', () => {
  it('links each problem to its field, escaping the message', () => {
    const html = renderErrorSummary([
      { field: 'born', message: 'Enter their date of birth' },
      { field: 'lives-in', message: 'No council is called "<b>"' },
    ]);
    expect(html).toContain('class="govuk-error-summary"');
    expect(html).toContain('<a href="#born-day">Enter their date of birth</a>');
    expect(html).toContain('<a href="#lives-in">No council is called &quot;&lt;b&gt;&quot;</a>');
  });

  it('is empty when there is no problem', () => {
    expect(renderErrorSummary([])).toBe('');
  });
});

describe('renderForm', () => {
  it('gives every id once and every radio a label of its own (the first status radio shared its id with its group, so "Not sure" had no label)', () => {
    for (const status of ['', 'former-relevant']) {
      const html = renderForm({ born: '2004-06-15', responsible: 'Bolton', livesIn: 'Bolton', to: '', on: '2026-11-23', status, facts: {} } as WebQuery, [{ field: 'status', message: 'Select their status' }], ['Bolton']);
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      const radioIds = [...html.matchAll(/<input class="govuk-radios__input" id="([^"]+)"/g)].map((m) => m[1]!);
      for (const id of radioIds) expect(html).toContain(`<label class="govuk-label govuk-radios__label" for="${id}">`);
      expect(radioIds).toContain('status');
    }
  });

  it('says the date to answer for is the day of the move when there is one', () => {
    expect(renderForm(query, [], ['Bolton'])).toMatch(/Date to answer for[\s\S]*?Today unless you change it; with a move, the day they move/);
  });

  it('asks for the dates as day, month and year, filled in from the query', () => {
    const html = renderForm(query, [], ['Bolton']);
    expect(html).toContain('class="govuk-date-input"');
    expect(html).toMatch(/id="born-day" name="born-day" type="text" inputmode="numeric" value="15"/);
    expect(html).toMatch(/id="born-month" name="born-month" type="text" inputmode="numeric" value="6"/);
    expect(html).toMatch(/id="on-year" name="on-year" type="text" inputmode="numeric" value="2026"/);
  });

  it('offers each yes/no fact as Yes, No or Not sure, Not sure unless answered', () => {
    const html = renderForm(query, [], []);
    expect(html).toMatch(/name="higher-education" type="radio" value="no" checked>/);
    expect(html).toMatch(/name="apprenticeship" type="radio" value="" checked>/);
    expect(html).toContain('class="govuk-radios');
  });

  it('offers the area names in a list and escapes the values typed', () => {
    const html = renderForm({ ...query, to: '"><script>' }, [], ['Bolton', "King's Lynn"]);
    expect(html).toContain('<option value="King&#39;s Lynn"></option>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;"');
    expect(html).not.toContain('<script>');
  });

  it('marks a field with a problem as GOV.UK does', () => {
    const html = renderForm(query, [{ field: 'responsible', message: 'Enter the council that looked after them' }], []);
    expect(html).toContain('govuk-form-group govuk-form-group--error');
    expect(html).toContain('<p id="responsible-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter the council that looked after them</p>');
  });
});

describe('a date that is not real', () => {
  it('is shown as typed, so it can be corrected (the boxes were emptied)', () => {
    const query = { born: '2004-02-31', responsible: 'Bolton', livesIn: 'Bolton', to: '', on: '2026-11-31', status: '', facts: {} } as WebQuery;
    const html = renderForm(query, [{ field: 'born', message: 'Date of birth must be a real date' }], ['Bolton']);
    expect(html).toMatch(/id="born-day" name="born-day" type="text" inputmode="numeric" value="31"/);
    expect(html).toMatch(/id="born-month" name="born-month" type="text" inputmode="numeric" value="02"/);
    expect(html).toMatch(/id="born-year" name="born-year" type="text" inputmode="numeric" value="2004"/);
    expect(html).toMatch(/id="on-day" name="on-day" type="text" inputmode="numeric" value="31"/);
    // Whatever was typed is escaped.
    const odd = renderForm({ ...query, born: '2004-"x-1' }, [], ['Bolton']);
    expect(odd).toContain('value="&quot;x"');
  });
});

describe('the choice facts (household, tenancy)', () => {
  it('are radios with Not sure, read back from the form and the address, and a word not theirs is left out', () => {
    const query = { born: '2004-06-15', responsible: 'Bolton', livesIn: 'Bolton', to: '', on: '2026-11-23', status: '', facts: {}, choices: { household: 'alone' } } as WebQuery;
    const html = renderForm(query, [], ['Bolton']);
    expect(html).toContain('<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Who do they live with?</legend>');
    expect(html).toMatch(/id="household" name="household" type="radio" value="alone" checked>/);
    expect(html).toContain('<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">What kind of home do they have?</legend>');
    const form = new Map([['household', 'with-others'], ['tenancy', 'castle']]);
    expect(webQueryFromForm(form).choices).toEqual({ household: 'with-others' });
    expect(parseWebQuery(new URLSearchParams('household=ALONE&tenancy=council&born=2004-06-15'), '2026-11-23').choices).toEqual({ household: 'alone', tenancy: 'council' });
    expect(webQueryParams({ ...query, choices: { tenancy: 'none' } }).get('tenancy')).toBe('none');
  });
});

describe('webQueryFromForm', () => {
  it('joins day, month and year into a date and reads the facts', () => {
    const data = new Map<string, string>([
      ['born-day', '5'],
      ['born-month', '6'],
      ['born-year', '2004'],
      ['responsible', ' Bolton '],
      ['lives-in', 'Leeds'],
      ['on-day', '23'],
      ['on-month', '11'],
      ['on-year', '2026'],
      ['apprenticeship', 'yes'],
      ['higher-education', ''],
    ]);
    expect(webQueryFromForm(data)).toEqual({
      born: '2004-06-05',
      responsible: 'Bolton',
      livesIn: 'Leeds',
      to: '',
      on: '2026-11-23',
      status: '',
      facts: { apprenticeship: 'yes' },
    });
  });

  it('keeps a date that is not whole as typed, so the checks reject it', () => {
    const data = new Map([['born-day', '31'], ['born-month', 'June'], ['born-year', '2004']]);
    expect(webQueryFromForm(data).born).toBe('2004-June-31');
  });
});
