import { describe, expect, it } from 'vitest';
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
