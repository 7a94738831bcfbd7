import { guaranteeReport } from '../../explain/guarantee-report.js';
import { formatLongDate } from '../../dates/calendar-date.js';
import { describeValue } from '../../explain/describe-value.js';
import type { OfferValue } from '../../schema/value.js';
import { type CliContext, printJson } from '../cli-context.js';
import { kindLabel, styleOutcome } from '../entitlement-output.js';
import { parseDateOption } from '../parse-date-option.js';
import { DATA_HELP, DATA_OPTIONS, datasetFromOptions } from '../data-option.js';
import { parseOptions } from '../parse-options.js';
import { renderTable } from '../render-table.js';
import { resolveAreaOption } from '../resolve-area-option.js';

/** The help for `guarantee`. */
export const GUARANTEE_HELP = `Usage: care-leaver-entitlements guarantee AREA [--on DATE] [--json]

A region's guarantee (such as Greater Manchester's, "Greater Manchester" or E47000001) against
each member council's own offers: for each item of the guarantee in force on the date, whether
the council's best offer of that kind in force exceeds it (a better value or wider eligibility),
meets it, falls short of it, or is unknown (nothing of the council's own is encoded), and why.

Options:
  --on DATE      the date (default: today)
  --json         print one JSON document:
                 {"on", "region": {"code", "name"}, "members": [{"code", "name"}],
                  "items": [{"offerId", "kind", "title", "provider": {"code", "name"}, "value", "members":
                    [{"code", "name", "result", "offerId", "value", "reasons": [{"code", "message"}]}]}]}
  -h, --help     show this help

${DATA_HELP}
Example:
  care-leaver-entitlements guarantee "Greater Manchester" --on 2026-11-23
`;

function valueText(value: OfferValue | null): string {
  if (value === null) return '—';
  if (value.type !== 'depends-on-household') return describeValue(value);
  return value.cases.map((c) => `${describeValue(c.value)} (${c.households.join(', ')})`).join('; ');
}

/**
 * Runs `guarantee`.
 *
 * @param args - the arguments after the command name
 * @param context - output, colour and today
 * @returns the exit status (0)
 * @throws {@link UsageError} on bad input
 * @example
 * ```ts
 * runGuarantee(['Greater Manchester', '--on', '2026-11-23'], context);
 * ```
 */
export function runGuarantee(args: readonly string[], context: CliContext): number {
  const { values, positionals } = parseOptions(
    'guarantee',
    args,
    { on: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, ...DATA_OPTIONS },
    { name: 'AREA', min: 1, max: 1 },
  );
  if (values.help === true) {
    context.out(GUARANTEE_HELP);
    return 0;
  }
  const on = typeof values.on === 'string' ? parseDateOption('--on', values.on) : context.today;
  const region = resolveAreaOption('AREA', positionals[0]!, on);
  const report = guaranteeReport(region.code, { on }, datasetFromOptions(values));
  if (values.json === true) {
    printJson(context, {
      on: report.on,
      region: report.region,
      members: report.members,
      items: report.items.map((item) => ({
        offerId: item.offerId,
        kind: item.kind,
        title: item.title,
        provider: { code: item.provider.code, name: item.provider.name },
        value: item.value,
        members: item.members.map((m) => ({
          code: m.member.code,
          name: m.member.name,
          result: m.result,
          offerId: m.offerId,
          value: m.value,
          reasons: m.reasons,
        })),
      })),
    });
    return 0;
  }
  const { style } = context;
  const heading = style.bold(`${report.region.name}: guarantee against its members' own offers on ${formatLongDate(on)}`);
  if (report.items.length === 0) {
    context.out(`${heading}\n\nNo guarantee of ${report.region.name} is encoded as in force on ${formatLongDate(on)}.\n`);
    return 0;
  }
  const totals = { exceeds: 0, meets: 0, 'falls-short': 0, unknown: 0 };
  const sections = report.items.map((item) => {
    const rows = item.members.map((m) => {
      totals[m.result]++;
      return [m.member.name, styleOutcome(m.result, style), valueText(m.value), m.reasons.map((r) => r.message).join('; ')];
    });
    return (
      `${style.bold(`${kindLabel(item.kind)}: ${item.title}`)} (${valueText(item.value)}${item.provider.code === report.region.code ? '' : `, from ${item.provider.name}`})\n` +
      renderTable(['member', 'result', 'own offer', 'why'], rows, { heading: style.bold })
    );
  });
  const summary = Object.entries(totals)
    .map(([result, n]) => `${n} ${result}`)
    .join(', ');
  context.out(`${heading}\n${report.members.length} members, ${report.items.length} items in force\n\n${sections.join('\n')}\nIn all: ${summary}.\n`);
  return 0;
}
