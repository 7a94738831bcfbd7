import { checkedMessages } from './checked-messages.js';
import { decideTimeline, type Timeline, type TimelinePeriod } from '../engine/timeline.js';
import type { Dataset } from '../schema/dataset.js';
import type { Person } from '../schema/person.js';
import type { ReasonData } from '../schema/reason.js';
import type { EvaluateOptions } from './evaluate.js';
import { explainEntitlement } from './explain-evaluation.js';
import { requireDecided } from '../validation/require-object.js';
import { type ExplainOptions, reasonExplainer } from './explain-reason.js';
import { ukGeography } from '../areas/uk-geography.js';

/**
 * A timeline's decisions put into words.
 *
 * @param decided - the decisions (from `decideTimeline`)
 * @param options - the message table and geography
 * @returns the timeline as `timeline` returns it
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const decided = decideTimeline(person, { from: '2026-11-23', until: '2030-01-01' }, embeddedDataset, { kinds: ['council-tax-exemption'] });
 * decided.events[0]?.causes; // [{ cause: 'birthday', age: 25 }]
 * explainTimeline(decided).events[0]?.reasons.every((r) => r.message !== ''); // true
 * ```
 */
export function explainTimeline(decided: Timeline<ReasonData>, options: ExplainOptions = {}): Timeline {
  requireDecided(decided, 'timeline', ['start', 'events'], 'a timeline from decideTimeline(person, period, dataset)');
  const explain = reasonExplainer(options.geography ?? ukGeography, checkedMessages(options));
  return Object.assign({}, decided, {
    start: decided.start.map((e) => explainEntitlement(e, options)),
    events: decided.events.map((event) => Object.assign({}, event, { reasons: event.reasons.map(explain) })),
  });
}

/** The options of {@link timeline}: geography, leap-day rule, kinds and the message table. */
export type TimelineOptions = EvaluateOptions;

/**
 * Every date between two dates on which an outcome, a value or a provider changes, what changes,
 * and what caused it: birthdays, new versions of offers, moves in a residence history, changes of
 * geography.
 *
 * @param person - the care leaver (a residence history makes moves part of the timeline)
 * @param period - `from` and `until` (inclusive)
 * @param dataset - the offers
 * @param options - geography, leap-day rule, kinds, message table
 * @returns the answers on `from` and the changes after it
 * @throws {@link InvalidInputError} when an input is invalid or `until` is before `from`
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const t = timeline(person, { from: '2026-11-23', until: '2030-01-01' }, embeddedDataset, { kinds: ['council-tax-exemption'] });
 * t.events.map((e) => `${e.on} ${e.before} to ${e.after}`); // ['2029-06-15 eligible to not-eligible']
 * ```
 */
export function timeline(person: Person, period: TimelinePeriod, dataset: Dataset, options: TimelineOptions = {}): Timeline {
  return explainTimeline(decideTimeline(person, period, dataset, options), options);
}
