import { describe, expect, it } from 'vitest';
import { embeddedDataset } from '../../src/index.js';
import type { Dataset } from '../../src/index.js';
import { checkWebQuery } from '../../src/web/check-web-query.js';
import { renderAnswer } from '../../src/web/render-answer.js';
import { parseWebQuery } from '../../src/web/web-query.js';

function answer(search: string, dataset?: Dataset): string {
  const asked = parseWebQuery(new URLSearchParams(search), '2026-11-23');
  const check = checkWebQuery(asked);
  if (!check.ok) throw new Error(check.errors.map((e) => e.message).join('; '));
  return renderAnswer(check.query, asked, dataset ?? embeddedDataset);
}

function row(html: string, label: string): string {
  const start = html.indexOf(`<th scope="row" class="govuk-table__header" role="rowheader">${label}</th>`);
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</tr>', start));
}

describe('renderAnswer', () => {
  it('says their age and what was given about them, so a printed or shared answer shows what it depends on', () => {
    const html = answer('born=2004-06-15&responsible=Bolton&lives-in=Manchester&working-with-leaving-care=yes&no-recourse-to-public-funds=no&household=alone');
    expect(html).toContain('Aged 22 (born 15 June 2004), former relevant, looked after by');
    expect(html).toContain('<p class="govuk-body">Given: Who do they live with? Alone; Working with the leaving care service? Yes; No recourse to public funds? No.</p>');
    expect(answer('born=2004-06-15&responsible=Bolton&lives-in=Manchester')).not.toContain('Given:');
  });

  it('shows the limits a value\'s source states under the value (an adviser\'s review: the interview is only for Milton Keynes council jobs)', () => {
    const html = answer('born=2007-05-10&responsible=Bolton&lives-in=Bolton&to=Leeds');
    expect(row(html, 'Guaranteed job interview')).toContain('<span class="govuk-body-s cle-value-detail">guaranteed interview when applying for a Milton Keynes City Council job</span>');
  });

  it('marks the words of a value given before a move, and not known after it, as before the move', () => {
    const html = answer('born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Leeds&on=2026-12-05');
    expect(row(html, 'Mentor')).toContain('<span class="govuk-body-s cle-value-detail">Before the move: a youth support worker met fortnightly');
    expect(row(html, 'Guaranteed job interview')).not.toContain('Before the move'); // kept: the same value on both sides
  });

  it('puts what a move loses and changes first, before the table of every kind (an adviser\'s review)', () => {
    const html = answer('born=2007-05-10&responsible=Bolton&lives-in=Bolton&to=Leeds');
    const summary = html.slice(html.indexOf('<h3 class="govuk-heading-m">In short</h3>'), html.indexOf('<div class="cle-table-scroll"'));
    expect(summary).toContain('<li><strong>Given now, not known after the move (ask before moving):</strong> Council tax exemption');
    expect(summary).toMatch(/Of 40 kinds: \d+ kept, \d+ not known on one side or both, \d+ given neither before nor after\./);
    expect(html.indexOf('In short')).toBeLessThan(html.indexOf('<table'));
  });

  it('puts each table in a box that scrolls on its own on a phone, reachable from the keyboard', () => {
    expect(answer('born=2004-06-15&responsible=Bolton&lives-in=Manchester')).toMatch(/<div class="cle-table-scroll" role="region" aria-label="Entitlements on 23 November 2026" tabindex="0">\n<table/);
  });

  it('gives "Until" only for what is given, not for an answer unknown on both sides (an adviser\'s review)', () => {
    const html = answer('born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Leeds&status=former-relevant');
    // Ring-fenced apprenticeships: unknown on both sides, though its answer may change on 2 December 2026.
    const cells = row(html, 'Ring-fenced apprenticeships').split(/<td class="govuk-table__cell" role="cell" data-label="[^"]*">/);
    expect(cells[4]).toMatch(/^—<\/td>/);
    expect(row(html, 'Personal adviser')).toContain('<td class="govuk-table__cell" role="cell" data-label="Until">15 June 2029</td>');
  });

  it('says when their status was not given and former relevant was assumed, and how to say otherwise', () => {
    const html = answer('born=2004-06-15&responsible=Bolton&lives-in=Manchester');
    expect(html).toContain('Note: their status was not given, so they are answered as former relevant');
    expect(answer('born=2004-06-15&responsible=Bolton&lives-in=Manchester&status=former-relevant')).not.toContain('status was not given');
  });

  it('takes who they live with and their kind of home, as the command line does, and offers each word where it would settle an answer', () => {
    const unsure = answer('born=2004-06-15&responsible=Surrey&lives-in=Surrey%20Heath');
    expect(row(unsure, 'Council tax exemption')).toContain('>Unknown</strong>');
    expect(unsure).toContain('Who do they live with? (settles 1 answer)');
    expect(unsure).toContain('household=only-care-leavers#answer">Only with other care leavers</a>');
    const alone = answer('born=2004-06-15&responsible=Surrey&lives-in=Surrey%20Heath&household=alone');
    expect(row(alone, 'Council tax exemption')).toMatch(/eligible<\/strong>.*Surrey Heath Borough Council/s);
    expect(alone).not.toContain('Who do they live with? (settles');
  });

  it('asks how many other adults count where that would settle a shared home\'s council tax, with a link for each answer (other-adults, the command line\'s word)', () => {
    const shared = answer('born=2004-06-15&responsible=Cardiff&lives-in=Cardiff&household=with-others');
    expect(row(shared, 'Council tax exemption')).toContain('>Unknown</strong>');
    expect(shared).toMatch(/how many of the other adults count for council tax .*\(settles 1 answer\)/);
    expect(shared).toContain('other-adults=one#answer">One</a>');
    const one = answer('born=2004-06-15&responsible=Cardiff&lives-in=Cardiff&household=with-others&other-adults=one');
    expect(row(one, 'Council tax exemption')).toMatch(/eligible<\/strong>.*25%/is);
  });

  it('says "Probably" where the answer rests on a reported or uncertain offer, as the move table does, and what that means', () => {
    const html = answer('born=2007-03-10&responsible=Kent&lives-in=Maidstone');
    expect(row(html, 'Free prescriptions')).toContain('<strong class="govuk-tag govuk-tag--green">Probably eligible</strong>');
    expect(row(html, 'Personal adviser')).toContain('<strong class="govuk-tag govuk-tag--green">Eligible</strong>');
    expect(html).toContain('Probably: the answer rests on an offer its sources only report, or describe vaguely or differently; check the sources cited.');
  });

  it('shows the entitlements as a GOV.UK table: kind, outcome, who gives it, value, until, why', () => {
    const html = answer('born=2004-06-15&responsible=Bolton&lives-in=Bolton');
    expect(html).toContain('<caption class="govuk-table__caption govuk-table__caption--m">Entitlements on 23 November 2026</caption>');
    expect(html).toMatch(/Kind<\/th>.*Outcome<\/th>.*Who gives it<\/th>.*Value<\/th>.*Until<\/th>.*Why<\/th>/);
    const tax = row(html, 'Council tax exemption');
    expect(tax).toContain('<strong class="govuk-tag govuk-tag--green">Eligible</strong>');
    expect(tax).toContain('Greater Manchester Combined Authority');
    expect(tax).toContain('100%');
    expect(tax).toContain('15 June 2029');
    expect(tax).toMatch(/<a class="govuk-link" href="#source-\d+">\[\d+\]<\/a>/);
  });

  it('shows a move as before → after with a tag, saying "probably" where the change is not firm', () => {
    const html = answer('born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds');
    expect(html).toContain('Moving from Manchester City Council to Leeds City Council on 23 November 2026');
    const tax = row(html, 'Council tax exemption');
    expect(tax).toContain('govuk-tag--yellow">unknown</strong>');
    expect(tax).toContain('Greater Manchester Combined Authority → —');
    expect(tax).toContain('100% → —');
    expect(row(html, 'Personal adviser')).toContain('govuk-tag--green">kept</strong>');
    expect(row(html, 'Free prescriptions')).toContain('>probably kept</strong>');
    expect(row(html, 'Staying Put with former foster carer')).toContain('govuk-tag--grey">neither</strong>');
  });

  it('names the councils nothing is encoded for, kind by kind, as the command line does', () => {
    const summaries = (html: string) => [...html.matchAll(/<p class="govuk-body">(Unknown, as nothing is encoded for [^<]*)<\/p>/g)].map((m) => m[1]!);
    // Bolton's exemption is for people living in Bolton, so for someone in Leeds only Leeds has nothing.
    const stay = summaries(answer('born=2004-06-15&responsible=Bolton&lives-in=Leeds'));
    expect(stay.find((l) => l.includes('Council tax exemption'))).toMatch(/^Unknown, as nothing is encoded for Leeds: /);
    expect(stay.find((l) => l.includes('Rent guarantor'))).toMatch(/^Unknown, as nothing is encoded for Bolton or Leeds: /);
    // A move: both sides' councils, only where the reasons name them (Leeds has a drop-in centre).
    const move = summaries(answer('born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds'));
    expect(move.find((l) => l.includes('Rent guarantor'))).toMatch(/^Unknown, as nothing is encoded for Bolton, Manchester or Leeds: /);
    expect(move.find((l) => l.includes('Drop-in centre'))).toMatch(/^Unknown, as nothing is encoded for Bolton or Manchester: /);
    for (const line of [...stay, ...move]) expect(line).not.toContain('these places');
  });

  it('lists the facts that would settle the unknowns, with how many each settles and links that answer them', () => {
    const html = answer('born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Wigan');
    const settle = html.slice(html.indexOf('What would settle the unknowns'), html.indexOf('The next changes'));
    expect(settle).toContain('Working with the leaving care service? (settles 2 answers)');
    expect(settle).toContain('href="?born=2004-06-15&amp;responsible=Bolton&amp;lives-in=Bolton&amp;to=Wigan&amp;on=2026-11-23&amp;working-with-leaving-care=yes#answer"');
    const settled = answer('born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Wigan&working-with-leaving-care=yes&higher-education=no');
    const after = settled.slice(settled.indexOf('What would settle the unknowns'), settled.indexOf('The next changes'));
    expect(after).not.toContain('Working with the leaving care service?');
    expect(after).not.toContain('In higher education (university)?');
  });

  it('numbers the sources and links each to its http(s) page with its publisher and date', () => {
    const html = answer('born=2004-06-15&responsible=Bolton&lives-in=Bolton');
    expect(html).toMatch(/<li id="source-1"><a class="govuk-link" href="https:\/\/[^"]+" rel="noreferrer noopener">/);
    expect(html).toContain('(LBC, 23 December 2025)</li>');
  });

  it('lists the changes over the next year, or says there are none', () => {
    expect(answer('born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2027-01-01')).toContain(
      'Nothing encoded changes between 1 January 2027 and 1 January 2028.',
    );
    const html = answer('born=2001-12-01&responsible=Bolton&lives-in=Bolton');
    const next = html.slice(html.indexOf('The next changes'), html.indexOf('Sources'));
    expect(next).toContain('<strong>1 December 2026</strong>: Council tax exemption, Eligible → Not eligible');
    // An answer that rested on a reported or uncertain offer is "probably" on both sides of its change.
    expect(next).toContain('<strong>1 December 2026</strong>: Free prescriptions, Probably eligible → Unknown');
    // An outcome that stays while how sure it is changes is shown on both sides (the under-18 rule gives way to the care leavers' one at 18).
    const young = answer('born=2008-03-01&responsible=Manchester&lives-in=Salford&status=relevant&on=2026-01-01');
    const coming = young.slice(young.indexOf('The next changes'), young.indexOf('Sources'));
    expect(coming).toContain('<strong>1 March 2026</strong>: Free NHS dental treatment, Eligible → probably eligible');
  });

  it('escapes every string that comes from the data', () => {
    const hostile: Dataset = {
      documents: embeddedDataset.documents.map((d) => ({
        ...d,
        offers: d.offers.map((o) => ({
          ...o,
          sources: o.sources.map((src) => ({ ...src, title: '<img src=x onerror=alert(1)>', publisher: '"Quoted" & Co' })),
        })),
      })),
    };
    const html = answer('born=2004-06-15&responsible=Bolton&lives-in=Bolton', hostile);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;Quoted&quot; &amp; Co');
  });
});

describe('renderAnswer reasons', () => {
  it('names a missing fact by the question the form asks', () => {
    const html = answer('born=2004-06-15&responsible=Bolton&lives-in=Bolton');
    expect(row(html, 'Higher education bursary')).toContain('needs an answer to “In higher education (university)?”');
    expect(html).not.toContain('inHigherEducation');
  });
});
