import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { visibleWidth } from '../../src/cli/style.js';
import { PERSON, runCli } from './run-cli.js';

const MOVE = ['move', ...PERSON, '--to', 'Leeds'];

/** The table of a command's output: from the first blank line to the first line that is not indented (a summary, or the sources' heading). */
function tableOf(output: string): string[] {
  const lines = output.split('\n');
  const start = lines.indexOf('') + 1;
  const end = lines.findIndex((line, i) => i >= start && line !== '' && !line.startsWith(' '));
  return lines.slice(start, end);
}

describe('tables fitted to the width (COLUMNS, or the terminal)', () => {
  it('prints each row on one line, however long, when no width is set (a pipe or a file)', () => {
    const rows = tableOf(runCli(MOVE).stdout).filter((l) => l.startsWith('  Personal adviser'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.length).toBeGreaterThan(150);
    // A width the table fits in changes nothing.
    expect(runCli(MOVE, { COLUMNS: '1000' }).stdout).toBe(runCli(MOVE).stdout);
  });

  it('wraps each column within a width the columns can share', () => {
    const table = tableOf(runCli(MOVE, { COLUMNS: '120' }).stdout);
    for (const line of table) expect(line.length, line).toBeLessThanOrEqual(120);
    expect(table[0]).toMatch(/^ {2}kind +change +provider +value +ends on +why$/);
    expect(table[1]).toMatch(/^ {2}─+ {2}─+/);
    // Rows of several lines are set apart by blank lines; the reasons read on from line to line.
    expect(table).toContain('');
    expect(table.join(' ').replace(/ +/g, ' ')).toContain('kept (provided from Bolton');
  });

  it('lays each row out as a block, each cell after its heading, on a narrow screen', () => {
    const table = tableOf(runCli(MOVE, { COLUMNS: '60' }).stdout);
    for (const line of table) expect(line.length, line).toBeLessThanOrEqual(60);
    expect(table.some((line) => line.includes('─'))).toBe(false);
    const adviser = table.indexOf('  Personal adviser');
    expect(adviser).toBeGreaterThan(-1);
    expect(table.slice(adviser + 1, adviser + 3)).toEqual(['    change: kept', '    provider: Bolton Council']);
  });

  it('wraps the lines of prose too, each under the start of its text, leaving an address whole', () => {
    for (const args of [MOVE, ['entitlements', ...PERSON], ['timeline', ...PERSON], ['guarantee', 'Greater Manchester', '--on', '2026-11-23'], ['coverage', 'Bolton', '--on', '2026-11-23']]) {
      const output = runCli(args, { COLUMNS: '80' }).stdout;
      for (const line of output.split('\n')) if (line.length > 80) expect(line, args[0]).toMatch(/^ *\S+$/);
    }
    const output = runCli(MOVE, { COLUMNS: '80' }).stdout.split('\n');
    // The person described: one paragraph, three lines.
    expect(output[1]).toMatch(/^Aged 22 \(born 15 June 2004\), former-relevant/);
    expect(output[2]).not.toMatch(/^ /);
    // A source's title goes on under its start, past its number; its address stays on a line of its own.
    const source = output.findIndex((line) => line.startsWith('  [1] '));
    expect(output[source + 1]).toMatch(/^ {6}\S/);
    expect(output.some((line) => /^ {6}https:\/\/\S{75,}$/.test(line))).toBe(true);
  });

  it('fits the help too: paragraphs reflowed, each option\'s text within its column, the examples left whole to be copied', () => {
    for (const args of [['--help'], ['entitlements', '--help'], ['move', '--help'], ['coverage', '--help'], ['validate', '--help'], ['serve', '--help']]) {
      const help = runCli(args, { COLUMNS: '70' }).stdout;
      for (const line of help.split('\n')) if (line.length > 70) expect(line, args.join(' ')).toMatch(/^ {2}(care-leaver-entitlements |http)|^ *\S+$/);
      // Nothing is lost: the same words as the help written for 100 columns.
      expect(help.split(/\s+/).join(' ')).toBe(runCli(args).stdout.split(/\s+/).join(' '));
    }
    const lines = runCli(['entitlements', '--help'], { COLUMNS: '70' }).stdout.split('\n');
    const status = lines.findIndex((line) => line.startsWith('  --status STATUS'));
    expect(lines[status + 1]).toMatch(/^ {25}\S/);
    // The first paragraph reads on from line to line, not as the 100-column lines cut short.
    expect(lines.slice(3, 6).join(' ')).toContain('What a care leaver is entitled to on a date, kind by kind: the outcome (eligible, not-eligible or unknown)');
  });

  it('leaves --json alone', () => {
    expect(runCli([...MOVE, '--json'], { COLUMNS: '60' }).stdout).toBe(runCli([...MOVE, '--json']).stdout);
  });
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.runIf(hasScript)('on a terminal', () => {
  it("fits the tables to the terminal's width, keeping the colours within each line", () => {
    const cli = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
    const { NO_COLOR: _, COLUMNS: __, ...env } = process.env;
    const command = `stty cols 90; ${[process.execPath, cli, ...MOVE].map((a) => `'${a}'`).join(' ')}`;
    const output = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...env, TERM: 'xterm' } }).stdout.replace(/\r/g, '');
    const table = tableOf(output);
    expect(table.length).toBeGreaterThan(20);
    for (const line of table) expect(visibleWidth(line), line).toBeLessThanOrEqual(90);
    expect(output).toContain('change: \u001b[33munknown\u001b[39m');
  });
});
