import type { AgePeriodEnd } from '../dates/age-mark.js';
import { formatLongDate } from '../dates/calendar-date.js';
import { joinedNames } from '../lists/joined-names.js';
import type { CareLeaverCategory } from '../schema/care-leaver-category.js';
import type { BirthdayCondition, FactCondition, OtherCondition } from '../schema/condition.js';
import type { YesNoFact } from '../schema/fact-flags.js';
import type { KindChangeDecision, MoveChange } from '../engine/compare-move.js';
import { KIND_INFO, type Kind } from '../schema/kind.js';
import type {
  AgeBand,
  GuaranteeReasonCode,
  GuaranteeReasonOf,
  Reason,
  ReasonCode,
  ReasonData,
  ReasonOf,
  ResponsibilityScope,
  WhatFollows,
} from '../schema/reason.js';
import type { EntitlementValue } from '../schema/value.js';
import { describeValue } from './describe-value.js';

/** Whether a value is the other's share or amount given only as a maximum ("up to 100%" against 100%). */
function onlyAtMost(mine: EntitlementValue, theirs: EntitlementValue): boolean {
  if (mine.type === 'percentage' && theirs.type === 'percentage') return mine.upTo === true && theirs.upTo !== true && mine.percent === theirs.percent;
  if (mine.type === 'money' && theirs.type === 'money') return mine.upTo === true && theirs.upTo !== true && mine.amount === theirs.amount && mine.period === theirs.period;
  return false;
}

/**
 * What a message receives besides its reason: the names of places (from the geography in use)
 * and the sentence of a nested reason.
 */
export interface MessageWords {
  /** The names of areas, joined with "and" (or "or"). */
  readonly areas: (codes: readonly string[], joiner?: 'and' | 'or') => string;
  /** The name of one area (its code when the geography does not know it). */
  readonly name: (code: string) => string;
  /** The words of a nested reason (an alternative of `any-of`), without the offer's title. */
  readonly reason: (reason: ReasonData) => string;
}

/**
 * The words of every reason code, and the formats they share. Replace the table to word the
 * answers differently (Welsh, easy read): the engine's decisions do not change.
 *
 * @example
 * ```ts
 * const plain: MessageTable = { ...ENGLISH_MESSAGES, date: (d) => d };
 * ```
 */
export interface MessageTable {
  /** A calendar date as people read it ("15 June 2029"). */
  readonly date: (date: string) => string;
  /** A birthday number as an ordinal ("21st"). */
  readonly ordinal: (n: number) => string;
  /** A value ("100%", "£2,000", "provided"). */
  readonly value: (value: EntitlementValue | null) => string;
  /** An offer-level sentence put after its offer's title. */
  readonly withTitle: (title: string, sentence: string) => string;
  /** What a kind is called ("Council tax exemption"). */
  readonly kind: (kind: Kind) => string;
  /** One sentence per reason code. */
  readonly reasons: ReasonMessages;
  /** One sentence per move change: what happens to a kind and what to do next. */
  readonly moves: MoveMessages;
  /** One sentence per guarantee reason code. */
  readonly guarantee: GuaranteeMessages;
}

/** The sentence of each reason code, built from its data. */
export type ReasonMessages = { readonly [C in ReasonCode]: (reason: ReasonOf<C>, words: MessageWords, table: MessageTable) => string };

/** The sentence of each move change (kept, gained, lost, changed, neither, unknown). */
export type MoveMessages = { readonly [M in MoveChange]: (change: KindChangeDecision<Reason | ReasonData>, table: MessageTable) => string };

/** The sentence of each guarantee reason code. */
export type GuaranteeMessages = {
  readonly [C in GuaranteeReasonCode]: (reason: GuaranteeReasonOf<C>, words: MessageWords, table: MessageTable) => string;
};

/** ` (words)` after a sentence, or nothing when there are no words. */
function inParentheses(words: string | undefined): string {
  return words === undefined ? '' : ` (${words})`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * The test a fact condition makes, in words ("within Bolton or Bury", "one of alone", "true").
 *
 * @param test - the fact condition
 * @param words - names places
 * @returns the words
 * @example
 * ```ts
 * describeFactTest({ type: 'fact', fact: 'household', in: ['alone'] }, messageWords(ukGeography, ENGLISH_MESSAGES)); // 'one of alone'
 * ```
 */
export function describeFactTest(test: FactCondition, words: MessageWords): string {
  if (test.within !== undefined) return `within ${words.areas(test.within, 'or')}`;
  if (test.in !== undefined) return `one of ${test.in.join(', ')}`;
  return JSON.stringify(test.equals);
}

/**
 * The value a fact was given, as a reason says it: an area by its name, anything else as written.
 *
 * @param test - the fact condition the value was tested against
 * @param given - the value given
 * @param words - the words of the table and geography
 * @returns the value in words
 * @example
 * ```ts
 * describeGivenFact({ type: 'fact', fact: 'registeredGpArea', within: ['E10000019'] }, 'E06000062', messageWords(ukGeography, ENGLISH_MESSAGES)); // 'West Northamptonshire'
 * ```
 */
export function describeGivenFact(test: FactCondition, given: unknown, words: MessageWords): string {
  return test.within !== undefined && typeof given === 'string' ? words.areas([given]) : JSON.stringify(given);
}

function follows(then: WhatFollows, table: MessageTable): string {
  if (then.outcome === 'eligible') {
    // "provided" alone would hide what changes (a personal adviser from 21 is given on request).
    const words = then.value?.type === 'service' && then.value.detail !== undefined ? ` (${then.value.detail})` : '';
    return `; from then ${table.value(then.value)} from ${then.providerName}${words}`;
  }
  return then.outcome === 'unknown' ? '; what follows is not known' : '';
}

/** Why a change is only probable: the weaker offer's sources, named by the first (one source is "the only source"). */
function sourceWords(change: KindChangeDecision<Reason | ReasonData>): string {
  const weakest = change.weakest!;
  const [source, ...others] = weakest.sources;
  const reported = change.confidence === 'reported';
  if (source === undefined) return `${reported ? 'reported' : 'uncertain'}: ${weakest.title}`;
  const named = `${source.title} (${source.publisher})`;
  if (others.length === 0) return `the only source is ${reported ? 'reported' : 'uncertain'}: ${named}`;
  return `${reported ? 'the sources are reports' : 'the sources are vague or disagree'}: ${named} and ${others.length} more`;
}

/**
 * Where a council tax exemption is asked for after a move: the council that bills council tax
 * where they live applies it, whoever pays for it (a combined authority's guarantee, the council
 * that looked after them).
 */
const BILLED_BY_COUNCIL = 'ask the council that bills council tax where they live after the move';

function moveWords(change: KindChangeDecision<Reason | ReasonData>, table: MessageTable) {
  return {
    label: table.kind(change.kind),
    probably: change.weakest === null ? '' : 'probably ',
    hedge: change.weakest === null ? '' : ` (${sourceWords(change)})`,
    before: `${table.value(change.before.value)}`,
    after: `${table.value(change.after.value)}`,
  };
}

/** Care-leaver categories as words in a sentence: "eligible, relevant and former relevant". */
function categoryWords(categories: readonly CareLeaverCategory[], joiner: 'and' | 'or'): string {
  return joinedNames(categories.map((c) => c.replace('-', ' ')), joiner);
}

/** The period an age band runs on to, as the English messages name it. */
const PERIOD_WORDS: Readonly<Record<AgePeriodEnd, string>> = { month: 'month', 'financial-year': 'financial year' };

function ageWords(band: AgeBand, table: MessageTable): string {
  const until =
    band.until === null
      ? 'with no upper age'
      : band.untilEndOf === undefined
        ? `until the ${table.ordinal(band.until)} birthday`
        : `until the end of the ${PERIOD_WORDS[band.untilEndOf]} of the ${table.ordinal(band.until)} birthday`;
  return band.from === 0 ? until : `from the ${table.ordinal(band.from)} birthday ${until}`;
}

/** A yes/no fact as a committee report would say it, when true and when false (every yes/no fact must have words: a new one is a compile error until it does). */
const YES_NO_WORDS: Readonly<Record<YesNoFact, readonly [string, string]>> = {
  inFullTimeEducation: ['in full-time education', 'not in full-time education'],
  inHigherEducation: ['in higher education', 'not in higher education'],
  livingWithFormerFosterCarer: ['living with a former foster carer', 'not living with a former foster carer'],
  workingWithLeavingCareService: ['working with the leaving care service', 'not working with the leaving care service'],
  enteredCareAfter16thBirthday: ['who came into care after their 16th birthday', 'who came into care before their 16th birthday'],
  lookedAfterOnOrAfter16thBirthday: ['looked after on or after their 16th birthday', 'not looked after on or after their 16th birthday'],
  noRecourseToPublicFunds: ['with no recourse to public funds', 'with recourse to public funds'],
  otherwiseExemptFromPrescriptionCharges: ['otherwise exempt from prescription charges', 'not otherwise exempt from prescription charges'],
  liableForCouncilTax: ['liable for council tax', 'not liable for council tax'],
  onApprenticeship: ['on an apprenticeship', 'not on an apprenticeship'],
  foundVulnerableFromCare: ['found vulnerable as a result of having been in care', 'not found vulnerable as a result of having been in care'],
  passedMeansAssessment: ['who pass a means assessment', 'who do not pass a means assessment'],
};

const OTHER_ADULTS_WORDS: Readonly<Record<string, string>> = {
  one: 'sharing with one other adult who counts for council tax',
  'two-or-more': 'sharing with two or more other adults who count for council tax',
};

const HOUSEHOLD_WORDS: Readonly<Record<string, string>> = { alone: 'living alone', 'only-care-leavers': 'living only with other care leavers', 'with-others': 'living with others' };

/** One condition on a fact, as the people it lets through ("with recourse to public funds", "whose tenancy is private-rented"). */
function factConditionWords(c: FactCondition, words: MessageWords): string {
  const yesNo = Object.hasOwn(YES_NO_WORDS, c.fact) ? YES_NO_WORDS[c.fact as YesNoFact] : undefined;
  if (yesNo !== undefined && typeof c.equals === 'boolean') return c.equals ? yesNo[0] : yesNo[1];
  const values = c.equals !== undefined ? [String(c.equals)] : (c.in ?? []);
  if (c.fact === 'household') return values.map((v) => HOUSEHOLD_WORDS[v] ?? v).join(' or ');
  if (c.fact === 'tenancy') return `whose tenancy is ${values.join(' or ')}`;
  if (c.fact === 'otherAdults') return values.map((v) => OTHER_ADULTS_WORDS[v] ?? v).join(' or ');
  if (c.within !== undefined) return `registered with a GP within ${words.areas(c.within, 'or')}`;
  return `whose ${c.fact} is ${describeFactTest(c, words)}`;
}

/** A span of dates a birthday falls in ("on or after 2 April 2023", "from 1 April 2020 and before 2 April 2023"). */
function birthdaySpanWords(from: string | undefined, before: string | undefined, t: Pick<MessageTable, 'date'>): string {
  if (from !== undefined && before !== undefined) return `from ${t.date(from)} and before ${t.date(before)}`;
  return from !== undefined ? `on or after ${t.date(from)}` : `before ${t.date(before!)}`;
}

/** A birthday condition as the people it lets through ("whose 18th birthday falls on or after 2 April 2023"). */
function birthdayConditionWords(c: BirthdayCondition, t: Pick<MessageTable, 'date' | 'ordinal'>): string {
  return `whose ${t.ordinal(c.age)} birthday falls ${birthdaySpanWords(c.from, c.before, t)}`;
}

/** Conditions on other facts as the guarantee report names them ("with recourse to public funds and living alone"). */
function conditionWords(conditions: readonly OtherCondition[], words: MessageWords, t: Pick<MessageTable, 'date' | 'ordinal'>): string {
  return conditions
    .map((c) =>
      c.type === 'fact' ? factConditionWords(c, words) : c.type === 'birthday' ? birthdayConditionWords(c, t) : `meeting one of ${c.conditions.length} alternative conditions`,
    )
    .join(' and ');
}

function scopeWords(scope: ResponsibilityScope, words: MessageWords): string {
  if (scope.scope === 'any') return "any council's care leavers";
  if (scope.scope === 'own') return 'only its own care leavers';
  const areas = `care leavers of any council in ${scope.areas.map(words.name).join(' or ')}`;
  return scope.except === undefined || scope.except.length === 0 ? areas : `${areas} but ${scope.except.map(words.name).join(' or ')}`;
}

/**
 * A kind's label inside a sentence: its first letter in lower case, unless the first word is an
 * acronym ("TV licence…") or the first two words are a name ("Staying Put…"); an acronym second
 * word is no name ("Free NHS dental treatment" reads "free NHS dental treatment").
 */
function inSentence(label: string): string {
  let words = labelsInSentences.get(label);
  if (words === undefined) {
    words = labelInSentence(label);
    // A label per kind (of a table's): a few dozen at most.
    if (labelsInSentences.size < 1_000) labelsInSentences.set(label, words);
  }
  return words;
}

/** Labels as {@link inSentence} writes them, worked out once each (they are written for most unknown answers). */
const labelsInSentences = /* @__PURE__ */ new Map<string, string>();

function labelInSentence(label: string): string {
  const [first = '', second = ''] = label.split(' ');
  const acronym = (word: string) => word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word);
  const titled = (word: string) => /^[A-Z][a-z]/.test(word);
  if (acronym(first) || (titled(first) && titled(second))) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * Offers of a kind in a sentence ("council tax exemption offers"), without saying "offer" twice
 * or a label's closing words in brackets ("Staying Close support (assessed)").
 */
function kindOffers(label: string, count: 'one' | 'many'): string {
  const stem = inSentence(label.endsWith(')') ? label.replace(/ \([^)]*\)$/, '') : label);
  if (!stem.endsWith(' offer')) return count === 'one' ? `${stem} offer` : `${stem} offers`;
  return count === 'one' ? stem : `${stem}s`;
}

/**
 * The English words of every reason (the package's default).
 *
 * @example
 * ```ts
 * ENGLISH_MESSAGES.ordinal(21); // '21st'
 * ```
 */
export const ENGLISH_MESSAGES: MessageTable = /* @__PURE__ */ frozenTable({
  date: formatLongDate,
  ordinal,
  value: describeValue,
  withTitle: (title, sentence) => `${title}: ${sentence}`,
  kind: (kind) => KIND_INFO[kind].label,
  reasons: {
    'age-not-reached': (r, _w, t) => `starts on the ${t.ordinal(r.age)} birthday, ${t.date(r.date)}`,
    'age-limit-passed': (r, _w, t) =>
      r.endOf === undefined ? `ended on the ${t.ordinal(r.age)} birthday, ${t.date(r.date)}` : `ended on ${t.date(r.date)}, after the ${PERIOD_WORDS[r.endOf]} of the ${t.ordinal(r.age)} birthday`,
    'birthday-outside': (r, _w, t) =>
      `is for those whose ${t.ordinal(r.age)} birthday falls ${birthdaySpanWords(r.from, r.before, t)}; theirs is on ${t.date(r.date)}`,
    'category-not-covered': (r) =>
      r.derivedFrom !== null
        ? `is for ${categoryWords(r.categories, 'and')} care leavers, not ${categoryWords(r.possible, 'or')} ones (a ${categoryWords([r.derivedFrom], 'and')} child becomes former relevant at 18)`
        : `is for ${categoryWords(r.categories, 'and')} care leavers, not ${categoryWords(r.possible, 'or')} ones`,
    'category-not-known': (r) =>
      `is for ${categoryWords(r.categories, 'and')} care leavers; before 18 a former relevant child was eligible or relevant, and which is not known`,
    'residence-unknown': () => 'where the person lives on this date is not given',
    'residence-outside': (r, w) => `is for people living in ${w.areas(r.areas, 'or')}`,
    'responsible-authority-outside': (r, w) => `is for care leavers of ${w.areas(r.areas, 'or')}, not of ${w.areas([r.responsibleAuthority])}`,
    'responsible-authority-excepted': (r, w) =>
      r.except.includes(r.responsibleAuthority)
        ? `is for other councils' care leavers, not those of ${w.areas(r.except, 'or')}`
        : `is not for care leavers of ${w.areas([r.responsibleAuthority])}, which lies within ${w.areas(r.except, 'or')}`,
    'fact-missing': (r, w) => `needs to know ${r.fact} (${describeFactTest(r.test, w)}), which was not given`,
    'gp-area-elsewhere': (r, w) => `is for people with a GP in ${w.areas(r.areas, 'or')}, and they live elsewhere; give the GP's area if it is there`,
    'area-fact-too-wide': (r, w) =>
      r.fact === 'registeredGpArea'
        ? `is for people with a GP in ${w.areas(r.areas, 'or')}, and the GP's area given, ${w.areas([r.given])}, is wider: the practice may or may not be there; give the council area it is in`
        : `is for ${r.fact} within ${w.areas(r.areas, 'or')}, and ${w.areas([r.given])}, given, is wider: it may or may not be there; give the council area itself`,
    'fact-not-met': (r, w) => `needs ${r.fact} to be ${describeFactTest(r.test, w)}, but it is ${describeGivenFact(r.test, r.given, w)}`,
    'none-of-alternatives': (r, w) => `meets none of its alternatives: ${r.alternatives.map(w.reason).join('; ')}`,
    'not-yet-in-force': (r, _w, t) =>
      r.earliest === undefined ? `begins on ${t.date(r.date)}` : `had not begun: it began on or after ${t.date(r.earliest)}, and was in force by ${t.date(r.date)}`,
    'status-not-in-force': (r) =>
      r.status === 'not-offered' ? `is not given: a source says the provider does not offer it${inParentheses(r.detail)}` : `is ${r.status}, not in force`,
    'status-unknown': () => 'its sources do not settle whether it is in force, or whom it covers',
    'version-start-unknown': (r, _w, t) =>
      `a later version, confirmed in force by ${t.date(r.date)} but with no known start date, may already apply and would give a different answer`,
    'lesser-of-two-versions': (r, _w, t) =>
      `a later version, confirmed in force by ${t.date(r.date)} but with no known start date, may already apply; either way they are eligible, and the lesser of the two is given (the other: ${t.value(r.other)})`,
    'earlier-not-known': (r, _w, t) =>
      `a source says it is not given as of ${t.date(r.date)}; nothing says what was given before then, so this date's answer is not known`,
    'value-depends-on-household': () => 'the amount depends on who the person lives with (the household fact), which was not given',
    'household-not-covered': (r) => `gives nothing to a household that is ${r.household}`,
    'offer-applies': (r, _w, t) =>
      `${r.offerTitle}, from ${r.providerName}: ${t.value(r.value)}${r.applying > 1 ? ` (the best of ${r.applying} offers that apply)` : ''}`,
    'recommendation-not-followed': (r, _w, t) =>
      `recommends ${t.value(r.value)}; guidance is not a duty, so ${r.providerName}'s own rule is what applies`,
    'own-rule-unsettled': (r) =>
      `${r.providerName}'s own rule, not known on this date; if it applies, it is what they get rather than what the guidance recommends`,
    'offer-is-partial': (r) =>
      `${r.offerTitle} (${r.providerName}) is a scheme with limited places, a pilot or for some care leavers only: ask whether a place is open`,
    'no-offer-encoded': (r, w, t) => `no ${kindOffers(t.kind(r.kind), 'one')} is encoded for ${w.areas(r.areas)}, so what they give is not known`,
    'whole-rule-not-encoded': (r, w, t) =>
      `the ${kindOffers(t.kind(r.kind), 'many')} encoded for ${w.areas(r.areas)} are not their whole rule (one-off, for some care leavers or part of the kind only, or not settled), so what they give here is not known`,
    'offer-not-given': (r) => `${r.offerTitle}: a source says ${r.providerName} does not give this${inParentheses(r.detail)}`,
    'whole-rule-claimed': (r, w, t) => `${r.providerName} says it gives no ${inSentence(t.kind(r.kind))} in ${w.areas(r.areas)} beyond what is encoded here`,
    'no-offer-applies': (r, _w, t) =>
      r.assessed === 0
        ? `no ${kindOffers(t.kind(r.kind), 'one')} applies to this person where they live`
        : r.assessed === 1
          ? `the one encoded ${kindOffers(t.kind(r.kind), 'one')} that concerns this person does not apply`
          : `none of the ${r.assessed} encoded ${kindOffers(t.kind(r.kind), 'many')} that concern this person applies`,
    'ends-on-birthday': (r, _w, t) =>
      r.endOf === undefined
        ? `ends on the ${t.ordinal(r.age)} birthday, ${t.date(r.date)} (${r.offerTitle})${follows(r.then, t)}`
        : `ends on ${t.date(r.date)}, after the ${PERIOD_WORDS[r.endOf]} of the ${t.ordinal(r.age)} birthday (${r.offerTitle})${follows(r.then, t)}`,
    'changes-on': (r, _w, t) => `changes on ${t.date(r.date)}${follows(r.then, t)}`,
    'council-replaced': (r, w, t) =>
      `changes on ${t.date(r.date)}: ${w.areas([r.area])}, ${r.role === 'residence' ? 'where they live' : 'the council that looked after them'}, was replaced then; from then ask again with the council that replaced it`,
  },
  moves: {
    kept: (c, t) => {
      const w = moveWords(c, t);
      return `${w.label}: ${w.probably}kept (${w.after} from ${c.after.provider?.name})${w.hedge}.`;
    },
    neither: (c, t) => {
      const w = moveWords(c, t);
      return `${w.label}: ${w.probably}not entitled before or after the move${w.hedge}.`;
    },
    gained: (c, t) => {
      const w = moveWords(c, t);
      return `${w.label}: ${w.probably}gained (${w.after} from ${c.after.provider?.name})${w.hedge}; ${c.kind === 'council-tax-exemption' ? BILLED_BY_COUNCIL : 'apply to them after moving'}.`;
    },
    lost: (c, t) => {
      const w = moveWords(c, t);
      return `${w.label}: ${w.probably}lost (was ${w.before} from ${c.before.provider?.name})${w.hedge}; ask your personal adviser what replaces it.`;
    },
    changed: (c, t) => {
      const w = moveWords(c, t);
      const next = c.kind === 'council-tax-exemption' ? BILLED_BY_COUNCIL : 'apply to the new provider';
      // The same value from someone else: said as such, so that a count of losses is not misled.
      if (w.before === w.after) return `${w.label}: ${w.probably}still ${w.after}, now from ${c.after.provider?.name} instead of ${c.before.provider?.name}${w.hedge}; ${next}.`;
      return `${w.label}: ${w.probably}changes from ${w.before} (${c.before.provider?.name}) to ${w.after} (${c.after.provider?.name})${w.hedge}; ${next}.`;
    },
    unknown: (c, t) => {
      const beforeUnknown = c.before.outcome === 'unknown';
      const side = beforeUnknown ? c.before : c.after;
      const when = beforeUnknown ? 'before' : 'after';
      // A fact the adviser can give settles it; otherwise what is not encoded is a council's
      // (the one where they live, or the one that looked after them, as the reasons say).
      if (side.reasons.some((r) => r.code === 'fact-missing')) return `${t.kind(c.kind)}: not known ${when} the move until the facts it needs are given.`;
      return `${t.kind(c.kind)}: not known ${when} the move; check with ${beforeUnknown ? 'the current' : 'the new'} council, or the council that looked after them.`;
    },
  },
  guarantee: {
    'better-value': (r, _w, t) => `gives ${t.value(r.mine)}, more than the guarantee's ${t.value(r.theirs)}`,
    'worse-value': (r, _w, t) =>
      onlyAtMost(r.mine, r.theirs)
        ? `gives ${t.value(r.mine)}, not the guarantee's ${t.value(r.theirs)} for certain`
        : `gives ${t.value(r.mine)}, less than the guarantee's ${t.value(r.theirs)}`,
    'same-value': (r, _w, t) => (r.mine.type === 'service' ? 'gives it, as the guarantee does' : `gives ${t.value(r.mine)}, as the guarantee does`),
    'wider-age': (r, _w, t) => `runs ${ageWords(r.mine, t)}, longer than the guarantee (${ageWords(r.theirs, t)})`,
    'narrower-age': (r, _w, t) =>
      r.shape === 'shifted'
        ? `runs ${ageWords(r.mine, t)}; the guarantee runs ${ageWords(r.theirs, t)}`
        : `runs ${ageWords(r.mine, t)}, shorter than the guarantee (${ageWords(r.theirs, t)})`,
    'narrower-categories': (r) => `leaves out ${categoryWords(r.categories, 'and')} care leavers, whom the guarantee covers`,
    'wider-categories': (r) => `also covers ${categoryWords(r.categories, 'and')} care leavers`,
    'narrower-responsibility': (r, w) => `covers ${scopeWords(r.mine, w)}; the guarantee covers ${scopeWords(r.theirs, w)}`,
    'wider-responsibility': (r, w) => `covers ${scopeWords(r.mine, w)}, wider than the guarantee (${scopeWords(r.theirs, w)})`,
    'narrower-conditions': (r, w, t) => `is only for those ${conditionWords(r.conditions, w, t)}, unlike the guarantee`,
    'wider-conditions': (r, w, t) => `is not only for those ${conditionWords(r.conditions, w, t)}, unlike the guarantee`,
    'member-partial': () => 'does not reach everyone it names (limited places, a referral or a selection); the guarantee does',
    'item-partial': () => "reaches everyone it names; the guarantee's offer does not (limited places, a referral or a selection)",
    'delivered-by-provider': (r) => `${r.providerName} gives it directly; ${r.memberName} needs no offer of its own`,
    'nothing-encoded': (r, _w, t) => `no ${kindOffers(t.kind(r.kind), 'one')} of ${r.memberName}'s own is encoded`,
    'not-in-force': (r, _w, t) => `${r.memberName}'s own ${kindOffers(t.kind(r.kind), 'one')} is not known to be in force on ${t.date(r.on)}`,
    'member-does-not-offer': (r, _w, t) => `a source says ${r.memberName} gives no ${inSentence(t.kind(r.kind))} as of ${t.date(r.on)}`,
    'not-settled': (r) => `whether ${r.memberName}'s own offer reaches the guarantee is not settled: ${r.offerTitle}`,
    'member-version-start-unknown': (r, _w, t) =>
      `${r.memberName}'s ${r.offerTitle} changed by ${t.date(r.date)} at a date not known, and its earlier and later versions compare differently with the guarantee`,
    'item-version-start-unknown': (r, _w, t) =>
      `the guarantee's ${r.itemTitle} changed by ${t.date(r.date)} at a date not known, and ${r.memberName}'s own offer compares differently with its earlier and later versions`,
  },
});

/** Frozen, with its nested tables, so that no caller can change the default words for another. */
function frozenTable(table: MessageTable): MessageTable {
  for (const inner of Object.values(table)) if (typeof inner === 'object' && inner !== null) Object.freeze(inner);
  return Object.freeze(table);
}
