/**
 * The council fields as GOV.UK's accessible autocomplete: each text input (with its list of
 * names) is replaced, in the browser only, by an autocomplete with the same id and name, so its
 * label, the error summary's link and the form's data stay as they were. If the autocomplete
 * cannot start, the plain input and its list of names remain.
 */
import accessibleAutocomplete from 'accessible-autocomplete';
import type { Area } from '../index.js';
import { type CouncilField, councilFieldValue, councilSuggestionLabel, councilSuggestions } from './council-suggestions.js';
import { escapeHtml } from './escape-html.js';

/** The council fields, each with the field whose suggestions it takes (the places compared take those of "Moving to"). */
const FIELDS: readonly (readonly [id: string, suggestions: CouncilField])[] = [
  ['responsible', 'responsible'],
  ['lives-in', 'lives-in'],
  ['to', 'to'],
  ['to-2', 'to'],
  ['to-3', 'to'],
];

/**
 * Keeps the field's hint and error message in the input's `aria-describedby`: the autocomplete
 * writes that attribute itself (its own instructions, then nothing once something is typed).
 */
function keepDescribedBy(input: HTMLInputElement, ids: readonly string[]): void {
  const merge = (): void => {
    const now = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id !== '');
    const missing = ids.filter((id) => !now.includes(id));
    if (missing.length > 0) input.setAttribute('aria-describedby', [...missing, ...now].join(' '));
  };
  merge();
  new MutationObserver(merge).observe(input, { attributes: true, attributeFilter: ['aria-describedby'] });
}

/**
 * Hides the autocomplete's suggestion hint from assistive technology: it is a second, unlabelled
 * input drawn behind the real one to show the rest of the first suggestion (axe-core reports it
 * as a form field with no label); the real input already announces the suggestion.
 */
function hideHints(container: HTMLElement): void {
  const hide = (): void => {
    for (const hint of container.querySelectorAll('.autocomplete__hint:not([aria-hidden])')) hint.setAttribute('aria-hidden', 'true');
  };
  new MutationObserver(hide).observe(container, { childList: true, subtree: true });
}

/**
 * Turns the form's council inputs into autocompletes whose suggestions are the councils
 * the command line resolves (names, short names, codes), and whose chosen value is what the
 * address's `responsible`, `lives-in` and `to` parameters take (`to` again for each place compared).
 *
 * @param form - the question form
 */
export function enhanceCouncilFields(form: HTMLElement): void {
  for (const [field, suggestions] of FIELDS) {
    const input = form.querySelector<HTMLInputElement>(`input#${field}`);
    if (input === null) continue;
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id !== '');
    const error = input.classList.contains('govuk-input--error');
    const container = document.createElement('div');
    container.className = `cle-autocomplete govuk-!-width-two-thirds${error ? ' cle-autocomplete--error' : ''}`;
    input.before(container);
    const value = input.value;
    input.remove();
    try {
      accessibleAutocomplete({
        element: container,
        id: field,
        name: field,
        defaultValue: value,
        source: (query: string, populate: (results: readonly Area[]) => void) => populate(councilSuggestions(suggestions, query)),
        autoselect: true,
        confirmOnBlur: true,
        minLength: 1,
        displayMenu: 'overlay',
        showNoOptionsFound: true,
        tNoResults: () => 'No council found: type its name or code',
        templates: {
          inputValue: (area: Area | undefined) => (area === undefined ? '' : councilFieldValue(area)),
          suggestion: (area: Area | string | undefined) =>
            area === undefined ? '' : typeof area === 'string' ? escapeHtml(area) : escapeHtml(councilSuggestionLabel(area)),
        },
      });
    } catch {
      container.replaceWith(input); // the plain input and its list still work
      continue;
    }
    hideHints(container);
    const enhanced = container.querySelector<HTMLInputElement>(`input#${field}`);
    if (enhanced !== null) keepDescribedBy(enhanced, describedBy);
  }
  if (FIELDS.every(([field]) => form.querySelector(`input#${field}[list]`) === null)) form.querySelector('datalist#area-names')?.remove();
}
