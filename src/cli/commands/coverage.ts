import { areaNotes, noteLines } from '../area-notes.js';
import { coverage } from '../../data/coverage.js';
import { dataReport } from '../../data/data-report.js';
import { type CalendarDate, formatLongDate } from '../../dates/calendar-date.js';
import type { Kind } from '../../schema/kind.js';
import { UsageError } from '../usage-error.js';
import type { Dataset } from '../../schema/dataset.js';
import { ukGeography } from '../../areas/uk-geography.js';
import { type CliContext, printJson, printText } from '../cli-context.js';
import { kindLabel } from '../entitlement-output.js';
import { DATA_OPTION_GROUP, datasetFromOptions } from '../data-option.js';
import { defineCommand } from '../command.js';
import { renderTable } from '../render-table.js';
import { resolveAreaOption } from '../resolve-area-option.js';
import { kindOption } from '../kind-option.js';


/**
 * The `coverage` command: what the data encodes, kind by kind, and the data report.
 *
 * @example
 * ```ts
 * await coverageCommand.run(['Stockport', '--on', '2026-11-23'], context); // 0
 * ```
 */
export const coverageCommand = defineCommand({
  name: 'coverage',
  usage: ['coverage [AREA] [--on DATE] [--data PATH [--only-data]] [--json]', 'coverage --summary [--kind KIND] [--on DATE] [--data PATH [--only-data]] [--json]'],
  about: `What the data encodes, kind by kind: for one area, whether each kind is covered (the area's own
offer, or a document that claims the kind for an area it lies within) and by whom; without an
area, a line for every area the data names. Where a kind is not covered, the council's own rule is
not known: an answer about someone that area serves is never "not-eligible" for want of it, and
is "unknown" unless an offer that applies whatever the council gives (a national duty such as
free prescriptions, a Care Leaver Covenant offer, a regional guarantee) settles it.

With --summary, the data report: for each kind, the share of England's council tax billing areas
where a former relevant care leaver aged 20, with every fact given, gets a known answer (eligible
or not eligible), looked after by the area's own council and by each other council; and how many
of England's children's services authorities have a council tax policy encoded. It evaluates
every pair of places, so it takes a few seconds ("npm run data:report" runs it).`,
  positionals: { name: 'AREA', min: 0, max: 1 },
  options: [
    {
      heading: 'Options',
      options: [
        { name: 'summary', type: 'boolean', help: ["print the data report instead of one area's coverage"] },
        { name: 'kind', type: 'string', value: 'KIND', help: ['with --summary: only this kind (council-tax-exemption, or its name in', 'the table: "Council tax exemption")'] },
      ],
    },
    DATA_OPTION_GROUP,
  ],
  on: ['the date: which offers and claims are in force, and which areas exist and belong to which combined authority (default: today)'],
  json: `{"on", "notes": [string], "areas": [code], "entries": [{"area", "areaName"?, "kind",
  "covered", "coveredBy": [{"provider": {"code", "name"}, "layer", "how", "claimArea"?}],
  "partlyBy": [{"code", "name"}]}]}, where "notes" are the "Note:" lines of the text output (what
  AREA was taken to mean, an embedded document a --data document replaces), empty when there
  are none
with --summary: {"on", "notes": [string], "person", "billingAreas", "childrensServicesAuthorities",
  "otherPairs", "kinds": [{"kind", "ownKnown", "ownShare", "otherKnown", "otherShare"}],
  "councilTaxPolicies": [code], "councilTaxPoliciesForTheirCareLeavers": [code]}`,
  examples: ['coverage Stockport --on 2026-11-23', 'coverage --summary --kind council-tax-exemption'],
  run: async ({ values, positionals, on, json }, context) => {
    if (values.summary === true) {
      if (positionals[0] !== undefined) throw new UsageError('--summary reports on every area; leave out AREA, or leave out --summary');
      const kind = typeof values.kind === 'string' ? kindOption(values.kind) : undefined;
      const { dataset, notes } = await datasetFromOptions(values, undefined, context.today);
      return printDataReport(context, dataset, notes, on, kind, json);
    }
    if (values.kind !== undefined) throw new UsageError('--kind goes with --summary');
    const area = positionals[0] === undefined ? undefined : resolveAreaOption('AREA', positionals[0], on);
    const { dataset, notes: dataNotes } = await datasetFromOptions(values, undefined, context.today);
    const notes = [...areaNotes([area]), ...dataNotes];
    const report = coverage(dataset, { on, geography: ukGeography, ...(area === undefined ? {} : { area: area.code }) });
    if (json) {
      printJson(context, { on: report.on, notes, areas: report.areas, entries: report.entries });
      return 0;
    }
    const { style } = context;
    if (area !== undefined) {
      const rows = report.entries.map((e) => [
        kindLabel(e.kind),
        e.covered ? style.green('covered') : style.yellow('not covered'),
        e.coveredBy.map((c) => `${c.provider.name} (${c.how === 'own-offer' ? 'own offer' : `claims ${ukGeography.nameOf(c.claimArea ?? '') ?? c.claimArea}`})`).join('; ') ||
          e.partlyBy.map((p) => `${p.name} (only one-off, narrow or unsettled offers)`).join('; ') ||
          '—',
      ]);
      const covered = report.entries.filter((e) => e.covered).length;
      printText(context, 
        `${style.bold(`Coverage for ${area.name} on ${formatLongDate(on)}`)}\n${covered} of ${report.entries.length} kinds covered\n` +
          noteLines(notes) +
          '\n' +
          renderTable(['kind', 'coverage', 'by'], rows, { heading: style.bold, width: context.width }),
      );
      return 0;
    }
    const rows = report.areas.map((code) => {
      const entries = report.entries.filter((e) => e.area === code);
      const own = entries.filter((e) => e.coveredBy.some((c) => c.how === 'own-offer')).map((e) => e.kind);
      return [code, ukGeography.nameOf(code) ?? code, `${entries.filter((e) => e.covered).length} of ${entries.length}`, own.join(', ') || '—'];
    });
    printText(context, 
      `${style.bold(`Coverage of the data on ${formatLongDate(on)}`)}\n${report.areas.length} areas named by the data\n${noteLines(notes)}\n` +
        renderTable(['code', 'area', 'kinds covered', 'own offers of'], rows, { heading: style.bold, width: context.width }),
    );
    return 0;
  },
});

function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

function printDataReport(context: CliContext, dataset: Dataset, notes: readonly string[], on: CalendarDate, kind: Kind | undefined, json: boolean): number {
  const report = dataReport(dataset, { on, ...(kind === undefined ? {} : { kinds: [kind] }) });
  if (json) {
    const { on: reportOn, ...rest } = report;
    printJson(context, { on: reportOn, notes, ...rest });
    return 0;
  }
  const { style } = context;
  const count = (n: number) => n.toLocaleString('en-GB');
  const rows = report.kinds.map((k) => [
    kindLabel(k.kind),
    `${percent(k.ownShare)} (${count(k.ownKnown)} of ${count(report.billingAreas)})`,
    `${percent(k.otherShare)} (${count(k.otherKnown)} of ${count(report.otherPairs)})`,
  ]);
  printText(context, 
    `${style.bold(`What the data answers on ${formatLongDate(on)}`)}\n` +
      noteLines(notes) +
      `A former relevant care leaver aged 20 (born ${formatLongDate(report.person.dateOfBirth)}) with every fact given, in each of\n` +
      `England's ${count(report.billingAreas)} council tax billing areas: the share of known answers (eligible or not eligible).\n` +
      `Council tax policies encoded: ${report.councilTaxPolicies.length} of ${report.childrensServicesAuthorities} children's services authorities ` +
      `(${report.councilTaxPoliciesForTheirCareLeavers.length} counting districts' schemes for a county's care leavers).\n\n` +
      renderTable(['kind', "looked after by the area's own council", 'looked after by another council'], rows, { heading: style.bold, width: context.width }),
  );
  return 0;
}

