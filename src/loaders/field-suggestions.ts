import { offerDocumentJsonSchema } from '../schema/json-schema.js';
import { editDistance } from '../validation/edit-distance.js';
import type { InputIssue } from '../validation/input-issue.js';

/**
 * Where a field may stand in a document, as a path of field names with `[]` for an item of a list
 * and `*` for a key of a record (`offers.[].versions.*` is a version).
 */
export type Place = readonly string[];

let fieldPlaces: ReadonlyMap<string, readonly Place[]> | undefined;

/** Every field name a document can use, with the places it may stand, from the document's JSON Schema (worked out once, when first needed). */
function documentFieldPlaces(): ReadonlyMap<string, readonly Place[]> {
  if (fieldPlaces !== undefined) return fieldPlaces;
  const schema = offerDocumentJsonSchema() as { $defs?: Record<string, unknown> };
  const places = new Map<string, Place[]>();
  const followed = new Set<string>();
  const walk = (node: unknown, place: Place): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    const ref = typeof n.$ref === 'string' ? /^#\/\$defs\/(.+)$/.exec(n.$ref)?.[1] : undefined;
    // A definition used in several places (a condition, within conditions) is read where it is first met.
    if (ref !== undefined && !followed.has(ref)) {
      followed.add(ref);
      walk(schema.$defs?.[ref], place);
    }
    if (typeof n.properties === 'object' && n.properties !== null) {
      for (const [name, child] of Object.entries(n.properties)) {
        places.set(name, [...(places.get(name) ?? []), place]);
        walk(child, [...place, name]);
      }
    }
    walk(n.items, [...place, '[]']);
    walk(n.additionalProperties, [...place, '*']);
    for (const key of ['oneOf', 'anyOf', 'allOf']) if (Array.isArray(n[key])) for (const child of n[key] as unknown[]) walk(child, place);
  };
  walk(schema, []);
  fieldPlaces = places;
  return fieldPlaces;
}

/**
 * Whether a path in a document is at a place (`offers.[].versions.*` is every version).
 *
 * @param place - the place
 * @param path - the path
 * @returns whether the path is at the place
 * @example
 * ```ts
 * isAt(['offers', '[]', 'versions', '*'], ['offers', 0, 'versions', '2024-01-01']); // true
 * ```
 */
export function isAt(place: Place, path: readonly (string | number)[]): boolean {
  return place.length === path.length && place.every((segment, i) => (segment === '[]' ? typeof path[i] === 'number' : segment === '*' ? typeof path[i] === 'string' : segment === path[i]));
}

/** Names authors give a field the schema names otherwise, suggested where that field may stand (an age condition's `max` is its `until`). */
const OTHER_NAMES: Readonly<Record<string, string>> = { min: 'from', minAge: 'from', max: 'until', maxAge: 'until', to: 'until', effectiveFrom: 'notBefore', link: 'url', href: 'url' };

/** How many of a place's first segments are those of a path: how near the two are. */
function sharedStart(place: Place, path: readonly (string | number)[]): number {
  let n = 0;
  while (n < place.length && n < path.length && isAt([place[n]!], [path[n]!])) n += 1;
  return n;
}

/** A place in the words of a document's author. */
const PLACE_WORDS: Readonly<Record<string, string>> = {
  '': 'the document itself (its top level)',
  provider: 'the provider',
  'offers.[]': 'an offer',
  'offers.[].provider': "an offer's provider",
  'offers.[].sources.[]': 'a source',
  'offers.[].versions.*': 'a version (under versions, by its date)',
  'offers.[].versions.*.value': "a version's value",
  'offers.[].versions.*.value.cases.[]': "a case of a version's value",
  'offers.[].versions.*.eligibility.[]': 'a condition (under eligibility)',
  'coverage.[]': 'a coverage claim',
  'coverage.[].sources.[]': "a coverage claim's source",
};

function placeWords(place: Place): string {
  return PLACE_WORDS[place.join('.')] ?? place.map((s) => (s === '[]' ? '[N]' : s === '*' ? 'KEY' : s)).join('.').replace(/\.\[N\]/g, '[N]');
}

/**
 * Unknown fields said more helpfully: a field that belongs elsewhere in the document (`sources` put
 * in a version, which is a field of an offer) is named with where it goes; one that is probably a
 * misspelling (`lastchecked`) with the field it is close to.
 *
 * @param issues - the document's issues
 * @returns the issues, unknown fields with their hints
 * @example
 * ```ts
 * withFieldSuggestions([{ code: 'unknown-key', path: ['offers', 0, 'lastchecked'], message: 'unknown field "lastchecked"' }])[0]?.message;
 * // 'unknown field "lastchecked"; did you mean "lastChecked"? (or remove it)'
 * withFieldSuggestions([{ code: 'unknown-key', path: ['offers', 0, 'versions', '2024-01-01', 'sources'], message: 'unknown field "sources"' }])[0]?.message;
 * // '"sources" is not a field of a version (under versions, by its date); it belongs to an offer or a coverage claim: move it there'
 * ```
 */
export function withFieldSuggestions(issues: readonly InputIssue[]): InputIssue[] {
  const places = documentFieldPlaces();
  return issues.map((issue) => {
    if (issue.code !== 'unknown-key') return issue;
    const key = issue.path[issue.path.length - 1];
    if (typeof key !== 'string') return issue;
    const parent = issue.path.slice(0, -1);
    const elsewhere = (places.get(key) ?? []).filter((place) => !isAt(place, parent));
    const here = [...places.values()].flat().find((place) => isAt(place, parent));
    if (elsewhere.length > 0 && here !== undefined && elsewhere.length === (places.get(key) ?? []).length) {
      // The places nearest the one it was put in first (an offer before a coverage claim, for a version's field).
      const where = [...new Set([...elsewhere].sort((a, b) => sharedStart(b, parent) - sharedStart(a, parent)).map(placeWords))];
      const listed = where.length === 1 ? where[0]! : `${where.slice(0, -1).join(', ')} or ${where[where.length - 1]!}`;
      return { ...issue, message: `${JSON.stringify(key)} is not a field of ${placeWords(here)}; it belongs to ${listed}: move it there` };
    }
    const meant = OTHER_NAMES[key];
    if (meant !== undefined && (places.get(meant) ?? []).some((place) => isAt(place, parent))) {
      return { ...issue, message: `unknown field ${JSON.stringify(key)}; did you mean ${JSON.stringify(meant)}? (or remove it)` };
    }
    if (key.length < 3) return issue;
    const near = [...places.keys()]
      .map((name) => [name, name.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key.toLowerCase(), name.toLowerCase())] as const)
      .filter(([, distance]) => distance <= (key.length <= 5 ? 1 : 2))
      .sort(([a, da], [b, db]) => da - db || a.localeCompare(b));
    return near.length === 0 ? issue : { ...issue, message: `unknown field ${JSON.stringify(key)}; did you mean ${JSON.stringify(near[0]![0])}? (or remove it)` };
  });
}
