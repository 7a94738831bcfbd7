/**
 * Evaluates a care leaver where they live today and compares a move, through the public API.
 *
 *   npx tsx examples/evaluate-and-move.ts
 *
 * In your own project, import from 'care-leaver-entitlements' instead of '../src/index.js'.
 */
import {
  KIND_INFO,
  compareMove,
  describeValue,
  embeddedDataset,
  evaluate,
  formatLongDate,
  resolveAreaOrThrow,
  type Person,
} from '../src/index.js';

const on = '2026-11-23'; // "today" is always an input: the engine never reads the clock

// Names resolve to GSS codes (resolveArea returns an issue with suggestions instead of throwing).
const bolton = resolveAreaOrThrow('Bolton').code; // E08000001
const manchester = resolveAreaOrThrow('Manchester').code; // E08000003
const stockport = resolveAreaOrThrow('Stockport').code; // E08000007
const leeds = resolveAreaOrThrow('Leeds').code; // E08000035

const person: Person = {
  dateOfBirth: '2004-06-15',
  category: 'former-relevant',
  responsibleAuthority: bolton, // Bolton looked after them
  residence: manchester, // and they live in Manchester
  facts: { workingWithLeavingCareService: true },
};

// 1. What are they entitled to today?
const result = evaluate(person, on, embeddedDataset);
console.log(`Entitlements on ${formatLongDate(on)} (living in Manchester, looked after by Bolton)`);
for (const e of result.entitlements) {
  if (e.outcome !== 'eligible') continue;
  const ends = e.endsOn === null ? '' : `, until ${formatLongDate(e.endsOn)}`;
  console.log(`  eligible  ${KIND_INFO[e.kind].label}: ${describeValue(e.value)} from ${e.provider?.name}${ends}`);
}
const unknown = result.entitlements.filter((e) => e.outcome === 'unknown');
console.log(`  ${unknown.length} kinds are unknown (nothing encoded, or a fact is missing), for example:`);
// The example is taken from the answers (the first unknown kind), so it stays an unknown one as the data changes.
const example = unknown[0];
if (example !== undefined) console.log(`  unknown   ${KIND_INFO[example.kind].label}: ${example.reasons[0]?.message}`);

// 2. What changes if they move on the same day, within Greater Manchester and out of it?
for (const [name, to] of [['Stockport', stockport], ['Leeds', leeds]] as const) {
  const move = compareMove(person, { to, on }, embeddedDataset);
  console.log(`\nMoving from Manchester to ${name} on ${formatLongDate(on)}`);
  for (const change of move.changes) {
    if (change.before.outcome === 'unknown') continue; // not known before the move either
    console.log(`  ${change.change.padEnd(7)}  ${change.message}`);
  }
}
