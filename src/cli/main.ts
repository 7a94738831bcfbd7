import { reflowProse } from './fit-prose.js';
import { InvalidDataError } from './invalid-data-error.js';
import { version } from '../../package.json';
import { InvalidInputError, formatIssuePath } from '../validation/input-issue.js';
import { type CliContext, printText } from './cli-context.js';
import { closestNames } from '../validation/closest-names.js';
import { type Command, optionForField } from './command.js';
import { MAIN_HELP } from './help.js';
import { UsageError } from './usage-error.js';

/** Each command, loaded only when it is run (so `schema` never loads the dataset). */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  entitlements: async () => (await import('./commands/entitlements.js')).entitlementsCommand,
  move: async () => (await import('./commands/move.js')).moveCommand,
  timeline: async () => (await import('./commands/timeline.js')).timelineCommand,
  guarantee: async () => (await import('./commands/guarantee.js')).guaranteeCommand,
  areas: async () => (await import('./commands/areas.js')).areasCommand,
  coverage: async () => (await import('./commands/coverage.js')).coverageCommand,
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  schema: async () => (await import('./commands/schema.js')).schemaCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
};

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function describeInvalidInput(error: InvalidInputError, command: Command | undefined): string {
  const issue = error.issues[0];
  if (issue === undefined) return error.message;
  const path = formatIssuePath(issue.path);
  // The command line takes one place to live, not a residence history: the hint to give one becomes the period's options.
  const message =
    issue.code === 'area-not-on-date' && path === 'person.residence' && / or a residence history/.test(issue.message)
      ? `${issue.message.replace(/,? or a residence history.*$/, '')}, or ask about ${command?.spec.name === 'timeline' ? 'a period within its dates (--from, --until)' : 'a date on which it existed (--on)'}`
      : issue.message;
  return `${(command === undefined ? undefined : optionForField(command, path)) ?? path}: ${message}`;
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
  let command: Command | undefined;
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === '--help' || first === '-h') {
      context.out(reflowProse(MAIN_HELP, context.width));
      return 0;
    }
    if (first === '--version' || first === '-v') {
      context.out(`${version}\n`);
      return 0;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        context.out(reflowProse(MAIN_HELP, context.width));
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
    command = await load();
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.err(`error: ${oneLine(error.message)}\n`);
      return 2;
    }
    if (error instanceof InvalidDataError) {
      if (error.json) {
        const [{ printJson }, { validationJson }] = await Promise.all([import('./cli-context.js'), import('./validation-json.js')]);
        printJson(context, validationJson(error.files));
      } else {
        const { formatInvalidFile } = await import('./commands/validate.js');
        printText(context, `${error.files.map((f) => formatInvalidFile(f.file, f.issues, context.style)).join('\n')}\n`);
      }
      const where = error.json ? 'the issues are in the JSON on stdout' : 'see the issues above';
      context.err(`error: ${oneLine(error.message)}; nothing was evaluated (${where}: they are every check validate makes, and those between documents)\n`);
      return 1;
    }
    if (error instanceof InvalidInputError) {
      context.err(`error: ${oneLine(describeInvalidInput(error, command))}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    context.err(`error: internal error: ${oneLine(message)}\n`);
    return 3;
  }
}
