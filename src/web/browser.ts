/**
 * The adviser page's script: reads the question from the address, shows the form and the answer,
 * and keeps the address in step with the form so it can be shared. Everything runs in the
 * browser; no request leaves the page. Bundled into dist-web/ by `npm run build:web`.
 */
import { formatDateParts } from '../index.js';
import { enhanceCouncilFields } from './enhance-councils.js';
import { renderPage } from './render-page.js';
import { webQueryFromForm } from './render-form.js';
import { webQueryParams } from './web-query.js';

/** Today in the browser's own calendar: the page may read the clock; the engine never does. */
function today(): string {
  const now = new Date();
  return formatDateParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function show(app: HTMLElement, focus: boolean): void {
  const page = renderPage(location.search, today());
  app.innerHTML = page.html; // built from escaped strings only (see escapeHtml)
  const form = app.querySelector<HTMLFormElement>('#question');
  if (form !== null) enhanceCouncilFields(form);
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = webQueryFromForm(new FormData(form));
    history.pushState(null, '', `?${webQueryParams(query).toString()}`);
    show(app, true);
  });
  if (!focus) return;
  const target = app.querySelector<HTMLElement>(page.errors.length > 0 ? '#error-summary' : '#answer');
  // Focusing a region taller than the window scrolls to its middle: focus it where it is, then
  // bring its top (the heading) into view.
  target?.focus({ preventScroll: true });
  target?.scrollIntoView({ block: 'start' });
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
    show(app, true);
  });
}

// GOV.UK Frontend styles its components for a page with JavaScript by these classes.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
const app = document.getElementById('app');
if (app !== null) {
  show(app, false);
  answerLinksInPlace(app);
  addEventListener('popstate', () => show(app, false));
}
