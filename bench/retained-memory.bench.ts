/**
 * The memory the engine keeps after answering the England cohort: its place views and remembered
 * answers, which stay until their limits are reached (50,000 views, 5,000 people's answers). A
 * program that evaluates many people keeps this much in its heap, and every later collection of
 * garbage walks it.
 *
 * Run after `npm run build` (it times `dist/`, what users run), in a process of its own:
 *
 * ```sh
 * node --expose-gc --import tsx bench/retained-memory.bench.ts
 * ```
 *
 * Environment: `N` people (default 100,000, as `npm run bench`'s cohort), `DIST` another build's
 * `index.js`, `PLACES` to gather the cohort into that many places (each person takes the places
 * and facts of one of the first `PLACES` people, keeping their own date of birth and category: a
 * cohort of a few councils, whose places are asked about often), `ROUNDS` to answer the cohort
 * again (default 1: a long-running process meets the same places again). It prints, each round,
 * the people per second and the heap in use after a full collection, less what was in use before
 * the first person (the people themselves are dropped before it is read).
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { englandCohort } from './england-cohort.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  console.error('run it with node --expose-gc');
  process.exit(2);
}
const dist = resolve(process.env.DIST ?? join(import.meta.dirname, '..', 'dist', 'index.js'));
const { embeddedDataset, evaluate } = (await import(pathToFileURL(dist).href)) as typeof import('../src/index.js');

const ON = '2026-11-23';
const N = Number(process.env.N ?? 100_000);
const PLACES = Number(process.env.PLACES ?? 0);
const ROUNDS = Number(process.env.ROUNDS ?? 1);
const spread = englandCohort(N, ON);
let cohort = PLACES > 0 ? spread.map((p, i) => ({ ...spread[i % PLACES]!, dateOfBirth: p.dateOfBirth, category: p.category })) : spread;

// The dataset is indexed by the first call; what the index holds is not counted.
evaluate(cohort[0]!, ON, embeddedDataset);
const cohortBytes = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
cohort = cohort.slice(1);
const before = cohortBytes();
for (let round = 1; round <= ROUNDS; round++) {
  const start = performance.now();
  // New objects every round, as a caller's would be.
  for (const person of cohort) evaluate({ ...person }, ON, embeddedDataset);
  const seconds = (performance.now() - start) / 1000;
  const after = cohortBytes();
  const where = PLACES > 0 ? ` in ${PLACES} places` : '';
  console.log(`round ${round}${where}: ${Math.round(cohort.length / seconds)} people/s; the engine keeps ${Math.round((after - before) / 2 ** 20)} MiB after ${cohort.length * round} people`);
}
