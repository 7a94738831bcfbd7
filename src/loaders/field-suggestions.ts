import { offerDocumentJsonSchema } from '../schema/json-schema.js';
import { editDistance } from '../validation/edit-distance.js';
import type { InputIssue } from '../validation/input-issue.js';
import { valueAt } from './value-at.js';
import { joinedNames } from '../lists/joined-names.js';

/**
 * Where a field may stand in a document, as a path of field names with `[]` for an item of a list
 * and `*` for a key of a record (`offers.[].versions.*` is a version).
 */
export type Place = readonly string[];

/** The fields a document may use and where: each field's places, and at a place whose maps come in types (conditions, values), each type's fields. */
interface DocumentFields {
  readonly places: ReadonlyMap<string, readonly Place[]>;
  /** By place (its segments joined with "."), then by the value of `type`: the fields a map of that type has. */
  readonly ofType: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** The same, the fields a map of that type must have. */
  readonly requiredOfType: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

let documentFields: DocumentFields | undefined;

/** Every field name a document can use, with the places it may stand, from the document's JSON Schema (worked out once, when first needed). */
function documentFieldPlaces(): DocumentFields {
  if (documentFields !== undefined) return documentFields;
  const schema = offerDocumentJsonSchema() as { $defs?: Record<string, unknown> };
  const places = new Map<string, Place[]>();
  const ofType = new Map<string, Map<string, readonly string[]>>();
  const requiredOfType = new Map<string, Map<string, readonly string[]>>();
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
    for (const key of ['oneOf', 'anyOf', 'allOf']) {
      if (!Array.isArray(n[key])) continue;
      for (const child of n[key] as unknown[]) {
        const { properties, required } = (child ?? {}) as { properties?: Record<string, { const?: unknown }>; required?: unknown };
        const type = properties?.type?.const;
        if (properties !== undefined && typeof type === 'string') {
          const types = ofType.get(place.join('.')) ?? new Map<string, readonly string[]>();
          types.set(type, Object.keys(properties));
          ofType.set(place.join('.'), types);
          const needed = requiredOfType.get(place.join('.')) ?? new Map<string, readonly string[]>();
          needed.set(type, Array.isArray(required) ? (required as string[]) : []);
          requiredOfType.set(place.join('.'), needed);
        }
        walk(child, place);
      }
    }
  };
  walk(schema, []);
  documentFields = { places, ofType, requiredOfType };
  return documentFields;
}

/**
 * A path with a condition inside another's `conditions` (an any-of's) written as a condition of
 * the eligibility list, which is what it is: the schema describes a condition once, there.
 */
function asConditionPath(path: readonly (string | number)[]): readonly (string | number)[] {
  const at = path.indexOf('eligibility');
  if (at === -1) return path;
  const out = path.slice(0, at + 2);
  let i = at + 2;
  while (path[i] === 'conditions' && typeof path[i + 1] === 'number') {
    out[out.length - 1] = path[i + 1]!;
    i += 2;
  }
  return i === at + 2 ? path : [...out, ...path.slice(i)];
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
 * isAt(['offers', '[]', 'versions', '*', 'eligibility', '[]'], ['offers', 0, 'versions', '2024-01-01', 'eligibility', 0, 'conditions', 1]); // true: a condition of an any-of
 * ```
 */
export function isAt(place: Place, path: readonly (string | number)[]): boolean {
  const at = asConditionPath(path);
  return place.length === at.length && place.every((segment, i) => (segment === '[]' ? typeof at[i] === 'number' : segment === '*' ? typeof at[i] === 'string' : segment === at[i]));
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
 * in a version, which is a field of an offer) is named with where it goes; one that belongs to a
 * map of another type (`within` in an age condition) with the types that have it; one that is
 * probably a misspelling (`lastchecked`) with the field it is close to, among those the map's type
 * has when the document is given. A condition inside an any-of is a condition like any other.
 *
 * @param issues - the document's issues
 * @param document - the document they are about, to read the `type` of the map holding an unknown field
 * @returns the issues, unknown fields with their hints
 * @example
 * ```ts
 * withFieldSuggestions([{ code: 'unknown-key', path: ['offers', 0, 'lastchecked'], message: 'unknown field "lastchecked"' }])[0]?.message;
 * // 'unknown field "lastchecked"; did you mean "lastChecked"? (or remove it)'
 * withFieldSuggestions([{ code: 'unknown-key', path: ['offers', 0, 'versions', '2024-01-01', 'sources'], message: 'unknown field "sources"' }])[0]?.message;
 * // '"sources" is not a field of a version (under versions, by its date); it belongs to an offer or a coverage claim: move it there'
 * ```
 */
export function withFieldSuggestions(issues: readonly InputIssue[], document?: unknown): InputIssue[] {
  const { places, ofType, requiredOfType } = documentFieldPlaces();
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
      return { ...issue, message: `${JSON.stringify(key)} is not a field of ${placeWords(here)}; it belongs to ${joinedNames(where, 'or')}: move it there` };
    }
    // A map of a type (a condition, a value): the fields of its own type, when the document says which.
    const types = here === undefined ? undefined : ofType.get(here.join('.'));
    const type = (valueAt(document, parent) as { type?: unknown } | undefined)?.type;
    const own = types !== undefined && typeof type === 'string' ? types.get(type) : undefined;
    if (here !== undefined && own !== undefined) {
      const ofThis = `${placeWords(here)} of type ${JSON.stringify(type)}`;
      const others = [...types!].filter(([, fields]) => fields.includes(key)).map(([name]) => JSON.stringify(name));
      if (others.length > 0) {
        // The one field this type needs and the map lacks is most likely what was meant (`in` for a residence's `within`).
        const given = valueAt(document, parent) as Record<string, unknown>;
        const lacking = (requiredOfType.get(here.join('.'))?.get(type as string) ?? []).filter((field) => !Object.hasOwn(given, field));
        const meant = lacking.length === 1 ? `; did you mean ${JSON.stringify(lacking[0])}, which this type needs?` : '';
        return { ...issue, message: `${JSON.stringify(key)} is not a field of ${ofThis}; it belongs to type ${joinedNames(others, 'or')}${meant}` };
      }
      const meant = OTHER_NAMES[key];
      if (meant !== undefined && own.includes(meant)) return { ...issue, message: `unknown field ${JSON.stringify(key)}; did you mean ${JSON.stringify(meant)}? (or remove it)` };
      const near = nearNames(key, own);
      if (near !== undefined) return { ...issue, message: `unknown field ${JSON.stringify(key)}; did you mean ${JSON.stringify(near)}? (or remove it)` };
      return { ...issue, message: `unknown field ${JSON.stringify(key)}: ${ofThis} has only ${joinedNames(own.map((name) => JSON.stringify(name)), 'and')}; remove it` };
    }
    const meant = OTHER_NAMES[key];
    if (meant !== undefined && (places.get(meant) ?? []).some((place) => isAt(place, parent))) {
      return { ...issue, message: `unknown field ${JSON.stringify(key)}; did you mean ${JSON.stringify(meant)}? (or remove it)` };
    }
    const near = nearNames(key, [...places.keys()]);
    return near === undefined ? issue : { ...issue, message: `unknown field ${JSON.stringify(key)}; did you mean ${JSON.stringify(near)}? (or remove it)` };
  });
}

/** The name nearest in spelling to a field written (never the field itself), if one is near enough. */
function nearNames(key: string, names: readonly string[]): string | undefined {
  if (key.length < 3) return undefined;
  const near = names
    .filter((name) => name !== key)
    .map((name) => [name, name.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key.toLowerCase(), name.toLowerCase())] as const)
    .filter(([, distance]) => distance <= (key.length <= 5 ? 1 : 2))
    .sort(([a, da], [b, db]) => da - db || a.localeCompare(b));
  return near[0]?.[0];
}
