/**
 * FICTIONAL region: loads Northvale's guarantee and Ashby Moor's local offer (YAML) with the
 * library's loader, builds a dataset and a fictional geography, and evaluates two care leavers.
 *
 *   npx tsx examples/fictional-region/evaluate.ts
 *
 * In your own project, import from 'care-leaver-entitlements' instead of '../../src/index.js'.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  KIND_INFO,
  createGeography,
  describeValue,
  evaluate,
  guaranteeReport,
  loadOfferDocument,
  parseDataset,
  type Kind,
  type OfferDocument,
  timeline,
  type Person,
} from '../../src/index.js';

// 1. Load each document. The loader takes text, so it also runs in a browser; here we read files.
function load(name: string): OfferDocument {
  const path = fileURLToPath(new URL(name, import.meta.url));
  const result = loadOfferDocument(readFileSync(path, 'utf8'), name);
  if (!result.success) {
    for (const issue of result.issues) console.error(`${name}:${issue.line ?? '?'} ${issue.message}`);
    process.exit(1);
  }
  return result.data;
}
const dataset = parseDataset({ documents: [load('northvale-guarantee.yaml'), load('ashby-moor-local-offer.yaml')] });

// 2. A fictional geography: three metropolitan councils in a combined authority, one council outside it.
const geography = createGeography([
  { code: 'E92000001', name: 'England' },
  { code: 'E47000990', name: 'Northvale (fictional)', within: [{ code: 'E92000001' }] },
  { code: 'E08000991', name: 'Ashby Moor (fictional)', within: [{ code: 'E47000990', from: '2020-01-01' }] },
  { code: 'E08000992', name: 'Brindle Vale (fictional)', within: [{ code: 'E47000990', from: '2020-01-01' }] },
  { code: 'E08000993', name: 'Cotterby (fictional)', within: [{ code: 'E47000990', from: '2020-01-01' }] },
  { code: 'E06000999', name: 'Dunmere (fictional)', within: [{ code: 'E92000001' }] },
]);

const on = '2026-11-23';
const kinds: Kind[] = ['council-tax-exemption', 'free-travel', 'setting-up-home-allowance', 'rent-guarantor', 'rent-deposit'];

function show(title: string, person: Person): void {
  console.log(`\n${title}`);
  const result = evaluate(person, on, dataset, { geography, kinds });
  for (const e of result.entitlements) {
    const value = e.outcome === 'not-eligible' ? '' : ` ${describeValue(e.value)}`;
    const from = e.provider === null ? '' : ` from ${e.provider.name}`;
    console.log(`  ${KIND_INFO[e.kind].label}: ${e.outcome}${e.value === null ? '' : value}${from}`);
    console.log(`    why: ${e.reasons.map((r) => r.message).join('; ')}`);
    for (const p of e.pending) console.log(`    pending: ${p.title} (${p.status} from ${p.versionDate})`);
  }
}

console.log(`FICTIONAL region Northvale, on ${on}`);
const ashbyCareLeaver: Person = {
  dateOfBirth: '2006-03-10',
  category: 'former-relevant',
  responsibleAuthority: 'E08000991', // looked after by Ashby Moor
  residence: 'E08000991', // living in Ashby Moor
  facts: { household: 'with-others' },
};
show('An Ashby Moor care leaver, aged 20, living in Ashby Moor with others', ashbyCareLeaver);
show('A Dunmere care leaver (outside Northvale), aged 20, living in Ashby Moor, household not given', {
  dateOfBirth: '2006-03-10',
  category: 'former-relevant',
  responsibleAuthority: 'E06000999',
  residence: 'E08000991',
});

// When does the Ashby Moor care leaver's travel and council tax change?
const changes = timeline(ashbyCareLeaver, { from: on, until: '2031-12-31' }, dataset, {
  geography,
  kinds: ['council-tax-exemption', 'free-travel'],
});
console.log('\nTimeline for the Ashby Moor care leaver');
for (const event of changes.events) {
  console.log(`  ${event.on}  ${KIND_INFO[event.kind].label}: ${event.before} -> ${event.after}`);
}

// 3. The guarantee report for the fictional region (members given, as they are not in the UK registry).
const report = guaranteeReport('E47000990', { on }, dataset, {
  geography,
  members: ['E08000991', 'E08000992', 'E08000993'],
});
console.log(`\nGuarantee report for ${report.region.name}`);
for (const item of report.items) {
  console.log(`  ${item.title}`);
  for (const m of item.members) console.log(`    ${m.member.name}: ${m.result} (${m.reasons.map((r) => r.message).join('; ')})`);
}
