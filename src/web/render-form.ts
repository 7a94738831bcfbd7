import { ALL_KINDS, type CalendarDate, KIND_INFO, type Kind, dateParts, isCalendarDate } from '../index.js';
import type { WebField, WebFieldError } from './check-web-query.js';
import { escapeHtml as e } from './escape-html.js';
import { ANSWER_ID, KIND_PARAM, type WebChoiceName, type WebFactName, type WebQuery, WEB_CHOICES, WEB_FACTS, WEB_STATUSES, fromDayMonthYear } from './web-query.js';

/**
 * The GOV.UK error summary: a list linking to each field with a problem, or "" when there is none.
 *
 * @param errors - the problems
 * @returns the HTML
 * @example
 * ```ts
 * renderErrorSummary([{ field: 'born', message: 'Enter their date of birth' }]).includes('href="#born-day"'); // true
 * ```
 */
export function renderErrorSummary(errors: readonly WebFieldError[]): string {
  if (errors.length === 0) return '';
  const items = errors.map((x) => `<li><a href="#${fieldTarget(x.field)}">${e(x.message)}</a></li>`).join('\n');
  return `<div class="govuk-error-summary" data-module="govuk-error-summary" tabindex="-1" id="error-summary">
<div role="alert">
<h2 class="govuk-error-summary__title">There is a problem</h2>
<div class="govuk-error-summary__body"><ul class="govuk-list govuk-error-summary__list">
${items}
</ul></div>
</div>
</div>`;
}

function fieldTarget(field: WebField): string {
  return field === 'born' || field === 'on' ? `${field}-day` : field;
}

function errorFor(errors: readonly WebFieldError[], field: WebField): string | undefined {
  return errors.find((x) => x.field === field)?.message;
}

function group(field: WebField, errors: readonly WebFieldError[], inner: (error: string) => string): string {
  const error = errorFor(errors, field);
  const message = error === undefined ? '' : `<p id="${field}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${e(error)}</p>`;
  return `<div class="govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}">\n${inner(message)}\n</div>`;
}

function dateInput(field: 'born' | 'on', legend: string, hint: string, value: string, errors: readonly WebFieldError[]): string {
  const parts = isCalendarDate(value) ? dateParts(value as CalendarDate) : undefined;
  // A date that is not real (31 2 2004) comes back as typed, YEAR-MONTH-DAY, and is shown as typed.
  const typed = parts === undefined ? /^([^-]*)-([^-]*)-([^-]*)$/.exec(value) : null;
  const error = errorFor(errors, field) !== undefined;
  const describedBy = `${field}-hint${error ? ` ${field}-error` : ''}`;
  const box = (part: 'day' | 'month' | 'year', text: string, width: number, v: number | string | undefined): string =>
    `<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="${field}-${part}">${text}</label>` +
    `<input class="govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}" id="${field}-${part}" name="${field}-${part}" type="text" inputmode="numeric" value="${v === undefined ? '' : e(String(v))}"></div></div>`;
  return group(
    field,
    errors,
    (message) =>
      `<fieldset class="govuk-fieldset" role="group" aria-describedby="${describedBy}">\n<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${e(legend)}</legend>\n` +
      `<div id="${field}-hint" class="govuk-hint">${e(hint)}</div>\n${message}\n<div class="govuk-date-input" id="${field}">` +
      box('day', 'Day', 2, parts?.day ?? typed?.[3]) +
      box('month', 'Month', 2, parts?.month ?? typed?.[2]) +
      box('year', 'Year', 4, parts?.year ?? typed?.[1]) +
      `</div>\n</fieldset>`,
  );
}

function textInput(field: 'responsible' | 'lives-in' | 'to' | 'to-2' | 'to-3', text: string, hint: string, value: string, errors: readonly WebFieldError[]): string {
  const error = errorFor(errors, field) !== undefined;
  return group(
    field,
    errors,
    (message) =>
      `<label class="govuk-label govuk-label--s" for="${field}">${e(text)}</label>\n<div id="${field}-hint" class="govuk-hint">${e(hint)}</div>\n${message}\n` +
      `<input class="govuk-input govuk-!-width-two-thirds${error ? ' govuk-input--error' : ''}" id="${field}" name="${field}" type="text" list="area-names" autocomplete="off" aria-describedby="${field}-hint${error ? ` ${field}-error` : ''}" value="${e(value)}">`,
  );
}

function radios(name: string, legend: string, options: readonly { value: string; label: string }[], checked: string, message = ''): string {
  const items = options
    .map(
      (o, i) =>
        `<div class="govuk-radios__item"><input class="govuk-radios__input" id="${name}${i === 0 ? '' : `-${i + 1}`}" name="${name}" type="radio" value="${e(o.value)}"${o.value === checked ? ' checked' : ''}>` +
        `<label class="govuk-label govuk-radios__label" for="${name}${i === 0 ? '' : `-${i + 1}`}">${e(o.label)}</label></div>`,
    )
    .join('\n');
  return `<fieldset class="govuk-fieldset">\n<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">${e(legend)}</legend>\n${message}\n<div class="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">\n${items}\n</div>\n</fieldset>`;
}

/**
 * Two more places to move to, to compare with "Moving to" side by side, in a section closed unless
 * one is given (or has a problem).
 */
function compareFields(places: readonly string[], errors: readonly WebFieldError[]): string {
  const open = places.length > 0 || errors.some((x) => x.field === 'to-2' || x.field === 'to-3') ? ' open' : '';
  return `<details class="govuk-details"${open}>
<summary class="govuk-details__summary"><span class="govuk-details__summary-text">Compare with other places</span></summary>
<div class="govuk-details__text">
${textInput('to-2', 'Or moving to, a second place (optional)', 'Another council they might move to: the places are then shown side by side', places[0] ?? '', errors)}
${textInput('to-3', 'Or moving to, a third place (optional)', 'A third council to compare', places[1] ?? '', errors)}
</div>
</details>`;
}

/**
 * The kinds as GOV.UK checkboxes, in a section closed unless some are ticked: ticking none answers
 * every kind (as the command line without `--kind`).
 */
function kindBoxes(kinds: readonly Kind[], errors: readonly WebFieldError[]): string {
  const error = errorFor(errors, KIND_PARAM);
  const message = error === undefined ? '' : `<p id="${KIND_PARAM}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${e(error)}</p>`;
  const items = ALL_KINDS.map((kind, i) => {
    const id = `${KIND_PARAM}${i === 0 ? '' : `-${i + 1}`}`;
    return (
      `<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="${id}" name="${KIND_PARAM}" type="checkbox" value="${kind}"${kinds.includes(kind) ? ' checked' : ''}>` +
      `<label class="govuk-label govuk-checkboxes__label" for="${id}">${e(KIND_INFO[kind].label)}</label></div>`
    );
  }).join('\n');
  const open = kinds.length > 0 || error !== undefined ? ' open' : '';
  return `<details class="govuk-details"${open}>
<summary class="govuk-details__summary"><span class="govuk-details__summary-text">Only some kinds of support</span></summary>
<div class="govuk-details__text">
<div class="govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}">
<fieldset class="govuk-fieldset" aria-describedby="${KIND_PARAM}-hint">
<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Which kinds to answer</legend>
<div id="${KIND_PARAM}-hint" class="govuk-hint">Tick none to see every kind</div>
${message}
<div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
${items}
</div>
</fieldset>
</div>
</div>
</details>`;
}

/**
 * The question form: date of birth and the date to answer for as day / month / year, the three
 * councils (with a list of area names to choose from) and two more places to compare with the
 * place they move to, the status, and each yes/no fact as
 * Yes / No / Not sure (Not sure when the query does not answer it), and the kinds to answer (none
 * ticked: every kind). Fields with a problem are marked as GOV.UK marks them.
 *
 * @param query - the values to fill in
 * @param errors - the problems to show beside their fields
 * @param areaNames - the names offered for the council fields
 * @returns the HTML of the form
 * @example
 * ```ts
 * renderForm({ born: '2004-06-15', responsible: 'Bolton', livesIn: 'Bolton', to: '', on: '2026-11-23', status: '', facts: {} }, [], ['Bolton'])
 *   .includes('id="born-day"'); // true
 * ```
 */
export function renderForm(query: WebQuery, errors: readonly WebFieldError[], areaNames: readonly string[]): string {
  const statusOptions = [{ value: '', label: 'Not sure (former relevant if 18 or over)' }, ...WEB_STATUSES];
  const statusError = errorFor(errors, 'status');
  const statusMessage = statusError === undefined ? '' : `<p id="status-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${e(statusError)}</p>`;
  // A fact or choice the address answered with something else is marked, as a field with a problem.
  const radioGroup = (name: WebFactName | WebChoiceName, inner: (message: string) => string): string => {
    const error = errorFor(errors, name);
    const message = error === undefined ? '' : `<p id="${name}-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${e(error)}</p>`;
    return `<div class="govuk-form-group${error === undefined ? '' : ' govuk-form-group--error'}">${inner(message)}</div>`;
  };
  const facts = (Object.keys(WEB_FACTS) as WebFactName[])
    .map((name) =>
      radioGroup(name, (message) =>
        radios(name, WEB_FACTS[name].question, [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: '', label: 'Not sure' },
        ], query.facts[name] ?? '', message),
      ),
    )
    .join('\n');
  const choices = (Object.keys(WEB_CHOICES) as WebChoiceName[])
    .map((name) =>
      radioGroup(name, (message) =>
        radios(name, WEB_CHOICES[name].question, [...WEB_CHOICES[name].options, { value: '', label: 'Not sure' }], query.choices?.[name] ?? '', message).replace('govuk-radios--inline', ''),
      ),
    )
    .join('\n');
  // Sent without the script (a page drawn by serve), the question's address keeps the action's
  // fragment, so the browser shows the answer below the form.
  return `<form id="question" action="#${ANSWER_ID}" novalidate>
${dateInput('born', 'Date of birth', 'For example, 15 6 2004', query.born, errors)}
${textInput('responsible', 'Looked after by', 'The council that looked after them: a name, short name or code', query.responsible, errors)}
${textInput('lives-in', 'Lives in', 'The council area they live in now', query.livesIn, errors)}
${textInput('to', 'Moving to (optional)', 'Leave empty to see what they get where they live', query.to, errors)}
${compareFields(query.compareWith ?? [], errors)}
${dateInput('on', 'Date to answer for', 'Today unless you change it; with a move, the day they move', query.on, errors)}
<div class="govuk-form-group${statusError === undefined ? '' : ' govuk-form-group--error'}">${radios('status', 'Their status', statusOptions, query.status, statusMessage).replace('govuk-radios--inline', '')}</div>
<details class="govuk-details">
<summary class="govuk-details__summary"><span class="govuk-details__summary-text">What else is known about them</span></summary>
<div class="govuk-details__text">
${choices}
${facts}
</div>
</details>
${kindBoxes(query.kinds ?? [], errors)}
<datalist id="area-names">${areaNames.map((n) => `<option value="${e(n)}"></option>`).join('')}</datalist>
<button type="submit" class="govuk-button" data-module="govuk-button">Answer</button>
</form>`;
}

/**
 * Reads the form's fields back into a query (the day / month / year boxes become YYYY-MM-DD;
 * a date that is not whole is kept as typed so the checks can say what is wrong; the kinds
 * ticked, in the vocabulary's order).
 *
 * @param data - the form's data
 * @returns the query
 * @example
 * ```ts
 * const data = new FormData(); // with born-day=15, born-month=6, born-year=2004, …
 * webQueryFromForm(data).born;
 * ```
 */
export function webQueryFromForm(data: { get(name: string): unknown; getAll?(name: string): readonly unknown[] }): WebQuery {
  const text = (name: string): string => {
    const v = data.get(name);
    return typeof v === 'string' ? v.trim() : '';
  };
  const date = (field: string): string => {
    const [d, m, y] = [text(`${field}-day`), text(`${field}-month`), text(`${field}-year`)];
    if (d === '' && m === '' && y === '') return '';
    // A whole date typed into the day box (03/12/2006), read as day, month and year.
    if (m === '' && y === '' && fromDayMonthYear(d) !== d) return fromDayMonthYear(d);
    if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return `${y}-${m}-${d}`;
    return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  };
  const facts: Partial<Record<WebFactName, 'yes' | 'no'>> = {};
  for (const name of Object.keys(WEB_FACTS) as WebFactName[]) {
    const v = text(name);
    if (v === 'yes' || v === 'no') facts[name] = v;
  }
  const choices: Partial<Record<WebChoiceName, string>> = {};
  for (const name of Object.keys(WEB_CHOICES) as WebChoiceName[]) {
    const v = text(name);
    if (WEB_CHOICES[name].options.some((o) => o.value === v)) choices[name] = v;
  }
  // The places to move to as typed, the first "Moving to" (a place typed only to compare moves up).
  const [to = '', ...compareWith] = [text('to'), text('to-2'), text('to-3')].filter((place) => place !== '');
  const ticked = new Set(data.getAll?.(KIND_PARAM) ?? []);
  const kinds = ALL_KINDS.filter((kind) => ticked.has(kind));
  return {
    born: date('born'),
    responsible: text('responsible'),
    livesIn: text('lives-in'),
    to,
    ...(compareWith.length > 0 ? { compareWith } : {}),
    on: date('on'),
    status: text('status'),
    facts,
    ...(Object.keys(choices).length > 0 ? { choices } : {}),
    ...(kinds.length > 0 ? { kinds } : {}),
  };
}
