import { DEFAULT_LEAP_DAY_BIRTHDAY_RULE, type LeapDayBirthdayRule } from '../dates/birthday.js';
import { CalendarDate, LAST_YEAR, isCalendarDate } from '../dates/calendar-date.js';
import { ukGeography } from '../areas/uk-geography.js';
import type { Reason, ReasonData, WhatFollows } from '../schema/reason.js';
import { ADULT_AGE, CARE_LEAVER_AGE } from '../rules/category-on.js';
import type { Dataset } from '../schema/dataset.js';
import { ALL_KINDS, KIND_INFO, type Kind } from '../schema/kind.js';
import { Person } from '../schema/person.js';
import { plainPerson } from '../schema/plain-person.js';
import { birthday } from '../dates/birthday.js';
import { InvalidInputError, type InputIssue, describeGiven, fromZodIssues, unreadableInputIssue } from '../validation/input-issue.js';
import { type PlaceEnd, placeIssues, placesEndAfter } from './place-issues.js';
import { sameValue } from './compare-values.js';
import { type ChangePoint, causeMark, changePoints } from './change-dates.js';
import { assessOffer } from './assess-offer.js';
import { type ClaimStart, type IndexedOffer, claimStartsAfter, indexDataset } from './dataset-index.js';
import type { Entitlement, Evaluation, OfferAssessment } from './entitlement.js';
import { entitlementWith } from './entitlement-with.js';
import { type CombinedOutcome, type KindContext, combinedOutcome, evaluateKindOn } from './evaluate-kind.js';
import type { Geography } from '../areas/geography.js';
import { residenceOn } from './residence-on.js';
import { unknownOptionKeys } from './unknown-option-keys.js';
import { type PlaceView, placeView } from './place-view.js';
import { type AnswerPlanInputs, rememberedEntitlements } from './remembered-answers.js';
import type { EngineSetup } from './engine-setup.js';
import { someOf } from '../lists/frozen-lists.js';
import { slugOf } from '../lists/slug.js';

/** Options of the decision functions (`decide`, `decideMove`, `decideTimeline`, `decideMoveMatrix`); the explained functions take these and a message table. */
export interface DecideOptions {
  /** Where places are; defaults to the UK registry. */
  readonly geography?: Geography | undefined;
  /** Where a 29 February birthday falls in a common year; defaults to `march-1`. */
  readonly leapDayBirthday?: LeapDayBirthdayRule | undefined;
  /** Only these kinds (all kinds by default), each at most once: a repeated kind is refused, naming it. */
  readonly kinds?: readonly Kind[] | undefined;
}


/** The last date the package answers for: a change after it is not reported as an `endsOn`. */
const LAST_SUPPORTED_DATE = `${LAST_YEAR}-12-31`;


/**
 * A category that cannot exist on the date it is given for: eligible and relevant children are 16
 * or 17, former relevant children 18 or over, and no care leaver is under 16 (Children Act 1989).
 * The category is read as given for the first date of the call (`on`, or `from`); on other dates
 * it is derived from it.
 */
function categoryIssues(person: Person, asOf: CalendarDate, leapDayBirthday: LeapDayBirthdayRule | undefined): InputIssue[] {
  const sixteenth = birthday(person.dateOfBirth, CARE_LEAVER_AGE, leapDayBirthday);
  if (asOf < sixteenth) {
    return [
      {
        code: 'invalid-value',
        path: ['person', 'dateOfBirth'],
        message:
          sixteenth > LAST_SUPPORTED_DATE
            ? `on ${asOf} they are under 16, and a care leaver is 16 or over (eligible and relevant children are 16 or 17); check the date of birth (their 16th birthday is after ${LAST_YEAR}, the last year answered for)`
            : `on ${asOf} they are under 16, and a care leaver is 16 or over (eligible and relevant children are 16 or 17); check the date of birth, or ask about a date from the 16th birthday, ${sixteenth}`,
      },
    ];
  }
  const adult = asOf >= birthday(person.dateOfBirth, ADULT_AGE, leapDayBirthday);
  if (adult && (person.category === 'eligible' || person.category === 'relevant')) {
    return [
      {
        code: 'invalid-value',
        path: ['person', 'category'],
        message: `${withArticle(person.category)} child is under 18, but on ${asOf} they are 18 or over; give category former-relevant (what ${withArticle(person.category)} child becomes at 18)`,
      },
    ];
  }
  if (!adult && person.category === 'former-relevant') {
    return [
      {
        code: 'invalid-value',
        path: ['person', 'category'],
        message: `a former relevant child is 18 or over, but on ${asOf} they are under 18; give category eligible (still looked after) or relevant (has left care)`,
      },
    ];
  }
  return [];
}

/** "an eligible", "a relevant". */
function withArticle(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

const LEAP_DAY_RULES: readonly LeapDayBirthdayRule[] = ['march-1', 'february-28'];

/** What is wrong with the options object (not an object, an unknown kind, an unknown leap-day rule), as issues. */
function optionIssues(options: unknown): InputIssue[] {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return [{ code: 'invalid-type', path: ['options'], message: 'options must be an object (or left out); for example { kinds: [\'mentor\'] }' }];
  }
  const { kinds, leapDayBirthday, geography } = options as { kinds?: unknown; leapDayBirthday?: unknown; geography?: unknown };
  const issues: InputIssue[] = [];
  // A misspelt option ({ kind: ['mentor'] }) would otherwise be ignored, and every kind answered.
  issues.push(...unknownOptionKeys(options, OPTION_KEYS));
  if (geography !== undefined && !isGeography(geography)) {
    issues.push({
      code: 'invalid-type',
      path: ['options', 'geography'],
      message: 'geography must be a Geography (isWithin, councilsServing, nameOf and has); leave it out for the UK, or build one with createGeography',
    });
  }
  if (kinds !== undefined) {
    if (!Array.isArray(kinds)) {
      issues.push({ code: 'invalid-type', path: ['options', 'kinds'], message: 'kinds must be a list of kinds, such as [\'mentor\'] (leave it out for every kind)' });
    } else {
      kinds.forEach((kind: unknown, i) => {
        if (typeof kind === 'string' && Object.hasOwn(KIND_INFO, kind)) {
          const first = kinds.indexOf(kind);
          if (first !== i) {
            issues.push({ code: 'invalid-value', path: ['options', 'kinds', i], message: `${JSON.stringify(kind)} is given twice (also at kinds[${first}]); give each kind once` });
          }
          return;
        }
        const near = typeof kind === 'string' ? ALL_KINDS.find((k) => k === slugOf(kind)) : undefined;
        issues.push({
          code: 'invalid-value',
          path: ['options', 'kinds', i],
          message: `${describeGiven(kind)} is not a kind; ${near === undefined ? 'the kinds are listed in ALL_KINDS' : `did you mean ${JSON.stringify(near)}?`}`,
        });
      });
    }
  }
  if (leapDayBirthday !== undefined && !(LEAP_DAY_RULES as readonly unknown[]).includes(leapDayBirthday)) {
    issues.push({
      code: 'invalid-value',
      path: ['options', 'leapDayBirthday'],
      message: `${describeGiven(leapDayBirthday)} is not a leap-day rule; use "march-1" (the default) or "february-28"`,
    });
  }
  return issues;
}

/**
 * The keys of the engine's options: DecideOptions' and the message table of the explained
 * functions (which pass their options on; the decision functions do not read it).
 */
const OPTION_KEYS: readonly string[] = ['geography', 'leapDayBirthday', 'kinds', 'messages'];

/** Whether a value has the functions every {@link Geography} has. */
function isGeography(value: unknown): value is Geography {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as Record<string, unknown>;
  return typeof g.isWithin === 'function' && typeof g.councilsServing === 'function' && typeof g.nameOf === 'function' && typeof g.has === 'function';
}

function areaIssues(person: Person, geography: Geography): InputIssue[] {
  const gp = person.facts?.registeredGpArea;
  // The usual case, every code known, without building the list of codes and paths.
  if (
    geography.has(person.responsibleAuthority) &&
    (typeof person.residence === 'string' ? geography.has(person.residence) : person.residence.every((p) => geography.has(p.area))) &&
    (gp === undefined || geography.has(gp))
  ) {
    return [];
  }
  const codes: [readonly (string | number)[], string][] = [[['responsibleAuthority'], person.responsibleAuthority]];
  if (typeof person.residence === 'string') codes.push([['residence'], person.residence]);
  else person.residence.forEach((p, i) => codes.push([['residence', i, 'area'], p.area]));
  if (gp !== undefined) codes.push([['facts', 'registeredGpArea'], gp]);
  return codes
    .filter(([, code]) => !geography.has(code))
    .map(([path, code]) => ({
      code: 'unknown-area' as const,
      path,
      message: `${code} is not a known area code; resolveArea() finds the code for a name`,
    }));
}

/**
 * Checks the inputs every engine function shares and prepares what it needs.
 *
 * @param person - the person (validated; an invalid one throws)
 * @param dates - the dates given, by option name, each checked as a calendar date
 * @param dataset - the dataset (validated and indexed once per object)
 * @param options - geography, leap-day rule and kinds
 * @returns the setup
 * @throws {@link InvalidInputError} naming each bad field
 * @example
 * ```ts
 * setUpEngine(person, { on: '2026-01-01' }, embeddedDataset, {}).kinds.length;
 * ```
 */
export function setUpEngine(
  person: unknown,
  dates: Readonly<Record<string, unknown>>,
  dataset: Dataset,
  givenOptions: DecideOptions | undefined,
): EngineSetup {
  // Plain JavaScript callers may pass null, a string for kinds, or a misspelt rule: each is named.
  const issues: InputIssue[] = givenOptions === undefined ? [] : optionIssues(givenOptions);
  const options: DecideOptions = typeof givenOptions === 'object' && givenOptions !== null ? givenOptions : {};
  const geography = isGeography(options.geography) ? options.geography : ukGeography; // a bad one is named above
  // Validated on every call (never remembered by identity): a caller may change the object between
  // calls, and what is evaluated is the parsed copy, so later changes cannot reach a running call.
  // A plain person is copied without zod (see plainPerson); anything else the schema checks and explains.
  let parsed: Person | null = null;
  try {
    parsed = plainPerson(person);
    if (parsed === null) {
      const result = Person.safeParse(person, { reportInput: true });
      if (result.success) parsed = result.data;
      else for (const i of fromZodIssues(result.error.issues)) issues.push({ ...i, path: ['person', ...i.path] });
    }
  } catch (error) {
    issues.push(unreadableInputIssue(error, ['person'])); // a getter or proxy that throws
  }
  if (parsed !== null) {
    const unknownAreas = areaIssues(parsed, geography);
    if (unknownAreas.length > 0) issues.push(...unknownAreas.map((i) => ({ ...i, path: ['person', ...i.path] })));
  }
  for (const name in dates) {
    const value = dates[name];
    // A date string is checked without zod; anything else the schema checks and explains.
    const result = typeof value === 'string' && isCalendarDate(value) ? null : CalendarDate.safeParse(value);
    if (result !== null && !result.success) {
      issues.push({ code: 'invalid-date', path: [name], message: fromZodIssues(result.error.issues)[0]!.message });
    } else if (typeof value === 'string' && issues.length === 0 && parsed !== null && value < parsed.dateOfBirth) {
      issues.push({
        code: 'invalid-date',
        path: [name],
        message: `${value} is before the date of birth ${parsed.dateOfBirth}; give a date on or after it`,
      });
    }
  }
  let asOf: unknown;
  let last: unknown;
  for (const name in dates) {
    if (asOf === undefined) asOf = dates[name];
    if (typeof dates[name] === 'string' && (typeof last !== 'string' || (dates[name] as string) > last)) last = dates[name];
  }
  if (issues.length === 0 && parsed !== null && typeof asOf === 'string') {
    issues.push(...categoryIssues(parsed, asOf, options.leapDayBirthday));
    // A timeline whose dates are the wrong way round is refused by the timeline itself.
    if (typeof last === 'string' && asOf <= last) issues.push(...placeIssues(parsed, { first: asOf, last }, geography));
  }
  if (issues.length > 0 || parsed === null) throw new InvalidInputError('input', issues);
  return {
    person: parsed,
    geography,
    leapDayBirthday: options.leapDayBirthday ?? DEFAULT_LEAP_DAY_BIRTHDAY_RULE,
    index: indexDataset(dataset),
    kinds: options.kinds ?? ALL_KINDS,
  };
}

/**
 * The context for evaluating a setup's person on one date.
 *
 * @param setup - from {@link setUpEngine}
 * @param on - the date
 * @returns the context
 * @example
 * ```ts
 * contextOn(setup, '2026-01-01').residence;
 * ```
 */
export function contextOn(setup: EngineSetup, on: CalendarDate): KindContext {
  const residence = residenceOn(setup.person, on);
  const { person, geography, index } = setup;
  const places = placeView(index, geography, residence, person.responsibleAuthority, on);
  return {
    person,
    geography,
    leapDayBirthday: setup.leapDayBirthday,
    index,
    on,
    residence,
    places,
    residenceWithin: places.residenceWithin,
    responsibleWithin: places.responsibleWithin,
  };
}

/**
 * Whether two entitlements give the same answer: outcome, value and deciding offer.
 *
 * @param a - an entitlement
 * @param b - another
 * @returns true when the same
 * @example
 * ```ts
 * sameAnswer(before, after);
 * ```
 */
export function sameAnswer(a: Entitlement<Reason | ReasonData>, b: Entitlement<Reason | ReasonData>): boolean {
  return a.outcome === b.outcome && a.decidingOfferId === b.decidingOfferId && sameValue(a.value, b.value);
}

function whatFollows(next: CombinedOutcome): WhatFollows {
  if (next.outcome === 'eligible') return { outcome: 'eligible', value: next.deciding.value, providerName: next.deciding.provider.name };
  return { outcome: next.outcome };
}

/** Whether an answer and a later decision agree: outcome, value and deciding offer (as {@link sameAnswer}). */
function sameDecision(answer: Entitlement<ReasonData>, next: CombinedOutcome): boolean {
  if (answer.outcome !== next.outcome) return false;
  if (next.deciding === null) return answer.decidingOfferId === null && sameValue(answer.value, null);
  return answer.decidingOfferId === next.deciding.offerId && sameValue(answer.value, next.deciding.value);
}

/** The kind's assessments on a date and the decision they combine to. */
interface DecisionAt {
  readonly offers: readonly OfferAssessment<ReasonData>[];
  readonly decision: CombinedOutcome;
}

/** Whether two assessments of one offer combine to the same answer (state, value, status, conditions). */
function sameAssessment(a: OfferAssessment<ReasonData>, b: OfferAssessment<ReasonData>): boolean {
  return a.state === b.state && a.status === b.status && a.conditionsHold === b.conditionsHold && sameValue(a.value, b.value);
}

/** Whether a change point can change an offer's assessment: one of its birthdays or its own version date. */
function touches(offer: IndexedOffer, point: ChangePoint): boolean {
  for (const cause of point.causes) {
    if (cause.cause === 'birthday' && offer.birthdays.includes(causeMark(cause))) return true;
    if (cause.cause === 'version' && cause.offerId === offer.offer.id) return true;
  }
  return false;
}

/** Whether where the person lives and where their places lie stay as they were at a change point (only birthdays and versions change). */
function keepsPlaces(point: ChangePoint): boolean {
  return point.causes.every((c) => c.cause === 'birthday' || c.cause === 'version');
}

/**
 * The kind's answer at a change point, from its answer at the point before. Where the person
 * lives does not change and neither does geography, an offer's assessment changes only on its own
 * birthdays and version dates: only those offers are assessed again, and when none of them
 * changes the answer is the same (null is returned). Otherwise the kind is evaluated afresh.
 */
function answerAt(
  kind: Kind,
  point: ChangePoint,
  previous: readonly OfferAssessment<ReasonData>[] | null,
  offers: readonly IndexedOffer[],
  setup: EngineSetup,
  context: KindContext,
): DecisionAt | null {
  if (previous === null || !keepsPlaces(point)) {
    const then = contextOn(setup, point.date);
    const assessed = then.places.offersOf(kind).map((offer) => assessOffer(offer, then));
    return { offers: assessed, decision: combinedOutcome(kind, assessed, then.places) };
  }
  let assessments: OfferAssessment<ReasonData>[] | null = null;
  let at: KindContext | null = null;
  for (let i = 0; i < offers.length; i++) {
    const offer = offers[i]!;
    if (!touches(offer, point)) continue;
    at ??= {
      person: context.person,
      geography: context.geography,
      leapDayBirthday: context.leapDayBirthday,
      index: context.index,
      on: point.date,
      residence: context.residence,
      places: context.places,
      residenceWithin: context.residenceWithin,
      responsibleWithin: context.responsibleWithin,
    };
    const assessment = assessOffer(offer, at);
    if (sameAssessment(assessment, previous[i]!)) continue;
    assessments ??= [...previous];
    assessments[i] = assessment;
  }
  return assessments === null ? null : { offers: assessments, decision: combinedOutcome(kind, assessments, context.places) };
}

/** Whether the geography changes for a place after a date (a council joining a combined authority). */
function changesAfter(geography: Geography, place: string, on: CalendarDate): boolean {
  const dates = geography.changeDates?.(place);
  if (dates === undefined) return false;
  for (const date of dates) if (date > on) return true;
  return false;
}

/**
 * The place views of the person's places after `on`, at each later move and each later change of
 * geography (a council joining a combined authority): the offers that can change an answer later
 * are those that concern the person now or in one of these.
 *
 * @param setup - the engine set up for the person
 * @param on - the date
 * @returns one view per later date, in no particular order
 * @example
 * ```ts
 * laterPlaces(setUpEngine(boltonCareLeaver, { on: '2026-11-23' }, embeddedDataset, {}), '2026-11-23'); // [] (no move, no change of geography ahead)
 * ```
 */
export function laterPlaces(setup: EngineSetup, on: CalendarDate): PlaceView[] {
  const { person, geography } = setup;
  // The usual case, one place and no change of geography ahead, without building the lists below.
  if (typeof person.residence === 'string' && !changesAfter(geography, person.responsibleAuthority, on) && !changesAfter(geography, person.residence, on)) return [];
  const periods = typeof person.residence === 'string' ? [] : person.residence;
  const dates = new Set<CalendarDate>();
  for (const period of periods) if (period.from > on) dates.add(period.from);
  for (const place of [person.responsibleAuthority, ...(typeof person.residence === 'string' ? [person.residence] : periods.map((p) => p.area))]) {
    for (const date of geography.changeDates?.(place) ?? []) if (date > on) dates.add(date);
  }
  return [...dates].map((date) => contextOn(setup, date).places);
}

/**
 * The offers of a kind that concern the person in any of these views, in dataset order.
 *
 * @param kind - the kind
 * @param views - place views
 * @param setup - the engine set up for the person
 * @returns the offers
 * @example
 * ```ts
 * offersOfAny('council-tax-exemption', [contextOn(setup, '2026-11-23').places], setup).map((o) => o.provider.code); // ['E08000001', 'E47000001'] for a Bolton care leaver in Bolton
 * ```
 */
export function offersOfAny(kind: Kind, views: readonly PlaceView[], setup: EngineSetup): readonly IndexedOffer[] {
  const concerning = new Set<IndexedOffer>();
  for (const view of views) for (const offer of view.offersOf(kind)) concerning.add(offer);
  return (setup.index.byKind.get(kind) ?? []).filter((offer) => concerning.has(offer));
}

/**
 * The dates after `on` on which coverage claims of a kind start that concern the person: claims
 * naming an area that one of the councils of these views lies within on the date. Claims for
 * other places are left out, so they cost other people no extra evaluation.
 *
 * @param kind - the kind
 * @param on - dates strictly after this one
 * @param views - the person's place views (now, and after each later move or change of geography)
 * @param setup - the engine set up for the person
 * @returns the claim starts that may change the person's answer
 * @example
 * ```ts
 * claimStartsConcerning('free-travel', '2026-11-23', [contextOn(setup, '2026-11-23').places], setup); // [['2026-12-01', ['E10000008']]] for a Devon care leaver
 * ```
 */
export function claimStartsConcerning(kind: Kind, on: CalendarDate, views: readonly PlaceView[], setup: EngineSetup): readonly ClaimStart[] {
  const starts = claimStartsAfter(setup.index, kind, on);
  if (starts.length === 0) return starts;
  const { geography } = setup;
  const councils = new Set(views.flatMap((view) => view.councils));
  return starts.filter(([date, areas]) => [...councils].some((council) => someOf(areas, (area) => geography.isWithin(council, area, date))));
}

/** The offers whose dates can change a kind's answer: those concerning the person now, and at each later place view. */
function watchedOffers(kind: Kind, context: KindContext, later: readonly PlaceView[], setup: EngineSetup): readonly IndexedOffer[] {
  return later.length === 0 ? context.places.offersOf(kind) : offersOfAny(kind, [context.places, ...later], setup);
}

/**
 * The entitlement with the date it next changes, and why, from the one change scan. An answer
 * known now holds at most until one of the person's councils is replaced (what follows depends on
 * the council that replaced it, which the question does not name).
 */
function withEndsOn(
  entitlement: Entitlement<ReasonData>,
  setup: EngineSetup,
  context: KindContext,
  later: readonly PlaceView[],
  end: PlaceEnd | undefined,
): Entitlement<ReasonData> {
  const scanned = scanForChange(entitlement, setup, context, later, end?.date);
  if (end === undefined || scanned.endsOn !== null || entitlement.outcome === 'unknown') return scanned;
  return entitlementWith(entitlement, {
    endsOn: end.date,
    reasons: [...entitlement.reasons, { code: 'council-replaced' as const, date: end.date, area: end.area, role: end.role }],
  });
}

/** The change scan behind {@link withEndsOn}, up to (not including) `until` when given. */
function scanForChange(
  entitlement: Entitlement<ReasonData>,
  setup: EngineSetup,
  context: KindContext,
  later: readonly PlaceView[],
  until: CalendarDate | undefined,
): Entitlement<ReasonData> {
  const { on } = context;
  const { kind } = entitlement;
  // Where the person lives stays as it is after `on` when they live in one place, or their last
  // move is behind them and no change of geography is ahead (no later place views).
  const placesKept = typeof setup.person.residence === 'string' || later.length === 0;
  // The offers assessed now, in the order of `entitlement.offers`; and those whose dates are watched.
  const now = context.places.offersOf(kind);
  const offers = watchedOffers(kind, context, later, setup);
  const claimStarts = claimStartsConcerning(kind, on, [context.places, ...later], setup);
  if (offers.length === 0 && placesKept && claimStarts.length === 0) return entitlement;
  // The assessments the answer at the last point came from, while they can be carried forward.
  let previous: readonly OfferAssessment<ReasonData>[] | null = placesKept ? entitlement.offers : null;
  for (const point of changePoints(offers, setup.person, on, claimStarts.length === 0 ? setup : { ...setup, claimStarts })) {
    if (until !== undefined && point.date >= until) break;
    if (point.date > LAST_SUPPORTED_DATE) break; // a date past 2199 could not be asked about
    const next = answerAt(kind, point, previous, now, setup, context);
    if (next === null) continue;
    previous = previous !== null && keepsPlaces(point) ? next.offers : null;
    if (sameDecision(entitlement, next.decision)) continue;
    if (entitlement.outcome !== 'eligible') return entitlementWith(entitlement, { endsOn: point.date });
    const deciding = offers.find((o) => o.offer.id === entitlement.decidingOfferId);
    const ageCause = point.causes.find((c) => c.cause === 'birthday' && deciding?.birthdays.includes(causeMark(c)));
    const then = whatFollows(next.decision);
    const reason: ReasonData =
      ageCause?.cause === 'birthday' && deciding !== undefined
        ? ageCause.endOf === undefined
          ? { code: 'ends-on-birthday', offerId: deciding.offer.id, offerTitle: deciding.offer.title, age: ageCause.age, date: point.date, then }
          : { code: 'ends-on-birthday', offerId: deciding.offer.id, offerTitle: deciding.offer.title, age: ageCause.age, endOf: ageCause.endOf, date: point.date, then }
        : { code: 'changes-on', date: point.date, then };
    return entitlementWith(entitlement, { endsOn: point.date, reasons: [...entitlement.reasons, reason] });
  }
  return entitlement;
}

/** The dates the person's places change (a council joins a combined authority) or end, which an answer can turn on. */
function placeDatesOf(setup: EngineSetup, end: PlaceEnd | undefined): CalendarDate[] {
  const { person, geography } = setup;
  const dates: CalendarDate[] = end === undefined ? [] : [end.date];
  const places = typeof person.residence === 'string' ? [person.residence] : person.residence.map((p) => p.area);
  for (const place of [person.responsibleAuthority, ...places]) dates.push(...(geography.changeDates?.(place) ?? []));
  return dates;
}

/**
 * The decisions behind `evaluate`: for every kind, the outcome, the best applicable value,
 * the deciding offer, every offer assessed, the date it next changes, and the reasons as data
 * (codes and details, no sentences). `evaluate` puts the reasons into words.
 *
 * @param person - the care leaver
 * @param on - the date to answer for (`today` is an input: the engine never reads the clock)
 * @param dataset - the offers (for example `embeddedDataset`)
 * @param options - geography, leap-day rule, kinds
 * @returns the decisions
 * @throws {@link InvalidInputError} when the person, the date or the dataset is invalid
 * @example
 * ```ts
 * const result = decide(
 *   { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' },
 *   '2026-11-23',
 *   embeddedDataset,
 * );
 * result.entitlements.find((e) => e.kind === 'council-tax-exemption')?.reasons[0]?.code; // 'offer-applies'
 * ```
 */
export function decide(person: Person, on: CalendarDate, dataset: Dataset, options: DecideOptions = {}): Evaluation<ReasonData> {
  const setup = setUpEngine(person, { on }, dataset, options);
  return decideSetUp(setup, on);
}

/**
 * Decides for an already set-up person on a date (see {@link setUpEngine}).
 *
 * @param setup - the checked inputs
 * @param on - the date
 * @returns the decisions
 * @example
 * ```ts
 * decideSetUp(setUpEngine(person, { on }, dataset, {}), on).entitlements.length;
 * ```
 */
export function decideSetUp(setup: EngineSetup, on: CalendarDate): Evaluation<ReasonData> {
  const context = contextOn(setup, on);
  // Answers shared by the people of a class in this place (see rememberedEntitlements), or worked out.
  const entitlements = rememberedEntitlements(setup, context.places, on, new PersonDecisions(setup, context));
  return { on, person: setup.person, residence: context.residence, entitlements };
}

/**
 * The work of answering one person on a date, done only when an answer is not remembered: one
 * object, where closures over the call would be made on every call.
 */
class PersonDecisions implements AnswerPlanInputs {
  /** The person's places after the date and where they end, found on first need. */
  private ahead: { readonly later: readonly PlaceView[]; readonly end: PlaceEnd | undefined } | undefined = undefined;

  constructor(
    private readonly setup: EngineSetup,
    private readonly context: KindContext,
  ) {}

  offersOf(kind: Kind): readonly IndexedOffer[] {
    return watchedOffers(kind, this.context, this.placesAhead().later, this.setup);
  }

  placeDates(): readonly CalendarDate[] {
    return placeDatesOf(this.setup, this.placesAhead().end);
  }

  decideAll(): readonly Entitlement<ReasonData>[] {
    const { setup, context } = this;
    return setup.kinds.map((kind) => withEndsOn(evaluateKindOn(kind, context), setup, context, this.placesAhead().later, this.placesAhead().end));
  }

  private placesAhead(): { readonly later: readonly PlaceView[]; readonly end: PlaceEnd | undefined } {
    return (this.ahead ??= { later: laterPlaces(this.setup, this.context.on), end: placesEndAfter(this.setup.person, this.context.on, this.setup.geography) });
  }
}
