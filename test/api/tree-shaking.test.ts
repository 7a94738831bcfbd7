import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Bundles the built package (dist/index.js, built by the global setup) as an application would.
const root = fileURLToPath(new URL('../..', import.meta.url));

async function bundle(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The prefix of the YAML parser's tags, in the code a bundler keeps of it whenever it is imported at all. */
const YAML_PARSER_MARK = 'tag:yaml.org,2002:';

describe('tree-shaking the built package', () => {
  it('an app that reads offer documents from YAML gets the YAML parser, and one that does not leaves it out', async () => {
    const reads = await bundle("import { loadOfferDocument } from './dist/index.js'; globalThis.load = loadOfferDocument;");
    expect(reads.includes(YAML_PARSER_MARK)).toBe(true);
    const answers = await bundle("import { evaluate } from './dist/index.js'; globalThis.evaluate = evaluate;");
    expect(answers.includes(YAML_PARSER_MARK)).toBe(false);
  });

  it('an app importing only describeValue leaves out the dataset and the area registry', async () => {
    const code = await bundle("import { describeValue } from './dist/index.js'; console.log(describeValue({ type: 'money', amount: 200, period: 'once' }));");
    expect(code).not.toContain('Greater Manchester'); // in the dataset and the registry
    expect(code).not.toContain('Hartlepool Borough Council'); // the registry
    expect(code.length).toBeLessThan(100_000);
  });

  it('an app importing evaluate and embeddedDataset still gets the dataset, and works', async () => {
    const code = await bundle(
      "import { evaluate, embeddedDataset } from './dist/index.js';\n" +
        "const e = evaluate({ dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' }, '2026-11-23', embeddedDataset, { kinds: ['council-tax-exemption'] });\n" +
        'globalThis.answer = e.entitlements[0].outcome;',
    );
    expect(code.length).toBeGreaterThan(1_000_000);
    expect(code.includes(YAML_PARSER_MARK), 'the YAML parser is left out').toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'cle-shake-'));
    try {
      writeFileSync(join(dir, 'app.mjs'), code);
      await import(pathToFileURL(join(dir, 'app.mjs')).href);
      expect((globalThis as { answer?: string }).answer).toBe('eligible');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an app importing evaluate and embeddedDatasetFor gets each document as a file of its own, loads only those its question needs, and works', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cle-split-'));
    try {
      await build({
        stdin: {
          contents:
            "import { evaluate, embeddedDatasetFor, placesOf } from './dist/index.js';\n" +
            "const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' };\n" +
            'const dataset = await embeddedDatasetFor(placesOf(person));\n' +
            "globalThis.splitAnswer = evaluate(person, '2026-11-23', dataset, { kinds: ['council-tax-exemption'] }).entitlements[0].outcome;\n" +
            'globalThis.splitDocuments = dataset.documents.length;',
          resolveDir: root,
          loader: 'js',
        },
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        minify: true,
        outdir: dir,
        logLevel: 'silent',
      });
      const main = readFileSync(join(dir, 'stdin.js'), 'utf8');
      expect(main).toContain('Hartlepool Borough Council'); // the registry is in the app's own file
      expect(main).not.toContain('Money off council tax for people leaving care'); // Manchester's offer is not
      expect(main.length).toBeLessThan(400_000);
      expect(readdirSync(dir).length).toBeGreaterThan(100); // the documents' files
      // Nothing reads YAML, so no file holds the YAML parser (a message of its own).
      for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file), 'utf8').includes(YAML_PARSER_MARK), file).toBe(false);
      await import(pathToFileURL(join(dir, 'stdin.js')).href);
      const loaded = globalThis as { splitAnswer?: string; splitDocuments?: number };
      expect(loaded.splitAnswer).toBe('eligible');
      expect(loaded.splitDocuments).toBeLessThan(40);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
