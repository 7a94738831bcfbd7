/**
 * The adviser page's script: reads the question from the address, shows the form and the answer,
 * and keeps the address in step with the form so it can be shared. Everything runs in the
 * browser; nothing typed leaves the page. Bundled into dist-web/ by `npm run build:web`, with the
 * offer documents in files of their own beside it (chunks/): before drawing an answer the script
 * loads, from the same folder, the documents of the question's places (a move from Manchester to
 * Leeds needs 21 of 238, in 5 files).
 */
import { type Dataset, formatDateParts } from '../index.js';
import { embeddedDatasetFor } from '../data/embedded-dataset-for.js';
import { trustBuiltDataset } from '../engine/dataset-index.js';
import { enhanceCouncilFields } from './enhance-councils.js';
import { questionPlaces, renderPage } from './render-page.js';
import { webQueryFromForm } from './render-form.js';
import { ANSWER_ID, answerAddress } from './web-query.js';

/** Today in the browser's own calendar: the page may read the clock; the engine never does. */
function today(): string {
  const now = new Date();
  return formatDateParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** No offers: what the form alone, or its list of problems, is drawn with (neither reads any). */
const NO_OFFERS: Dataset = trustBuiltDataset({ documents: [] });

/** The offers the question at the address needs, or null when they could not be loaded. */
async function datasetFor(search: string): Promise<Dataset | null> {
  const places = questionPlaces(search, today());
  if (places === null) return NO_OFFERS;
  try {
    return await embeddedDatasetFor(places);
  } catch {
    return null;
  }
}

/** Counts the questions asked, so that an answer whose offers arrive after a newer question's is not drawn over it. */
let asked = 0;

/** The address (its query) of the question on screen: a step in history to the same question (a link to #answer) leaves it be. */
let shownFor: string | undefined;

/**
 * Draws the page for the address: the form, and the answer once the offers its question needs
 * are loaded. Until then the container is marked busy (`aria-busy`), which tells assistive
 * technology that it is about to change.
 */
async function show(app: HTMLElement, focus: boolean): Promise<void> {
  const search = location.search;
  const question = ++asked;
  app.setAttribute('aria-busy', 'true');
  const dataset = await datasetFor(search);
  if (question !== asked) return;
  const page = renderPage(search, today(), dataset);
  app.innerHTML = page.html; // built from escaped strings only (see escapeHtml)
  shownFor = search;
  app.removeAttribute('aria-busy');
  activate(app);
  if (!focus) {
    // An answer's address ends in #answer. Drawn by the script, perhaps after the page has loaded,
    // the answer may come too late for the browser's own scroll to the fragment (chromium keeps
    // looking for it; not every browser does), so it is brought into view here.
    if (page.answered && location.hash === `#${ANSWER_ID}`) app.querySelector(`#${ANSWER_ID}`)?.scrollIntoView({ block: 'start' });
    return;
  }
  const target = app.querySelector<HTMLElement>(page.errors.length > 0 ? '#error-summary' : `#${ANSWER_ID}`);
  // Focusing a region taller than the window scrolls to its middle: focus it where it is, then
  // bring its top (the heading) into view.
  target?.focus({ preventScroll: true });
  target?.scrollIntoView({ block: 'start' });
}

/** Makes the form drawn in the page work in place: council suggestions, and a question sent without loading the page again. */
function activate(app: HTMLElement): void {
  const form = app.querySelector<HTMLFormElement>('#question');
  if (form === null) return;
  enhanceCouncilFields(form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = webQueryFromForm(new FormData(form));
    history.pushState(null, '', answerAddress(query));
    void show(app, true);
  });
}

/**
 * Whether the page as sent already holds what the script would draw for the address today:
 * `serve` draws it for browsers without JavaScript and marks it with the address and date (see
 * pageWithoutScript). The answer is then on screen before the script has run, and is kept rather
 * than laid out a second time. A static host sends the page with no answer and no mark.
 */
function drawnAlready(app: HTMLElement): boolean {
  const drawn = app.dataset.drawnFor === location.search && app.dataset.drawnOn === today();
  delete app.dataset.drawnFor;
  delete app.dataset.drawnOn;
  return drawn;
}

/**
 * A link within the page to another question (the Yes and No of "What would settle the
 * unknowns") answers in place, as the form does, rather than loading the page again at its top.
 * A click meant for a new tab or window is left to the browser.
 */
function answerLinksInPlace(app: HTMLElement): void {
  app.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="?"]') : null;
    if (link === null || !app.contains(link)) return;
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    void show(app, true);
  });
}

// GOV.UK Frontend styles its components for a page with JavaScript by these classes.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
const app = document.getElementById('app');
if (app !== null) {
  if (drawnAlready(app)) {
    shownFor = location.search;
    activate(app);
  } else void show(app, false);
  answerLinksInPlace(app);
  // Back and Forward draw the question of the address, unless only the fragment changed (the link
  // "Go to the answer" is a step in history too): the browser then scrolls by itself.
  addEventListener('popstate', () => {
    if (location.search !== shownFor) void show(app, false);
  });
}
