/**
 * How long resolveArea takes per name. Run: `npx tsx bench/resolve-area.bench.ts`.
 *
 * Single calls are too quick for the timer, so each task resolves a batch of names and the
 * per-name figure is the batch's median time divided by the batch size.
 *
 * - "repeated names": every name, short name and spelling in the registry (about 1,300 strings,
 *   each already resolved once), the case the requirement is about ("after the first call").
 * - "names never seen": about 6,400 variants (case, punctuation, "council" added) in a cycle longer
 *   than the memo, so every call normalises the name and looks it up afresh.
 */
import { Bench } from 'tinybench';
import { listAreas, resolveArea } from '../src/index.js';

const names = listAreas().flatMap((area) => [area.name, area.shortName, ...area.otherNames]);
const variants = names.flatMap((name) => [
  name.toUpperCase(),
  name.toLowerCase(),
  `${name} Council`,
  name.replace(/ /g, '-'),
  ` ${name}. `,
]);

for (const name of names) resolveArea(name); // the first call for each name

let sink = 0;
const bench = new Bench({ time: 2000, warmup: true });
bench
  .add('resolveArea: repeated names', () => {
    for (const name of names) if (resolveArea(name).ok) sink++;
  })
  .add('resolveArea: names never seen', () => {
    for (const name of variants) if (resolveArea(name).ok) sink++;
  });
await bench.run();

const sizes = [names.length, variants.length];
console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
bench.tasks.forEach((task, i) => {
  const result = task.result;
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
  const perCallMicroseconds = (result.latency.p50 * 1000) / sizes[i]!;
  console.log(`${task.name}: median ${perCallMicroseconds.toFixed(3)} µs per name (${sizes[i]} names per batch, ${result.latency.samplesCount ?? '?'} batches)`);
});
if (sink < 0) console.log(sink);
