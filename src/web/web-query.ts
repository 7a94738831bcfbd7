import { ALL_KINDS, CareLeaverCategory, type CalendarDate, type ChoiceFact, FACT_FLAGS, type FactFlag, type Kind, type YesNoFact, isCalendarDate, otherAdultsFromCount } from '../index.js';
import { kindNamed } from '../schema/kind-named.js';
import { dayFirstAsIso } from '../dates/day-first-date.js';

/** The question the form asks for each yes/no fact (every fact must have one). */
const FACT_QUESTIONS: Readonly<Record<YesNoFact, string>> = {
  inFullTimeEducation: 'In full-time education?',
  inHigherEducation: 'In higher education (university)?',
  livingWithFormerFosterCarer: 'Living with a former foster carer (Staying Put)?',
  workingWithLeavingCareService: 'Working with the leaving care service?',
  enteredCareAfter16thBirthday: 'Entered care after their 16th birthday?',
  lookedAfterOnOrAfter16thBirthday: 'Looked after on or after their 16th birthday?',
  noRecourseToPublicFunds: 'No recourse to public funds?',
  otherwiseExemptFromPrescriptionCharges: 'Exempt from prescription charges for another reason?',
  liableForCouncilTax: 'Liable for council tax?',
  passedMeansAssessment: 'Passed a means assessment?',
  onApprenticeship: 'On an apprenticeship?',
  foundVulnerableFromCare: 'Found vulnerable by the council, on a homelessness application, because of having been in care?',
};

/**
 * The yes/no facts the page asks about, by their address parameter (the names of
 * {@link FACT_FLAGS}, which the command line uses as flags), with the person fact each sets and
 * the question the form asks.
 *
 * @example
 * ```ts
 * WEB_FACTS['working-with-leaving-care']?.fact; // 'workingWithLeavingCareService'
 * ```
 */
export const WEB_FACTS = Object.fromEntries(
  Object.entries(FACT_FLAGS).map(([name, fact]) => [name, { fact, question: FACT_QUESTIONS[fact] }]),
) as { readonly [F in FactFlag]: { readonly fact: (typeof FACT_FLAGS)[F]; readonly question: string } };

/** An address parameter naming a yes/no fact. */
export type WebFactName = FactFlag;

/**
 * The facts the page asks about as a choice of words (who they live with, their kind of home, how
 * many adults they share it with), by their address parameter (the command line's `--household`,
 * `--tenancy` and `--other-adults` without the dashes), with the person fact each gives, the question
 * and a label for each value the fact can take.
 *
 * @example
 * ```ts
 * WEB_CHOICES.household.options.map((o) => o.value); // ['alone', 'only-care-leavers', 'with-others']
 * ```
 */
export const WEB_CHOICES = {
  household: {
    fact: 'household',
    question: 'Who do they live with?',
    options: [
      { value: 'alone', label: 'Alone' },
      { value: 'only-care-leavers', label: 'Only with other care leavers' },
      { value: 'with-others', label: 'With others' },
    ],
  },
  tenancy: {
    fact: 'tenancy',
    question: 'What kind of home do they have?',
    options: [
      { value: 'council', label: 'A council tenancy' },
      { value: 'housing-association', label: 'A housing association tenancy' },
      { value: 'private-rented', label: 'A private rented home' },
      { value: 'none', label: 'No tenancy of their own' },
    ],
  },
  'other-adults': {
    fact: 'otherAdults',
    question: 'If they live with others: how many of the other adults count for council tax (not care leavers, students or others left out of the count)?',
    options: [
      { value: 'one', label: 'One' },
      { value: 'two-or-more', label: 'Two or more' },
    ],
    // A hand-written address may give the count, as the command line's --other-adults takes it.
    readAs: otherAdultsFromCount,
  },
} as const satisfies Record<
  string,
  {
    readonly fact: ChoiceFact;
    readonly question: string;
    readonly options: readonly { readonly value: string; readonly label: string }[];
    /** Another way to write an answer (a count for `other-adults`): the option's value it stands for, or undefined. */
    readonly readAs?: (given: string) => string | undefined;
  }
>;

/** An address parameter naming a fact answered by a choice of words (the command line's option without its dashes; `fact` is the person fact it gives). */
export type WebChoiceName = keyof typeof WEB_CHOICES;

/** The query the page answers, as read from its address: every field as text, unchecked. */
export interface WebQuery {
  /** Date of birth, YYYY-MM-DD (`born`). */
  readonly born: string;
  /** The council that looked after them (`responsible`). */
  readonly responsible: string;
  /** Where they live (`lives-in`). */
  readonly livesIn: string;
  /** Where they move to, or "" for no move (`to`). */
  readonly to: string;
  /**
   * Other places to compare with `to` (`to` given again, once for each: at most
   * {@link MAX_PLACES_COMPARED} places in all), in the order given; none when left out.
   */
  readonly compareWith?: readonly string[];
  /** The date to answer for, YYYY-MM-DD (`on`). */
  readonly on: string;
  /** The care-leaver status, or "" (`status`). */
  readonly status: string;
  /** The yes/no facts answered; a fact left out is "Not sure". */
  readonly facts: Readonly<Partial<Record<WebFactName, 'yes' | 'no'>>>;
  /** The facts answered by a choice of words (`household`, `tenancy`); one left out is "Not sure". */
  readonly choices?: Readonly<Partial<Record<WebChoiceName, string>>>;
  /**
   * Only these kinds are answered (`kind`, given once for each, as the command line's `--kind`),
   * in the vocabulary's order; every kind when left out.
   */
  readonly kinds?: readonly Kind[];
  /**
   * Parameters the address gives that could not be read: an answer that is not one of the
   * question's (`household=family`), or a field given twice with different values. Listed as
   * problems rather than dropped: a hand-edited or shared link would otherwise lose a fact silently.
   */
  readonly unreadable?: readonly WebUnreadable[];
}

/** A parameter of the address that could not be read (see {@link WebQuery.unreadable}). */
export interface WebUnreadable {
  /** The parameter's name (`household`, `born`). */
  readonly name: string;
  /** What was given (the values, joined by " and ", when given twice). */
  readonly value: string;
  /** Not one of the question's answers, given twice with different values, or more places to move to than are compared. */
  readonly problem: 'not-an-answer' | 'repeated' | 'too-many';
}

/** The form's text fields: each parameter's name and the query field it fills, in the order written. */
const TEXT_PARAMS = [
  ['born', 'born'],
  ['responsible', 'responsible'],
  ['lives-in', 'livesIn'],
  ['to', 'to'],
  ['on', 'on'],
  ['status', 'status'],
] as const satisfies readonly (readonly [string, keyof WebQuery])[];

/** The most places to move to a question compares (`to` and {@link WebQuery.compareWith}). */
export const MAX_PLACES_COMPARED = 3;

/** The parameter naming a kind to answer: given once for each kind (see {@link WebQuery.kinds}). */
export const KIND_PARAM = 'kind';

/** The parameters the form writes and the page reads (see {@link webQueryParams}). */
const FORM_PARAMS: ReadonlySet<string> = /* @__PURE__ */ new Set([...TEXT_PARAMS.map(([name]) => name), ...Object.keys(WEB_FACTS), ...Object.keys(WEB_CHOICES), KIND_PARAM]);

/**
 * Reads the query from an address's parameters. Missing parameters are empty strings; `on`
 * defaults to `today` (the page passes the browser's date; the engine never reads a clock);
 * a fact whose value is neither `yes` nor `no`, a choice that is not one of its words, or a `kind`
 * that names no kind (by id, or by its name in the tables) is left out and listed as unreadable.
 *
 * @param params - the address's search parameters (`new URLSearchParams(location.search)`)
 * @param today - the date `on` defaults to
 * @returns the query
 * @example
 * ```ts
 * parseWebQuery(new URLSearchParams('born=2004-06-15&responsible=Bolton&lives-in=Bolton&higher-education=no'), '2026-11-23');
 * // { born: '2004-06-15', responsible: 'Bolton', livesIn: 'Bolton', to: '', on: '2026-11-23', status: '', facts: { 'higher-education': 'no' } }
 * ```
 */
export function parseWebQuery(params: URLSearchParams, today: CalendarDate): WebQuery {
  const get = (name: string): string => (params.get(name) ?? '').trim();
  const unreadable: WebUnreadable[] = [];
  for (const name of new Set(params.keys())) {
    // Only the form's own fields: a parameter the page does not read (a tracking tag a link picked
    // up, say) is ignored however often it is given, as it is when given once. A kind is given once
    // for each, and so is each place to compare.
    if (!FORM_PARAMS.has(name) || name === KIND_PARAM || name === 'to') continue;
    const values = [...new Set(params.getAll(name).map((v) => v.trim()).filter((v) => v !== ''))];
    if (values.length > 1) unreadable.push({ name, value: values.join(' and '), problem: 'repeated' });
  }
  const facts: Partial<Record<WebFactName, 'yes' | 'no'>> = {};
  for (const name of Object.keys(WEB_FACTS) as WebFactName[]) {
    const value = get(name).toLowerCase();
    if (value === 'yes' || value === 'no') facts[name] = value;
    else if (value !== '') unreadable.push({ name, value: get(name), problem: 'not-an-answer' });
  }
  const choices: Partial<Record<WebChoiceName, string>> = {};
  for (const name of Object.keys(WEB_CHOICES) as WebChoiceName[]) {
    const choice = WEB_CHOICES[name];
    const value = ('readAs' in choice ? choice.readAs(get(name)) : undefined) ?? get(name).toLowerCase();
    if (choice.options.some((o) => o.value === value)) choices[name] = value;
    else if (value !== '') unreadable.push({ name, value: get(name), problem: 'not-an-answer' });
  }
  const named = new Set<Kind>();
  for (const given of params.getAll(KIND_PARAM).map((v) => v.trim())) {
    if (given === '') continue;
    const kind = kindNamed(given);
    if (kind === undefined) unreadable.push({ name: KIND_PARAM, value: given, problem: 'not-an-answer' });
    else named.add(kind);
  }
  // The places to move to, each once, in the order given (the first is `to`).
  const places = [...new Set(params.getAll('to').map((v) => v.trim()).filter((v) => v !== ''))];
  if (places.length > MAX_PLACES_COMPARED) unreadable.push({ name: 'to', value: places.join(', '), problem: 'too-many' });
  const compareWith = places.slice(1, MAX_PLACES_COMPARED);
  const on = fromDayMonthYear(get('on'));
  return {
    born: fromDayMonthYear(get('born')),
    responsible: get('responsible'),
    livesIn: get('lives-in'),
    to: places[0] ?? '',
    ...(compareWith.length > 0 ? { compareWith } : {}),
    on: on === '' ? today : on,
    status: get('status'),
    facts,
    ...(Object.keys(choices).length > 0 ? { choices } : {}),
    ...(named.size > 0 ? { kinds: ALL_KINDS.filter((kind) => named.has(kind)) } : {}),
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
}

/**
 * Writes a query as address parameters, in the names {@link parseWebQuery} reads; empty fields
 * are left out, and each kind asked about is a `kind` of its own.
 *
 * @param query - the query
 * @returns the parameters
 * @example
 * ```ts
 * webQueryParams({ born: '2004-06-15', responsible: 'Bolton', livesIn: 'Bolton', to: '', on: '2026-11-23', status: '', facts: {} }).toString();
 * // 'born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23'
 * ```
 */
export function webQueryParams(query: WebQuery): URLSearchParams {
  const params = new URLSearchParams();
  const pairs: [string, string][] = [
    ...TEXT_PARAMS.map(([name, field]): [string, string] => [name, query[field]]),
    ...(Object.keys(WEB_FACTS) as WebFactName[]).map((name): [string, string] => [name, query.facts[name] ?? '']),
    ...(Object.keys(WEB_CHOICES) as WebChoiceName[]).map((name): [string, string] => [name, query.choices?.[name] ?? '']),
  ];
  for (const [name, value] of pairs) {
    if (value !== '') params.set(name, value);
    // The places compared follow the first place to move to, as `to` again.
    if (name === 'to' && value !== '') for (const place of query.compareWith ?? []) params.append('to', place);
  }
  for (const kind of query.kinds ?? []) params.append(KIND_PARAM, kind);
  return params;
}

/** The element the answer is drawn in, and the fragment of an answer's address. */
export const ANSWER_ID = 'answer';

/**
 * The address of a question's answer, relative to the page: its parameters, and a fragment that
 * brings the answer (below the form) into view when the address is opened.
 *
 * @param query - the question
 * @returns the address
 * @example
 * ```ts
 * answerAddress({ born: '2004-06-15', responsible: 'Bolton', livesIn: 'Bolton', to: '', on: '2026-11-23', status: '', facts: {} });
 * // '?born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23#answer'
 * ```
 */
export function answerAddress(query: WebQuery): string {
  return `?${webQueryParams(query).toString()}#${ANSWER_ID}`;
}

/** The care-leaver statuses the form offers, with their plain-English labels. */
export const WEB_STATUSES: readonly { readonly value: CareLeaverCategory; readonly label: string }[] = [
  { value: 'former-relevant', label: 'Former relevant: 18 or over and left care' },
  { value: 'relevant', label: 'Relevant: 16 or 17 and has left care' },
  { value: 'eligible', label: 'Eligible: 16 or 17 and still looked after' },
  { value: 'qualifying', label: 'Qualifying: left care after 16 but is not a former relevant child' },
];

/**
 * A date written the British way in one piece (15/6/2004, 15.06.2004, 15-6-2004) as YYYY-MM-DD;
 * anything else as given. An address shared by hand, or a whole date typed into the day box, is
 * read as the adviser meant it.
 *
 * @param text - what was given
 * @returns the date as YYYY-MM-DD, or the text unchanged
 * @example
 * ```ts
 * fromDayMonthYear('03/12/2006'); // '2006-12-03'
 * fromDayMonthYear('2006-12-03'); // '2006-12-03'
 * ```
 */
export function fromDayMonthYear(text: string): string {
  return dayFirstAsIso(text.trim(), '/.-') ?? text;
}

/**
 * Whether a string is a real calendar date written YYYY-MM-DD.
 *
 * @param value - the text
 * @returns true for a date that exists
 * @example
 * ```ts
 * isDate('2004-06-15'); // true
 * isDate('2004-02-30'); // false
 * ```
 */
export function isDate(value: string): value is CalendarDate {
  return isCalendarDate(value);
}
