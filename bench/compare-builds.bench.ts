/**
 * Two builds of the package timed against each other on the England cohort (or the peers'
 * workload: `WORKLOAD=peers`), in alternating batches in one process, so that the machine's drift (other work, frequency changes) falls on
 * both alike. Each build keeps its own place views, so each batch is a first sight of its people
 * for both on the first pass; later passes see the views remembered.
 *
 * Build the baseline into one folder and the change into another, then:
 *
 * ```sh
 * A=/tmp/dist-before/index.js B=/tmp/dist-after/index.js node --import tsx bench/compare-builds.bench.ts
 * ```
 *
 * Environment: `N` people (default 30,000), `PASSES` (default 2), `FN` `decide` (default) or
 * `evaluate`, `WORKLOAD` `england` (default: every kind, the embedded data) or `peers` (the
 * peers' two kinds and rules, as `npm run bench` times them against json-rules-engine). It prints,
 * per pass, each build's people per second and B's speed over A's.
 */
import { pathToFileURL } from 'node:url';
import type { Dataset, EvaluateOptions, Person } from '../src/index.js';
import { englandCohort } from './england-cohort.js';
import { PEER_KINDS, PEER_ON, generatePeerCohort, peerDataset } from './peers/peer-rules.js';

const [pathA, pathB] = [process.env.A, process.env.B];
if (pathA === undefined || pathB === undefined) {
  console.error('give the two builds: A=<dist>/index.js B=<dist>/index.js');
  process.exit(2);
}
type Library = typeof import('../src/index.js');
const A = (await import(pathToFileURL(pathA).href)) as Library;
const B = (await import(pathToFileURL(pathB).href)) as Library;

const N = Number(process.env.N ?? 30_000);
const peers = process.env.WORKLOAD === 'peers';
const ON = peers ? PEER_ON : '2026-11-23';
const cohort: Person[] = peers ? generatePeerCohort(N) : englandCohort(N, ON);
// The peers' rules are parsed once and shared: each build indexes the dataset object for itself.
const peerRules = peers ? peerDataset() : null;
const datasetOf = (library: Library): Dataset => peerRules ?? library.embeddedDataset;
const options: EvaluateOptions = peers ? { kinds: PEER_KINDS } : {};
const fn = process.env.FN === 'evaluate' ? 'evaluate' : 'decide';
const BATCH = 1_000;

for (let pass = 0; pass < Number(process.env.PASSES ?? 2); pass++) {
  const spent = { A: 0, B: 0 };
  for (let start = 0; start < N; start += BATCH) {
    const batch = cohort.slice(start, start + BATCH);
    // Alternate which build goes first, so neither always runs on a warmer machine.
    const order = (start / BATCH) % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
    for (const name of order) {
      const library = name === 'A' ? A : B;
      const t = performance.now();
      const dataset = datasetOf(library);
      for (const person of batch) library[fn](person, ON, dataset, options);
      spent[name] += performance.now() - t;
    }
  }
  const rate = (ms: number) => Math.round(N / (ms / 1000));
  console.log(`${fn}, pass ${pass}: A ${rate(spent.A)} people/s, B ${rate(spent.B)} people/s, B ÷ A ${(spent.A / spent.B).toFixed(3)}×`);
}
