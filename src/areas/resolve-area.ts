import { type CalendarDate, requireDate } from '../dates/calendar-date.js';
import type { Area } from './area.js';
import { existsOn as areaExistsOn } from './area-exists-within.js';
import { type AreaIssue, type AreaRef, type AreaResolution, AreaResolutionError } from './area-resolution.js';
import { prefixEditDistances } from '../validation/edit-distance.js';
import { normalisedKey, withoutNoiseWords } from './normalise-area-name.js';
import { registryIndex } from './registry-index.js';
import { areasWhoseNameHolds, areasWithInitials, councilsWhoseNameBegins } from './namesakes.js';

/** Options for {@link resolveArea}. */
export interface ResolveAreaOptions {
  /**
   * The date the name is meant on (`YYYY-MM-DD`): where a name belongs to several areas, the one
   * that existed then is chosen. Without it, areas that still exist are preferred.
   */
  readonly on?: CalendarDate | undefined;
}

const GSS_CODE = /^[A-Za-z]\d{8}$/;
const REGISTER_CODE = /^[A-Za-z]{3,4}(?:-[A-Za-z])?$/;
const CACHE_LIMIT = 4096;
/**
 * The longest query looked up (UK area names run to about 60 characters). A longer one is
 * refused at once, so that a huge input (a web form, a command line) costs nothing.
 *
 * @example
 * ```ts
 * resolveArea('x'.repeat(MAX_AREA_QUERY_LENGTH + 1)).ok; // false
 * ```
 */
export const MAX_AREA_QUERY_LENGTH = 100;
const cache = new Map<string, AreaResolution>();

const ref = (area: Area): AreaRef => ({ code: area.code, name: area.name });
const describe = (area: Area): string => `${area.shortName} (${area.code})`;

function formerNote(area: Area, on: CalendarDate | undefined): string | undefined {
  if (areaExistsOn(area, on)) return undefined;
  const index = registryIndex();
  if (on !== undefined && area.startDate !== undefined && on < area.startDate) {
    return `${describe(area)} did not exist until ${area.startDate}`;
  }
  const successors = area.replacedBy.map((code) => index.byCode.get(code)).filter((a): a is Area => a !== undefined);
  const by = successors.length > 0 ? ` and was replaced by ${successors.map(describe).join(' and ')}` : '';
  return `${describe(area)} was abolished on ${area.endDate}${by}`;
}

/**
 * For areas of a name none of which exists on `on` (or now) and none with a successor the registry
 * knows: the areas existing then whose name begins with the query as whole words ("Derry" for
 * Derry City and Strabane, which replaced Derry City Council in 2015: the registry does not record
 * Northern Ireland's successors). Empty when the registry names a successor (the note names it).
 */
function standIns(query: string, candidates: readonly Area[], on: CalendarDate | undefined): Area[] {
  const index = registryIndex();
  if (candidates.some((area) => area.replacedBy.length > 0)) return [];
  const found = new Set<Area>();
  const key = normalisedKey(query.trim());
  if (key === '') return [];
  for (const [name, areas] of index.exactNames) {
    if (name !== key && !name.startsWith(`${key} `)) continue;
    for (const area of areas) if (areaExistsOn(area, on) && !candidates.includes(area)) found.add(area);
  }
  return [...found];
}

function choose(query: string, candidates: readonly Area[], on: CalendarDate | undefined): AreaResolution {
  const instead = candidates.some((area) => areaExistsOn(area, on)) ? [] : standIns(query, candidates, on);
  if (instead.length > 0 && on === undefined) {
    // Without a date the name still means the former area, with a pointer to the one that exists now.
    const area = candidates.length === 1 ? candidates[0]! : undefined;
    if (area !== undefined) return { ok: true, area, note: `${formerNote(area, on)}; did you mean ${instead.map(describe).join(' or ')}, which exists now?` };
  } else if (instead.length > 0) {
    // None of the areas of that name existed on the date: one that did, and stands for it, is the
    // one meant (or the answer is ambiguous between several).
    const gone = candidates.map((area) => formerNote(area, on)!).join('; ');
    const when = `existed on ${on}`;
    if (instead.length === 1) {
      const area = instead[0]!;
      return { ok: true, area, note: `${gone}; chose ${describe(area)}, which ${when}` };
    }
    return {
      ok: false,
      issue: {
        code: 'ambiguous-area',
        query,
        message: `${gone}; "${query}" could mean ${instead.map(describe).join(', ')}, which ${when}; give the full name or a GSS code`,
        candidates: instead.map(ref),
      },
    };
  }
  if (candidates.length === 1) {
    const area = candidates[0]!;
    const note = formerNote(area, on);
    return note === undefined ? { ok: true, area } : { ok: true, area, note };
  }
  const live = candidates.filter((area) => areaExistsOn(area, on));
  if (live.length === 1) {
    const area = live[0]!;
    const others = candidates.filter((a) => a !== area).map(describe);
    const when = on === undefined ? 'still exists' : `existed on ${on}`;
    return { ok: true, area, note: `"${query}" also names ${others.join(' and ')}; chose the area that ${when}` };
  }
  const shown = live.length > 1 ? live : candidates;
  const issue: AreaIssue = {
    code: 'ambiguous-area',
    query,
    message: `"${query}" could mean ${shown.map(describe).join(', ')}; give the full name or a GSS code`,
    candidates: shown.map(ref),
  };
  return { ok: false, issue };
}

/**
 * Up to three areas the query most likely means: those with a name holding it as whole words
 * ("Hove" for Brighton and Hove); when none has, those whose names' initials it is ("GM" for
 * Greater Manchester), then those whose names are close to it (see {@link nearestAreas}).
 */
function suggest(key: string): AreaRef[] {
  const holding = areasWhoseNameHolds(key);
  if (holding.length > 0) return holding.slice(0, 3).map(ref);
  const initialled = areasWithInitials(key);
  const near = initialled.length >= 3 ? [] : nearestAreas(key).filter((area) => !initialled.includes(area));
  return [...initialled, ...near].slice(0, 3).map(ref);
}

/**
 * The areas whose names are closest to the query by edit distance (with a bonus for names that
 * start with it), current areas first among equals; only names near enough to be a misspelling
 * or a shortening of it: at most a quarter of its letters wrong (one for a short query), or the
 * name's start as long as it (give or take a letter) with at most a quarter wrong. Without that
 * bound, "GM" or "xyz" were met with whichever councils' names start with a letter of them.
 */
function nearestAreas(key: string): Area[] {
  const wholeBound = Math.max(1, Math.floor(key.length / 4));
  const startBound = Math.floor(key.length / 4);
  const best = new Map<Area, number>();
  for (const [name, areas] of registryIndex().exactNames) {
    const row = prefixEditDistances(key, name);
    const whole = row[name.length]!;
    // The start of the name as long as the query, or a letter shorter or longer (the whole name when shorter).
    const at = (length: number) => row[Math.min(length, name.length)]!;
    const start = Math.min(at(key.length), key.length > 1 ? at(key.length - 1) : Infinity, at(key.length + 1));
    if (whole > wholeBound && start > startBound) continue;
    const distance = Math.min(whole, start + 1);
    for (const area of areas) if (distance < (best.get(area) ?? Infinity)) best.set(area, distance);
  }
  return [...best]
    .sort(
      ([a, da], [b, db]) =>
        da - db || Number(a.endDate !== undefined) - Number(b.endDate !== undefined) || a.name.localeCompare(b.name),
    )
    .map(([area]) => area);
}

/**
 * A name resolved to one council, with a note when it is also the start of another council's name
 * that exists then ("Newcastle" is Newcastle upon Tyne's, and begins Newcastle-under-Lyme's).
 */
function withNamesakes(result: AreaResolution, query: string, key: string, on: CalendarDate | undefined): AreaResolution {
  if (!result.ok || result.note !== undefined) return result;
  const others = councilsWhoseNameBegins(key).filter((area) => area !== result.area && areaExistsOn(area, on));
  if (others.length === 0) return result;
  return {
    ...result,
    note: `"${query}" is taken as ${describe(result.area)}, the council of that name; ${others.map(describe).join(' and ')} ${others.length === 1 ? 'begins' : 'begin'} with it too: give the full name for ${others.length === 1 ? 'it' : 'one of them'}`,
  };
}

function unknown(query: string, key: string): AreaResolution {
  if (key === '') {
    const message = 'no area name or code was given; give the council\'s name or GSS code, such as "Bolton" or "E08000001"';
    return { ok: false, issue: { code: 'unknown-area', query, message, suggestions: [] } };
  }
  const suggestions = suggest(key);
  const hint =
    suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `${s.name} (${s.code})`).join(', ')}?` : '';
  return { ok: false, issue: { code: 'unknown-area', query, message: `no UK area is called "${query}"${hint}`, suggestions } };
}

function resolveUncached(query: string, on: CalendarDate | undefined): AreaResolution {
  const index = registryIndex();
  const text = query.trim();
  if (GSS_CODE.test(text)) {
    const code = text.toUpperCase();
    const area = index.byCode.get(code);
    if (area !== undefined) return choose(query, [area], on);
    const current = index.byFormerCode.get(code);
    if (current !== undefined) return { ok: true, area: current, note: `${code} is a former code of ${describe(current)}` };
    return unknown(query, code.toLowerCase());
  }
  // A query already in key form (lower case, single spaces) needs no normalising.
  const lower = text.toLowerCase();
  const direct = index.exactNames.get(lower);
  if (direct !== undefined) return withNamesakes(choose(query, direct, on), query, lower, on);
  const key = normalisedKey(text);
  const exact = index.exactNames.get(key);
  if (exact !== undefined) return withNamesakes(choose(query, exact, on), query, key, on);
  if (REGISTER_CODE.test(text)) {
    const area = index.byRegisterCode.get(text.toUpperCase());
    if (area !== undefined) return choose(query, [area], on);
  }
  const core = index.coreNames.get(withoutNoiseWords(key));
  if (core !== undefined) return withNamesakes(choose(query, core, on), query, key, on);
  return unknown(query, key);
}

/**
 * Finds the area a person means: by GSS code (current or former), official or short name, GOV.UK
 * slug, register code (`BOL`) or any common spelling, ignoring case, accents, punctuation, "&" and
 * "and", and then, if nothing matches, words such as "council", "borough", "city of",
 * "metropolitan", "district" and "county".
 *
 * A name several areas share resolves to the one that existed on `options.on` (or, without a
 * date, the one that still exists), with a note; if that does not decide, the result is an
 * `ambiguous-area` issue listing the candidates. An abolished council resolves to itself with a
 * note naming its successor. When no area of the name existed on `options.on` and the registry
 * knows no successor (Northern Ireland's councils before 2015), the area existing then whose name
 * begins with the query is chosen, with a note (or, if several, an `ambiguous-area` issue). Results are memoised, so repeated look-ups are fast.
 *
 * @param query - what the person typed
 * @param options - the date the name is meant on
 * @returns `{ ok: true, area, note? }`, or `{ ok: false, issue }` with an `unknown-area` issue (and
 *   up to three areas it may mean: none when no name is near) or an `ambiguous-area` issue (and the candidates)
 * @example
 * ```ts
 * resolveArea('St. Helens'); // { ok: true, area: { code: 'E08000013', … } }
 * resolveArea('Greater Manchester'); // { ok: true, area: { code: 'E47000001', … } }
 * resolveArea('Allerdale').note; // 'Allerdale (E07000026) was abolished on 2023-04-01 and was replaced by Cumberland (E06000063)'
 * resolveArea('Derry', { on: '2026-11-23' }).note; // 'Derry (NIR-A) was abolished on 2015-04-01; chose Derry City and Strabane (N09000005), which existed on 2026-11-23'
 * resolveArea('Manchestre'); // { ok: false, issue: { code: 'unknown-area', suggestions: [{ code: 'E08000003', name: 'Manchester City Council' }, …] } }
 * resolveArea(42 as unknown as string).ok; // false (the issue says to give the name or code as text)
 * ```
 */
export function resolveArea(query: string, options: ResolveAreaOptions = {}): AreaResolution {
  // Plain JavaScript callers may pass a number, null or an object: said, not a TypeError.
  if (typeof query !== 'string') {
    const given = query === null ? 'null' : Array.isArray(query) ? 'a list' : typeof query;
    return Object.freeze({
      ok: false as const,
      issue: { code: 'unknown-area' as const, query: String(query).slice(0, 40), message: `an area is looked up by its name or code as text, and ${given} was given; give the council's name or GSS code, such as "Bolton" or "E08000001"`, suggestions: [] },
    });
  }
  if (query.length > MAX_AREA_QUERY_LENGTH) {
    const shown = `${query.slice(0, 40)}…`;
    return Object.freeze({
      ok: false as const,
      issue: {
        code: 'unknown-area' as const,
        query: shown,
        message: `an area name or code is at most ${MAX_AREA_QUERY_LENGTH} characters, and "${shown}" has ${query.length}; give the council's name or GSS code`,
        suggestions: [],
      },
    });
  }
  // A date that is not a date would choose among same-named areas wrongly: refused.
  const on = options?.on === undefined ? undefined : requireDate(options.on, ['options', 'on'], 'area look-up');
  const cacheKey = on === undefined ? query : `${on}\u0000${query}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const result = Object.freeze(resolveUncached(query, on));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, result);
  return result;
}

/**
 * Like {@link resolveArea}, but returns the area itself and throws when the name does not resolve.
 *
 * @param query - what the person typed
 * @param options - the date the name is meant on
 * @returns the area
 * @throws {@link AreaResolutionError} holding the `unknown-area` or `ambiguous-area` issue
 * @example
 * ```ts
 * resolveAreaOrThrow('Bolton').code; // 'E08000001'
 * let message = '';
 * try { resolveAreaOrThrow('London'); } catch (error) { message = (error as Error).message; }
 * message.includes('City of London (E09000001)'); // true: "London" is ambiguous
 * ```
 */
export function resolveAreaOrThrow(query: string, options: ResolveAreaOptions = {}): Area {
  const result = resolveArea(query, options);
  if (!result.ok) throw new AreaResolutionError(result.issue);
  return result.area;
}
