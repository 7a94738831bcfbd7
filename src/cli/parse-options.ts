import { parseArgs } from 'node:util';
import { closestNames } from './closest-names.js';
import { UsageError } from './usage-error.js';

/** One option a command accepts, as `node:util` `parseArgs` describes it. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The option may be given more than once; its value is then the list of every value given. */
  readonly multiple?: boolean;
}

/** What {@link parseOptions} returns: the option values by name and the positional arguments. */
export interface ParsedOptions {
  /** The values by name: a list for an option that may be given more than once. */
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** How many positional arguments a command takes. */
export interface PositionalSpec {
  /** The name shown in messages, such as `AREA` or `FILE`. */
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

const NO_POSITIONALS: PositionalSpec = { name: 'argument', min: 0, max: 0 };

/**
 * Parses a command's arguments strictly with `node:util` `parseArgs`, turning its errors into
 * {@link UsageError}s that name the option and the fix (with the closest option names for a typo).
 *
 * @param command - the command's name, for messages
 * @param args - the arguments after the command name
 * @param options - the options it accepts
 * @param positionals - how many positional arguments it takes (none by default)
 * @returns the values and positionals
 * @throws {@link UsageError} for an unknown option, a missing value, or a wrong number of arguments
 * @example
 * ```ts
 * parseOptions('areas', ['Bolton', '--json'], { json: { type: 'boolean' } }, { name: 'QUERY', min: 0, max: 1 });
 * // { values: { json: true }, positionals: ['Bolton'] }
 * ```
 */
export function parseOptions(
  command: string,
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  positionals: PositionalSpec = NO_POSITIONALS,
): ParsedOptions {
  const help = `run "care-leaver-entitlements ${command} --help" for its options`;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: { ...options }, strict: true, allowPositionals: true });
  } catch (error) {
    const message = (error as Error).message;
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const names = Object.keys(options).map((name) => `--${name}`);
      const close = closestNames(option.split('=')[0]!, names);
      const hint = close.length > 0 ? `did you mean ${close.join(' or ')}? ` : '';
      throw new UsageError(`unknown option ${option} for ${command}; ${hint}${help}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message)) {
        throw new UsageError(`option ${option} takes no value; write it alone (for example ${option})`);
      }
      throw new UsageError(`option ${option} needs a value; write ${option} VALUE or ${option}=VALUE`);
    }
    throw new UsageError(`${message.split('\n')[0]}; ${help}`);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help === true) return { values, positionals: parsed.positionals };
  const extra = parsed.positionals;
  if (extra.length > positionals.max) {
    const unexpected = extra[positionals.max]!;
    throw new UsageError(
      positionals.max === 0
        ? `unexpected argument "${unexpected}" for ${command}, which takes options only; ${help}`
        : `too many arguments for ${command} ("${unexpected}"); it takes at most ${positionals.max} ${positionals.name}`,
    );
  }
  if (extra.length < positionals.min) {
    throw new UsageError(`${command} needs ${positionals.min === 1 ? '' : `at least ${positionals.min} of `}${positionals.name}; ${help}`);
  }
  return { values, positionals: extra };
}
