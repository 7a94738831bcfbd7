/**
 * Where `decide` spends its time for the benchmark's person, kind by kind. Run after
 * `npm run build`: `node --import tsx bench/cost-by-kind.bench.ts` (it times `dist/`, as
 * `bench/run.ts` does, since the TypeScript source runs slower through tsx).
 *
 * The person is the one of `npm run bench`'s first measure (a Bolton care leaver living in
 * Manchester, born 2004-06-15, on 2026-11-23). For each kind that has offers concerning them, it
 * times `decide` for that kind alone and subtracts the cost of a call with no kind (validation and
 * set-up), so the figure is what the kind adds: assessing its offers, combining them and scanning
 * for the date the answer next changes. It also times the kinds with no offer together, and
 * `decide` and `evaluate` for every kind.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Kind, Person } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
const { decide, evaluate, embeddedDataset } = built;

const ON = '2026-11-23';
const person: Person = {
  dateOfBirth: '2004-06-15',
  category: 'former-relevant',
  responsibleAuthority: 'E08000001',
  residence: 'E08000003',
  facts: { household: 'alone', workingWithLeavingCareService: true },
};
const CALLS = 20_000;

/** Median over five runs of the mean µs per call (a new copy of the person each call, as the bench's first task). */
function microsPerCall(run: (kinds: readonly Kind[] | undefined) => unknown, kinds: readonly Kind[] | undefined): number {
  for (let i = 0; i < 2_000; i++) run(kinds);
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const start = performance.now();
    for (let i = 0; i < CALLS; i++) run(kinds);
    runs.push(((performance.now() - start) / CALLS) * 1000);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

const decideFor = (kinds: readonly Kind[] | undefined) =>
  decide(Object.assign({}, person), ON, embeddedDataset, kinds === undefined ? {} : { kinds: [...kinds] });
const evaluateFor = (kinds: readonly Kind[] | undefined) =>
  evaluate(Object.assign({}, person), ON, embeddedDataset, kinds === undefined ? {} : { kinds: [...kinds] });

const all = decide(person, ON, embeddedDataset).entitlements;
const withOffers = all.filter((e) => e.offers.length > 0);
const offerless = all.filter((e) => e.offers.length === 0).map((e) => e.kind);
const base = microsPerCall(decideFor, []);

console.log(`node ${process.version}, ${process.platform} ${process.arch}; ${all.length} kinds, ${withOffers.length} with offers concerning the person`);
console.log(`decide, no kind (validation, set-up): ${base.toFixed(1)} µs`);
console.log(`decide, the ${offerless.length} kinds with no offer: ${(microsPerCall(decideFor, offerless) - base).toFixed(1)} µs more`);
const rows = withOffers.map((e) => ({
  kind: e.kind,
  micros: microsPerCall(decideFor, [e.kind]) - base,
  outcome: e.outcome,
  offers: e.offers.length,
  endsOn: e.endsOn ?? '—',
}));
rows.sort((a, b) => b.micros - a.micros);
console.log('\nkind                                    µs more  outcome       offers  endsOn');
for (const row of rows) {
  console.log(`${row.kind.padEnd(38)}  ${row.micros.toFixed(1).padStart(6)}  ${row.outcome.padEnd(12)}  ${String(row.offers).padStart(6)}  ${row.endsOn}`);
}
console.log(`\ndecide, every kind: ${microsPerCall(decideFor, undefined).toFixed(1)} µs; evaluate, every kind: ${microsPerCall(evaluateFor, undefined).toFixed(1)} µs`);
