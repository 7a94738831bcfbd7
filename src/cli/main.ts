import { InvalidDataError } from './data-option.js';
import { version } from '../../package.json';
import { InvalidInputError, formatIssuePath } from '../validation/input-issue.js';
import type { CliContext } from './cli-context.js';
import { closestNames } from './closest-names.js';
import { MAIN_HELP } from './help.js';
import { UsageError } from './usage-error.js';

type Command = (args: readonly string[], context: CliContext) => number | Promise<number>;

/** Each command, loaded only when it is run (so `schema` never loads the dataset). */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  entitlements: async () => (await import('./commands/entitlements.js')).runEntitlements,
  move: async () => (await import('./commands/move.js')).runMove,
  timeline: async () => (await import('./commands/timeline.js')).runTimeline,
  guarantee: async () => (await import('./commands/guarantee.js')).runGuarantee,
  areas: async () => (await import('./commands/areas.js')).runAreas,
  coverage: async () => (await import('./commands/coverage.js')).runCoverage,
  validate: async () => (await import('./commands/validate.js')).runValidate,
  schema: async () => (await import('./commands/schema.js')).runSchema,
  serve: async () => (await import('./commands/serve.js')).runServe,
};

/** The engine's option and field names as the command line spells them. */
const FIELD_OPTIONS: Readonly<Record<string, string>> = {
  'person.dateOfBirth': '--born',
  'person.category': '--status',
  'person.responsibleAuthority': '--responsible',
  'person.residence': '--lives-in',
  'person.facts.household': '--household',
  'person.facts.registeredGpArea': '--gp-area',
  on: '--on',
  from: '--from',
  until: '--until',
  to: '--to',
  region: 'AREA',
};

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function describeInvalidInput(error: InvalidInputError): string {
  const issue = error.issues[0];
  if (issue === undefined) return error.message;
  const path = formatIssuePath(issue.path);
  return `${FIELD_OPTIONS[path] ?? path}: ${issue.message}`;
}

/**
 * Runs the command line: chooses the command, runs it, and turns every failure into one
 * `error:` line on stderr. Bad input exits 2; an unexpected failure prints
 * `error: internal error: …` and exits 3 (a bug to report); never a stack trace.
 *
 * @param argv - the arguments (without `node` and the script)
 * @param context - output, colour and today
 * @returns the exit status
 * @example
 * ```ts
 * await runCli(['schema'], context); // 0
 * ```
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h') {
      context.out(MAIN_HELP);
      return 0;
    }
    if (first === '--version' || first === '-v') {
      context.out(`${version}\n`);
      return 0;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        context.out(MAIN_HELP);
        return 0;
      }
      return await runCli([topic, '--help'], context);
    }
    const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (load === undefined) {
      if (first.startsWith('-')) {
        throw new UsageError(`unknown option ${first} before a command; give a command first, such as entitlements (run --help for the list)`);
      }
      const close = closestNames(first, Object.keys(COMMANDS));
      throw new UsageError(
        `unknown command "${first}"; ${close.length > 0 ? `did you mean ${close.join(' or ')}? ` : ''}the commands are ${Object.keys(COMMANDS).join(', ')}`,
      );
    }
    const command = await load();
    return await command(rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.err(`error: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof InvalidDataError) {
      const { formatInvalidFile } = await import('./commands/validate.js');
      context.out(`${error.files.map((f) => formatInvalidFile(f.file, f.issues, context.style)).join('\n')}\n`);
      context.err(`error: ${oneLine(error.message)}; nothing was evaluated (see the issues above, or run validate)\n`);
      return 1;
    }
    if (error instanceof InvalidInputError) {
      context.err(`error: ${oneLine(describeInvalidInput(error))}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    context.err(`error: internal error: ${oneLine(message)}\n`);
    return 3;
  }
}
