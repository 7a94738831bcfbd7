import type { CalendarDate } from '../dates/calendar-date.js';
import type { Dataset } from '../schema/dataset.js';
import { escapeHtml } from './escape-html.js';
import { renderPage } from './render-page.js';
import { webQueryFromForm } from './render-form.js';
import { webQueryParams } from './web-query.js';

/** The date boxes the form sends (the address names each date whole: `born`, `on`). */
const FORM_DATE_FIELDS = ['born-day', 'born-month', 'born-year', 'on-day', 'on-month', 'on-year'];

/**
 * The address a form sent without JavaScript stands for: a browser without a script sends the
 * form's fields as they are (the day, month and year boxes), and the page's address names each
 * date whole, as a shared address does. Null when the address is not a sent form.
 *
 * @param search - the address's query string
 * @returns the query string of the same question (`?born=…`), or null
 * @example
 * ```ts
 * addressOfSentForm('?born-day=15&born-month=6&born-year=2004&responsible=Bolton&lives-in=Bolton'); // '?born=2004-06-15&responsible=Bolton&lives-in=Bolton'
 * addressOfSentForm('?born=2004-06-15'); // null
 * ```
 */
export function addressOfSentForm(search: string): string | null {
  const params = new URLSearchParams(search);
  if (!FORM_DATE_FIELDS.some((field) => params.has(field))) return null;
  return `?${webQueryParams(webQueryFromForm(params)).toString()}`;
}

/**
 * The page's HTML with the form and the answer for an address already in it, for a browser that
 * runs no script. The container is marked with the address and the date it was drawn for
 * (`data-drawn-for`, `data-drawn-on`): the script, where it runs, keeps what is drawn when both
 * are its own, and draws the page itself otherwise. `template` is the built page, whose container
 * `<div id="app">` holds only the message for a browser without JavaScript.
 *
 * @param template - the built page (dist-web/index.html)
 * @param search - the address's query string
 * @param today - the date to answer for when the address gives none
 * @param dataset - the offers to answer from (the command line loads the embedded documents once, when first asked)
 * @returns the page
 * @example
 * ```ts
 * pageWithoutScript(readFileSync('dist-web/index.html', 'utf8'), '?born=2004-06-15&responsible=Bolton&lives-in=Bolton', '2026-11-23', embeddedDataset).includes('Entitlements on 23 November 2026'); // true
 * ```
 */
export function pageWithoutScript(template: string, search: string, today: CalendarDate, dataset: Dataset): string {
  const page = renderPage(search, today, dataset);
  // Marked with what it was drawn for, so that the script, where it runs, keeps it rather than
  // drawing the same again (see browser.ts). The replacement is a function, so that "$" in the
  // page is not read as a pattern.
  const drawn = `data-drawn-for="${escapeHtml(search)}" data-drawn-on="${today}"`;
  return template.replace(/<div id="app">(?:(?!<\/div>)[\s\S])*<\/div>/, () => `<div id="app" ${drawn}>\n${page.html}\n</div>`);
}
