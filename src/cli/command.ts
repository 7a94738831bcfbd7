import type { CalendarDate } from '../dates/calendar-date.js';
import type { CliContext } from './cli-context.js';
import { type CliOption, optionForFact, optionSpecs, optionsHelp, otherOptionNames } from './option-table.js';
import { parseDateOption, withTodayAsDate } from './parse-date-option.js';
import { type PositionalSpec, parseOptions } from './parse-options.js';
import { reflowProse } from './fit-prose.js';
import { wrapText } from './wrap-text.js';

/** Options shown together in the help, under a heading. */
export interface OptionGroup {
  /** The heading (`Options`, `Person options`, `Your own documents`). */
  readonly heading: string;
  readonly options: readonly CliOption[];
  /** Text printed after the group's options (what the yes/no facts are, say). */
  readonly after?: string;
  /** Further parser options the group's text describes (the `--FACT` and `--not-FACT` flags). */
  readonly hidden?: readonly CliOption[];
}

/** A command line command, declared: the wrapper ({@link defineCommand}) does the rest. */
export interface CommandSpec {
  readonly name: string;
  /** The usage lines, each without the program's name (`areas [QUERY] [--on DATE] [--json]`). */
  readonly usage: readonly string[];
  /** What the command does, as paragraphs of help text. */
  readonly about: string;
  /** The positional arguments (none when left out). */
  readonly positionals?: PositionalSpec & { readonly field?: string };
  /** The option groups, in help order. `--on`, `--json` and `--help` are added by the wrapper. */
  readonly options: readonly OptionGroup[];
  /** The command takes `--on DATE` with this help text (it defaults to today). */
  readonly on?: readonly string[];
  /** The command takes `--json`; this is the shape of the document it prints, for the help. */
  readonly json?: string;
  /** Example command lines, each without the program's name. */
  readonly examples: readonly string[];
  /** Text after the examples. */
  readonly footer?: string;
  /** Runs the command once the arguments are parsed and `--help` has been answered. */
  readonly run: (input: CommandInput, context: CliContext) => number | Promise<number>;
}

/** What a command's `run` receives. */
export interface CommandInput {
  /** The option values by name (strings and booleans, a list of strings for an option given more than once, undefined when not given). */
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
  /** `--json` was given. */
  readonly json: boolean;
  /** `--on`, checked, or today when it was not given. */
  readonly on: CalendarDate;
  /** Whether `--on` was given. */
  readonly onGiven: boolean;
}

/** A declared command, ready to run. */
export interface Command {
  readonly spec: CommandSpec;
  /** The help text `--help` prints. */
  readonly help: string;
  /** Every option the command accepts, with the wrapper's. */
  readonly options: readonly CliOption[];
  /** Parses the arguments, answers `--help`, and runs the command. */
  readonly run: (args: readonly string[], context: CliContext) => number | Promise<number>;
}

const PROGRAM = 'care-leaver-entitlements';

/** `--json`, which every command that prints a result takes. */
export const JSON_OPTION: CliOption = { name: 'json', type: 'boolean', help: ['print one JSON document instead of tables'] };
/** `--help`, which every command takes. */
export const HELP_OPTION: CliOption = { name: 'help', type: 'boolean', short: 'h', help: ['show this help'] };

function onOption(help: readonly string[]): CliOption {
  return { name: 'on', type: 'string', value: 'DATE', help, field: 'on', alsoCalled: ['date', 'as-of', 'at'] };
}

/** The groups of a command with the wrapper's options in place: `--on` with the command's own "Options", `--json` and `--help` in an "Output" group. */
function groupsOf(spec: CommandSpec): OptionGroup[] {
  const groups = spec.options.map((g) => ({ ...g, options: [...g.options] }));
  if (spec.on !== undefined) {
    const own = groups.find((g) => g.heading === 'Options');
    if (own === undefined) groups.unshift({ heading: 'Options', options: [onOption(spec.on)] });
    else own.options.push(onOption(spec.on));
  }
  groups.push({ heading: 'Output', options: spec.json === undefined ? [HELP_OPTION] : [JSON_OPTION, HELP_OPTION] });
  return groups;
}

/**
 * A command's help; with a width, fitted to it: the usage lines wrapped under their start, the
 * paragraphs reflowed, each option's text wrapped within its column. The examples are left whole,
 * to be copied.
 */
function helpOf(spec: CommandSpec, groups: readonly OptionGroup[], width?: number): string {
  const USAGE = 'Usage: ';
  const usage = spec.usage
    .map((line) => `${PROGRAM} ${line}`)
    .flatMap((line) => (width === undefined ? [line] : wrapText(line, Math.max(1, width - USAGE.length), { cut: false })))
    .map((line, i) => `${i === 0 ? USAGE : ' '.repeat(USAGE.length)}${line}`)
    .join('\n');
  const options = groups.map((g) => `${g.heading}:\n${optionsHelp(g.options, width)}\n${g.after === undefined ? '' : `\n${reflowProse(g.after, width)}`}`).join('\n');
  const json = spec.json === undefined ? '' : `\n${reflowProse(`With --json: ${spec.json}`, width)}\n`;
  const examples = `\n${spec.examples.length === 1 ? 'Example' : 'Examples'}:\n${spec.examples.map((e) => `  ${PROGRAM} ${e}`).join('\n')}\n`;
  const footer = spec.footer === undefined ? '' : `${reflowProse(spec.footer.trimEnd(), width)}\n`;
  return `${usage}\n\n${reflowProse(spec.about.trim(), width)}\n\n${options}${json}${examples}${footer}`;
}

/**
 * Declares a command: from one description come its parser, its help and its handling of `--on`
 * (checked, today by default), `--json` and `--help`, the same for every command.
 *
 * @param spec - the command's name, usage, text, options, examples and what it does
 * @returns the command, with its help and a `run` that takes the raw arguments
 * @example
 * ```ts
 * const hello = defineCommand({
 *   name: 'hello', usage: ['hello [--json]'], about: 'Says hello.', options: [], json: '{"hello": true}',
 *   examples: ['hello'], run: (input, context) => { context.out(input.json ? '{"hello":true}\n' : 'hello\n'); return 0; },
 * });
 * hello.help.startsWith('Usage: care-leaver-entitlements hello [--json]'); // true
 * ```
 */
export function defineCommand(spec: CommandSpec): Command {
  const groups = groupsOf(spec);
  const options = groups.flatMap((g) => [...g.options, ...(g.hidden ?? [])]);
  const help = helpOf(spec, groups);
  const parserSpec = optionSpecs(options);
  const otherNames = otherOptionNames(options);
  return {
    spec,
    help,
    options,
    run(args, context) {
      const parsed = parseOptions(spec.name, args, parserSpec, spec.positionals, otherNames);
      const { positionals } = parsed;
      const values = withTodayAsDate(parsed.values, context.today);
      if (values.help === true) {
        context.out(context.width === undefined ? help : helpOf(spec, groups, context.width));
        return 0;
      }
      const onGiven = typeof values.on === 'string';
      const on = onGiven ? parseDateOption('--on', values.on as string) : context.today;
      return spec.run({ values, positionals, json: values.json === true, on, onGiven }, context);
    },
  };
}

/**
 * The command-line spelling of an engine field in an error (`person.dateOfBirth` → `--born`),
 * from the options the command declares; a yes/no fact is named by its flags.
 *
 * @param command - the command that was run
 * @param field - the field's path, dotted (`person.facts.household`)
 * @returns the option (or positional) that gives it, or undefined
 * @example
 * ```ts
 * optionForField(entitlementsCommand, 'person.dateOfBirth'); // '--born'
 * ```
 */
export function optionForField(command: Command, field: string): string | undefined {
  // A list's item (`members[1]`) is given by the option that gives the list, once per item.
  const listItem = /^(.+)\[\d+\]$/.exec(field)?.[1];
  const option = command.options.find((o) => o.field === field || (listItem !== undefined && o.multiple === true && o.field === listItem));
  if (option !== undefined) return `--${option.name}`;
  if (command.spec.positionals?.field === field) return command.spec.positionals.name;
  const fact = /^person\.facts\.(\w+)$/.exec(field)?.[1];
  return fact === undefined ? undefined : optionForFact(fact);
}
