import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { splitArgs } from './shown-outputs.js';

// The README's "More commands" are written as a user types them; each must run as written (with
// the built command line in place of npx), but those that read a council's own file, which a
// reader writes first.
const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8').split('\n');
const start = readme.findIndex((line) => line.includes('More commands:'));
const open = readme.indexOf('```sh', start);
const close = readme.indexOf('```', open + 1);
const lines = readme
  .slice(open + 1, close)
  .map((line) => line.replace(/\s+#.*$/, '').trim())
  .filter((line) => line.startsWith('npx care-leaver-entitlements '));

describe("the README's more commands", () => {
  it('are found', () => {
    expect(lines.length).toBeGreaterThan(5);
  });

  for (const line of lines.filter((l) => !l.includes('my-council.yaml'))) {
    it(`runs: ${line}`, () => {
      const run = runCli(splitArgs(line.replace(/^npx care-leaver-entitlements /, '')));
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.length).toBeGreaterThan(0);
    });
  }
});
