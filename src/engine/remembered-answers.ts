import { markDate } from '../dates/age-mark.js';
import { DEFAULT_LEAP_DAY_BIRTHDAY_RULE } from '../dates/birthday.js';
import { CareLeaverCategory } from '../schema/care-leaver-category.js';
import { type CalendarDate, LAST_YEAR } from '../dates/calendar-date.js';
import type { Kind } from '../schema/kind.js';
import { CHOICE_FACT_VALUES, FACT_VALUE_TYPES, type FactName } from '../schema/person-facts.js';
import { conditionFacts } from '../rules/condition-handlers.js';
import type { ReasonData } from '../schema/reason.js';
import type { IndexedOffer } from './dataset-index.js';
import type { Entitlement, OfferAssessment } from './entitlement.js';
import type { EngineSetup } from './engine-setup.js';
import type { PlaceView } from './place-view.js';
import { deepFreeze } from './deep-freeze.js';
import { assessmentWithReasons } from './assessment-with-reasons.js';
import { entitlementWith } from './entitlement-with.js';
import { someOf } from '../lists/frozen-lists.js';

/**
 * Answers compiled for one place view, date and list of kinds: what they are for each class of
 * person, where a class is the category, the leap-day rule, the values of the facts the kinds'
 * offers read, and where the person's birthdays (those the offers name) fall among the dates the
 * answers can turn on.
 *
 * Why this is sound: the engine reads a date of birth only through `birthday()` (and `markDate()`,
 * the day after a birthday's month or financial year) and only compares those dates with dates
 * (the date asked, version and `notBefore` dates, coverage claims' starts, the dates where the
 * person's places change or end, the last date answered for) and with each other. Two people of one
 * class in one place view see every comparison that matters come out the same (a birthday before
 * the date asked is compared only with the date asked and with birthday conditions' dates: see
 * `birthdayPlace`), so their answers differ only
 * where a birthday is written (`endsOn` and reasons' `date`), and those are re-dated from one to
 * the other. The test suite holds remembered answers to answers worked out afresh.
 */
interface Plan {
  /** The birthdays the kinds' offers name (now or at a later place), as marks (`AgeMark`), in order. */
  readonly ages: readonly number[];
  /** Every date the answers can turn on or name, in order, each once. */
  readonly dates: readonly CalendarDate[];
  /** The dates birthday conditions compare birthdays with ("turned 18 after 1 April 2023"), in order: past or not, they part classes. */
  readonly fixedDates: readonly CalendarDate[];
  /** The person facts the kinds' offers read (conditions, and values that depend on the household), in order. */
  readonly facts: readonly FactName[];
  /** The base of the number that says where the birthdays fall (see `birthdayPlace`), or 0 when too many birthdays for a safe integer (a string then). */
  readonly base: number;
  /** How many numbers where the birthdays fall can take (`base` to the power of the birthdays), or 0. */
  readonly span: number;
  /** The largest facts class (see `factsClass`) that makes one safe integer with where the birthdays fall (see `classKey`). */
  readonly largestJoinedClass: number;
  /** The answers worked out so far, by class of person (see `classKey`). */
  readonly answers: Map<number | string, RememberedAnswers>;
  /** How many values each of `facts` takes in a class number (see `factRadices`). */
  readonly radices: readonly number[];
  /** A number for each area given as a fact (a GP's area) that people asked about here gave (see `areaCode`). */
  readonly areaCodes: Map<string, number>;
}

/**
 * The answers worked out for the first person of a class that a second person asked about, and
 * that person's birthdays (of the plan's `ages`). `answers` is null until then: most classes of a
 * cohort spread over the country have one person, and keeping their answers would cost memory.
 */
interface RememberedAnswers {
  /** The date of birth of the person the answers were worked out for: another with the same has the same birthdays. */
  dateOfBirth: CalendarDate;
  birthdays: readonly CalendarDate[];
  answers: readonly Entitlement<ReasonData>[] | null;
  /** For each answer, where it names one of `birthdays` (null where it names none): what re-dating copies. */
  dated: readonly (DatedPlaces | null)[] | null;
}

/**
 * Where a remembered answer names the birthdays of the person it was worked out for, found once
 * when it is remembered, so that re-dating it for another person of the class copies those places
 * and reads nothing else (on the peers' workload, about a tenth quicker than reading every offer's
 * every reason on each look-up).
 */
interface DatedPlaces {
  /** Whether `endsOn` is one of the birthdays. */
  readonly endsOn: boolean;
  /** The positions in `reasons` of the reasons naming one. */
  readonly reasons: readonly number[];
  /** The offers' assessments naming one: the offer's position in `offers`, then its reasons' positions. */
  readonly offers: readonly (readonly [offer: number, reasons: readonly number[]])[];
}

/** How many times a place view must have been asked about on a date before answers there are remembered (a place of a few people gains nothing). */
const ASKED_BEFORE_PLANS = 10;

/**
 * After this many look-ups in a place, remembering stops there while most of them were the first
 * person of their class (keeping answers costs about what working them out does, so a place whose
 * people rarely share a class loses). Counting first persons rather than answers found lets a
 * place of a few tens of classes warm up: its first look-ups meet new classes, and its answers are
 * found only from each class's third person.
 */
const LOOKUPS_BEFORE_REVIEW = 30;

/**
 * The share of a place's look-ups that may be first persons of their class before remembering
 * stops there, by how many look-ups it has had: nine in ten at first, four in five from 60, two in
 * three from 120. A place of a few tens of classes meets mostly new ones in its first thirty
 * look-ups (on the peers' workload, two kinds, between 0.13 and 0.97 of them, median 0.6; later
 * one in ten overall), while one whose people never share a class (every kind, a cohort over
 * England) meets 0.83 to 0.97 at thirty and the same later: stopping at two in three from the
 * thirtieth look-up stopped two places in five of the first kind too.
 */
function firstPersonsAllowed(lookups: number): number {
  return lookups < 60 ? 0.9 : lookups < 120 ? 0.8 : 2 / 3;
}

/**
 * Classes a place remembers on a date before it stops remembering more, and entitlements
 * remembered in all before every place starts again. One kind's answer with what it shares is about
 * 1.2 kB (and as much again for its words): every kind for 1,250 classes, or two kinds for 25,000,
 * is about 60 MiB, 100 MiB with words. Four times as many kept 275 to 475 MiB for a cohort in a
 * few hundred places, whose thousands of classes outgrow either limit and are dropped before most
 * are met again (BENCHMARKS.md, 6 December 2026).
 */
const MAX_CLASSES_PER_PLACE = 5_000;
const MAX_ENTITLEMENTS = 1_250 * 40;
/** The limit in force: {@link MAX_ENTITLEMENTS}, or a test's (see withRememberedAnswersLimit). */
let entitlementsLimit = MAX_ENTITLEMENTS;
let entitlementsKept = 0;

/**
 * Calls still to answer afresh, with nothing looked up or kept. When a generation of remembered
 * answers fills up with classes found again fewer times than classes kept, the people asked about
 * meet more classes than the limit holds, each is dropped before it is met again, and keeping them
 * only costs (a cohort in 500 places filled the limit every 5,700 look-ups, with about 650 answers
 * found for 1,250 classes kept: BENCHMARKS.md, 6 December 2026). The next calls, twice as many as
 * the limit's entitlements (100,000), are then answered afresh; after them remembering tries again.
 */
let pausedCalls = 0;
/** Answers found, and classes kept, in the current generation. */
let generationFound = 0;
let generationKept = 0;

/**
 * A place view on a date: how often it was asked about, its plans (by list of kinds) once it has
 * been asked about ten times, and how many classes its look-ups met. A place asked about a few times
 * (most places of a cohort spread over the country) costs no plan, and a place whose people
 * rarely share a class stops remembering.
 */
interface Site {
  asked: number;
  classes: number;
  plans: Map<string, Plan> | null;
  /** The plan used last, and a copy of its kinds: the next call usually asks for the same kinds. */
  last: { readonly kinds: readonly Kind[]; readonly plan: Plan } | null;
  lookups: number;
  off: boolean;
}

let sites = new WeakMap<PlaceView, Map<CalendarDate, Site>>();

/**
 * The entitlements, offers' assessments and reasons of remembered answers, shared by the people of
 * their class: the explanation layer puts each into words once (see `explainEvaluation`). A new set
 * with every generation of remembered answers: V8's weak sets slow down badly past a million or so
 * members, and more so with the dead ones a collection leaves behind (an `add` took 10 to 40 µs
 * against well under one), which one set kept for the life of the process reached after a few
 * thousand classes of every kind (BENCHMARKS.md, 6 December 2026). A generation holds about five
 * objects an entitlement, 250,000 at the limit.
 */
let shared = new WeakSet<object>();

/** How many times the remembered answers were dropped to start again: a number that changes whenever `shared` is emptied. */
let generation = 0;

/**
 * Whether an object (an entitlement, an offer's assessment or a reason) belongs to remembered answers, so
 * that its words can be remembered too. Such objects are frozen all through.
 *
 * @param value - an object from `decide`'s output
 * @returns true when other calls may return the same object
 * @example
 * ```ts
 * isSharedDecision(decide(person, on, embeddedDataset).entitlements[0]!); // true once people of its class were answered twice
 * ```
 */
export function isSharedDecision(value: object): boolean {
  return shared.has(value);
}

/**
 * A number that changes whenever the remembered answers are dropped (when too many are kept):
 * what remembers something for each shared decision (their words) forgets it then, so that it
 * holds no more than the remembered answers do.
 *
 * @returns the current generation of remembered answers
 * @example
 * ```ts
 * const before = sharedDecisionsGeneration();
 * sharedDecisionsGeneration() === before; // true until the remembered answers are dropped
 * ```
 */
export function sharedDecisionsGeneration(): number {
  return generation;
}

/**
 * What `rememberedEntitlements` needs from the engine besides the setup and the place view: asked
 * for only when answers are worked out or a plan is made, never when an answer is remembered.
 */
export interface AnswerPlanInputs {
  /** The offers whose assessments a kind's answer (and its change scan) may read. */
  offersOf(kind: Kind): readonly IndexedOffer[];
  /** Other dates the answers can turn on: where the person's places change or end (asked for when a plan is made). */
  placeDates(): readonly CalendarDate[];
  /** Works out the answers, one per kind of the setup's kinds. */
  decideAll(): readonly Entitlement<ReasonData>[];
}

/** The last date the package answers for (the change scan stops after it). */
const LAST_YEAR_END: CalendarDate = `${LAST_YEAR}-12-31`;

function siteOf(view: PlaceView, on: CalendarDate): Site {
  let byDate = sites.get(view);
  if (byDate === undefined) {
    byDate = new Map();
    sites.set(view, byDate);
  }
  let site = byDate.get(on);
  if (site === undefined) {
    site = { asked: 0, classes: 0, plans: null, last: null, lookups: 0, off: false };
    byDate.set(on, site);
  }
  return site;
}

function newPlan(on: CalendarDate, setup: EngineSetup, inputs: AnswerPlanInputs): Plan {
  const ages = new Set<number>();
  const facts = new Set<FactName>();
  const dates = new Set<CalendarDate>([on, LAST_YEAR_END, ...inputs.placeDates()]);
  // Dates a birthday condition compares birthdays with, which matter even when they are past.
  const fixedDates = new Set<CalendarDate>();
  const seen = new Set<IndexedOffer>();
  for (const kind of setup.kinds) {
    for (const offer of inputs.offersOf(kind)) {
      if (seen.has(offer)) continue;
      seen.add(offer);
      for (const age of offer.birthdays) ages.add(age);
      for (const date of offer.changeDates) dates.add(date);
      // A birthday compared with a fixed date: people whose birthday falls on either side differ.
      for (const [age, fixed] of offer.datedBirthdays) {
        ages.add(age);
        for (const date of fixed) fixedDates.add(date);
      }
      for (const [, version] of offer.versions) {
        for (const condition of version.eligibility) for (const fact of conditionFacts(condition)) facts.add(fact);
        if (version.value.type === 'depends-on-household') facts.add('household');
      }
    }
    for (const [date] of setup.index.claimStarts.get(kind) ?? []) dates.add(date);
  }
  for (const date of fixedDates) dates.add(date);
  // A digit per birthday: its place (from -1 - 2 × fixed dates to 2 × dates) made 0 or more, twice,
  // plus one when it falls on the day of the birthday before.
  const base = 2 * (2 * dates.size + 2 * fixedDates.size + 2);
  const sortedFacts = [...facts].sort();
  const span = base ** ages.size <= Number.MAX_SAFE_INTEGER ? base ** ages.size : 0;
  return {
    base: span === 0 ? 0 : base,
    span,
    largestJoinedClass: span === 0 ? -1 : Math.floor(Number.MAX_SAFE_INTEGER / span) - 1,
    ages: [...ages].sort((a, b) => a - b),
    dates: [...dates].sort(),
    fixedDates: [...fixedDates].sort(),
    facts: sortedFacts,
    radices: factRadices(sortedFacts),
    answers: new Map(),
    areaCodes: new Map(),
  };
}

const CATEGORY_CODES: ReadonlyMap<string, number> = /* @__PURE__ */ (() => new Map(CareLeaverCategory.options.map((category, code) => [category, code])))();

/** How many areas given as facts (GP areas) a plan numbers before classes are written as strings. */
const AREA_CODES = 64;

/**
 * How many values each fact takes in a class number: missing, then no and yes, or each choice, or
 * an area (numbered as the plan meets them; see `areaCode`); 0 when the facts' values would not
 * fit in a safe integer with the category and the leap-day rule (classes are then strings).
 */
function factRadices(facts: readonly FactName[]): readonly number[] {
  const radices = facts.map((name) => {
    const type = FACT_VALUE_TYPES[name];
    return type === 'yes-no' ? 3 : type === 'area' ? AREA_CODES : CHOICE_FACT_VALUES[type].length + 1;
  });
  const classes = radices.reduce((product, radix) => product * radix, 2 * CATEGORY_CODES.size);
  return classes <= Number.MAX_SAFE_INTEGER ? radices : radices.map(() => 0);
}

/**
 * The person's class by category, leap-day rule and the values of the plan's facts, as a number
 * (a digit for each fact; see `factRadices`), or a string where a number would not do: too many
 * facts, or more GP areas than a digit holds. A missing fact and a missing `facts` object fall in
 * one class: the engine reads both as the fact not given.
 */
function factsClass(plan: Plan, person: EngineSetup['person'], leapDayBirthday: EngineSetup['leapDayBirthday']): number | string {
  let key = 2 * CATEGORY_CODES.get(person.category)! + (leapDayBirthday === DEFAULT_LEAP_DAY_BIRTHDAY_RULE ? 0 : 1);
  const { facts: names, radices } = plan;
  const facts = person.facts;
  for (let i = 0; i < names.length; i++) {
    const radix = radices[i]!;
    const name = names[i]!;
    const value = facts?.[name];
    const code = value === undefined ? 0 : valueCode(plan, name, value);
    if (code < 0 || code >= radix) return textClass(plan, person, leapDayBirthday);
    key = key * radix + code;
  }
  return key;
}

/** A given fact's digit: 1 no and 2 yes, 1 and on for each choice, or the area's number; -1 for a value of another type. */
function valueCode(plan: Plan, name: FactName, value: boolean | string): number {
  const type = FACT_VALUE_TYPES[name];
  if (typeof value === 'boolean') return type === 'yes-no' ? (value ? 2 : 1) : -1;
  if (type === 'area') return areaCode(plan, value);
  if (type === 'yes-no') return -1;
  const at = CHOICE_FACT_VALUES[type].indexOf(value);
  return at === -1 ? -1 : at + 1;
}

/** An area given as a fact, numbered from 1 in the order the plan meets them (up to `AREA_CODES`). */
function areaCode(plan: Plan, value: string): number {
  let code = plan.areaCodes.get(value);
  if (code === undefined) {
    code = 1 + plan.areaCodes.size;
    if (code < AREA_CODES) plan.areaCodes.set(value, code);
  }
  return code;
}

/** The class as a string, where a number would not do (see `factsClass`). */
function textClass(plan: Plan, person: EngineSetup['person'], leapDayBirthday: EngineSetup['leapDayBirthday']): string {
  let key = `${person.category}|${leapDayBirthday}|`;
  for (const name of plan.facts) {
    const value = person.facts?.[name];
    key += value === undefined ? '-;' : `${String(value)};`;
  }
  return key;
}

/**
 * A class of person, by category, leap-day rule and facts (`factsClass`) and by where the birthdays
 * fall (`places`), as one number where both are numbers and fit in a safe integer (one look-up,
 * where a map per facts class took two), else as a string. Numbers and strings never meet as keys.
 */
function classKey(plan: Plan, factsKey: number | string, places: number | string): number | string {
  if (typeof factsKey === 'number' && typeof places === 'number' && factsKey <= plan.largestJoinedClass) return factsKey * plan.span + places;
  return `${factsKey}/${places}`;
}

/** The site's plan for the setup's kinds: the last one used when the kinds are the same, or by the kinds' names (made when new). */
function planFor(site: Site, setup: EngineSetup, on: CalendarDate, inputs: AnswerPlanInputs): Plan {
  const { kinds } = setup;
  const last = site.last;
  if (last !== null && sameKinds(last.kinds, kinds)) return last.plan;
  const plans = (site.plans ??= new Map<string, Plan>());
  const kindsKey = kinds.join(',');
  let plan = plans.get(kindsKey);
  if (plan === undefined) plans.set(kindsKey, (plan = newPlan(on, setup, inputs)));
  site.last = { kinds: [...kinds], plan };
  return plan;
}

function sameKinds(a: readonly Kind[], b: readonly Kind[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Where a birthday falls for the class of a person asked about on `on`: among all the plan's dates
 * (`rank`), except that a birthday before `on` that is none of them counts only the birthday
 * conditions' dates before it. Nothing the answer on `on` or its change scan reads compares a past
 * birthday with a past version date (only with `on` and later dates, and with the fixed dates of
 * birthday conditions), so people whose past birthdays differ only there share a class; a birthday
 * that is one of the dates keeps its exact place, so that re-dating (which rewrites a date equal to
 * the first person's birthday) can never touch a version or place date that a reason names.
 */
function birthdayPlace(plan: Plan, on: CalendarDate, date: CalendarDate): number {
  const place = rank(plan.dates, date);
  if (date >= on || place % 2 === 1) return place;
  return -1 - rank(plan.fixedDates, date);
}

/** Where a date falls among sorted dates: twice the number before it, plus one when it is one of them. */
function rank(dates: readonly CalendarDate[], date: CalendarDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (dates[middle]! < date) low = middle + 1;
    else high = middle;
  }
  return 2 * low + (dates[low] === date ? 1 : 0);
}

/**
 * Whether the person can be put in a class: not when an area given as a fact (a GP's area) has a
 * geography that changes on dates the plans do not know.
 */
function classifiable(setup: EngineSetup): boolean {
  const facts = setup.person.facts;
  if (facts === undefined) return true;
  for (const name in facts) {
    const value = facts[name as FactName];
    if (typeof value === 'string' && (setup.geography.changeDates?.(value) ?? []).length > 0) return false;
  }
  return true;
}

/** A date re-dated from one person's birthdays to another's (unchanged when it is not one of them). */
function redate(date: CalendarDate, from: readonly CalendarDate[], to: readonly CalendarDate[]): CalendarDate {
  const at = from.indexOf(date);
  return at === -1 ? date : to[at]!;
}

function redatedReason(reason: ReasonData, from: readonly CalendarDate[], to: readonly CalendarDate[]): ReasonData {
  if (reason.code === 'none-of-alternatives') {
    const alternatives = redatedAll(reason.alternatives, from, to);
    return alternatives === reason.alternatives ? reason : { ...reason, alternatives };
  }
  if (!('date' in reason)) return reason;
  const date = redate(reason.date, from, to);
  return date === reason.date ? reason : withDate(reason, date);
}

/**
 * A reason with another date. The reasons that name a birthday are written out field by field, in
 * the order the rules write them (a spread of a shared, frozen reason of one of many shapes cost
 * most of a remembered answer); any other is copied whole.
 */
function withDate(reason: ReasonData & { readonly date: CalendarDate }, date: CalendarDate): ReasonData {
  switch (reason.code) {
    case 'age-not-reached':
      return { code: reason.code, offerId: reason.offerId, offerTitle: reason.offerTitle, age: reason.age, date };
    case 'age-limit-passed':
      return reason.endOf === undefined
        ? { code: reason.code, offerId: reason.offerId, offerTitle: reason.offerTitle, age: reason.age, date }
        : { code: reason.code, offerId: reason.offerId, offerTitle: reason.offerTitle, age: reason.age, date, endOf: reason.endOf };
    case 'ends-on-birthday':
      return reason.endOf === undefined
        ? { code: reason.code, offerId: reason.offerId, offerTitle: reason.offerTitle, age: reason.age, date, then: reason.then }
        : { code: reason.code, offerId: reason.offerId, offerTitle: reason.offerTitle, age: reason.age, endOf: reason.endOf, date, then: reason.then };
    case 'changes-on':
      return { code: reason.code, date, then: reason.then };
    default:
      return { ...reason, date } as ReasonData;
  }
}

/** Whether a reason names one of the dates (or one of its alternatives does). */
function namesDate(reason: ReasonData, dates: readonly CalendarDate[]): boolean {
  if (reason.code === 'none-of-alternatives') return someOf(reason.alternatives, (alternative) => namesDate(alternative, dates));
  return 'date' in reason && dates.includes(reason.date);
}

/** The positions of the reasons that name one of the dates. */
function datedPositions(reasons: readonly ReasonData[], dates: readonly CalendarDate[]): number[] {
  const positions: number[] = [];
  for (let i = 0; i < reasons.length; i++) if (namesDate(reasons[i]!, dates)) positions.push(i);
  return positions;
}

/** Where an answer names one of the birthdays, or null when it names none. */
function datedPlaces(answer: Entitlement<ReasonData>, birthdays: readonly CalendarDate[]): DatedPlaces | null {
  const endsOn = answer.endsOn !== null && birthdays.includes(answer.endsOn);
  const reasons = datedPositions(answer.reasons, birthdays);
  const offers: (readonly [number, readonly number[]])[] = [];
  for (let i = 0; i < answer.offers.length; i++) {
    const positions = datedPositions(answer.offers[i]!.reasons, birthdays);
    if (positions.length > 0) offers.push([i, positions]);
  }
  return endsOn || reasons.length > 0 || offers.length > 0 ? { endsOn, reasons, offers } : null;
}

/** The reasons with those at `positions` re-dated (a new list, or the same one when there are none). */
function redatedReasons(reasons: readonly ReasonData[], positions: readonly number[], from: readonly CalendarDate[], to: readonly CalendarDate[]): readonly ReasonData[] {
  if (positions.length === 0) return reasons;
  // A spread, not `slice()`: the list is frozen, and V8 copies a frozen list with `slice()` about 15 times slower (see lists/frozen-lists.ts).
  const out = [...reasons];
  for (const i of positions) out[i] = redatedReason(reasons[i]!, from, to);
  return out;
}

/** The reasons re-dated where they name one of `from`, or the same list when none does. */
function redatedAll(reasons: readonly ReasonData[], from: readonly CalendarDate[], to: readonly CalendarDate[]): readonly ReasonData[] {
  return redatedReasons(reasons, datedPositions(reasons, from), from, to);
}

/** A remembered answer for a person of its class with other birthdays: the same objects wherever no birthday is written. */
function redated(answer: Entitlement<ReasonData>, places: DatedPlaces | null, from: readonly CalendarDate[], to: readonly CalendarDate[]): Entitlement<ReasonData> {
  // Only what names a birthday is copied; the rest (often the whole answer) stays the shared object.
  if (places === null) return answer;
  let offers: OfferAssessment<ReasonData>[] | null = null;
  if (places.offers.length > 0) {
    offers = [...answer.offers];
    for (const [at, positions] of places.offers) {
      const offer = answer.offers[at]!;
      offers[at] = assessmentWithReasons(offer, redatedReasons(offer.reasons, positions, from, to));
    }
  }
  const endsOn = places.endsOn ? redate(answer.endsOn!, from, to) : answer.endsOn;
  const reasons = redatedReasons(answer.reasons, places.reasons, from, to);
  const copied = offers;
  const pending = copied === null ? answer.pending : answer.pending.map((offer) => copied[answer.offers.indexOf(offer)] ?? offer);
  return entitlementWith(answer, { endsOn, reasons, offers: copied ?? answer.offers, pending });
}

/** Marks answers as shared between calls, and freezes them: a caller changing one in place would change another person's. */
function markShared(answers: readonly Entitlement<ReasonData>[]): void {
  for (const answer of answers) {
    deepFreeze(answer);
    shared.add(answer);
    // Its reasons too: an answer re-dated for another person keeps those that name no birthday.
    for (const reason of answer.reasons) shared.add(reason);
    for (const offer of answer.offers) {
      shared.add(offer);
      for (const reason of offer.reasons) shared.add(reason);
    }
  }
}

/**
 * How the engine remembers: normally (places remember once asked about often, and stop when
 * rarely found), everywhere (every place from its first person, never stopping: the tests' way to
 * meet remembered answers often), or never (every answer worked out afresh).
 */
type Remembering = 'normally' | 'everywhere' | 'never';
let remembering: Remembering = 'normally';

function whileRemembering<T>(mode: Remembering, work: () => T): T {
  const was = remembering;
  remembering = mode;
  try {
    return work();
  } finally {
    remembering = was;
  }
}

/**
 * Runs `work` with every place remembering answers from its first person and never giving up.
 *
 * @param work - the calls to make
 * @returns what `work` returns
 * @example
 * ```ts
 * rememberingEverywhere(() => people.map((p) => decide(p, on, embeddedDataset)));
 * ```
 */
export function rememberingEverywhere<T>(work: () => T): T {
  return whileRemembering('everywhere', work);
}

/**
 * Runs `work` with at most `limit` entitlements remembered before every place starts again (the
 * tests' way to reach the limit without thousands of people).
 *
 * @param limit - entitlements remembered before the remembered answers are dropped
 * @param work - the calls to make
 * @returns what `work` returns
 * @example
 * ```ts
 * withRememberedAnswersLimit(2, () => people.map((p) => decide(p, on, embeddedDataset, { kinds: ['mentor'] })));
 * ```
 */
export function withRememberedAnswersLimit<T>(limit: number, work: () => T): T {
  const was = entitlementsLimit;
  entitlementsLimit = limit;
  try {
    return work();
  } finally {
    entitlementsLimit = was;
  }
}

/**
 * Runs `work` with answers worked out afresh for every person (nothing remembered or reused).
 *
 * @param work - the calls to make
 * @returns what `work` returns
 * @example
 * ```ts
 * withoutRememberedAnswers(() => decide(person, on, embeddedDataset));
 * ```
 */
export function withoutRememberedAnswers<T>(work: () => T): T {
  return whileRemembering('never', work);
}

/**
 * The person's answers in a place view: remembered from an earlier person of the same class,
 * re-dated to this person's birthdays, or worked out by `inputs.decideAll` (and remembered when a second
 * person of the class asks). People whose residence history changes, or who give as a fact an
 * area whose geography changes, are answered afresh.
 *
 * @param setup - the engine set up for the person
 * @param view - the place view on the date asked
 * @param on - the date asked
 * @param inputs - the offers watched, the dates of the person's places, and the work of answering
 * @returns the answers, one per kind
 * @example
 * ```ts
 * rememberedEntitlements(setup, context.places, on, { offersOf: (kind) => context.places.offersOf(kind), placeDates: () => [], decideAll: () => setup.kinds.map(decideKind) });
 * ```
 */
export function rememberedEntitlements(
  setup: EngineSetup,
  view: PlaceView,
  on: CalendarDate,
  inputs: AnswerPlanInputs,
): readonly Entitlement<ReasonData>[] {
  const { person } = setup;
  if (remembering === 'never' || typeof person.residence !== 'string') return inputs.decideAll();
  if (pausedCalls > 0 && remembering === 'normally') {
    pausedCalls -= 1;
    return inputs.decideAll();
  }
  const site = siteOf(view, on);
  if (site.off || ++site.asked < (remembering === 'everywhere' ? 0 : ASKED_BEFORE_PLANS) || !classifiable(setup)) return inputs.decideAll();
  const plan = planFor(site, setup, on, inputs);
  const key = factsClass(plan, person, setup.leapDayBirthday);
  const birthdays: CalendarDate[] = [];
  // Where each birthday falls: the digits of one number, or a string when they would not fit.
  const { base } = plan;
  let places: number | string = base === 0 ? '' : 0;
  let previous = '';
  for (const mark of plan.ages) {
    const date = markDate(person.dateOfBirth, mark, setup.leapDayBirthday);
    birthdays.push(date);
    // Two marks fall on one day for some people only (the end of a financial year and the next
    // birthday, for someone born on 1 April): a class holds those for whom they do, or do not.
    const digit = 2 * (birthdayPlace(plan, on, date) + 2 * plan.fixedDates.length + 1) + (date === previous ? 1 : 0);
    places = typeof places === 'number' ? places * base + digit : `${places}${digit},`;
    previous = date;
  }
  const joined = classKey(plan, key, places);
  const known = plan.answers.get(joined);
  site.lookups += 1;
  if (known?.answers != null) {
    generationFound += 1;
    const { answers, birthdays: from, dated } = known;
    // A list of its own for each caller (one may sort it), of the shared (frozen) answers.
    if (known.dateOfBirth === person.dateOfBirth || dated === null) return answers.slice();
    const out = new Array<Entitlement<ReasonData>>(answers.length);
    for (let i = 0; i < answers.length; i++) out[i] = redated(answers[i]!, dated[i]!, from, birthdays);
    return out;
  }
  if (remembering === 'normally' && site.lookups >= LOOKUPS_BEFORE_REVIEW && site.classes > site.lookups * firstPersonsAllowed(site.lookups)) {
    site.off = true;
    site.plans = null;
    site.last = null;
  }
  const answers = inputs.decideAll();
  if (known !== undefined) {
    // The second person of the class: from now on its answers are shared.
    if (entitlementsKept >= entitlementsLimit) {
      // Full: every place starts again (the answers kept so far are left to the collector).
      sites = new WeakMap();
      shared = new WeakSet();
      generation += 1;
      entitlementsKept = 0;
      if (remembering === 'normally' && generationFound < generationKept) pausedCalls = 2 * entitlementsLimit;
      generationFound = 0;
      generationKept = 0;
    } else {
      markShared(answers);
      known.dateOfBirth = person.dateOfBirth;
      known.birthdays = birthdays.slice(); // a copy, as for the first person (see below)
      known.answers = answers;
      known.dated = answers.map((answer) => datedPlaces(answer, birthdays));
      entitlementsKept += answers.length;
      generationKept += 1;
      return answers.slice();
    }
  } else if (site.classes < MAX_CLASSES_PER_PLACE) {
    // A copy is kept, not this call's list: V8 allocates the objects of one literal in its old
    // generation from the start once most of them outlive a collection ("pretenuring"), and where
    // most people are the first of their class (every kind, a cohort over England) most of these
    // lists were kept. The same literal's list on every later look-up then went to the old
    // generation too, so each collection of young objects walked it: on the peers' workload after
    // the England cohort, collections took three times as long and `decide` a sixth longer.
    plan.answers.set(joined, { dateOfBirth: person.dateOfBirth, birthdays: birthdays.slice(), answers: null, dated: null });
    site.classes += 1;
  }
  return answers;
}
