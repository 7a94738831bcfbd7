import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The built package (dist/, built by the global setup), loaded both ways, as an application that
// imports it while a dependency requires it would.
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the ES module and CommonJS builds together', () => {
  it('an InvalidInputError thrown by one is an InvalidInputError to the other', async () => {
    const cjs = createRequire(import.meta.url)(`${root}dist/index.cjs`) as typeof import('../../src/index.js');
    const esm = (await import(pathToFileURL(`${root}dist/index.js`).href)) as typeof import('../../src/index.js');
    expect(cjs.InvalidInputError).not.toBe(esm.InvalidInputError); // two classes
    let thrown: unknown;
    try {
      esm.evaluate({} as never, '2026-11-23', esm.embeddedDataset);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(esm.InvalidInputError);
    expect(thrown).toBeInstanceOf(cjs.InvalidInputError);
    // Nothing else passes for one: a plain error, null, an object that only looks like one.
    expect(new Error('x')).not.toBeInstanceOf(cjs.InvalidInputError);
    expect((null as unknown as object) instanceof cjs.InvalidInputError).toBe(false);
    expect({ name: 'InvalidInputError', issues: [] }).not.toBeInstanceOf(esm.InvalidInputError);
    // The mark is not data: JSON and the keys are as before.
    expect(JSON.stringify(new cjs.InvalidInputError('x', []))).toBe('{"name":"InvalidInputError","issues":[]}');
  });
});

describe('the embedded documents loaded as a question needs them, from the built package', () => {
  const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;

  it('the ES module loads each document from a file of its own, and answers as the whole dataset does', async () => {
    const esm = (await import(pathToFileURL(`${root}dist/index.js`).href)) as typeof import('../../src/index.js');
    const part = await esm.embeddedDatasetFor(esm.placesOf(person, 'E08000035'));
    expect(part.documents.length).toBeGreaterThan(5);
    expect(part.documents.length).toBeLessThan(esm.embeddedDataset.documents.length / 5);
    const move = { to: 'E08000035', on: '2026-11-23' };
    expect(esm.compareMove(person, move, part)).toEqual(esm.compareMove(person, move, esm.embeddedDataset));
  });

  it('each build has its types where package.json says, the same for both', () => {
    const exports = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: { '.': { import: { types: string }; require: { types: string } } } }).exports['.'];
    const esm = readFileSync(`${root}${exports.import.types}`, 'utf8');
    expect(esm.includes('declare function evaluate('), exports.import.types).toBe(true);
    expect(readFileSync(`${root}${exports.require.types}`, 'utf8') === esm, exports.require.types).toBe(true);
  });

  it('each build holds each document once', () => {
    // Manchester's council tax page, named in one document only.
    const title = 'Money off council tax for people leaving care';
    // The ES module's entry and the chunks it shares with its other entries (the per-document files apart).
    const esmFiles = readdirSync(`${root}dist`).filter((file) => /^(index|core|loader|chunk-[A-Z0-9]+)\.js$/.test(file));
    expect(esmFiles).toContain('index.js');
    const esmText = esmFiles.map((file) => readFileSync(`${root}dist/${file}`, 'utf8')).join('\n');
    expect(esmText.split(title).length - 1, 'the ES module').toBe(1);
    expect(readFileSync(`${root}dist/index.cjs`, 'utf8').split(title).length - 1, 'dist/index.cjs').toBe(1);
  });

  it('the CommonJS build gives the same documents', async () => {
    const cjs = createRequire(import.meta.url)(`${root}dist/index.cjs`) as typeof import('../../src/index.js');
    const esm = (await import(pathToFileURL(`${root}dist/index.js`).href)) as typeof import('../../src/index.js');
    const places = cjs.placesOf(person, 'E08000035');
    expect((await cjs.embeddedDatasetFor(places)).documents).toEqual((await esm.embeddedDatasetFor(places)).documents);
    expect((await cjs.embeddedDatasetFor()).documents).toEqual(cjs.embeddedDataset.documents);
  });
});
