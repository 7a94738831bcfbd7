import { type CalendarDate, type Dataset, InvalidInputError, listAreas } from '../index.js';
import { type DatasetPlaces, placesOf } from '../data/document-catalogue.js';
import { type WebFieldError, type WebQueryCheck, checkWebQuery } from './check-web-query.js';
import { renderAnswer } from './render-answer.js';
import { renderErrorSummary, renderForm } from './render-form.js';
import { ANSWER_ID, type WebQuery, parseWebQuery } from './web-query.js';
import { escapeHtml } from './escape-html.js';

/** What {@link renderPage} returns: the page's main content and what it was built from. */
export interface RenderedPage {
  /** The HTML of the error summary, the form and the answer. */
  readonly html: string;
  /** The query read from the address. */
  readonly query: WebQuery;
  /** The problems found (none when nothing was asked yet). */
  readonly errors: readonly WebFieldError[];
  /** Whether an answer is shown. */
  readonly answered: boolean;
}

let names: readonly string[] | undefined;

/**
 * The names the council fields offer: the short name of every current council in England.
 *
 * @returns the names, sorted
 * @example
 * ```ts
 * areaNames().includes('Bolton'); // true
 * ```
 */
export function areaNames(): readonly string[] {
  // One collator for the whole sort: `localeCompare` with a locale may set one up on every call.
  names ??= [...new Set(listAreas({ current: true, nation: 'England' }).filter((a) => a.tier !== 'nation').map((a) => a.shortName))].sort(
    new Intl.Collator('en-GB').compare,
  );
  return names;
}

/**
 * The places a page's question asks about (the council that looked after them, where they live
 * and where they may move), when the address asks a question the page can answer; null when it
 * shows only the form or its problems. The browser loads the offers of these places, and only
 * those, before drawing the answer.
 *
 * @param search - the address's query string (`location.search`)
 * @param today - the date to answer for when the address gives none
 * @returns the places, or null when no answer will be drawn
 * @example
 * ```ts
 * questionPlaces('?born=2004-06-15&responsible=Bolton&lives-in=Manchester&to=Leeds', '2026-11-23'); // { responsible: 'E08000001', residences: ['E08000003', 'E08000035'] }
 * questionPlaces('?born=2004-06-15&responsible=Bolton', '2026-11-23'); // null (where they live is missing)
 * ```
 */
export function questionPlaces(search: string, today: CalendarDate): DatasetPlaces | null {
  const { check } = readQuestion(search, today);
  if (check === null || !check.ok) return null;
  return placesOf(check.query.person, ...(check.query.to === null ? [] : [check.query.to.code]), ...check.query.compareWith.map((area) => area.code));
}

/** A question read from an address, and what it was read from. */
interface ReadQuestion {
  readonly search: string;
  readonly today: CalendarDate;
  readonly query: WebQuery;
  readonly check: WebQueryCheck | null;
}

/** The last question read: the script asks for the places of an address, then draws its page (see browser.ts). */
let lastRead: ReadQuestion | null = null;

/** The question at an address, as the form shows it, and its check (null when nothing is asked: the empty form); read once for the same address and day. */
function readQuestion(search: string, today: CalendarDate): ReadQuestion {
  if (lastRead !== null && lastRead.search === search && lastRead.today === today) return lastRead;
  const params = new URLSearchParams(search);
  const query = parseWebQuery(params, today);
  lastRead = { search, today, query, check: [...params.keys()].length === 0 ? null : checkWebQuery(query) };
  return lastRead;
}

/**
 * The whole page for an address: with no question asked, the empty form; with a question, the
 * form filled in and either the error summary (each problem linked to its field) or the answer.
 *
 * @param search - the address's query string (`location.search`)
 * @param today - the date to answer for when the address gives none (the browser's date)
 * @param dataset - the offers to answer from: the embedded dataset, or the part of it the
 *   question's places need ({@link questionPlaces}); null when they could not be loaded, and
 *   the page then says so where the answer would be
 * @returns the HTML and what it was built from
 * @example
 * ```ts
 * renderPage('?born=2004-06-15&responsible=Bolton&lives-in=Bolton', '2026-11-23', embeddedDataset).answered; // true
 * renderPage('', '2026-11-23', embeddedDataset).answered; // false
 * ```
 */
export function renderPage(search: string, today: CalendarDate, dataset: Dataset | null): RenderedPage {
  const { query, check } = readQuestion(search, today);
  if (check === null) return { html: renderForm(query, [], areaNames()), query, errors: [], answered: false };
  if (!check.ok) {
    return { html: renderErrorSummary(check.errors) + '\n' + renderForm(query, check.errors, areaNames()), query, errors: check.errors, answered: false };
  }
  let answer: string;
  if (dataset === null) {
    answer = `<div class="govuk-warning-text"><strong class="govuk-warning-text__text">The offers needed for this answer could not be loaded. Check the connection and reload the page.</strong></div>`;
  } else {
    try {
      answer = renderAnswer(check.query, query, dataset);
    } catch (error) {
      // The page's own checks should catch every question the library refuses; if one slips through,
      // say what the library said rather than leave the page blank.
      const said = error instanceof InvalidInputError ? error.issues.map((issue) => issue.message).join('; ') : 'something went wrong while answering';
      answer = `<div class="govuk-warning-text"><strong class="govuk-warning-text__text">This question could not be answered: ${escapeHtml(said)}. Check the dates and councils above.</strong></div>`;
    }
  }
  // The answer is drawn below the form, out of sight on opening an address without its fragment
  // (one written by hand, or by an older page): a link to it comes first.
  const toAnswer = `<p class="govuk-body cle-to-answer"><a class="govuk-link" href="#${ANSWER_ID}">Go to the answer</a>, below the question</p>`;
  return {
    html: `${toAnswer}\n${renderForm(query, [], areaNames())}\n<div id="${ANSWER_ID}" tabindex="-1">\n${answer}\n</div>`,
    query,
    errors: [],
    answered: true,
  };
}
