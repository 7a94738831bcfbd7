import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { appearsIn, shownCommands } from './shown-outputs.js';

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
