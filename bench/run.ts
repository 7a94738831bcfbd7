/**
 * `npm run bench`: measures the engine and its peers in one run on the same rules and the same
 * people, prints a table and writes bench/results.json. See BENCHMARKS.md for the figures and
 * what they mean.
 *
 * Run it as `node --expose-gc --import tsx bench/run.ts` after `npm run build` (the CLI cold start
 * runs dist/cli.cjs). `BENCH_QUICK=1` uses smaller cohorts and fewer moves (for a smoke test).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { Bench } from 'tinybench';
import type { CalendarDate, Person } from '../src/index.js';
import { COHORT_SEED, englandAreas, englandCohort } from './england-cohort.js';
import { enginePeer } from './peers/engine.js';
import { handWrittenAnswer } from './peers/hand-written.js';
import { jsonLogicAnswer } from './peers/json-logic.js';
import { createJsonRulesEngine, jsonRulesEngineAnswer } from './peers/json-rules-engine.js';
import { PEER_ON, type PeerAnswer, generatePeerCohort, peerDataset } from './peers/peer-rules.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

// The engine is measured as users run it: the built package (tsup's output in dist/), not the
// TypeScript source through tsx, whose transform wraps every function expression in a naming
// helper that costs about 40% on the engine's hot path. Imported by path so that type-checking
// does not need a build.
const built = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
const { compareMove, embeddedDataset, evaluate, moveMatrix } = built;
const engineAnswer = enginePeer(built.evaluate);
// Decisions only: the engine without explanations (reasons as data, no sentences).
const decisionAnswer = enginePeer(built.decide);
const quick = process.env.BENCH_QUICK === '1';
const ON: CalendarDate = '2026-11-23';
const COHORT_SIZE = quick ? 10_000 : 100_000;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const rssMB = () => process.memoryUsage.rss() / 1024 / 1024;
const maxRssMB = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes

/**
 * Runs synchronous `work`, handing it a `sample` function to call now and then (every thousand
 * moves, say) that records the resident set size; returns the peak seen, which also counts the
 * start and the end. (A timer cannot sample while synchronous work holds the thread.)
 */
function withRssSampling<T>(work: (sample: () => void) => T): { value: T; peakMB: number } {
  let peak = rssMB();
  const sample = () => {
    peak = Math.max(peak, rssMB());
  };
  const value = work(sample);
  sample();
  return { value, peakMB: peak };
}

function seconds(start: number): number {
  return (performance.now() - start) / 1000;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

// --- Areas: current English councils from the registry -------------------------------------------

const { billing } = englandAreas();

// --- 1. evaluate(): one person, all kinds, the embedded dataset ----------------------------------

const person: Person = {
  dateOfBirth: '2004-06-15',
  category: 'former-relevant',
  responsibleAuthority: 'E08000001', // Bolton
  residence: 'E08000003', // Manchester
  facts: { household: 'alone', workingWithLeavingCareService: true },
};
log('1. evaluate() …');
evaluate(person, ON, embeddedDataset); // index the dataset once, outside the timing
const bench = new Bench({ time: quick ? 300 : 2000, warmupTime: quick ? 100 : 500 });
bench
  .add('evaluate (new person object each call: validated)', () => {
    evaluate(Object.assign({}, person), ON, embeddedDataset);
  })
  .add('evaluate (same person object: validated once)', () => {
    evaluate(person, ON, embeddedDataset);
  });
await bench.run();
const medianMicros = (index: number): number => {
  const result = bench.tasks[index]!.result;
  if (result.state !== 'completed') throw new Error(`benchmark task ${index} did not complete`);
  return result.latency.p50 * 1000;
};
const evaluateMedianMicros = medianMicros(0);
const evaluateCachedMedianMicros = medianMicros(1);

// --- 2. The national move matrix -----------------------------------------------------------------

log(`2. move matrix over ${billing.length} billing authorities …`);
gc();
const matrixBaseRss = rssMB();
const matrixAreas = quick ? billing.slice(0, 60) : billing;
const mover: Person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' };
const matrix = withRssSampling((sample) => {
  // moveMatrix evaluates each area once and pairs the evaluations; every one of the moves is
  // still compared and materialised as a full MoveComparison (with messages).
  const start = performance.now();
  const all = moveMatrix(mover, { areas: matrixAreas, on: ON }, embeddedDataset);
  let moves = 0;
  let changes = 0;
  for (const from of matrixAreas) {
    for (const to of matrixAreas) {
      if (to === from) continue;
      changes += all.compare(from, to).changes.length;
      if (++moves % 1024 === 0) sample();
    }
  }
  return { seconds: seconds(start), moves, changes };
});
// For reference: the same matrix with one compareMove call per move (two evaluations each), on
// a sample of origins, scaled to the whole matrix.
const sampleOrigins = matrixAreas.slice(0, quick ? 3 : 10);
const perCallStart = performance.now();
let perCallMoves = 0;
for (const from of sampleOrigins) {
  for (const to of matrixAreas) {
    if (to === from) continue;
    compareMove({ ...mover, residence: from }, { to, on: ON }, embeddedDataset);
    perCallMoves += 1;
  }
}
const compareMoveMatrixSecondsEstimate = (seconds(perCallStart) / perCallMoves) * (matrixAreas.length * (matrixAreas.length - 1));
const matrixSeconds = matrix.value.seconds;
const matrixMoves = matrix.value.moves;
const matrixPeakRssMB = matrix.peakMB;

// --- 3. A cohort of 100,000 people across England ------------------------------------------------

log(`3. cohort of ${COHORT_SIZE} …`);
const cohort = englandCohort(COHORT_SIZE, ON);
gc();
const cohortRun = withRssSampling((sample) => {
  const start = performance.now();
  let eligible = 0;
  for (let i = 0; i < cohort.length; i++) {
    for (const e of evaluate(cohort[i]!, ON, embeddedDataset).entitlements) if (e.outcome === 'eligible') eligible++;
    if (i % 1024 === 0) sample();
  }
  return { seconds: seconds(start), eligible };
});
const cohortPersonsPerSecond = COHORT_SIZE / cohortRun.value.seconds;

// --- 4. Peers: the same rules, the same people ---------------------------------------------------

log(`4. peers on ${COHORT_SIZE} people …`);
const peerPeople = generatePeerCohort(COHORT_SIZE, COHORT_SEED);
const rules = peerDataset();
engineAnswer(Object.assign({}, peerPeople[0]!), PEER_ON, rules); // index the peers' dataset outside the timing

interface PeerRun {
  readonly seconds: number;
  readonly answers: PeerAnswer[];
}
async function timePeer(people: readonly Person[], answer: (p: Person) => PeerAnswer | Promise<PeerAnswer>): Promise<PeerRun> {
  gc();
  const answers: PeerAnswer[] = new Array(people.length);
  const start = performance.now();
  for (let i = 0; i < people.length; i++) answers[i] = await answer(people[i]!);
  return { seconds: seconds(start), answers };
}
function timePeerSync(people: readonly Person[], answer: (p: Person) => PeerAnswer): PeerRun {
  gc();
  const answers: PeerAnswer[] = new Array(people.length);
  const start = performance.now();
  for (let i = 0; i < people.length; i++) answers[i] = answer(people[i]!);
  return { seconds: seconds(start), answers };
}
const jre = createJsonRulesEngine();
const PEERS = {
  engine: (p: Person) => engineAnswer(p, PEER_ON, rules),
  engineDecisionsOnly: (p: Person) => decisionAnswer(p, PEER_ON, rules),
  handWritten: (p: Person) => handWrittenAnswer(p, PEER_ON),
  jsonLogic: (p: Person) => jsonLogicAnswer(p, PEER_ON),
  jsonRulesEngine: (p: Person) => jsonRulesEngineAnswer(jre, p, PEER_ON),
} as const;
type PeerName = keyof typeof PEERS;
const PEER_NAMES = Object.keys(PEERS) as PeerName[];
// Each peer is timed once a round, over rounds that start with a different peer, and its median
// is kept: a peer timed once, always in the same place after the cohort, measured its place in
// the run as much as itself (the hand-written function read 1.3 million people a second that way,
// 4 to 6 million alone). One round with BENCH_QUICK.
const PEER_ROUNDS = quick ? 1 : 3;
const peerThroughputs = Object.fromEntries(PEER_NAMES.map((name) => [name, [] as number[]])) as Record<PeerName, number[]>;
const firstAnswers = {} as Record<PeerName, PeerAnswer[]>;
for (let round = 0; round < PEER_ROUNDS; round++) {
  for (let n = 0; n < PEER_NAMES.length; n++) {
    const name = PEER_NAMES[(n + round) % PEER_NAMES.length]!;
    // New person objects for every timing, as a caller's new objects would be.
    const people = peerPeople.map((p) => Object.assign({}, p));
    const run = name === 'jsonRulesEngine' ? await timePeer(people, PEERS[name]) : timePeerSync(people, PEERS[name] as (p: Person) => PeerAnswer);
    peerThroughputs[name].push(people.length / run.seconds);
    firstAnswers[name] ??= run.answers;
  }
}
let disagreements = 0;
for (let i = 0; i < peerPeople.length; i++) {
  const ours = firstAnswers.engine[i]!.join();
  for (const name of PEER_NAMES) if (firstAnswers[name][i]!.join() !== ours) disagreements++;
}
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const peerPerSecond = Object.fromEntries(PEER_NAMES.map((name) => [name, median(peerThroughputs[name])])) as Record<PeerName, number>;

// --- 5. The CLI's cold start ---------------------------------------------------------------------

log('5. CLI cold start …');
const cli = join(root, 'dist', 'cli.cjs');
const cliArgs = ['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--to', 'Leeds', '--on', ON];
const cliTimes: number[] = [];
let cliStatus: number | null = null;
let cliError = '';
for (let i = 0; i < 11; i++) {
  const start = performance.now();
  const child = spawnSync(process.execPath, [cli, ...cliArgs], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - start;
  cliStatus = child.status;
  if (child.status !== 0) cliError = (child.stderr || child.error?.message || '').trim();
  if (i > 0) cliTimes.push(ms); // the first run only warms the file cache
}
cliTimes.sort((a, b) => a - b);
const cliColdStartMs = (cliTimes[4]! + cliTimes[5]!) / 2;
// A bare Node start in the same run, so the target is a ratio that does not move with the machine.
const nodeTimes: number[] = [];
for (let i = 0; i < 11; i++) {
  const start = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  if (i > 0) nodeTimes.push(performance.now() - start);
}
nodeTimes.sort((a, b) => a - b);
const bareNodeMs = (nodeTimes[4]! + nodeTimes[5]!) / 2;

// --- 6. The browser bundle of evaluate with the embedded data ------------------------------------

log('6. browser bundle …');
/** An app of these exports of dist/index.js, bundled for a browser, minified, in memory. */
const browserApp = (exports: string) =>
  ({
    stdin: { contents: `export { ${exports} } from './dist/index.js';`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  }) as const;
const bundle = await esbuild.build(browserApp('evaluate, embeddedDataset'));
const browserBundleKB = bundle.outputFiles[0]!.contents.length / 1024;
// What a browser downloads when the bundle is served compressed (as `serve` sends the page's script).
const browserBundleGzipKB = gzipSync(bundle.outputFiles[0]!.contents, { level: 9 }).length / 1024;
const browserBundleBrotliKB = brotliCompressSync(bundle.outputFiles[0]!.contents).length / 1024;

// The same with the data loaded as a question needs it (embeddedDatasetFor), as an app bundles it
// with code splitting: the app's own file, and the files the README's question (a move from Bolton
// to Leeds) loads besides. 
const split = await esbuild.build({
  ...browserApp('evaluate, embeddedDatasetFor, placesOf'),
  splitting: true,
  outdir: join(root, 'bench-split'), // not written
  metafile: true,
});
const splitOutputs = split.metafile.outputs;
/** An output file's bytes with every file it imports statically, each counted once. */
const withStaticImports = (files: readonly string[]): number => {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of splitOutputs[file]!.imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  for (const file of files) visit(file);
  return [...seen].reduce((sum, file) => sum + splitOutputs[file]!.bytes, 0);
};
const splitApp = Object.keys(splitOutputs).find((file) => splitOutputs[file]!.entryPoint === '<stdin>')!;
const splitAppKB = withStaticImports([splitApp]) / 1024;
// The catalogue's rows (in a chunk of dist/) name each document's file by provider.
const distText = readdirSync(join(root, 'dist'))
  .filter((file) => file.endsWith('.js'))
  .map((file) => readFileSync(join(root, 'dist', file), 'utf8'))
  .join('\n');
const chunkOfProvider = new Map(
  [...distText.matchAll(/^\s*\["([^"]+)", \[[^\n]*?\(\) => (?:\(\{ default: \(await )?import\("\.\/([^"]+)"\)/gm)].map((m) => [m[1]!, `dist/${m[2]!}`] as const),
);
const questionPerson = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
const questionDocuments = (await built.embeddedDatasetFor(built.placesOf(questionPerson, 'E08000035'))).documents;
const questionFiles = [
  ...new Set(
    questionDocuments.map((document) => {
      const chunk = chunkOfProvider.get(document.provider.code);
      const file = Object.keys(splitOutputs).find((out) => chunk !== undefined && splitOutputs[out]!.entryPoint === chunk);
      if (file === undefined) throw new Error(`no file found for ${document.provider.code}'s document`);
      return file;
    }),
  ),
];
const splitQuestionKB = (withStaticImports([splitApp, ...questionFiles]) - withStaticImports([splitApp])) / 1024;
const splitAppGzipKB = gzipSync(split.outputFiles.find((f) => f.path.endsWith(`/${splitApp.split('/').pop()}`))!.contents, { level: 9 }).length / 1024;

// --- Results -------------------------------------------------------------------------------------

const results = {
  date: new Date().toISOString(),
  machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform} ${process.arch}` },
  quick,
  evaluateMedianMicros,
  evaluateCachedMedianMicros,
  matrixSeconds,
  matrixMoves,
  compareMoveMatrixSecondsEstimate,
  matrixMovesPerSecond: matrixMoves / matrixSeconds,
  matrixAreas: matrixAreas.length,
  matrixPeakRssMB,
  matrixRssGrowthMB: matrixPeakRssMB - matrixBaseRss,
  cohortSize: COHORT_SIZE,
  cohortPersonsPerSecond,
  cohortPeakRssMB: cohortRun.peakMB,
  peers: {
    people: peerPeople.length,
    disagreements,
    rounds: PEER_ROUNDS,
    /** The median of the rounds, people a second. */
    personsPerSecond: peerPerSecond,
    /** Every round's figure, people a second. */
    roundsPerSecond: peerThroughputs,
  },
  ratios: {
    jsonRulesEngine: peerPerSecond.engine / peerPerSecond.jsonRulesEngine,
    jsonLogic: peerPerSecond.engine / peerPerSecond.jsonLogic,
    handWritten: peerPerSecond.engine / peerPerSecond.handWritten,
    decisionsOnlyHandWritten: peerPerSecond.engineDecisionsOnly / peerPerSecond.handWritten,
    // No target: the peers answer outcomes only, as decide does (for the decision on the targets, BENCHMARKS.md).
    decisionsOnlyJsonRulesEngine: peerPerSecond.engineDecisionsOnly / peerPerSecond.jsonRulesEngine,
    decisionsOnlyJsonLogic: peerPerSecond.engineDecisionsOnly / peerPerSecond.jsonLogic,
    cliColdStartBareNode: cliColdStartMs / bareNodeMs,
  },
  bareNodeMs,
  browserBundleKB,
  browserBundleGzipKB,
  browserBundleBrotliKB,
  browserSplit: { appKB: splitAppKB, appGzipKB: splitAppGzipKB, questionKB: splitQuestionKB, questionFiles: questionFiles.length, questionDocuments: questionDocuments.length, files: Object.keys(splitOutputs).length },
  cliColdStartMs,
  cliStatus,
  peakRssMB: maxRssMB(),
};
writeFileSync(join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const fmt = (n: number, digits = 1) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const rows: [string, string, string, string][] = [
  ['evaluate(), one person, all kinds (median)', `${fmt(evaluateMedianMicros, 2)} µs`, '≤ 15 µs', evaluateMedianMicros <= 15 ? 'met' : 'missed'],
  ['  … same person object', `${fmt(evaluateCachedMedianMicros, 2)} µs`, '', ''],
  [`move matrix, ${fmt(matrixMoves, 0)} moves`, `${fmt(matrixSeconds, 2)} s`, '≤ 2 s', matrixSeconds <= 2 ? 'met' : 'missed'],
  ['  … moves per second', fmt(matrixMoves / matrixSeconds, 0), '', ''],
  ['  … with one compareMove per move (estimate)', `${fmt(compareMoveMatrixSecondsEstimate, 1)} s`, '', ''],
  ['  … peak RSS during the matrix', `${fmt(matrixPeakRssMB, 0)} MB`, '', ''],
  [`cohort of ${fmt(COHORT_SIZE, 0)}, all kinds`, `${fmt(cohortPersonsPerSecond, 0)} people/s`, '≥ 40,000 people/s', cohortPersonsPerSecond >= 40_000 ? 'met' : 'missed'],
  [`peers: engine (2 kinds, GM rules; median of ${PEER_ROUNDS})`, `${fmt(peerPerSecond.engine, 0)} people/s`, '', ''],
  ['peers: engine, decisions only (decide)', `${fmt(peerPerSecond.engineDecisionsOnly, 0)} people/s`, '', ''],
  ['peers: json-rules-engine', `${fmt(peerPerSecond.jsonRulesEngine, 0)} people/s`, '', ''],
  ['peers: json-logic-js', `${fmt(peerPerSecond.jsonLogic, 0)} people/s`, '', ''],
  ['peers: hand-written TypeScript', `${fmt(peerPerSecond.handWritten, 0)} people/s`, '', ''],
  ['  … engine ÷ json-rules-engine', `${fmt(results.ratios.jsonRulesEngine, 2)}×`, '≥ 20×', results.ratios.jsonRulesEngine >= 20 ? 'met' : 'missed'],
  ['  … engine ÷ json-logic-js', `${fmt(results.ratios.jsonLogic, 2)}×`, '≥ 2×', results.ratios.jsonLogic >= 2 ? 'met' : 'missed'],
  ['  … engine ÷ hand-written', `${fmt(results.ratios.handWritten, 3)}×`, '', ''],
  ['  … decisions only ÷ hand-written', `${fmt(results.ratios.decisionsOnlyHandWritten, 3)}×`, '≥ 0.1× (within 10×)', results.ratios.decisionsOnlyHandWritten >= 0.1 ? 'met' : 'missed'],
  ['  … decisions only ÷ json-rules-engine', `${fmt(results.ratios.decisionsOnlyJsonRulesEngine, 2)}×`, '', ''],
  ['  … decisions only ÷ json-logic-js', `${fmt(results.ratios.decisionsOnlyJsonLogic, 2)}×`, '', ''],
  ['  … disagreements with the engine', fmt(disagreements, 0), '0', disagreements === 0 ? 'met' : 'missed'],
  ['CLI cold start, `move` (median of 10)', `${fmt(cliColdStartMs, 0)} ms`, '', ''],
  ['  … bare `node -e 0` in the same run', `${fmt(bareNodeMs, 0)} ms`, '', ''],
  ['  … CLI ÷ bare node', `${fmt(results.ratios.cliColdStartBareNode, 2)}×`, '≤ 2×', cliStatus === 0 && results.ratios.cliColdStartBareNode <= 2 ? 'met' : 'missed'],
  ['browser bundle: evaluate + embedded data (minified)', `${fmt(browserBundleKB, 0)} kB`, '≤ 350 kB', browserBundleKB <= 350 ? 'met' : 'missed'],
  ['  the same, as sent gzipped / with Brotli', `${fmt(browserBundleGzipKB, 0)} kB / ${fmt(browserBundleBrotliKB, 0)} kB`, '', ''],
  // The same target for the app's own file when the offers load as a question needs them (the way docs/embedding.md advises).
  ['  … data loaded as needed (embeddedDatasetFor): the app file', `${fmt(splitAppKB, 0)} kB`, '≤ 350 kB', splitAppKB <= 350 ? 'met' : 'missed'],
  ['  … the app file gzipped', `${fmt(splitAppGzipKB, 0)} kB`, '', ''],
  [`  … and the README's question loads (${questionDocuments.length} documents, ${questionFiles.length} files)`, `${fmt(splitQuestionKB, 0)} kB`, '', ''],
  ['peak RSS (whole run)', `${fmt(results.peakRssMB, 0)} MB`, '', ''],
];
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length), ['measure', 'result', 'target', ''][c]!.length));
const line = (r: readonly string[]) => r.map((cell, c) => (c === 1 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
console.log(`\n${results.machine.cpu}, ${results.machine.cores} cores, Node ${process.version}${quick ? ' (BENCH_QUICK)' : ''}\n`);
console.log(line(['measure', 'result', 'target', '']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
if (cliStatus !== 0) console.log(`\nThe CLI exited with ${cliStatus}: ${cliError.split('\n')[0]}`);
console.log(`\nWritten to bench/results.json`);
