import { describe, expect, it } from 'vitest';
import { areaNames, renderPage } from '../../src/web/render-page.js';

describe('renderPage', () => {
  it('shows only the empty form, with today as the date to answer for, when nothing is asked', () => {
    const page = renderPage('', '2026-11-23');
    expect(page.answered).toBe(false);
    expect(page.errors).toEqual([]);
    expect(page.html).not.toContain('govuk-error-summary');
    expect(page.html).toMatch(/id="on-day" name="on-day" type="text" inputmode="numeric" value="23"/);
  });

  it('answers a shared address at once', () => {
    const page = renderPage('?born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds&on=2026-11-23', '2030-01-01');
    expect(page.answered).toBe(true);
    expect(page.html).toContain('Moving from Manchester City Council to Leeds City Council on 23 November 2026');
    expect(page.html).toContain('value="Leeds"');
  });

  it('shows the error summary and the marked fields for an address with problems', () => {
    const page = renderPage('?born=2004-06-15&responsible=Bolton', '2026-11-23');
    expect(page.answered).toBe(false);
    expect(page.errors).toEqual([{ field: 'lives-in', message: 'Enter the council they live in' }]);
    expect(page.html).toContain('<a href="#lives-in">Enter the council they live in</a>');
    expect(page.html).toContain('id="lives-in-error"');
  });

  it('answers a question in the year before a council of theirs is replaced, its next changes stopping the day before', () => {
    for (const search of [
      '?born=2003-05-05&responsible=North+Yorkshire&lives-in=Harrogate&on=2023-01-10',
      '?born=2002-04-01&responsible=Cumbria&lives-in=Carlisle&on=2022-06-01',
      '?born=2002-04-01&responsible=Leeds&lives-in=Carlisle&on=2022-06-01',
    ]) {
      const page = renderPage(search, '2026-12-03');
      expect(page.answered).toBe(true);
      expect(page.html).toContain('govuk-table');
      expect(page.html).toContain('id="timeline"');
      expect(page.html).not.toContain('could not be answered');
    }
    const carlisle = renderPage('?born=2002-04-01&responsible=Leeds&lives-in=Carlisle&on=2022-06-01', '2026-12-03').html;
    expect(carlisle).toContain('These stop on 31 March 2023: Carlisle, where they live, is replaced by Cumberland on 1 April 2023. For what follows, ask again from that date with the council they live in then.');
  });

  it('names every person fact in the page\'s own words: a question not answered, and one answered the other way', () => {
    const html = renderPage('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2024-12-05&with-former-foster-carer=no', '2026-12-03').html;
    expect(html).toContain('needs the answer yes to “Living with a former foster carer (Staying Put)?”, and it was no');
    expect(html).toContain('needs to know: In higher education (university)?');
    expect(html).not.toMatch(/livingWithFormerFosterCarer|inHigherEducation|to be true, but it is/);
    // In the move table and the next changes too.
    const move = renderPage('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&to=Leeds&on=2024-12-05&with-former-foster-carer=no', '2026-12-03').html;
    expect(move).not.toMatch(/livingWithFormerFosterCarer|workingWithLeavingCareService|inHigherEducation/);
  });

  it('says a next change dated only by a source confirming it may have come earlier', () => {
    const html = renderPage('?born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2025-06-01', '2026-12-03').html;
    const item = html.split('\n').find((l) => l.startsWith('<li>') && l.includes('7 January 2026') && l.includes('Free prescriptions'))!;
    expect(item).toContain('in force by this date, perhaps earlier: its start is not known');
    expect(item).toContain('Unknown → probably eligible');
  });

  it('offers the names of current councils in England', () => {
    expect(areaNames()).toContain('Bolton');
    expect(areaNames()).toContain('Leeds');
    expect(areaNames()).not.toContain('Cardiff');
  });
});
