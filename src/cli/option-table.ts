import { type FactName, otherAdultsFromCount } from '../schema/person-facts.js';
import { FACT_FLAGS } from '../schema/fact-flags.js';
import type { OptionSpec } from './parse-options.js';
import { wrapText } from './wrap-text.js';
import { optionNameOf } from './option-name.js';

/**
 * One command-line option, declared once: the parser's spec, the help line and the person field
 * it gives all come from it.
 */
export interface CliOption {
  /** The name without dashes (`lives-in`). */
  readonly name: string;
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The option may be given more than once (`--data a.yaml --data b.yaml`); its value is then a list. */
  readonly multiple?: boolean;
  /** What the help writes after the name (`DATE`, `AREA`). */
  readonly value?: string;
  /** The help text: its first line beside the option, further lines under it. */
  readonly help: readonly string[];
  /** The person fact it gives, so that a missing fact can be named as this option. */
  readonly fact?: FactName;
  /** The values to suggest when the fact is missing (`alone|only-care-leavers|with-others`). */
  readonly suggest?: string;
  /** The engine's field it gives, dotted (`person.dateOfBirth`), so that an error about the field names the option. */
  readonly field?: string;
  /**
   * Another way to write the fact's words, read before them (a count for `--other-adults`): the
   * word a given value stands for, or undefined when it is not written that way.
   */
  readonly readAs?: (given: string) => string | undefined;
  /** How the help and the errors say what to give, where the words alone would not (`1, or 2 or more`). */
  readonly accepts?: string;
  /**
   * Other names a reader may try for it (`looked-after-by` for `--responsible`): never accepted,
   * but an unknown option written so is answered "did you mean" this one. The engine's field and
   * fact names (`--category`, `--dateOfBirth`) are added from `field` and `fact`.
   */
  readonly alsoCalled?: readonly string[];
}

/** What `--other-adults` takes, as its help and its error say it. */
const OTHER_ADULTS_ACCEPTED = '1, or 2 or more (or the words one, two-or-more)';

/** The options that describe a person, in the order the help lists them. */
export const PERSON_OPTION_TABLE: readonly CliOption[] = [
  { name: 'born', type: 'string', value: 'DATE', help: ['date of birth, DD/MM/YYYY or YYYY-MM-DD (required)'], field: 'person.dateOfBirth', alsoCalled: ['dob', 'birth-date', 'birthday'] },
  {
    name: 'responsible',
    type: 'string',
    value: 'AREA',
    help: ['the council that looked after them (required)'],
    field: 'person.responsibleAuthority',
    alsoCalled: ['looked-after-by', 'responsible-council', 'local-authority', 'la'],
  },
  {
    name: 'lives-in',
    type: 'string',
    value: 'AREA',
    help: ['where they live (required)'],
    field: 'person.residence',
    alsoCalled: ['living-in', 'live-in', 'lives-at', 'living-at', 'resident-in', 'home'],
  },
  {
    name: 'status',
    field: 'person.category',
    alsoCalled: ['care-status', 'leaver-status', 'care-leaver-category'],
    type: 'string',
    value: 'STATUS',
    help: ['eligible or relevant (under 18), former-relevant (18 or over; the default', 'from 18) or qualifying; eligible and relevant become former-relevant at 18'],
  },
  { name: 'household', type: 'string', value: 'WHO', help: ['alone, only-care-leavers or with-others'], fact: 'household', suggest: 'alone|only-care-leavers|with-others', field: 'person.facts.household' },
  {
    name: 'tenancy',
    type: 'string',
    value: 'KIND',
    help: ['the home they rent or are moving into: council, housing-association,', 'private-rented, or none (no tenancy of their own)'],
    fact: 'tenancy',
    suggest: 'council|housing-association|private-rented|none',
    field: 'person.facts.tenancy',
  },
  {
    name: 'other-adults',
    type: 'string',
    value: 'N',
    help: ['with --household with-others: how many of the other adults count for', 'council tax (not care leavers or students):', OTHER_ADULTS_ACCEPTED],
    fact: 'otherAdults',
    suggest: 'one|two-or-more',
    field: 'person.facts.otherAdults',
    readAs: otherAdultsFromCount,
    accepts: OTHER_ADULTS_ACCEPTED,
  },
  {
    name: 'gp-area',
    type: 'string',
    value: 'AREA',
    help: ['the area of the GP practice they are registered with'],
    fact: 'registeredGpArea',
    suggest: 'AREA',
    field: 'person.facts.registeredGpArea',
    alsoCalled: ['gp', 'gp-practice'],
  },
  {
    name: 'leap-day',
    alsoCalled: ['leap-day-birthday'],
    type: 'string',
    value: 'RULE',
    help: ['where a 29 February birthday falls in a common year: march-1 (default)', 'or february-28 (the law is not settled)'],
  },
];

const HELP_COLUMN = 25;

/**
 * The `node:util` `parseArgs` spec of a table of options.
 *
 * @param table - the options
 * @returns the spec, by option name
 * @example
 * ```ts
 * optionSpecs([{ name: 'help', type: 'boolean', short: 'h', help: ['show this help'] }]).help; // { type: 'boolean', short: 'h' }
 * optionSpecs([{ name: 'data', type: 'string', multiple: true, help: ['…'] }]).data; // { type: 'string', multiple: true }
 * ```
 */
export function optionSpecs(table: readonly CliOption[]): Record<string, OptionSpec> {
  return Object.fromEntries(
    table.map((o) => [o.name, { type: o.type, ...(o.short === undefined ? {} : { short: o.short }), ...(o.multiple === true ? { multiple: true } : {}) }]),
  );
}

/**
 * The help lines of a table of options, their texts in one column; with a width, each option's
 * text is wrapped again within the column (an option too long for the column has its text on the
 * lines under it).
 *
 * @param table - the options
 * @param width - the width to fit (undefined: the lines as the table writes them)
 * @returns the lines, joined
 * @example
 * ```ts
 * optionsHelp([{ name: 'help', type: 'boolean', short: 'h', help: ['show this help'] }]); // '  -h, --help             show this help'
 * optionsHelp([{ name: 'on', type: 'string', value: 'DATE', help: ['the date to answer for (default: today)'] }], 50);
 * // '  --on DATE              the date to answer for\n                         (default: today)'
 * ```
 */
export function optionsHelp(table: readonly CliOption[], width?: number): string {
  return table
    .flatMap((o) => {
      const name = `  ${o.short === undefined ? '' : `-${o.short}, `}--${o.name}${o.value === undefined ? '' : ` ${o.value}`}`;
      const column = ' '.repeat(HELP_COLUMN);
      const fits = width === undefined || o.help.every((line, i) => (i === 0 ? Math.max(name.length + 2, HELP_COLUMN) : HELP_COLUMN) + line.length <= width);
      if (fits) {
        const [first = '', ...rest] = o.help;
        return [`${name.padEnd(HELP_COLUMN)}${first}`.trimEnd(), ...rest.map((line) => `${column}${line}`)];
      }
      const lines = wrapText(o.help.join(' '), Math.max(1, width - HELP_COLUMN), { cut: false });
      return name.length < HELP_COLUMN - 1 ? [`${name.padEnd(HELP_COLUMN)}${lines[0]}`, ...lines.slice(1).map((line) => `${column}${line}`)] : [name, ...lines.map((line) => `${column}${line}`)];
    })
    .join('\n');
}

/**
 * The option that gives a person fact, as a reader should type it: `--household`, or for a yes/no
 * fact both of its flags. With `suggest`, the values are shown too.
 *
 * @param fact - the engine's fact name
 * @param options - `suggest: true` to add the values (`--household alone|only-care-leavers|with-others`)
 * @returns the words, or undefined when no option gives it
 * @example
 * ```ts
 * optionForFact('inHigherEducation'); // '--higher-education or --not-higher-education'
 * optionForFact('household', { suggest: true }); // '--household alone|only-care-leavers|with-others'
 * ```
 */
export function optionForFact(fact: string, options: { readonly suggest?: boolean } = {}): string | undefined {
  const valued = PERSON_OPTION_TABLE.find((o) => o.fact === fact);
  if (valued !== undefined) return options.suggest === true && valued.suggest !== undefined ? `--${valued.name} ${valued.suggest}` : `--${valued.name}`;
  const flag = Object.entries(FACT_FLAGS).find(([, f]) => f === fact)?.[0];
  return flag === undefined ? undefined : `--${flag} or --not-${flag}`;
}

/**
 * The other names of a command's options ({@link CliOption.alsoCalled}, and the engine's field or
 * fact name each gives, written as an option), each with what to suggest instead, for the
 * parser's "did you mean".
 *
 * @param table - the command's options
 * @returns the suggestion (`--status`) by other name (`category`)
 * @example
 * ```ts
 * const names = otherOptionNames(PERSON_OPTION_TABLE);
 * names['category']; // '--status'
 * names['looked-after-by']; // '--responsible'
 * otherOptionNames([{ name: 'higher-education', type: 'boolean', help: [], fact: 'inHigherEducation' }])['in-higher-education'];
 * // '--higher-education'
 * ```
 */
export function otherOptionNames(table: readonly CliOption[]): Record<string, string> {
  const names: Record<string, string> = {};
  const own = new Set(table.map((o) => o.name));
  for (const option of table) {
    const field = option.field?.split('.').pop();
    for (const other of [...(option.alsoCalled ?? []), ...(field === undefined ? [] : [field]), ...(option.fact === undefined ? [] : [option.fact])]) {
      const name = optionNameOf(other);
      if (!own.has(name) && names[name] === undefined) names[name] = `--${option.name}`;
    }
  }
  return names;
}
