import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import * as library from '../../src/index.js';
import { documentedExports, exampleCode } from './api-docs.js';

const exports = documentedExports();

function asLiteral(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: new Function(`"use strict"; return (${text});`)() };
  } catch {
    return { ok: false };
  }
}

/**
 * The expected value of a comment such as `// true`, `// 'E08000001'`, `// 10: the GM councils`
 * or `// false (Stockport)`: the comment, or its part before an explanation, read as a literal.
 */
function expectedValue(comment: string): string | null {
  const candidates = [comment, ...[': ', ' (', ' — ', ' - ', '; '].map((sep) => comment.split(sep)[0]!)];
  return candidates.find((c) => c.trim() !== '' && asLiteral(c).ok) ?? null;
}

/**
 * Turns `expression; // expected` lines into assertions (other comments stay prose) and drops
 * `import` lines: the examples run with the whole public API in scope.
 */
function withAssertions(code: string): { code: string; assertions: number } {
  let assertions = 0;
  const lines = code.split('\n').filter((line) => !/^\s*import\s/.test(line)).map((line) => {
    const match = /^(\s*)(?!const |let |var |import |export |return |if |for |throw )(.+?);\s*\/\/\s*(.+)$/.exec(line);
    if (match === null) return line;
    const [, indent, expression, comment] = match as unknown as [string, string, string, string];
    const expected = expectedValue(comment);
    if (expected === null) return line;
    assertions += 1;
    return `${indent}__expect(${expression}, ${expected});`;
  });
  return { code: lines.join('\n'), assertions };
}

/** The constructor of async functions, which JavaScript does not name. */
const AsyncFunction = (async () => {}).constructor;

describe('API reference', () => {
  it('finds the public API', () => {
    expect(exports.length).toBeGreaterThan(50);
  });

  for (const entry of exports) {
    describe(entry.name, () => {
      it('has a summary', () => {
        expect(entry.summary, `${entry.name} (${entry.file}) needs a doc comment`).not.toBe('');
      });
      if (entry.kind === 'function') {
        it('documents each parameter and what it returns', () => {
          const tagged = entry.tags.filter((t) => t.name.startsWith('param:')).map((t) => t.name.slice(6));
          expect(tagged, `${entry.name} (${entry.file})`).toEqual(entry.parameters);
          expect(entry.tags.some((t) => t.name === 'returns'), `${entry.name} needs @returns`).toBe(true);
        });
      }
      if (entry.kind !== 'type') {
        it('has an example that runs and whose output is asserted', async () => {
          const examples = entry.tags.filter((t) => t.name === 'example').flatMap((t) => exampleCode(t.text));
          expect(examples.length, `${entry.name} (${entry.file}) needs an @example`).toBeGreaterThan(0);
          let assertions = 0;
          for (const example of examples) {
            const rewritten = withAssertions(example);
            assertions += rewritten.assertions;
            const js = ts.transpileModule(rewritten.code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
            const names = Object.keys(library);
            // An example of an async function awaits it: it runs as the body of an async function.
            const makeFunction = /\bawait\b/.test(js) ? (AsyncFunction as FunctionConstructor) : Function;
            const run = new makeFunction(...names, '__expect', js);
            await run(...names.map((n) => (library as Record<string, unknown>)[n]), (actual: unknown, expected: unknown) => {
              expect(actual, `${entry.name}: example output`).toEqual(expected);
            });
          }
          expect(assertions, `${entry.name}: an example line should read \`expression; // expected\``).toBeGreaterThan(0);
        });
      }
    });
  }
});
