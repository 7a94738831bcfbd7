import { describe, expect, it } from 'vitest';
import { FactName } from '../../src/index.js';
import { type CommandInput, defineCommand, optionForField } from '../../src/cli/command.js';
import type { CliContext } from '../../src/cli/cli-context.js';
import { PERSON_OPTION_TABLE, optionForFact, optionsHelp, otherOptionNames } from '../../src/cli/option-table.js';
import { optionNameOf } from '../../src/cli/option-name.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { createStyle } from '../../src/cli/style.js';
import { areasCommand } from '../../src/cli/commands/areas.js';
import { coverageCommand } from '../../src/cli/commands/coverage.js';
import { entitlementsCommand } from '../../src/cli/commands/entitlements.js';
import { guaranteeCommand } from '../../src/cli/commands/guarantee.js';
import { moveCommand } from '../../src/cli/commands/move.js';
import { schemaCommand } from '../../src/cli/commands/schema.js';
import { serveCommand } from '../../src/cli/commands/serve.js';
import { timelineCommand } from '../../src/cli/commands/timeline.js';
import { validateCommand } from '../../src/cli/commands/validate.js';

const COMMANDS = [entitlementsCommand, moveCommand, timelineCommand, guaranteeCommand, areasCommand, coverageCommand, validateCommand, schemaCommand, serveCommand];

function captured(today = '2026-11-23'): { context: CliContext; out: string[] } {
  const out: string[] = [];
  return { out, context: { out: (t) => out.push(t), err: (t) => out.push(t), style: createStyle(false), today } };
}

describe('the option table', () => {
  it('names every person fact as the option that gives it', () => {
    for (const fact of FactName.options) expect(optionForFact(fact), fact).toMatch(/^--[a-z-]+/);
    expect(optionForFact('household', { suggest: true })).toBe('--household alone|only-care-leavers|with-others');
    expect(optionForFact('noRecourseToPublicFunds')).toBe('--no-recourse-to-public-funds or --not-no-recourse-to-public-funds');
  });

  it("knows the options by the engine's names and by names readers try, never by another option's name", () => {
    const names = otherOptionNames(PERSON_OPTION_TABLE);
    expect(names).toMatchObject({ 'date-of-birth': '--born', 'responsible-authority': '--responsible', residence: '--lives-in', category: '--status', 'looked-after-by': '--responsible' });
    for (const command of COMMANDS) {
      const other = otherOptionNames(command.options);
      const own = new Set(command.options.map((o) => `--${o.name}`));
      for (const [name, meant] of Object.entries(other)) {
        expect(own.has(`--${name}`), `${command.spec.name}: ${name}`).toBe(false);
        expect(own.has(meant), `${command.spec.name}: ${name} -> ${meant}`).toBe(true);
      }
    }
    expect(otherOptionNames(entitlementsCommand.options)['in-higher-education']).toBe('--higher-education');
    expect(optionNameOf('--dateOfBirth')).toBe('date-of-birth');
    expect(optionNameOf('--Lives_In')).toBe('lives-in');
    expect(optionNameOf('--gp-area')).toBe('gp-area');
  });

  it("wraps each option's text within its column to fit a width, and leaves it as written when it fits", () => {
    const on = { name: 'on', type: 'string', value: 'DATE', help: ['the date to answer for (default: today)'] } as const;
    expect(optionsHelp([on])).toBe('  --on DATE              the date to answer for (default: today)');
    expect(optionsHelp([on], 100)).toBe(optionsHelp([on]));
    expect(optionsHelp([on], 50)).toBe('  --on DATE              the date to answer for\n                         (default: today)');
    // An option too long for the column has its text under it.
    const long = { name: 'otherwise-exempt-prescriptions', type: 'boolean', help: ['exempt from prescription charges for another reason'] } as const;
    expect(optionsHelp([long], 60)).toBe('  --otherwise-exempt-prescriptions\n                         exempt from prescription charges\n                         for another reason');
    for (const line of optionsHelp(PERSON_OPTION_TABLE, 64).split('\n')) expect(line.length).toBeLessThanOrEqual(64);
  });

  it("gives each command's help every option its parser takes, and an example", () => {
    for (const command of COMMANDS) {
      const name = command.spec.name;
      for (const option of command.options) expect(command.help, `${name} --${option.name}`).toContain(`--${option.name.replace(/^not-/, '')}`);
      expect(command.help, name).toContain('-h, --help');
      expect(command.help, name).toMatch(/\nExamples?:\n {2}care-leaver-entitlements /);
      expect(command.help.startsWith(`Usage: care-leaver-entitlements ${name}`), name).toBe(true);
    }
  });

  it('gives --json to every command that prints a result, and --on to every command that answers for a date', () => {
    const names = (predicate: (c: (typeof COMMANDS)[number]) => boolean) => COMMANDS.filter(predicate).map((c) => c.spec.name);
    expect(names((c) => c.options.some((o) => o.name === 'json'))).toEqual(['entitlements', 'move', 'timeline', 'guarantee', 'areas', 'coverage', 'validate', 'schema']);
    expect(names((c) => c.options.some((o) => o.name === 'on'))).toEqual(['entitlements', 'move', 'timeline', 'guarantee', 'areas', 'coverage']);
  });

  it("names an engine field as the option of the command that gives it", () => {
    expect(optionForField(entitlementsCommand, 'person.dateOfBirth')).toBe('--born');
    expect(optionForField(entitlementsCommand, 'person.residence')).toBe('--lives-in');
    expect(optionForField(entitlementsCommand, 'on')).toBe('--on');
    expect(optionForField(moveCommand, 'to')).toBe('--to');
    expect(optionForField(timelineCommand, 'until')).toBe('--until');
    expect(optionForField(guaranteeCommand, 'region')).toBe('AREA');
    expect(optionForField(guaranteeCommand, 'members[2]')).toBe('--member'); // an item of a list given option by option
    expect(optionForField(guaranteeCommand, 'members')).toBe('--member');
    expect(optionForField(guaranteeCommand, 'dataset[0]')).toBeUndefined();
    expect(optionForField(entitlementsCommand, 'person.facts.inHigherEducation')).toBe('--higher-education or --not-higher-education');
    expect(optionForField(entitlementsCommand, 'person.facts.household')).toBe('--household');
    expect(optionForField(areasCommand, 'to')).toBeUndefined();
  });
});

describe('defineCommand (a fictional command)', () => {
  const seen: CommandInput[] = [];
  const hello = defineCommand({
    name: 'hello',
    usage: ['hello [NAME] [--on DATE] [--json]'],
    about: 'Says hello (fictional, for this test).',
    positionals: { name: 'NAME', min: 0, max: 1 },
    options: [{ heading: 'Options', options: [{ name: 'loud', type: 'boolean', help: ['shout'] }] }],
    on: ['the date to greet on (default: today)'],
    json: '{"hello": NAME}',
    examples: ['hello Sam'],
    run: (input, context) => {
      seen.push(input);
      context.out('hi\n');
      return 0;
    },
  });

  it('answers --help with the help it generates, without running the command', () => {
    const { context, out } = captured();
    expect(hello.run(['--help'], context)).toBe(0);
    expect(out.join('')).toBe(hello.help);
    expect(hello.help).toBe(`Usage: care-leaver-entitlements hello [NAME] [--on DATE] [--json]

Says hello (fictional, for this test).

Options:
  --loud                 shout
  --on DATE              the date to greet on (default: today)

Output:
  --json                 print one JSON document instead of tables
  -h, --help             show this help

With --json: {"hello": NAME}

Example:
  care-leaver-entitlements hello Sam
`);
    expect(seen).toHaveLength(0);
  });

  it('checks --on (UK or ISO dates), defaults it to today and says whether it was given', () => {
    const { context } = captured('2026-11-23');
    hello.run(['Sam', '--loud', '--json'], context);
    hello.run(['--on', '15/06/2025'], context);
    expect(seen[0]).toMatchObject({ positionals: ['Sam'], json: true, on: '2026-11-23', onGiven: false, values: { loud: true } });
    expect(seen[1]).toMatchObject({ json: false, on: '2025-06-15', onGiven: true });
    expect(() => hello.run(['--on', '30/02/2025'], context)).toThrow(UsageError);
    expect(() => hello.run(['--lound'], context)).toThrow(/did you mean --loud/);
    expect(() => hello.run(['a', 'b'], context)).toThrow(/at most 1 NAME/);
  });
});
