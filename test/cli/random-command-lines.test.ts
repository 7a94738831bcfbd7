import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// Random command lines through the built executable: whatever an adviser types, the command line
// answers (exit 0), refuses documents (1) or refuses input with one "error:" line (2); it never
// fails inside (3), never prints a stack trace, and with --json prints one JSON document.

const COMMANDS = ['entitlements', 'move', 'timeline', 'coverage', 'areas', 'guarantee', 'validate', 'schema', 'entitlement', ''];
const OPTIONS = [
  '--born', '--responsible', '--lives-in', '--to', '--between', '--on', '--from', '--until', '--status', '--household', '--other-adults',
  '--tenancy', '--gp-area', '--leap-day', '--data', '--kind', '--search', '--summary', '--higher-education',
  '--not-higher-education', '--working-with-leaving-care', '--full-time-education', '--width', '--lives', '--dateOfBirth',
  '--help', '--json', '-h', '-v', '--', '-x',
];
const VALUES = [
  '2004-06-15', '15/06/2004', '2025-02-29', '2024-02-29', '2025-02-30', '1899-01-01', '2099-12-31', 'today', 'tomorrow', '',
  ' ', 'Bolton', 'Leeds', 'E08000001', 'E10000016', 'E47000001', 'W06000023', 'S12000030', 'N09000003', 'London', 'Boltn',
  'Maidstone', 'Greater Manchester', 'England', 'former-relevant', 'relevant', 'eligible', 'qualifying', 'care-leaver', 'alone',
  'with-others', 'one', '2', '0', '-1', 'council', 'march-1', 'february-28', 'council-tax-exemption', 'mentor', 'x'.repeat(300),
  'Ynys Môn', 'Bolton\u0007', '../', '/nonexistent', 'test/cli/fixtures/fictional-valid.yaml', 'test/cli/fixtures/fictional-invalid.yaml',
  'test/cli/fixtures/fictional-malformed.json', 'test/cli/fixtures', '40', '10000',
];

/** A command, then options and values in any order (an option may come without its value, or twice). */
const commandLine = fc
  .tuple(
    fc.constantFrom(...COMMANDS),
    fc.array(fc.oneof({ weight: 3, arbitrary: fc.tuple(fc.constantFrom(...OPTIONS), fc.constantFrom(...VALUES)).map(([o, v]) => [o, v]) }, { weight: 1, arbitrary: fc.constantFrom(...OPTIONS, ...VALUES).map((t) => [t]) }), { maxLength: 8 }),
    fc.boolean(),
  )
  .map(([command, parts, json]) => [...(command === '' ? [] : [command]), ...parts.flat(), ...(json ? ['--json'] : [])]);

/** A valid person with some of the options above: most runs of these reach the engine. */
const personLine = fc
  .tuple(
    fc.constantFrom('entitlements', 'move', 'timeline'),
    fc.constantFrom('2004-06-15', '2008-02-29', '2010-12-01', '1999-04-01'),
    fc.constantFrom('Bolton', 'Leeds', 'Kent', 'E08000003', 'Powys', 'Stirling'),
    fc.constantFrom('Bolton', 'Maidstone', 'Cardiff', 'Belfast', 'E09000001', 'Wigan'),
    fc.array(fc.tuple(fc.constantFrom('--on', '--to', '--until', '--household', '--status', '--gp-area'), fc.constantFrom(...VALUES)), { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([command, born, responsible, livesIn, more, json]) => [command, '--born', born, '--responsible', responsible, '--lives-in', livesIn, ...more.flat(), ...(json ? ['--json'] : [])]);

function checkRun(args: readonly string[]): void {
  const run = runCli(args);
  const said = `care-leaver-entitlements ${args.map((a) => JSON.stringify(a)).join(' ')}\nstatus ${run.status}\nstderr: ${run.stderr}`;
  expect([0, 1, 2], said).toContain(run.status);
  // No stack trace and no internal error, whatever the status.
  expect(run.stderr, said).not.toMatch(/^\s+at .+[(:]\d+/m);
  expect(run.stderr + run.stdout, said).not.toMatch(/\b(TypeError|ReferenceError|RangeError|SyntaxError): /);
  if (run.status === 2) {
    // One line saying what to fix.
    expect(run.stderr, said).toMatch(/^error: [^\n]+\n$/);
    expect(run.stdout, said).toBe('');
  }
  if (run.status === 0 && args.includes('--json') && !args.includes('--help') && !args.includes('-h') && !args.includes('-v')) {
    expect(() => JSON.parse(run.stdout), said).not.toThrow();
  }
  if (run.status === 0) expect(run.stdout.length, said).toBeGreaterThan(0);
}

describe('random command lines through the built executable', () => {
  it('any options and values: exit 0, 1 or 2, one error line for bad input, never a stack trace', () => {
    fc.assert(fc.property(commandLine, (args) => checkRun(args)), { numRuns: 30, seed: 20261205 });
  }, 120_000);

  it('a valid person with random extra options: the same, and JSON when --json is given', () => {
    fc.assert(fc.property(personLine, (args) => checkRun(args)), { numRuns: 20, seed: 20261205 });
  }, 120_000);
});
