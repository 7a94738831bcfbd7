import { describe, expect, it } from 'vitest';
import { addressOfSentForm, pageWithoutScript } from '../../src/web/page-without-script.js';
import { embeddedDataset } from '../../src/index.js';

const TEMPLATE = '<main><div id="app"><p class="govuk-body">This page needs JavaScript.</p></div></main><script type="module" src="app.js"></script>';

describe('the page for a browser without JavaScript', () => {
  it('puts the form and the answer where the message for a browser without JavaScript was', () => {
    const html = pageWithoutScript(TEMPLATE, '?born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23', '2026-12-04', embeddedDataset);
    expect(html).not.toContain('needs JavaScript');
    expect(html).toMatch(/^<main><div id="app" data-drawn-for="[^"]*" data-drawn-on="2026-12-04">\n<p class="govuk-body cle-to-answer"><a class="govuk-link" href="#answer">Go to the answer<\/a>, below the question<\/p>\n<form id="question" action="#answer"[\s\S]*Entitlements on 23 November 2026[\s\S]*<\/div>\n<\/div><\/main><script type="module" src="app.js"><\/script>$/);
  });

  it('marks what it drew with the address and the date, escaped, so that the script can keep it', () => {
    const html = pageWithoutScript(TEMPLATE, '?born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23', '2026-12-04', embeddedDataset);
    expect(html).toContain('<div id="app" data-drawn-for="?born=2004-06-15&amp;responsible=Bolton&amp;lives-in=Bolton&amp;on=2026-11-23" data-drawn-on="2026-12-04">');
    expect(pageWithoutScript(TEMPLATE, '?lives-in=%22%3E', '2026-12-04', embeddedDataset)).toContain('data-drawn-for="?lives-in=%22%3E"');
    expect(pageWithoutScript(TEMPLATE, '?x="><script>', '2026-12-04', embeddedDataset)).toContain('data-drawn-for="?x=&quot;&gt;&lt;script&gt;"');
  });

  it('answers for today when the address gives no date, and shows the empty form for no question', () => {
    expect(pageWithoutScript(TEMPLATE, '?born=2004-06-15&responsible=Bolton&lives-in=Bolton', '2026-12-04', embeddedDataset)).toContain('Entitlements on 4 December 2026');
    const empty = pageWithoutScript(TEMPLATE, '', '2026-12-04', embeddedDataset);
    expect(empty).toContain('<form id="question"');
    expect(empty).not.toContain('id="answer"');
  });

  it('reads a sent form\'s day, month and year boxes as the address of its question, and leaves other addresses alone', () => {
    expect(addressOfSentForm('?born-day=15&born-month=6&born-year=2004&responsible=Bolton&lives-in=Bolton&to=&on-day=&on-month=&on-year=&status=')).toBe(
      '?born=2004-06-15&responsible=Bolton&lives-in=Bolton',
    );
    // A date not whole is kept as typed, so the page can say what is wrong with it.
    expect(addressOfSentForm('?born-day=31&born-month=2&born-year=2004&responsible=Bolton&lives-in=Bolton')).toBe('?born=2004-02-31&responsible=Bolton&lives-in=Bolton');
    expect(addressOfSentForm('?born=2004-06-15&responsible=Bolton')).toBeNull();
    expect(addressOfSentForm('')).toBeNull();
  });
});
