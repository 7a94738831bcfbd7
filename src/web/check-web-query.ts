import { type Area, type CalendarDate, type CareLeaverCategory, type Kind, type Person, type PersonFacts, areaExistsOn, areaStandingOn, birthday, formatLongDate, getArea, resolveArea } from '../index.js';
import { KIND_PARAM, MAX_PLACES_COMPARED, type WebChoiceName, type WebFactName, type WebQuery, type WebUnreadable, WEB_CHOICES, WEB_FACTS, WEB_STATUSES, isDate } from './web-query.js';
import { FIRST_YEAR, LAST_YEAR, isOutsideSupportedYears } from '../dates/calendar-date.js';
import { homeCouncilsWithin } from '../areas/councils-within.js';
import { childrensCouncilsFor } from '../areas/childrens-councils-for.js';
import { joinedNames } from '../lists/joined-names.js';

/** A form field the page can report a problem with; its id in the form is the same (`kind`: the first of the kinds' boxes). */
export type WebField = WebTextField | WebFactName | WebChoiceName | typeof KIND_PARAM;

/** A field of the form answered with text or a date, not a choice (`to-2` and `to-3`: the places compared with `to`). */
type WebTextField = 'born' | 'responsible' | 'lives-in' | 'to' | 'to-2' | 'to-3' | 'on' | 'status';

/** A problem with one field, in plain English, for the error summary and the field itself. */
export interface WebFieldError {
  readonly field: WebField;
  readonly message: string;
}

/** A query that passed the checks: the person, the date and the places, resolved. */
export interface CheckedWebQuery {
  readonly person: Person;
  readonly on: CalendarDate;
  readonly responsible: Area;
  readonly livesIn: Area;
  /** Where they move to, or null for no move. */
  readonly to: Area | null;
  /** Other places to compare with `to`, in the order given (none unless `to` is given). */
  readonly compareWith: readonly Area[];
  /** Notes about the names (a former council, an ambiguous name resolved by the date). */
  readonly notes: readonly string[];
  /** Only these kinds are answered; null for every kind. */
  readonly kinds: readonly Kind[] | null;
}

/** What {@link checkWebQuery} returns: the checked query, or every problem found. */
export type WebQueryCheck =
  | { readonly ok: true; readonly query: CheckedWebQuery }
  | { readonly ok: false; readonly errors: readonly WebFieldError[] };

const FIELD_LABELS: Readonly<Record<WebTextField, string>> = {
  born: 'date of birth',
  responsible: 'council that looked after them',
  'lives-in': 'council they live in',
  to: 'council they are moving to',
  'to-2': 'council to compare',
  'to-3': 'council to compare',
  on: 'date to answer for',
  status: 'status',
};

function place(
  field: WebTextField,
  text: string,
  on: CalendarDate | undefined,
  errors: WebFieldError[],
  notes: string[],
  need: 'children' | 'home',
): Area | null {
  if (text === '') {
    errors.push({ field, message: `Enter the ${FIELD_LABELS[field]}` });
    return null;
  }
  const resolved = resolveArea(text, on === undefined ? {} : { on });
  if (!resolved.ok) {
    const issue = resolved.issue;
    // Only councils that can be given here: one that looks after children for "Looked after by",
    // a council area someone can live in for the others, existing on the date.
    const names = (issue.code === 'unknown-area' ? issue.suggestions : issue.candidates).filter((ref) => {
      const area = getArea(ref.code);
      if (area === undefined || (on !== undefined && !areaExistsOn(area, on))) return false;
      return need === 'children' ? area.childrensServices : area.tier !== 'combined' && area.tier !== 'nation' && area.tier !== 'upper';
    });
    const hint = names.length > 0 ? ` Did you mean ${names.map((a) => a.name).join(', ')}?` : '';
    const what = issue.code === 'unknown-area' ? `No council is called "${text}".` : `"${text}" could mean more than one council.`;
    errors.push({ field, message: `${what}${hint} Enter the ${FIELD_LABELS[field]} as its name or code` });
    return null;
  }
  // An abolished council stands for the one council that replaced it; split or unnamed successors need a choice.
  const standing = on === undefined ? { ok: true as const, area: resolved.area } : areaStandingOn(resolved.area, on);
  if (!standing.ok) {
    const now = standing.successors.length > 1 ? ` Its area is now split between ${standing.successors.map((a) => a.name).join(' and ')}.` : '';
    const enter = field === 'responsible' ? 'Enter the council that took over their care (their leaving care service will know)' : 'Enter the council that covers the place now';
    errors.push({ field, message: `${resolved.area.name} was abolished on ${formatLongDate(resolved.area.endDate!)}.${now} ${enter}` });
    return null;
  }
  const area = standing.area;
  if (standing.replaced !== undefined) notes.push(`${standing.replaced.name} was abolished on ${formatLongDate(standing.replaced.endDate!)}; answered for ${area.name}, which replaced it`);
  else if (resolved.note !== undefined) notes.push(resolved.note);
  if (need === 'children' && !area.childrensServices) {
    errors.push({ field, message: notLookingAfterChildren(area, on) });
    return null;
  }
  if (need === 'home' && (area.tier === 'combined' || area.tier === 'nation' || area.tier === 'upper')) {
    const within = area.tier === 'nation' || on === undefined ? [] : homeCouncilsWithin(area.code, on);
    const which = within.length > 0 ? `: ${joinedNames(within, 'or')}` : ', such as a district or a borough';
    errors.push({ field, message: `${area.name} is not a single council area. Enter the council they live in${which}` });
    return null;
  }
  return area;
}

/**
 * What the form says of a council given as "Looked after by" that looks after no children: the
 * council to enter instead where one can be named, and for a Northern Ireland council that the
 * trusts which look after children there are not held.
 */
function notLookingAfterChildren(area: Area, on: CalendarDate | undefined): string {
  const instead = on === undefined ? { by: 'councils' as const, councils: [] } : childrensCouncilsFor(area.code, on);
  if (instead.by === 'health-and-social-care-trusts') {
    return `${area.name} does not look after children: in Northern Ireland, Health and Social Care Trusts do, and this page cannot answer for someone looked after there yet`;
  }
  const { councils } = instead;
  if (councils.length === 1) return `${area.name} does not look after children. Enter ${councils[0]}, the council that does there`;
  if (councils.length > 1) return `${area.name} does not look after children. Enter the one of its councils that looked after them: ${joinedNames(councils, 'or')}`;
  return `${area.name} does not look after children. Enter the council with children's services (a county, unitary, metropolitan or London borough, or a Welsh or Scottish council)`;
}

/** A problem for each parameter of the address that could not be read, in the words of the form. */
function unreadableErrors(unreadable: readonly WebUnreadable[]): WebFieldError[] {
  return unreadable.map(({ name, value, problem }) => {
    const field = name as WebField; // parseWebQuery lists only the form's own fields
    if (problem === 'repeated') return { field, message: `The address gives ${name} more than once (${value}). Give it once` };
    if (problem === 'too-many') return { field, message: `The address gives more than ${MAX_PLACES_COMPARED} places to move to (${value}). Compare at most ${MAX_PLACES_COMPARED}` };
    if (name === KIND_PARAM) return { field, message: `"${value}" is not a kind of support this page answers. Tick the kinds under "Only some kinds of support", or none for every kind` };
    const question = name in WEB_FACTS ? WEB_FACTS[name as WebFactName].question : name in WEB_CHOICES ? WEB_CHOICES[name as WebChoiceName].question : name;
    return { field, message: `"${value}" is not an answer to "${question}". Choose one of its answers, or Not sure` };
  });
}

/**
 * Checks a query from the page and resolves its places: every field with a problem gets a
 * message in plain English, so the error summary can list them all at once.
 *
 * @param query - the query read from the address or the form
 * @returns the person, date and places, or the problems
 * @example
 * ```ts
 * const check = checkWebQuery({ born: '2004-06-15', responsible: 'Bolton', livesIn: 'Nowhere', to: '', on: '2026-11-23', status: '', facts: {} });
 * check.ok ? '' : check.errors[0]?.field; // 'lives-in'
 * ```
 */
export function checkWebQuery(query: WebQuery): WebQueryCheck {
  const errors: WebFieldError[] = [...unreadableErrors(query.unreadable ?? [])];
  const notes: string[] = [];
  const on = isDate(query.on) ? query.on : undefined;
  if (on === undefined) {
    errors.push({
      field: 'on',
      message: isOutsideSupportedYears(query.on) ? `Enter a date to answer for from ${FIRST_YEAR} to ${LAST_YEAR}` : 'Enter the date to answer for as a real date, such as 23 11 2026',
    });
  }
  let born: CalendarDate | undefined;
  if (query.born === '') errors.push({ field: 'born', message: 'Enter their date of birth' });
  else if (!isDate(query.born)) {
    // Typed as YEAR-MONTH-DAY by the form: a two-digit year is said as such.
    const twoDigitYear = /^\d{2}-/.test(query.born);
    errors.push({
      field: 'born',
      message: twoDigitYear
        ? 'Year of birth must have 4 digits, such as 2004'
        : isOutsideSupportedYears(query.born)
          ? `Date of birth must be from ${FIRST_YEAR} to ${LAST_YEAR}`
          : 'Date of birth must be a real date, such as 15 6 2004',
    });
  }
  else if (on !== undefined && query.born > on) errors.push({ field: 'born', message: 'Date of birth must be before the date to answer for' });
  else if (on !== undefined && on < birthday(query.born, 16)) {
    errors.push({ field: 'born', message: 'They are under 16 on the date asked about, and a care leaver is 16 or over. Check the date of birth or the date to answer for' });
  } else born = query.born;
  let status: CareLeaverCategory | undefined;
  const statuses = WEB_STATUSES.map((s) => s.value as string);
  if (query.status !== '' && !statuses.includes(query.status)) {
    errors.push({ field: 'status', message: 'Select their status from the list' });
  } else if (born !== undefined && on !== undefined) {
    const adult = on >= birthday(born, 18);
    const given = query.status === '' ? undefined : (query.status as CareLeaverCategory);
    if (given === undefined && !adult) {
      errors.push({ field: 'status', message: 'Select their status: someone under 18 is eligible (still looked after) or relevant (has left care)' });
    } else if (adult && (given === 'eligible' || given === 'relevant')) {
      errors.push({ field: 'status', message: `They are 18 or over on the date asked about, so they are not ${given}; select former relevant` });
    } else if (!adult && given === 'former-relevant') {
      errors.push({ field: 'status', message: 'They are under 18 on the date asked about, so they are not former relevant; select eligible or relevant' });
    } else {
      status = given ?? 'former-relevant';
      // Said, not assumed silently: a qualifying care leaver is owed less (a personal adviser on request, no Staying Put).
      if (given === undefined) notes.push('their status was not given, so they are answered as former relevant (looked after for 13 weeks from 14, including at 16 or 17); choose qualifying under "Status" if they were not, as qualifying care leavers get less');
    }
  }
  const responsible = place('responsible', query.responsible, on, errors, notes, 'children');
  const livesIn = place('lives-in', query.livesIn, on, errors, notes, 'home');
  const to = query.to === '' ? null : place('to', query.to, on, errors, notes, 'home');
  if (to !== null && livesIn !== null && to.code === livesIn.code) {
    errors.push({ field: 'to', message: 'The council they are moving to must be different from where they live now' });
  }
  // The places compared with `to`: each a council area of its own, not where they live, each once.
  const compareWith: Area[] = [];
  (query.compareWith ?? []).forEach((text, i) => {
    const field = i === 0 ? 'to-2' : 'to-3';
    if (query.to === '') {
      errors.push({ field, message: 'Enter the council they are moving to first, then the places to compare with it' });
      return;
    }
    const area = place(field, text, on, errors, notes, 'home');
    if (area === null) return;
    if (livesIn !== null && area.code === livesIn.code) errors.push({ field, message: `${area.name} is where they live now. Enter another council to compare` });
    else if ((to !== null && area.code === to.code) || compareWith.some((a) => a.code === area.code)) errors.push({ field, message: `${area.name} is given already. Enter each place once` });
    else compareWith.push(area);
  });
  const household = query.choices?.household;
  if (query.choices?.['other-adults'] !== undefined && household !== undefined && household !== 'with-others') {
    errors.push({ field: 'other-adults', message: 'The number of other adults is for someone living with others: choose "With others", or "Not sure" for the number' });
  }
  if (errors.length > 0 || born === undefined || on === undefined || status === undefined || responsible === null || livesIn === null) {
    return { ok: false, errors: sortErrors(errors) };
  }
  if (query.to !== '' && to === null) return { ok: false, errors: sortErrors(errors) };
  const facts: Record<string, boolean | string> = {};
  for (const [name, answer] of Object.entries(query.facts)) {
    const known = WEB_FACTS[name as WebFactName];
    if (known !== undefined && answer !== undefined) facts[known.fact] = answer === 'yes';
  }
  for (const [name, value] of Object.entries(query.choices ?? {})) {
    const choice = Object.hasOwn(WEB_CHOICES, name) ? WEB_CHOICES[name as WebChoiceName] : undefined;
    if (value !== undefined && choice !== undefined && choice.options.some((o) => o.value === value)) facts[choice.fact] = value;
  }
  const person: Person = {
    dateOfBirth: born,
    category: status,
    responsibleAuthority: responsible.code,
    residence: livesIn.code,
    ...(Object.keys(facts).length > 0 ? { facts: facts as PersonFacts } : {}),
  };
  return { ok: true, query: { person, on, responsible, livesIn, to, compareWith, notes, kinds: query.kinds !== undefined && query.kinds.length > 0 ? query.kinds : null } };
}

const ORDER: readonly WebField[] = ['born', 'responsible', 'lives-in', 'to', 'to-2', 'to-3', 'on', 'status'];

/** The form's order: the text fields first, then the facts and choices (their problems last). */
function sortErrors(errors: readonly WebFieldError[]): WebFieldError[] {
  const rank = (field: WebField) => (ORDER.includes(field) ? ORDER.indexOf(field) : ORDER.length);
  return [...errors].sort((a, b) => rank(a.field) - rank(b.field));
}
