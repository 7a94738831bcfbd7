import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { appearsIn, shownCommands, splitArgs } from './shown-outputs.js';

/** The guides whose command-line examples say they are real output. */
const GUIDES = ['docs/advisers.md', 'docs/concepts.md', 'docs/encoding-offers.md'];

describe('appearsIn', () => {
  it('takes a line shown whole, or cut with "…" at its start, end or middle', () => {
    const output = ['Unknown, as nothing is encoded for Leeds: Council tax exemption, Crisis fund, Mentor.'];
    expect(appearsIn(output[0]!, output)).toBe(true);
    expect(appearsIn('Unknown, as nothing is encoded for Leeds: Council tax exemption, …', output)).toBe(true);
    expect(appearsIn('Unknown, as … Crisis fund, …', output)).toBe(true);
    expect(appearsIn('Unknown, as nothing is encoded for Bolton: Council tax exemption, …', output)).toBe(false);
    expect(appearsIn('Unknown, as … Mentor, …', output)).toBe(false);
  });
});

// Each `$ care-leaver-entitlements …` example of a guide is run, and every line shown under it
// (but the "…" that mark cuts) must be a line of the real output, so the guides cannot go stale.
for (const guide of GUIDES) {
  describe(`the outputs shown in ${guide}`, () => {
    const commands = shownCommands(fileURLToPath(new URL(`../../${guide}`, import.meta.url)));

    it('has examples', () => {
      expect(commands.length).toBeGreaterThan(3);
    });

    for (const command of commands) {
      it(`line ${command.line}: ${command.command}`, () => {
        const run = runCli(command.args);
        const output = `${run.stdout}${run.stderr}`.split('\n').map((l) => l.trimEnd());
        const stale = command.shown.map((l) => l.trimEnd()).filter((l) => l !== '' && l !== '…' && !appearsIn(l, output));
        expect(stale, `lines shown in ${guide} that the command does not print`).toEqual([]);
      });
    }
  });
}

// The README's command-line example is written as the user types it (`npx …`, continued over two
// lines), with what it prints in the block after it: the same check.
describe("the output shown in the README's command-line example", () => {
  const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8').split('\n');
  const from = readme.indexOf('## Command line');
  const commandStart = readme.indexOf('```sh', from) + 1;
  const commandEnd = readme.indexOf('```', commandStart);
  const command = readme.slice(commandStart, commandEnd).join(' ').replace(/\\\s+/g, ' ');
  const shownStart = readme.indexOf('```text', commandEnd) + 1;
  const shown = readme.slice(shownStart, readme.indexOf('```', shownStart));

  it('is found: a move, and the lines it prints', () => {
    expect(command).toMatch(/^npx care-leaver-entitlements move /);
    expect(shown.length).toBeGreaterThan(10);
  });

  it('prints every line shown', () => {
    const run = runCli(splitArgs(command.replace(/^npx care-leaver-entitlements /, '')));
    const output = `${run.stdout}${run.stderr}`.split('\n').map((l) => l.trimEnd());
    const stale = shown.map((l) => l.trimEnd()).filter((l) => l !== '' && l !== '…' && !appearsIn(l, output));
    expect(stale, 'lines shown in README.md that the command does not print').toEqual([]);
  });
});
