/**
 * Runs every example and checks its output, so the examples (and the README's example) keep
 * working: `npm run examples` (after `npm run build`, which the command-line checks need).
 * Exits non-zero on the first mismatch, printing what was expected and what came out.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => join(root, path);
let checks = 0;
let failed = false;

function fail(what: string, detail: string): void {
  failed = true;
  console.error(`✗ ${what}\n${detail.replace(/^/gm, '    ')}`);
}

/** Checks that every expected line occurs (as a whole line, trimmed of trailing space) in the text. */
function expectLines(what: string, text: string, expected: readonly string[]): void {
  const lines = new Set(text.split('\n').map((l) => l.trimEnd()));
  const missing = expected.filter((line) => !lines.has(line));
  checks += expected.length;
  if (missing.length > 0) fail(what, `missing line(s):\n${missing.join('\n')}\n--- output ---\n${text}`);
  else console.log(`✓ ${what} (${expected.length} lines)`);
}

/** Runs a TypeScript file with tsx and returns its stdout; a non-zero exit is a failure. */
function runTs(file: string, args: readonly string[] = []): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', at(file), ...args], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) fail(`${file} exits 0`, `exit ${result.status}\n${result.stderr}`);
  return result.stdout;
}

/** Runs the built command line. */
function cli(args: readonly string[]): { status: number | null; stdout: string } {
  // COLUMNS blanked: the checks read each table row as one line.
  const result = spawnSync(process.execPath, [at('dist/cli.cjs'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, COLUMNS: '' } });
  return { status: result.status, stdout: result.stdout + result.stderr };
}

if (!existsSync(at('dist/index.js')) || !existsSync(at('dist/cli.cjs'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

// 1. The README's example is examples/readme-example.ts (with the package name as the import).
{
  const readme = readFileSync(at('README.md'), 'utf8');
  const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const example = readFileSync(at('examples/readme-example.ts'), 'utf8').replace("'../src/index.js'", "'care-leaver-entitlements'");
  checks += 1;
  if (block.trim() !== example.trim()) fail('README example is examples/readme-example.ts', `README:\n${block}\nexample:\n${example}`);
  else console.log('✓ README example is examples/readme-example.ts');
  expectLines('readme-example.ts', runTs('examples/readme-example.ts'), [
    'council-tax-exemption 100% Greater Manchester Combined Authority 2029-06-15',
    'personal-adviser provided Bolton Council 2029-06-15',
    'setting-up-home-allowance £2,000 Bolton Council 2029-06-15',
    'unknown Council tax exemption: not known after the move; check with the new council, or the council that looked after them.',
    'kept Personal adviser: kept (provided from Bolton Council).',
  ]);
}

// 1b. five-kinds.ts: its output is the README's block, line for line.
{
  const readme = readFileSync(at('README.md'), 'utf8');
  const block = /```text\n(South Tyneside:[\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const output = runTs('examples/five-kinds.ts');
  checks += 1;
  if (block.trim() === '' || output.trim() !== block.trim()) fail('five-kinds.ts prints the README block', `README:\n${block}\noutput:\n${output}`);
  else console.log('✓ five-kinds.ts prints the README block');
}

// 2. evaluate-and-move.ts
const evaluateAndMove = runTs('examples/evaluate-and-move.ts');
{
  // The example of an unknown kind is one the data leaves unknown: never a kind printed as eligible.
  const example = /^ {2}unknown {3}([^:]+):/m.exec(evaluateAndMove)?.[1];
  const eligible = new Set([...evaluateAndMove.matchAll(/^ {2}eligible {2}([^:]+):/gm)].map((m) => m[1]));
  checks += 1;
  if (example === undefined || eligible.has(example)) fail('evaluate-and-move.ts shows an unknown kind as its example', evaluateAndMove);
  else console.log(`✓ evaluate-and-move.ts shows an unknown kind as its example (${example})`);
}
expectLines('evaluate-and-move.ts', evaluateAndMove, [
  'Entitlements on 23 November 2026 (living in Manchester, looked after by Bolton)',
  '  eligible  Council tax exemption: 100% from Greater Manchester Combined Authority, until 15 June 2029',
  '  eligible  Free or discounted travel: 100% from Transport for Greater Manchester, until 15 June 2029',
  'Moving from Manchester to Stockport on 23 November 2026',
  '  kept     Council tax exemption: kept (100% from Greater Manchester Combined Authority).',
  'Moving from Manchester to Leeds on 23 November 2026',
  '  unknown  Council tax exemption: not known after the move; check with the new council, or the council that looked after them.',
  '  unknown  Free or discounted travel: not known after the move; check with the new council, or the council that looked after them.',
]);

// 3. The fictional region: the documents validate (and the broken one does not), and the script's answers.
{
  const valid = cli(['validate', 'examples/fictional-region/northvale-guarantee.yaml', 'examples/fictional-region/ashby-moor-local-offer.yaml']);
  checks += 1;
  if (valid.status !== 0) fail('fictional documents validate', valid.stdout);
  expectLines('validate fictional documents', valid.stdout, ['2 of 2 documents valid.']);
  const broken = cli(['validate', 'examples/fictional-region/broken-offer.yaml']);
  checks += 1;
  if (broken.status !== 1) fail('broken-offer.yaml fails validation with exit 1', `exit ${broken.status}\n${broken.stdout}`);
  expectLines('validate broken-offer.yaml', broken.stdout, ['invalid  examples/fictional-region/broken-offer.yaml (5 issues)', '0 of 1 document valid.']);
  expectLines('fictional-region/evaluate.ts', runTs('examples/fictional-region/evaluate.ts'), [
    'FICTIONAL region Northvale, on 2026-11-23',
    '  Council tax exemption: eligible 100% from Northvale Combined Authority (fictional)',
    '  Free or discounted travel: eligible 50% from Transport for Northvale (fictional)',
    '  Setting up home allowance: eligible £3,500 from Ashby Moor Council (fictional)',
    '  Rent guarantor: eligible provided from Ashby Moor Council (fictional)',
    '  Rent deposit paid: not-eligible',
    '  Council tax exemption: eligible 50% to 100%, depending on household from Ashby Moor Council (fictional)',
    '  2027-03-10  Free or discounted travel: eligible -> unknown',
    '  2031-03-10  Council tax exemption: eligible -> not-eligible',
    'Guarantee report for Northvale (fictional)',
    '    Cotterby (fictional): delivered (Transport for Northvale (fictional) gives it directly; Cotterby (fictional) needs no offer of its own)',
  ]);
}

// 4. The Greater Manchester guarantee report, written to a temporary Markdown file.
{
  const dir = mkdtempSync(join(tmpdir(), 'cle-examples-'));
  const file = join(dir, 'gm.md');
  expectLines('gm-guarantee-report.ts', runTs('examples/gm-guarantee-report.ts', [file]), [`Wrote 2 items for 10 members to ${file}`]);
  const markdown = existsSync(file) ? readFileSync(file, 'utf8') : '';
  rmSync(dir, { recursive: true, force: true });
  expectLines('gm-guarantee-report.md', markdown, [
    '# Greater Manchester: guarantee report',
    '## Council tax exemption: Greater Manchester council tax exemption to 25',
    '| council | result | own offer | why |',
    "| Bury | falls-short | 100% | leaves out qualifying care leavers, whom the guarantee covers; covers any council's care leavers, wider than the guarantee (care leavers of any council in Greater Manchester); gives 100%, as the guarantee does |",
    "| Stockport | unknown | — | whether Stockport's own offer reaches the guarantee is not settled: Stockport council tax exemption for other councils' care leavers (not known); covers only its own care leavers; the guarantee covers care leavers of any council in Greater Manchester; gives 100%, as the guarantee does |",
    '| Wigan | delivered | — | Transport for Greater Manchester gives it directly; Wigan needs no offer of its own |',
    '## Free or discounted travel: Care Leavers Travel Pass (free bus travel in Greater Manchester)',
  ]);
}

// 5. The node:http service: start it on a free port, ask it, stop it.
{
  const server = spawn(process.execPath, ['--import', 'tsx', at('examples/http-service.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the service did not start within 30 s')), 30_000);
      let seen = '';
      server.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      server.on('exit', (code) => reject(new Error(`the service exited (${code})`)));
    });
    const ok = await fetch(`${url}/entitlements?born=2004-06-15&responsible=Bolton&livesIn=Manchester&on=2026-11-23`);
    const body = (await ok.json()) as { entitlements: { kind: string; outcome: string; value: string | null }[] };
    const councilTax = body.entitlements.find((e) => e.kind === 'council-tax-exemption');
    const bad = await fetch(`${url}/entitlements?born=2004-06-15&responsible=Boltn&livesIn=Manchester&on=2026-11-23`);
    const badBody = (await bad.json()) as { error: string };
    checks += 2;
    if (ok.status !== 200 || councilTax?.outcome !== 'eligible' || councilTax.value !== '100%') {
      fail('http-service.ts answers GET /entitlements', JSON.stringify(body).slice(0, 500));
    } else if (bad.status !== 400 || !badBody.error.startsWith('responsible: ') || !badBody.error.includes('Bolton')) {
      fail('http-service.ts answers 400 for an unknown area', `${bad.status} ${JSON.stringify(badBody)}`);
    } else console.log('✓ http-service.ts answers GET /entitlements (200, and 400 with suggestions)');
    // docs/embedding.md shows this answer: its first entitlement (shown in full) must be the service's.
    const shown = readFileSync(at('docs/embedding.md'), 'utf8').match(/"entitlements":\[(\{"kind":"council-tax-exemption".*?\]\})/)?.[1];
    checks += 1;
    if (shown !== JSON.stringify(councilTax)) fail('docs/embedding.md shows the service\'s council tax answer', `docs:    ${shown}\nservice: ${JSON.stringify(councilTax)}`);
    else console.log("✓ docs/embedding.md shows the service's council tax answer");
  } catch (error) {
    fail('http-service.ts', String(error));
  } finally {
    server.kill();
  }
}

// 6. The browser page: main.ts bundles for the browser (no Node built-ins), and its answer() works.
{
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'cle-browser-'));
  checks += 1;
  try {
    await build({ entryPoints: [at('examples/browser/main.ts')], bundle: true, splitting: true, format: 'esm', platform: 'browser', minify: true, outdir: dir, logLevel: 'silent' });
    // The offers are files of their own, loaded as a question needs them: the script holds none.
    const script = readFileSync(join(dir, 'main.js'), 'utf8');
    if (script.includes('Money off council tax for people leaving care') || readdirSync(dir).length < 100) throw new Error(`main.js holds the offers (${script.length} bytes, ${readdirSync(dir).length} files)`);
    console.log(`✓ browser/main.ts bundles for the browser (main.js ${Math.round(script.length / 1024)} kB, the offers in ${readdirSync(dir).length - 1} files of their own)`);
  } catch (error) {
    fail('browser/main.ts bundles for the browser', String(error));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const { answer } = await import('./browser/main.js');
  const result = await answer('2004-06-15', 'Bolton', 'Manchester', '2026-11-23');
  checks += 1;
  const row = 'rows' in result ? result.rows.find((r) => r.kind === 'Council tax exemption') : undefined;
  if (row?.outcome !== 'eligible') fail('browser answer()', JSON.stringify(result).slice(0, 500));
  else console.log('✓ browser/main.ts answer() gives the council tax exemption');
}

// 7. The built package (dist, imported by its own name as a user would) gives the same answer.
{
  const name = 'care-leaver-entitlements';
  const built = (await import(name)) as typeof import('../src/index.js');
  const source = await import('../src/index.js');
  const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' } as const;
  const a = built.evaluate(person, '2026-11-23', built.embeddedDataset);
  const b = source.evaluate(person, '2026-11-23', source.embeddedDataset);
  checks += 1;
  if (JSON.stringify(a) !== JSON.stringify(b)) fail('dist/index.js and src give the same evaluation', 'they differ: run `npm run build`');
  else console.log('✓ the built package (import from "care-leaver-entitlements") gives the same evaluation as the source');
}

if (failed) {
  console.error('\nnpm run examples: FAILED');
  process.exit(1);
}
console.log(`\nnpm run examples: all ${checks} checks passed`);
