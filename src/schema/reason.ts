import type { AgePeriodEnd } from '../dates/age-mark.js';
import type { CalendarDate } from '../dates/calendar-date.js';
import type { CareLeaverCategory } from './care-leaver-category.js';
import type { FactCondition, OtherCondition } from './condition.js';
import type { Kind } from './kind.js';
import type { OfferStatus } from './offer.js';
import type { FactName, Household } from './person-facts.js';
import type { EntitlementValue } from './value.js';

/** What an offer-level reason says about the offer it comes from. */
export interface OfferReason {
  /** The offer the reason is about. */
  readonly offerId: string;
  /** Its title, so that a reason can be worded without the dataset. */
  readonly offerTitle: string;
}

/** What a kind will be after a change date: the part of an end reason that says what follows. */
export type WhatFollows =
  | { readonly outcome: 'eligible'; readonly value: EntitlementValue | null; readonly providerName: string | null }
  | { readonly outcome: 'not-eligible' }
  | { readonly outcome: 'unknown' };

/**
 * Why an outcome is what it is, as data: a stable `code` and the parameters a sentence is built
 * from, with no English. The rules and the engine return these; the explain layer turns them into
 * sentences through a message table (see `ENGLISH_MESSAGES`).
 *
 * Reasons about one offer (its conditions, its status, its versions) carry `offerId` and
 * `offerTitle`; reasons about a kind as a whole (`offer-applies`, `offer-is-partial`, `offer-not-given`, `no-offer-encoded`, `whole-rule-not-encoded`,
 * `no-offer-applies`, `ends-on-birthday`, `changes-on`) name what they need.
 *
 * @example
 * ```ts
 * const reason: ReasonData = { code: 'age-limit-passed', offerId: 'x', offerTitle: 'X', age: 25, date: '2029-06-15' };
 * reason.code; // 'age-limit-passed'
 * ```
 */
export type ReasonData =
  | (OfferReason & { readonly code: 'age-not-reached'; readonly age: number; readonly date: CalendarDate })
  /** `date` is the first day past the band: the birthday, or with `endOf` the day after that birthday's month or financial year. */
  | (OfferReason & { readonly code: 'age-limit-passed'; readonly age: number; readonly date: CalendarDate; readonly endOf?: AgePeriodEnd })
  /** National guidance recommends more (`value`) than the rule of the council that decides (`providerName`) gives; its rule is what is given. */
  | (OfferReason & { readonly code: 'recommendation-not-followed'; readonly value: EntitlementValue; readonly providerName: string })
  /**
   * National guidance's recommendation decides, but the rule of a council concerned (`offerId`, from
   * `providerName`) is unknown on the date: if that rule applies, it is what the person gets instead,
   * whatever it gives, so the amount shown may not be what they get.
   */
  | (OfferReason & { readonly code: 'own-rule-unsettled'; readonly providerName: string })
  /** The person's `age`th birthday (`date`) falls outside the dates the offer's birthday condition names (on or after `from`, before `before`). */
  | (OfferReason & { readonly code: 'birthday-outside'; readonly age: number; readonly date: CalendarDate; readonly from?: CalendarDate; readonly before?: CalendarDate })
  | (OfferReason & {
      readonly code: 'category-not-covered';
      /** The categories the offer is for. */
      readonly categories: readonly CareLeaverCategory[];
      /** The categories the person can be in on the date. */
      readonly possible: readonly CareLeaverCategory[];
      /** The category given, when the one on the date was derived from it (a relevant child turned 18). */
      readonly derivedFrom: CareLeaverCategory | null;
    })
  | (OfferReason & { readonly code: 'category-not-known'; readonly categories: readonly CareLeaverCategory[] })
  | (OfferReason & { readonly code: 'residence-unknown' })
  | (OfferReason & { readonly code: 'residence-outside'; readonly areas: readonly string[] })
  | (OfferReason & {
      readonly code: 'responsible-authority-outside';
      /** The councils whose care leavers the offer is for. */
      readonly areas: readonly string[];
      readonly responsibleAuthority: string;
    })
  /** The council that looked after the person is one the offer leaves out (its `except`: the provider's own, say). */
  | (OfferReason & {
      readonly code: 'responsible-authority-excepted';
      /** The councils whose care leavers the offer leaves out. */
      readonly except: readonly string[];
      readonly responsibleAuthority: string;
    })
  | (OfferReason & { readonly code: 'fact-missing'; readonly fact: FactName; readonly test: FactCondition })
  | (OfferReason & { readonly code: 'gp-area-elsewhere'; readonly fact: FactName; readonly areas: readonly string[] })
  /** An area given as a fact (a GP's area) is wider than the offer's areas and holds them: it may or may not lie in them. */
  | (OfferReason & { readonly code: 'area-fact-too-wide'; readonly fact: FactName; readonly given: string; readonly areas: readonly string[] })
  | (OfferReason & { readonly code: 'fact-not-met'; readonly fact: FactName; readonly test: FactCondition; readonly given: unknown })
  | (OfferReason & { readonly code: 'none-of-alternatives'; readonly alternatives: readonly ReasonData[] })
  /**
   * The offer had not begun on the date: it begins on `date`, or, when that date only confirms it
   * was in force by then, on a date from `earliest` up to it.
   */
  | (OfferReason & { readonly code: 'not-yet-in-force'; readonly date: CalendarDate; readonly earliest?: CalendarDate })
  | (OfferReason & {
      readonly code: 'status-not-in-force';
      readonly status: OfferStatus;
      /** For a `not-offered` version whose value has a detail: that detail (what is not given, or why), to say with the refusal. */
      readonly detail?: string;
    })
  | (OfferReason & { readonly code: 'status-unknown' })
  | (OfferReason & { readonly code: 'version-start-unknown'; readonly date: CalendarDate })
  /**
   * Both versions around an unknown start date make the person eligible, with different values:
   * the lesser is given, and `other` is what the other version gives.
   */
  | (OfferReason & { readonly code: 'lesser-of-two-versions'; readonly date: CalendarDate; readonly other: EntitlementValue })
  /** A "no" (not offered, withdrawn) known only from its date, with nothing encoded before it: the time before is not known. */
  | (OfferReason & { readonly code: 'earlier-not-known'; readonly date: CalendarDate })
  | (OfferReason & { readonly code: 'value-depends-on-household'; readonly fact: 'household' })
  | (OfferReason & { readonly code: 'household-not-covered'; readonly fact: 'household'; readonly household: Household })
  | {
      readonly code: 'offer-applies';
      readonly offerId: string;
      readonly offerTitle: string;
      readonly providerName: string;
      readonly value: EntitlementValue | null;
      /** How many offers apply (the deciding one is the best of them). */
      readonly applying: number;
    }
  | {
      /** The deciding offer is partial: one scheme (places limited, a pilot, a narrow group), not all its provider gives of the kind. */
      readonly code: 'offer-is-partial';
      readonly offerId: string;
      readonly offerTitle: string;
      readonly providerName: string;
    }
  | { readonly code: 'no-offer-encoded'; readonly kind: Kind; readonly areas: readonly string[] }
  | {
      /** Councils concerned that have offers of the kind, but none stating their whole rule (one-off, narrow, a lead or a promise). */
      readonly code: 'whole-rule-not-encoded';
      readonly kind: Kind;
      readonly areas: readonly string[];
    }
  | { readonly code: 'no-offer-applies'; readonly kind: Kind; readonly assessed: number }
  /** A provider says it gives no more of the kind than its document holds, for these areas (a coverage claim with no offer of the kind). */
  | { readonly code: 'whole-rule-claimed'; readonly kind: Kind; readonly providerName: string; readonly areas: readonly string[] }
  | {
      /** A source says the provider does not give this to the person (an offer of status `not-offered` whose conditions hold). */
      readonly code: 'offer-not-given';
      readonly offerId: string;
      readonly offerTitle: string;
      readonly providerName: string;
      /** The not-offered version's detail, when it has one (what is not given, or why). */
      readonly detail?: string;
    }
  | {
      readonly code: 'ends-on-birthday';
      readonly offerId: string;
      readonly offerTitle: string;
      readonly age: number;
      /** Set when the offer runs on past the birthday to the end of its month or financial year; `date` is then the day after. */
      readonly endOf?: AgePeriodEnd;
      readonly date: CalendarDate;
      readonly then: WhatFollows;
    }
  | { readonly code: 'changes-on'; readonly date: CalendarDate; readonly then: WhatFollows }
  /** One of the person's councils ends on the date (abolished and replaced): what follows it is not known from the question as asked. */
  | { readonly code: 'council-replaced'; readonly date: CalendarDate; readonly area: string; readonly role: 'responsible-authority' | 'residence' };

/**
 * The stable codes of the reasons behind an outcome. The code is the contract; the words that
 * explain it come from a message table and may change.
 *
 * @example
 * ```ts
 * const code: ReasonCode = 'fact-missing';
 * ```
 */
export type ReasonCode = ReasonData['code'];

/**
 * The codes of reasons that only say an offer is for another place or other councils' care
 * leavers: answers, sources and moves leave such offers out of what they show about the person.
 *
 * @example
 * ```ts
 * ELSEWHERE_REASON_CODES.has('residence-outside'); // true
 * ELSEWHERE_REASON_CODES.has('age-limit-passed'); // false
 * ```
 */
export const ELSEWHERE_REASON_CODES: ReadonlySet<ReasonCode> = /* @__PURE__ */ new Set<ReasonCode>([
  'residence-outside',
  'responsible-authority-outside',
  'responsible-authority-excepted',
  'gp-area-elsewhere',
]);

/**
 * The reason data of one code.
 *
 * @example
 * ```ts
 * const r: ReasonOf<'residence-outside'> = { code: 'residence-outside', offerId: 'x', offerTitle: 'X', areas: ['E08000001'] };
 * ```
 */
export type ReasonOf<C extends ReasonCode> = Extract<ReasonData, { readonly code: C }>;

/**
 * A reason put into words: its stable code, a sentence from a message table, and the details
 * the sentence names. This is what `evaluate`, `compareMove` and `timeline` return.
 *
 * @example
 * ```ts
 * const reason: Reason = { code: 'residence-unknown', message: 'X: where the person lives on this date is not given', offerId: 'x' };
 * ```
 */
export interface Reason {
  readonly code: ReasonCode;
  readonly message: string;
  /** The offer the reason is about. */
  readonly offerId?: string;
  /** The person fact the reason is about (`fact-missing`, `fact-not-met`). */
  readonly fact?: FactName;
  /** A date the reason names (a birthday, an effective date). */
  readonly date?: CalendarDate;
  /** Areas the reason names (councils with no encoded offer, areas lived outside). */
  readonly areas?: readonly string[];
}

/** An age band as birthdays: from the `from`th (0: from birth) until the `until`th (null: no upper age), or to the end of its month or financial year. */
export interface AgeBand {
  readonly from: number;
  readonly until: number | null;
  readonly untilEndOf?: AgePeriodEnd;
}

/** Whose care leavers an offer covers: any council's, those of councils within `areas`, or only its own. */
export interface ResponsibilityScope {
  readonly scope: 'any' | 'within' | 'own';
  readonly areas: readonly string[];
  /** Councils within `areas` whose care leavers it leaves out (`except`). */
  readonly except?: readonly string[];
}

/**
 * Why a member council's offer exceeds, meets or falls short of a guarantee item, as data (the
 * guarantee report's reasons; the explain layer words them).
 *
 * @example
 * ```ts
 * const reason: GuaranteeReasonData = { code: 'wider-categories', categories: ['qualifying'] };
 * ```
 */
export type GuaranteeReasonData =
  | { readonly code: 'better-value' | 'same-value' | 'worse-value'; readonly mine: EntitlementValue; readonly theirs: EntitlementValue }
  | {
      readonly code: 'wider-age' | 'narrower-age';
      readonly mine: AgeBand;
      readonly theirs: AgeBand;
      /** `shorter` when one band lies inside the other; `shifted` when it starts and ends elsewhere. */
      readonly shape: 'longer' | 'shorter' | 'shifted';
    }
  | { readonly code: 'wider-categories' | 'narrower-categories'; readonly categories: readonly CareLeaverCategory[] }
  | { readonly code: 'wider-responsibility' | 'narrower-responsibility'; readonly mine: ResponsibilityScope; readonly theirs: ResponsibilityScope }
  /**
   * Conditions on other facts (or alternatives) that one side sets and the other does not:
   * `narrower-conditions` lists the member's (it leaves out people the guarantee reaches),
   * `wider-conditions` the guarantee's (the member reaches people the guarantee leaves out).
   */
  | { readonly code: 'narrower-conditions' | 'wider-conditions'; readonly conditions: readonly OtherCondition[] }
  /** The member's offer is partial (limited places, referral, selection) and the guarantee's is not. */
  | { readonly code: 'member-partial' }
  /** The guarantee's offer is partial and the member's is not. */
  | { readonly code: 'item-partial' }
  | { readonly code: 'nothing-encoded'; readonly memberName: string; readonly kind: Kind }
  /** The item's provider gives it to the member's care leavers itself: the member needs no offer of its own. */
  | { readonly code: 'delivered-by-provider'; readonly memberName: string; readonly providerName: string }
  | { readonly code: 'not-in-force'; readonly memberName: string; readonly kind: Kind; readonly on: CalendarDate }
  | { readonly code: 'member-does-not-offer'; readonly memberName: string; readonly kind: Kind; readonly on: CalendarDate }
  | { readonly code: 'not-settled'; readonly memberName: string; readonly offerId: string; readonly offerTitle: string }
  /** The member's offer changed at a date the sources do not give, and its two versions compare differently with the item. */
  | { readonly code: 'member-version-start-unknown'; readonly memberName: string; readonly offerId: string; readonly offerTitle: string; readonly date: CalendarDate }
  /** The guarantee item changed at a date the sources do not give, and the member's offer compares differently with its two versions. */
  | { readonly code: 'item-version-start-unknown'; readonly memberName: string; readonly itemTitle: string; readonly date: CalendarDate };

/**
 * The stable codes of the guarantee report's reasons.
 *
 * @example
 * ```ts
 * const code: GuaranteeReasonCode = 'narrower-age';
 * ```
 */
export type GuaranteeReasonCode = GuaranteeReasonData['code'];

/**
 * A guarantee reason put into words: its data (the code and what it compares) with a message.
 *
 * @example
 * ```ts
 * const value = { type: 'percentage', percent: 100 } as const;
 * const reason: GuaranteeReason = { code: 'same-value', mine: value, theirs: value, message: 'gives 100%, as the guarantee does' };
 * ```
 */
export type GuaranteeReason = GuaranteeReasonData & { readonly message: string };

/**
 * The guarantee reason data of one code.
 *
 * @example
 * ```ts
 * const r: GuaranteeReasonOf<'wider-categories'> = { code: 'wider-categories', categories: ['qualifying'] };
 * ```
 */
export type GuaranteeReasonOf<C extends GuaranteeReasonCode> = GuaranteeReasonData extends infer T
  ? T extends { readonly code: infer K }
    ? C extends K
      ? T & { readonly code: C }
      : never
    : never
  : never;
