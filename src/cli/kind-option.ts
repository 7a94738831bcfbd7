import { ALL_KINDS, type Kind } from '../schema/kind.js';
import { kindNamed } from '../schema/kind-named.js';
import { closestNames } from '../validation/closest-names.js';
import { slugOf } from '../lists/slug.js';
import type { OptionGroup } from './command.js';
import { UsageError } from './usage-error.js';

/**
 * The option that narrows an answer to some kinds, as a group of the help (`entitlements`, `move`
 * and `timeline` take it).
 *
 * @example
 * ```ts
 * KIND_OPTION_GROUP.options.map((o) => o.name); // ['kind']
 * ```
 */
export const KIND_OPTION_GROUP: OptionGroup = {
  heading: 'Kinds',
  options: [
    {
      name: 'kind',
      type: 'string',
      value: 'KIND',
      multiple: true,
      help: [
        'only this kind, such as council-tax-exemption, free-travel or mentor (or',
        'its name in the table: "Council tax exemption"); give --kind again for',
        'more; every kind when left out',
      ],
      alsoCalled: ['only'],
    },
  ],
};

/**
 * The kinds `--kind` names, each once and in the vocabulary's order, as the engine's `kinds`
 * option; none when it is not given (every kind is answered).
 *
 * @param values - the parsed options
 * @returns `{ kinds }`, or an empty object
 * @throws {@link UsageError} for a name that is no kind, with the kinds it is closest to
 * @example
 * ```ts
 * kindsFromOptions({ kind: ['mentor', 'Council tax exemption'] }); // { kinds: ['council-tax-exemption', 'mentor'] }
 * kindsFromOptions({}); // {}
 * ```
 */
export function kindsFromOptions(values: Readonly<Record<string, unknown>>): { readonly kinds?: readonly Kind[] } {
  const given = values.kind as readonly string[] | undefined;
  if (given === undefined) return {};
  const named = new Set(given.map(kindOption));
  return { kinds: ALL_KINDS.filter((kind) => named.has(kind)) };
}

/**
 * The kind one `--kind` names: its id, or its name as the tables show it, in any case.
 *
 * @param name - what was given
 * @returns the kind
 * @throws {@link UsageError} for a name that is no kind, with the kinds it is closest to
 * @example
 * ```ts
 * kindOption('Free or discounted travel'); // 'free-travel'
 * ```
 */
export function kindOption(name: string): Kind {
  const kind = kindNamed(name);
  if (kind !== undefined) return kind;
  const close = closestNames(slugOf(name), ALL_KINDS);
  throw new UsageError(`--kind ${JSON.stringify(name)} is not a kind; ${close.length > 0 ? `did you mean ${close.join(' or ')}? ` : ''}the kinds are ${ALL_KINDS.join(', ')}`);
}
