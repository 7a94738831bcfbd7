import { parseArgs } from 'node:util';
import { closestNames } from '../validation/closest-names.js';
import { optionNameOf } from './option-name.js';
import { UsageError } from './usage-error.js';
import { joinedNames } from '../lists/joined-names.js';

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

/** A token of `parseArgs` (with `tokens: true`), as far as {@link checkGivenOnce} reads it. */
export interface ParsedToken {
  readonly kind: string;
  readonly name?: string;
  readonly value?: string | undefined;
}

const NO_POSITIONALS: PositionalSpec = { name: 'argument', min: 0, max: 0 };

/**
 * Checks that an option with a value, which may be given once (all but those declared
 * `multiple`), was not given again with another value: the parser would keep the last one
 * silently. The same value given again, and a flag given again, change nothing and are let be.
 *
 * @param tokens - the parser's tokens, in the order given
 * @param options - the options accepted
 * @throws {@link UsageError} naming the option and every value it was given
 * @example
 * ```ts
 * const { tokens } = parseArgs({ args: ['--on', '2026-01-01', '--on', '2026-02-02'], options: { on: { type: 'string' } }, tokens: true });
 * checkGivenOnce(tokens, { on: { type: 'string' } });
 * // throws: --on is given twice (2026-01-01 and 2026-02-02); give it once
 * ```
 */
export function checkGivenOnce(tokens: readonly ParsedToken[], options: Readonly<Record<string, OptionSpec>>): void {
  const given = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.name === undefined || token.value === undefined) continue;
    const spec = options[token.name];
    if (spec === undefined || spec.type !== 'string' || spec.multiple === true) continue;
    given.set(token.name, [...(given.get(token.name) ?? []), token.value]);
  }
  for (const [name, values] of given) {
    // A value that is empty or has spaces or commas is quoted, so the list reads unambiguously.
    const distinct = [...new Set(values)].map((v) => (/^[^\s,]+$/.test(v) ? v : JSON.stringify(v)));
    if (distinct.length < 2) continue;
    const times = values.length === 2 ? 'twice' : `${values.length} times`;
    throw new UsageError(`--${name} is given ${times} (${joinedNames(distinct, 'and')}); give it once`);
  }
}

/**
 * The "did you mean" of an unknown option: the option written with another of its names, case or
 * underscores (`--category`, `--Lives_In`) if it is one, or else the options closest in spelling.
 */
function meantOption(typed: string, options: Readonly<Record<string, OptionSpec>>, otherNames: Readonly<Record<string, string>>): string {
  const name = optionNameOf(typed);
  const exact = options[name] === undefined ? otherNames[name] : `--${name}`;
  if (exact !== undefined) return `did you mean ${exact}? `;
  const byName = new Map<string, string>([...Object.keys(options).map((n): [string, string] => [`--${n}`, `--${n}`]), ...Object.entries(otherNames).map(([other, meant]): [string, string] => [`--${other}`, meant])]);
  const close = [...new Set(closestNames(`--${name}`, [...byName.keys()]).map((n) => byName.get(n)!))];
  return close.length > 0 ? `did you mean ${close.join(' or ')}? ` : '';
}

/**
 * Parses a command's arguments strictly with `node:util` `parseArgs`, turning its errors into
 * {@link UsageError}s that name the option and the fix (with the closest option names for a typo).
 *
 * @param command - the command's name, for messages
 * @param args - the arguments after the command name
 * @param options - the options it accepts
 * @param positionals - how many positional arguments it takes (none by default)
 * @param otherNames - other names of the options, never accepted but suggested for
 *   (`{ category: '--status' }`, from `otherOptionNames`)
 * @returns the values and positionals
 * @throws {@link UsageError} for an unknown option (naming the option meant, when it was written
 *   with another of its names or with a typo), a missing value, an option given twice with
 *   different values (see {@link checkGivenOnce}), or a wrong number of arguments
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
  otherNames: Readonly<Record<string, string>> = {},
): ParsedOptions {
  const help = `run "care-leaver-entitlements ${command} --help" for its options`;
  let parsed: { values: Record<string, unknown>; positionals: string[]; tokens?: ParsedToken[] };
  try {
    parsed = parseArgs({ args: [...args], options: { ...options }, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    const message = (error as Error).message;
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const hint = meantOption(option.split('=')[0]!, options, otherNames);
      throw new UsageError(`unknown option ${option} for ${command}; ${hint}${help}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message)) {
        throw new UsageError(`option ${option} takes no value; write it alone (for example ${option})`);
      }
      // parseArgs reads a value starting with "-" ("--port -1") as the next option.
      if (/starting with a dash/.test(message)) {
        throw new UsageError(`option ${option} is followed by something starting with "-", read as another option; for a value starting with "-", write ${option}=VALUE`);
      }
      throw new UsageError(`option ${option} needs a value; write ${option} VALUE or ${option}=VALUE`);
    }
    throw new UsageError(`${message.split('\n')[0]}; ${help}`);
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (values.help === true) return { values, positionals: parsed.positionals };
  checkGivenOnce(parsed.tokens ?? [], options);
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
