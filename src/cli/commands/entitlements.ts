import { areaNotes, noteLines } from '../area-notes.js';
import { evaluate } from '../../explain/evaluate.js';
import { formatLongDate } from '../../dates/calendar-date.js';
import { describeValue } from '../../explain/describe-value.js';
import type { Kind } from '../../schema/kind.js';
import { ENGLISH_MESSAGES } from '../../explain/message-table.js';
import { OPTION_MESSAGES } from '../option-messages.js';
import { printJson, printText } from '../cli-context.js';
import { inAllLine, citedSources, createSourceList, detailOpening, entitlementJson, isUnencoded, kindLabel, missingFactHint, styleOutcome, unencodedLines, whyText } from '../entitlement-output.js';
import { formatCellDate } from '../format-date.js';
import { placesOf } from '../../data/document-catalogue.js';
import { DATA_OPTION_GROUP, datasetFromOptions } from '../data-option.js';
import { KIND_OPTION_GROUP, kindsFromOptions } from '../kind-option.js';
import { defineCommand } from '../command.js';
import { PERSON_OPTION_GROUP, describePerson, personFromOptions } from '../person-options.js';
import { renderTable } from '../render-table.js';
import { isProbable } from '../../explain/answer-sources.js';

/**
 * Kinds with no offer at all in the dataset, which the tables summarise in one line.
 *
 * @param kinds - the kinds shown
 * @param kindsWithOffers - the kinds the dataset has an offer of
 * @returns those the dataset has no offer of
 * @example
 * ```ts
 * kindsWithoutOffers(['mentor', 'council-tax-exemption'], new Set(['council-tax-exemption'])); // ['mentor']
 * ```
 */
export function kindsWithoutOffers(kinds: readonly Kind[], kindsWithOffers: ReadonlySet<Kind>): Kind[] {
  return kinds.filter((kind) => !kindsWithOffers.has(kind));
}

/**
 * The `entitlements` command: what a care leaver gets on a date, kind by kind.
 *
 * @example
 * ```ts
 * await entitlementsCommand.run(['--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--json'], context); // 0
 * ```
 */
export const entitlementsCommand = defineCommand({
  name: 'entitlements',
  usage: ['entitlements --born DATE --responsible AREA --lives-in AREA [options]'],
  about: `What a care leaver is entitled to on a date, kind by kind: the outcome (eligible, not-eligible
or unknown), who gives it, its value, when it ends or next changes, why, and the sources.`,
  options: [PERSON_OPTION_GROUP, KIND_OPTION_GROUP, DATA_OPTION_GROUP],
  on: ['the date to answer for (default: today)'],
  json: `{"on", "person", "notes": [string], "entitlements": [{"kind", "outcome", "value",
  "provider": {"code", "name"} | null, "endsOn": "YYYY-MM-DD" | null, "decidingOfferId",
  "confidence", "firm", "reasons": [{"code", "message"}], "sources": [{"title", "url"}],
  "offers"}]}; "confidence" is the weakest of confirmed, reported or uncertain among the offers
  the answer rests on, and a known answer that is not "firm" is what the text calls "probably";
  "notes" are the "Note:" lines of the text output (which area a name was taken to mean, a
  council since abolished, an embedded document a --data document replaces), empty when there
  are none.`,
  examples: ['entitlements --born 2004-06-15 --responsible Bolton --lives-in Manchester --on 2026-11-23'],
  run: async ({ values, on, json }, context) => {
    const input = personFromOptions(values, on);
    const kinds = kindsFromOptions(values);
    const { dataset, kindsWithOffers, notes: dataNotes } = await datasetFromOptions(values, placesOf(input.person), context.today);
    const notes = [...areaNotes(input.areas), ...dataNotes];
    const result = evaluate(input.person, input.on, dataset, { ...input.engine, ...kinds, messages: json ? ENGLISH_MESSAGES : OPTION_MESSAGES });
    if (json) {
      printJson(context, {
        on: result.on,
        person: result.person,
        notes,
        entitlements: result.entitlements.map(entitlementJson),
      });
      return 0;
    }
    const { style } = context;
    const empty = new Set(kindsWithoutOffers(result.entitlements.map((e) => e.kind), kindsWithOffers));
    const sources = createSourceList();
    const unencoded = result.entitlements.filter((e) => !empty.has(e.kind) && isUnencoded(e));
    const rows = result.entitlements
      .filter((e) => !empty.has(e.kind) && !unencoded.includes(e))
      .map((e) => {
        const refs = sources.cite(citedSources(e));
        return [
          kindLabel(e.kind),
          styleOutcome(isProbable(e) ? `probably ${e.outcome}` : e.outcome, style),
          e.provider?.name ?? '—',
          e.value === null ? '—' : describeValue(e.value),
          formatCellDate(e.endsOn),
          // What the value covers, in its source's words, before why (the value column says only "provided").
          `${detailOpening(e.value)}${whyText(e.reasons)}${refs === '' ? '' : ` ${style.dim(refs)}`}`,
        ];
      });
    const table = renderTable(['kind', 'outcome', 'provider', 'value', 'ends on', 'why'], rows, { heading: style.bold, width: context.width });
    const probable = rows.length > 0 && result.entitlements.some((e) => !empty.has(e.kind) && !unencoded.includes(e) && isProbable(e));
    // Every kind is counted, those summed up in the lines under the table as well as its rows (as move does).
    const summary =
      inAllLine(
        result.entitlements.map((e) => ({ answer: e.outcome, probable: isProbable(e) })),
        ['eligible', 'not-eligible', 'unknown'],
      ) +
      (probable ? 'probably: the answer rests on an offer its sources only report, or describe vaguely or differently; check the sources cited.\n' : '') +
      unencodedLines(unencoded) +
      (empty.size > 0 ? `No offer of these kinds is encoded in the data, so the answer is unknown: ${[...empty].map(kindLabel).join(', ')}.\n` : '') +
      missingFactHint(result.entitlements);
    printText(context, 
      `${style.bold(`Entitlements on ${formatLongDate(input.on)}`)}\n${describePerson(input)}\n` +
        noteLines(notes) +
        '\n' +
        table +
        (summary !== '' && table !== '' ? '\n' : '') +
        summary +
        sources.render(style),
    );
    return 0;
  },
});
