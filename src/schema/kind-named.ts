import { slugOf } from '../lists/slug.js';
import { ALL_KINDS, KIND_INFO, type Kind } from './kind.js';

/** Each kind by its id and by its label written as an id (`free-or-discounted-travel`). */
let kindsByName: ReadonlyMap<string, Kind> | null = null;

/**
 * The kind a name stands for: its id, or its label as the tables show it, in any case and
 * spacing (the command line's `--kind` and the adviser page's `kind` parameter read kinds so).
 *
 * @param given - an id (`free-travel`) or a label (`Free or discounted travel`)
 * @returns the kind, or undefined when the name is no kind's
 * @example
 * ```ts
 * kindNamed('Free or discounted travel'); // 'free-travel'
 * kindNamed('travel'); // undefined
 * ```
 */
export function kindNamed(given: string): Kind | undefined {
  kindsByName ??= new Map(ALL_KINDS.flatMap((kind) => [[kind, kind] as const, [slugOf(KIND_INFO[kind].label), kind] as const]));
  return kindsByName.get(slugOf(given));
}
