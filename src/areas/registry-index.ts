/**
 * The registry's look-up tables, built once on first use from the generated data: areas by code,
 * names by comparison key, and for each area every area that contains it with the dates it does.
 * Internal: the public functions in this folder read it.
 */
import { NATION_CODES } from './nation-codes.js';
import type { Area } from './area.js';
import { areaFromRow } from './area-row.js';
import { nameKeysFromText } from './area-name-keys.js';
import { AREA_ROWS, NAME_KEYS } from './registry.generated.js';

/** When a containment holds: `from` inclusive (`''` for always), `until` exclusive (`'~'` for never ends). */
export interface Span {
  readonly from: string;
  readonly until: string;
}

/** The registry's look-up tables. */
export interface RegistryIndex {
  readonly areas: readonly Area[];
  readonly byCode: ReadonlyMap<string, Area>;
  readonly byFormerCode: ReadonlyMap<string, Area>;
  /** By register code in upper case (`BOL`). */
  readonly byRegisterCode: ReadonlyMap<string, Area>;
  /** By normalised name, every area with that name. */
  readonly exactNames: ReadonlyMap<string, readonly Area[]>;
  /** By normalised name without noise words, every area with that name. */
  readonly coreNames: ReadonlyMap<string, readonly Area[]>;
  /** For each area, the areas containing it (directly or not), each with the spans it does. */
  readonly containers: ReadonlyMap<string, ReadonlyMap<string, readonly Span[]>>;
  /** For each container, every area it ever contains. */
  readonly contents: ReadonlyMap<string, readonly string[]>;
}

let built: RegistryIndex | undefined;

/**
 * The registry's look-up tables, built on the first call.
 *
 * @returns the tables
 * @example
 * ```ts
 * registryIndex().byCode.get('E08000001')?.shortName; // 'Bolton'
 * ```
 */
export function registryIndex(): RegistryIndex {
  built ??= buildIndex(AREA_ROWS.map(areaFromRow), NAME_KEYS.map(nameKeysFromText));
  return built;
}

function freezeArea(area: Area): Area {
  for (const value of Object.values(area)) if (Array.isArray(value)) Object.freeze(value);
  for (const membership of area.combinedAuthorities) Object.freeze(membership);
  return Object.freeze(area);
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function intersect(a: Span, b: Span): Span | undefined {
  const from = a.from > b.from ? a.from : b.from;
  const until = a.until < b.until ? a.until : b.until;
  return from < until ? { from, until } : undefined;
}

const ALWAYS: Span = { from: '', until: '~' };

function buildIndex(areas: readonly Area[], nameKeys: readonly (readonly [exact: readonly string[], core: readonly string[]])[]): RegistryIndex {
  areas.forEach(freezeArea);
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const byFormerCode = new Map(areas.flatMap((area) => area.formerCodes.map((code) => [code, area] as const)));
  const byRegisterCode = new Map(
    areas.flatMap((area) => (area.registerCode === undefined ? [] : [[area.registerCode.toUpperCase(), area] as const])),
  );
  const exactNames = new Map<string, Area[]>();
  const coreNames = new Map<string, Area[]>();
  // The names' comparison keys come worked out with the data (areaNameKeys; normalising some 1,700
  // names took about 12 ms of a cold start); a test checks them against areaNameKeys.
  areas.forEach((area, i) => {
    const [exact, core] = nameKeys[i]!;
    for (const key of exact) add(exactNames, key, area);
    for (const key of core) add(coreNames, key, area);
  });

  // Direct parents: the nation, the county, combined authorities (dated).
  const parents = new Map<string, { code: string; span: Span }[]>();
  for (const area of areas) {
    const list: { code: string; span: Span }[] = [];
    const nation = NATION_CODES[area.nation];
    if (area.code !== nation) list.push({ code: nation, span: ALWAYS });
    if (area.county !== undefined) list.push({ code: area.county, span: ALWAYS });
    for (const m of area.combinedAuthorities) list.push({ code: m.code, span: { from: m.from ?? '', until: m.until ?? '~' } });
    parents.set(area.code, list);
  }
  const containers = new Map<string, Map<string, Span[]>>();
  const closure = (code: string, depth: number): Map<string, Span[]> => {
    const known = containers.get(code);
    if (known !== undefined) return known;
    const result = new Map<string, Span[]>();
    if (depth > 10) return result;
    for (const parent of parents.get(code) ?? []) {
      add(result, parent.code, parent.span);
      for (const [ancestor, spans] of closure(parent.code, depth + 1)) {
        for (const span of spans) {
          const both = intersect(parent.span, span);
          if (both !== undefined) add(result, ancestor, both);
        }
      }
    }
    containers.set(code, result);
    return result;
  };
  const contents = new Map<string, string[]>();
  for (const area of areas) {
    for (const container of closure(area.code, 0).keys()) add(contents, container, area.code);
  }
  return { areas, byCode, byFormerCode, byRegisterCode, exactNames, coreNames, containers, contents };
}
