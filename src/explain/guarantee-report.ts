import { checkedMessages } from './checked-messages.js';
import { requireDecided } from '../validation/require-object.js';
import { ukGeography } from '../areas/uk-geography.js';
import {
  type GuaranteeReport,
  type GuaranteeReportOptions,
  type GuaranteeReportPeriod,
  decideGuaranteeReport,
} from '../engine/guarantee-report.js';
import type { Dataset } from '../schema/dataset.js';
import type { GuaranteeReason, GuaranteeReasonData } from '../schema/reason.js';
import { type ExplainOptions, messageWords } from './explain-reason.js';
import type { MessageTable } from './message-table.js';

/**
 * A guarantee report's reasons put into words.
 *
 * @param report - the decisions (from `decideGuaranteeReport`)
 * @param options - the message table and geography
 * @returns the report as `guaranteeReport` returns it
 * @example
 * ```ts
 * const decided = decideGuaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset);
 * explainGuaranteeReport(decided).items.length === decided.items.length; // true
 * ```
 */
export function explainGuaranteeReport(report: GuaranteeReport<GuaranteeReasonData>, options: ExplainOptions = {}): GuaranteeReport {
  requireDecided(report, 'report', ['items'], 'a report from decideGuaranteeReport(region, { on }, dataset)');
  const messages = checkedMessages(options);
  const words = messageWords(options.geography ?? ukGeography, messages);
  const word = (reason: GuaranteeReasonData): GuaranteeReason => {
    const write = messages.guarantee[reason.code] as (r: GuaranteeReasonData, w: typeof words, t: MessageTable) => string;
    // The reason's data stays beside its words, so that a script need not read English.
    return Object.assign({}, reason, { message: write(reason, words, messages) });
  };
  return Object.assign({}, report, {
    items: report.items.map((item) =>
      Object.assign({}, item, { members: item.members.map((m) => Object.assign({}, m, { reasons: m.reasons.map(word) })) }),
    ),
  });
}

/**
 * The guarantee report for a region: for each offer of the region's guarantee in force on the
 * date (documents of layer `regional` whose provider is the region), each member council's own
 * offers of the same kind, compared with it. A member `exceeds` the item when its best in-force
 * offer gives a better value or covers more people (a later age limit, more categories, other
 * councils' care leavers) and nothing worse; `meets` it when equal; `falls-short` when its offer
 * is worse in value or narrower in any of those ways; and is `unknown` when it has no offer of
 * that kind encoded, or none in force, or when its in-force offers fall short but an offer of
 * unknown status (a rule its sources leave open) would reach the item. An item whose provider
 * gives it itself (`deliveredBy: provider`, a transport authority's bus pass) is `delivered` to
 * each member whose care leavers, living in the member's area, it reaches, unless the member's own
 * offer exceeds it. Each answer carries its reasons.
 *
 * @param region - the region's GSS code (a combined authority such as E47000001)
 * @param period - `on`, the date
 * @param dataset - the offers (for example `embeddedDataset`)
 * @param options - geography, members, message table
 * @returns the report
 * @throws {@link InvalidInputError} when the date or the region is invalid, or the dataset fails its schema
 * @example
 * ```ts
 * const report = guaranteeReport('E47000001', { on: '2026-11-23' }, embeddedDataset);
 * report.items.map((item) => item.kind); // ['council-tax-exemption', 'free-travel', …]
 * report.items[0]?.members.find((m) => m.member.code === 'E08000003')?.result; // 'falls-short' (Manchester leaves out those with no recourse to public funds)
 * ```
 */
export function guaranteeReport(
  region: string,
  period: GuaranteeReportPeriod,
  dataset: Dataset,
  options: GuaranteeReportOptions & ExplainOptions = {},
): GuaranteeReport {
  return explainGuaranteeReport(decideGuaranteeReport(region, period, dataset, options), options);
}
