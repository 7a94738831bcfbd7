import { describe, expect, it } from 'vitest';
import { checkWebQuery } from '../../src/web/check-web-query.js';
import { type WebQuery, WEB_CHOICES, parseWebQuery, webQueryParams } from '../../src/web/web-query.js';

const base: WebQuery = { born: '2004-06-15', responsible: 'Bolton', livesIn: 'Manchester', to: '', on: '2026-11-23', status: '', facts: {} };

function errors(query: Partial<WebQuery>): Record<string, string> {
  const check = checkWebQuery({ ...base, ...query });
  return check.ok ? {} : Object.fromEntries(check.errors.map((e) => [e.field, e.message]));
}

describe('checkWebQuery', () => {
  it('resolves the places and builds the person, former relevant at 18 or over by default', () => {
    const check = checkWebQuery({ ...base, to: 'Leeds', facts: { 'higher-education': 'no', 'working-with-leaving-care': 'yes' } });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.query.person).toEqual({
      dateOfBirth: '2004-06-15',
      category: 'former-relevant',
      responsibleAuthority: 'E08000001',
      residence: 'E08000003',
      facts: { inHigherEducation: false, workingWithLeavingCareService: true },
    });
    expect(check.query.to?.code).toBe('E08000035');
  });

  it('says in plain English what is missing from each field, all at once', () => {
    expect(errors({ born: '', responsible: '', livesIn: '' })).toEqual({
      born: 'Enter their date of birth',
      responsible: 'Enter the council that looked after them',
      'lives-in': 'Enter the council they live in',
    });
  });

  it('rejects a date that does not exist and a birth after the date asked about', () => {
    expect(errors({ born: '2004-02-30' }).born).toBe('Date of birth must be a real date, such as 15 6 2004');
    expect(errors({ born: '2027-01-01' }).born).toBe('Date of birth must be before the date to answer for');
    expect(errors({ on: '2026-13-01' }).on).toMatch(/^Enter the date to answer for/);
  });

  it('says a date past 2199 is outside the years answered for, not that it is no real date (from a fuzzer\'s report)', () => {
    expect(errors({ on: '2200-01-01' }).on).toBe('Enter a date to answer for from 1900 to 2199');
    expect(errors({ born: '1899-12-31' }).born).toBe('Date of birth must be from 1900 to 2199');
  });

  it('lists an answer the address gives that is not one of the question\'s, and a field given twice, rather than dropping them (from a fuzzer\'s report)', () => {
    const read = (search: string) => {
      const check = checkWebQuery(parseWebQuery(new URLSearchParams(search), '2026-11-23'));
      return check.ok ? {} : Object.fromEntries(check.errors.map((e) => [e.field, e.message]));
    };
    const person = 'born=2004-06-15&responsible=Bolton&lives-in=Bolton';
    expect(read(`${person}&higher-education=maybe`)).toEqual({ 'higher-education': '"maybe" is not an answer to "In higher education (university)?". Choose one of its answers, or Not sure' });
    expect(read(`${person}&household=family`)).toEqual({ household: '"family" is not an answer to "Who do they live with?". Choose one of its answers, or Not sure' });
    expect(read(`${person}&born=2005-01-01`)).toEqual({ born: 'The address gives born more than once (2004-06-15 and 2005-01-01). Give it once' });
    expect(read(`${person}&household=alone&higher-education=no&born=2004-06-15`)).toEqual({}); // a value given twice alike, and answers of the questions
    // A parameter the page does not read is ignored, once or repeated (it has no field to link to).
    expect(read(`${person}&utm_source=a&utm_source=b&ref=x`)).toEqual({});
  });

  it('reads how many other adults they share a home with (other-adults, the command line\'s word) as the otherAdults fact, and refuses it beside a household of their own', () => {
    const check = checkWebQuery(parseWebQuery(new URLSearchParams('born=2004-06-15&responsible=Cardiff&lives-in=Cardiff&household=with-others&other-adults=two-or-more'), '2026-11-23'));
    expect(check.ok && check.query.person.facts).toEqual({ household: 'with-others', otherAdults: 'two-or-more' });
    expect(errors({ choices: { household: 'alone', 'other-adults': 'one' } })).toEqual({
      'other-adults': 'The number of other adults is for someone living with others: choose "With others", or "Not sure" for the number',
    });
  });

  it('reads other-adults given as a count in a hand-written address, as the command line does (1 is one, 2 or more two-or-more), and refuses 0', () => {
    const count = (n: string) => parseWebQuery(new URLSearchParams(`born=2004-06-15&responsible=Cardiff&lives-in=Cardiff&household=with-others&other-adults=${n}`), '2026-11-23');
    expect(count('1').choices).toEqual({ household: 'with-others', 'other-adults': 'one' });
    expect(count('2').choices?.['other-adults']).toBe('two-or-more');
    expect(count('12').choices?.['other-adults']).toBe('two-or-more');
    expect(count('TWO-OR-MORE').choices?.['other-adults']).toBe('two-or-more');
    // The address the page writes back gives the word.
    expect(webQueryParams(count('3')).get('other-adults')).toBe('two-or-more');
    expect(count('0').unreadable).toEqual([{ name: 'other-adults', value: '0', problem: 'not-an-answer' }]);
    const zero = checkWebQuery(count('0'));
    expect(zero.ok ? [] : zero.errors).toEqual([
      { field: 'other-adults', message: `"0" is not an answer to "${WEB_CHOICES['other-adults'].question}". Choose one of its answers, or Not sure` },
    ]);
  });

  it('suggests councils for a name it does not know', () => {
    expect(errors({ livesIn: 'Boltn' })['lives-in']).toMatch(/^No council is called "Boltn"\. Did you mean .*Bolton/);
  });

  it('refuses a combined authority as a home and a district as the council that looked after them', () => {
    expect(errors({ livesIn: 'Greater Manchester' })['lives-in']).toBe(
      'Greater Manchester Combined Authority is not a single council area. Enter the council they live in: Bolton, Bury, Manchester, Oldham, Rochdale, Salford, Stockport, Tameside, Trafford or Wigan',
    );
    expect(errors({ to: 'Kent' }).to).toMatch(/^Kent County Council is not a single council area\. Enter the council they live in: Ashford, Canterbury, .* or Tunbridge Wells$/);
    expect(errors({ to: 'Wales' }).to).toBe('Wales is not a single council area. Enter the council they live in, such as a district or a borough');
    expect(errors({ responsible: 'Norwich' }).responsible).toBe('Norwich City Council does not look after children. Enter Norfolk, the council that does there');
    expect(errors({ responsible: 'Greater Manchester' }).responsible).toBe(
      'Greater Manchester Combined Authority does not look after children. Enter the one of its councils that looked after them: Bolton, Bury, Manchester, Oldham, Rochdale, Salford, Stockport, Tameside, Trafford or Wigan',
    );
    expect(errors({ responsible: 'Wales' }).responsible).toBe(
      "Wales does not look after children. Enter the council with children's services (a county, unitary, metropolitan or London borough, or a Welsh or Scottish council)",
    );
    expect(errors({ responsible: 'Belfast' }).responsible).toBe(
      'Belfast City Council does not look after children: in Northern Ireland, Health and Social Care Trusts do, and this page cannot answer for someone looked after there yet',
    );
  });

  it('refuses a move to where they already live', () => {
    expect(errors({ to: 'Manchester' }).to).toBe('The council they are moving to must be different from where they live now');
  });

  it('asks for the status of someone under 18 and checks it against their age', () => {
    expect(errors({ born: '2010-01-01' }).status).toMatch(/^Select their status/);
    expect(errors({ status: 'relevant' }).status).toMatch(/18 or over/);
    expect(errors({ born: '2010-01-01', status: 'former-relevant' }).status).toMatch(/under 18/);
    expect(errors({ status: 'unheard-of' }).status).toBe('Select their status from the list');
    expect(checkWebQuery({ ...base, born: '2010-01-01', status: 'relevant' }).ok).toBe(true);
  });

  it('refuses someone under 16 on the date (no care leaver is), on the date of birth', () => {
    expect(errors({ born: '2010-11-24', status: 'relevant' }).born).toMatch(/^They are under 16 on the date asked about/);
    expect(checkWebQuery({ ...base, born: '2010-11-23', status: 'relevant' }).ok).toBe(true); // the 16th birthday
  });

  it('answers for the council that replaced an abolished one, with a note, and asks again where none did', () => {
    const corby = checkWebQuery({ ...base, livesIn: 'Corby', status: 'former-relevant' });
    expect(corby.ok && corby.query.livesIn.code).toBe('E06000061');
    expect(corby.ok && corby.query.notes).toEqual([expect.stringMatching(/^Corby Borough Council was abolished on 1 April 2021; answered for North Northamptonshire/)]);
    expect(errors({ livesIn: 'Ballymena' })['lives-in']).toMatch(/was abolished on 1 April 2015\. Enter the council that covers the place now$/);
    // For the council that looked after them there is no place to go by.
    expect(errors({ responsible: 'Northamptonshire' }).responsible).toMatch(
      /split between North Northamptonshire Council and West Northamptonshire Council\. Enter the council that took over their care \(their leaving care service will know\)$/,
    );
  });
});

describe('suggestions for a misspelt council (an adviser review)', () => {
  it('suggests only councils that can be given in the field, existing on the date', () => {
    const looked = errors({ responsible: 'Boltn' }).responsible!;
    expect(looked).toContain('Did you mean Bolton Metropolitan Borough Council?');
    expect(looked).not.toMatch(/Bolsover|Boston/); // districts look after no children
    expect(errors({ to: 'Leds' }).to).not.toMatch(/Ards/); // abolished in 2015
  });
});
