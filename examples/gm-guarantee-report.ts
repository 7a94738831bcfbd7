/**
 * Writes the Greater Manchester Care Leavers Guarantee report (E47000001) as Markdown: for each
 * item of the guarantee in force on the date, whether each of the ten councils' own offer exceeds,
 * meets or falls short of it, or is unknown, and why; or whether the item's provider gives it
 * directly (delivered), as Transport for Greater Manchester gives the travel pass.
 *
 *   npx tsx examples/gm-guarantee-report.ts [output.md]
 *
 * In your own project, import from 'care-leaver-entitlements' instead of '../src/index.js'.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KIND_INFO, type OfferValue, describeValue, embeddedDataset, formatLongDate, guaranteeReport, resolveAreaOrThrow } from '../src/index.js';

const on = '2026-11-23';
const output = process.argv[2] ?? fileURLToPath(new URL('output/gm-guarantee-report.md', import.meta.url));

const region = resolveAreaOrThrow('Greater Manchester').code; // E47000001
const report = guaranteeReport(region, { on }, embeddedDataset);

/** An offer's value in words; a household-dependent value lists its cases. */
function describeOfferValue(value: OfferValue): string {
  if (value.type !== 'depends-on-household') return describeValue(value);
  return value.cases.map((c) => `${describeValue(c.value)} (${c.households.join(', ')})`).join('; ');
}
const cell = (text: string) => text.replaceAll('|', '\\|');
const lines: string[] = [
  `# ${report.region.name}: guarantee report`,
  '',
  `On ${formatLongDate(on)}, for the ${report.members.length} member councils: ${report.members.map((m) => m.name).join(', ')}.`,
  '',
  'Each item of the guarantee in force on the date, against each council\'s own best offer of the same kind in force.',
  '"unknown" means no offer of the council\'s own is encoded (or none is in force): the guarantee is still the floor there.',
  '"delivered" means the item\'s provider (a transport authority, say) gives it to the council\'s care leavers itself.',
  '',
];
const totals = { exceeds: 0, meets: 0, 'falls-short': 0, unknown: 0, delivered: 0 };
for (const item of report.items) {
  lines.push(`## ${KIND_INFO[item.kind].label}: ${item.title}`, '');
  lines.push(`Guarantee: ${describeOfferValue(item.value)}, from ${item.provider.name}, version dated ${formatLongDate(item.versionDate)}.`, '');
  lines.push('| council | result | own offer | why |', '|---|---|---|---|');
  for (const m of item.members) {
    totals[m.result] += 1;
    const own = m.value === null ? '—' : describeOfferValue(m.value);
    lines.push(`| ${cell(m.member.name)} | ${m.result} | ${own} | ${cell(m.reasons.map((r) => r.message).join('; '))} |`);
  }
  lines.push('');
}
lines.push(`In all: ${totals.exceeds} exceeds, ${totals.meets} meets, ${totals['falls-short']} falls short, ${totals.unknown} unknown, ${totals.delivered} delivered by the item's provider.`, '');

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, lines.join('\n'));
console.log(`Wrote ${report.items.length} items for ${report.members.length} members to ${output}`);
