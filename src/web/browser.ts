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
  target?.focus();
}

// GOV.UK Frontend styles its components for a page with JavaScript by these classes.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
const app = document.getElementById('app');
if (app !== null) {
  show(app, false);
  addEventListener('popstate', () => show(app, false));
}
