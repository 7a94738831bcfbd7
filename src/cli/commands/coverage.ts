import { coverage } from '../../data/coverage.js';
import { embeddedDataset } from '../../data/embedded-dataset.js';
import { ukGeography } from '../../areas/uk-geography.js';
import { formatLongDate } from '../../dates/calendar-date.js';
import { type CliContext, printJson } from '../cli-context.js';
import { kindLabel } from '../entitlement-output.js';
import { parseDateOption } from '../parse-date-option.js';
import { parseOptions } from '../parse-options.js';
import { renderTable } from '../render-table.js';
import { resolveAreaOption } from '../resolve-area-option.js';

/** The help for `coverage`. */
export const COVERAGE_HELP = `Usage: care-leaver-entitlements coverage [AREA] [--on DATE] [--json]

What the data encodes, kind by kind: for one area, whether each kind is covered (the area's own
offer, or a document that claims the kind for an area it lies within) and by whom; without an
area, a line for every area the data names. Where a kind is not covered, answers about people
that area serves are "unknown", never "not-eligible".

Options:
  --on DATE      the date, for membership of combined authorities (default: today)
  --json         print one JSON document:
                 {"on", "areas": [code], "entries": [{"area", "areaName"?, "kind", "covered",
                  "coveredBy": [{"provider": {"code", "name"}, "layer", "how", "claimArea"?}]}]}
  -h, --help     show this help
`;

/**
 * Runs `coverage`.
 *
 * @param args - the arguments after the command name
 * @param context - output, colour and today
 * @returns the exit status (0)
 * @throws {@link UsageError} on bad input
 * @example
 * ```ts
 * runCoverage(['Stockport'], context);
 * ```
 */
export function runCoverage(args: readonly string[], context: CliContext): number {
  const { values, positionals } = parseOptions(
    'coverage',
    args,
    { on: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    { name: 'AREA', min: 0, max: 1 },
  );
  if (values.help === true) {
    context.out(COVERAGE_HELP);
    return 0;
  }
  const on = typeof values.on === 'string' ? parseDateOption('--on', values.on) : context.today;
  const area = positionals[0] === undefined ? undefined : resolveAreaOption('AREA', positionals[0], on);
  const report = coverage(embeddedDataset, { on, geography: ukGeography, ...(area === undefined ? {} : { area: area.code }) });
  if (values.json === true) {
    printJson(context, report);
    return 0;
  }
  const { style } = context;
  if (area !== undefined) {
    const rows = report.entries.map((e) => [
      kindLabel(e.kind),
      e.covered ? style.green('covered') : style.yellow('not covered'),
      e.coveredBy.map((c) => `${c.provider.name} (${c.how === 'own-offer' ? 'own offer' : `claims ${ukGeography.nameOf(c.claimArea ?? '') ?? c.claimArea}`})`).join('; ') || '—',
    ]);
    const covered = report.entries.filter((e) => e.covered).length;
    context.out(
      `${style.bold(`Coverage for ${area.name} on ${formatLongDate(on)}`)}\n${covered} of ${report.entries.length} kinds covered\n\n` +
        renderTable(['kind', 'coverage', 'by'], rows, { heading: style.bold }),
    );
    return 0;
  }
  const rows = report.areas.map((code) => {
    const entries = report.entries.filter((e) => e.area === code);
    const own = entries.filter((e) => e.coveredBy.some((c) => c.how === 'own-offer')).map((e) => e.kind);
    return [code, ukGeography.nameOf(code) ?? code, `${entries.filter((e) => e.covered).length} of ${entries.length}`, own.join(', ') || '—'];
  });
  context.out(
    `${style.bold(`Coverage of the data on ${formatLongDate(on)}`)}\n${report.areas.length} areas named by the data\n\n` +
      renderTable(['code', 'area', 'kinds covered', 'own offers of'], rows, { heading: style.bold }),
  );
  return 0;
}
