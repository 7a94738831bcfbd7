import { embeddedDataset } from '../../data/embedded-dataset.js';
import type { Dataset } from '../../schema/dataset.js';
import { indexDataset } from '../../engine/dataset-index.js';
import { evaluate } from '../../explain/evaluate.js';
import { formatLongDate } from '../../dates/calendar-date.js';
import { describeValue } from '../../explain/describe-value.js';
import type { Kind } from '../../schema/kind.js';
import { ENGLISH_MESSAGES } from '../../explain/message-table.js';
import { OPTION_MESSAGES } from '../option-messages.js';
import { type CliContext, printJson } from '../cli-context.js';
import { citedSources, createSourceList, entitlementJson, isUnencoded, kindLabel, missingFactHint, styleOutcome, whyText } from '../entitlement-output.js';
import { formatCellDate } from '../format-date.js';
import { PERSON_HELP } from '../help.js';
import { DATA_HELP, DATA_OPTIONS, datasetFromOptions } from '../data-option.js';
import { parseOptions } from '../parse-options.js';
import { PERSON_OPTIONS, describePerson, personFromOptions } from '../person-options.js';
import { renderTable } from '../render-table.js';

/** The help for `entitlements`. */
export const ENTITLEMENTS_HELP = `Usage: care-leaver-entitlements entitlements --born DATE --responsible AREA --lives-in AREA [options]

What a care leaver is entitled to on a date, kind by kind: the outcome (eligible, not-eligible
or unknown), who gives it, its value, when it ends or next changes, why, and the sources.

${PERSON_HELP}
${DATA_HELP}
With --json: {"on", "person", "entitlements": [{"kind", "outcome", "value", "provider": {"code", "name"} | null,
  "endsOn": "YYYY-MM-DD" | null, "reasons": [{"code", "message"}], "sources": [{"title", "url"}]}]}

Example:
  care-leaver-entitlements entitlements --born 2004-06-15 --responsible Bolton --lives-in Manchester --on 2026-11-23
`;

/**
 * Kinds with no offer at all in the dataset, which the tables summarise in one line.
 *
 * @param kinds - the kinds shown
 * @param dataset - the dataset (the embedded one by default)
 * @returns those the dataset has no offer of
 * @example
 * ```ts
 * kindsWithoutOffers(['mentor', 'council-tax-exemption']); // ['mentor'] (if no mentor offer is encoded)
 * ```
 */
export function kindsWithoutOffers(kinds: readonly Kind[], dataset: Dataset = embeddedDataset): Kind[] {
  const index = indexDataset(dataset);
  return kinds.filter((kind) => (index.byKind.get(kind)?.length ?? 0) === 0);
}

/**
 * Runs `entitlements`.
 *
 * @param args - the arguments after the command name
 * @param context - output, colour and today
 * @returns the exit status (0)
 * @throws {@link UsageError} on bad input
 * @example
 * ```ts
 * runEntitlements(['--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--json'], context);
 * ```
 */
export function runEntitlements(args: readonly string[], context: CliContext): number {
  const { values } = parseOptions('entitlements', args, { ...PERSON_OPTIONS, ...DATA_OPTIONS });
  if (values.help === true) {
    context.out(ENTITLEMENTS_HELP);
    return 0;
  }
  const input = personFromOptions(values, context.today);
  const dataset = datasetFromOptions(values);
  const result = evaluate(input.person, input.on, dataset, { ...input.engine, messages: values.json === true ? ENGLISH_MESSAGES : OPTION_MESSAGES });
  if (values.json === true) {
    printJson(context, { on: result.on, person: result.person, entitlements: result.entitlements.map(entitlementJson) });
    return 0;
  }
  const { style } = context;
  const empty = new Set(kindsWithoutOffers(result.entitlements.map((e) => e.kind), dataset));
  const sources = createSourceList();
  const unencoded = result.entitlements.filter((e) => !empty.has(e.kind) && isUnencoded(e)).map((e) => e.kind);
  const rows = result.entitlements
    .filter((e) => !empty.has(e.kind) && !unencoded.includes(e.kind))
    .map((e) => {
      const refs = sources.cite(citedSources(e));
      return [
        kindLabel(e.kind),
        styleOutcome(e.outcome, style),
        e.provider?.name ?? '—',
        e.value === null ? '—' : describeValue(e.value),
        formatCellDate(e.endsOn),
        `${whyText(e.reasons)}${refs === '' ? '' : ` ${style.dim(refs)}`}`,
      ];
    });
  const notes = [input.responsible.note, input.livesIn.note].filter((n): n is string => n !== undefined);
  context.out(
    `${style.bold(`Entitlements on ${formatLongDate(input.on)}`)}\n${describePerson(input)}\n` +
      notes.map((n) => `Note: ${n}\n`).join('') +
      '\n' +
      renderTable(['kind', 'outcome', 'provider', 'value', 'ends on', 'why'], rows, { heading: style.bold }) +
      (unencoded.length > 0
        ? `\nUnknown, as nothing is encoded for ${[...new Set([input.responsible.name, input.livesIn.name])].join(' or ')}: ${unencoded.map(kindLabel).join(', ')}.\n`
        : '') +
      (empty.size > 0 ? `${unencoded.length > 0 ? '' : '\n'}No offer of these kinds is encoded in the data, so the answer is unknown: ${[...empty].map(kindLabel).join(', ')}.\n` : '') +
      missingFactHint(result.entitlements) +
      sources.render(style),
  );
  return 0;
}
