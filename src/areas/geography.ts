import type { CalendarDate } from '../dates/calendar-date.js';
import { wrongArgument } from '../validation/require-object.js';

/**
 * What the engine needs to know about places. The library's UK registry implements it
 * (`ukGeography`); tests and examples can build a fictional one with {@link createGeography}.
 */
export interface Geography {
  /** Whether `area` is `container` itself or lies within it on `on` (district in county, council in combined authority, council in nation). */
  isWithin(area: string, container: string, on: CalendarDate): boolean;
  /**
   * The councils that serve someone living in `area` on `on`: the council tax billing authority
   * and the children's services authority (one council for a unitary; district then county in a
   * two-tier area). An area the geography does not know gives `[area]`.
   */
  councilsServing(area: string, on: CalendarDate): readonly string[];
  /** The area's name for people, if known. */
  nameOf(code: string): string | undefined;
  /** Whether the geography knows the code. */
  has(code: string): boolean;
  /**
   * The dates on which where `area` lies changes (it joins or leaves a combined authority, it or
   * its county begins or ends), so that an answer that follows geography can say when it changes.
   * Optional: a geography without it is taken never to change.
   */
  changeDates?(area: string): readonly CalendarDate[];
  /**
   * The councils within `container` on `on` (the members of a combined authority), in code order.
   * Optional: the guarantee report needs it unless it is given its members.
   */
  councilsWithin?(container: string, on: CalendarDate): readonly string[];
  /**
   * Every area that contains `area` on `on`, `area` itself first. Optional: the engine uses it,
   * when given, to find the offers that concern a place without testing every offer.
   */
  containersOf?(area: string, on: CalendarDate): readonly string[];
  /**
   * What the area can stand for in a question: whether someone can live there, whether it looks
   * after children, and when it existed. Optional: the engine uses it, when given, to refuse a
   * county, a combined authority or a nation as where someone lives, a council that does not look
   * after children as the responsible authority, and a council on a date it did not exist.
   */
  rolesOf?(area: string): AreaRoles | undefined;
}

/**
 * What an area can stand for in a question about a person (see {@link Geography.rolesOf}).
 *
 * @example
 * ```ts
 * const devon: AreaRoles = { livedIn: false, looksAfterChildren: true, description: 'a county made of districts' };
 * devon.livedIn; // false
 * ```
 */
export interface AreaRoles {
  /** Whether someone can live in it: a council area that bills council tax, or a Northern Ireland district. */
  readonly livedIn: boolean;
  /** Whether it is a children's services authority, which looks after children and supports care leavers. */
  readonly looksAfterChildren: boolean;
  /** What it is, for messages: "a county made of districts", "a combined authority", "a nation". */
  readonly description: string;
  /** The first day it existed, if it began within the geography's record. */
  readonly from?: CalendarDate;
  /** The first day it no longer existed, if it has ended. */
  readonly until?: CalendarDate;
  /** The areas that replaced it, if it has ended. */
  readonly replacedBy?: readonly string[];
  /** The areas it replaced, if it began within the geography's record (empty when they have no codes the geography takes). */
  readonly replaces?: readonly string[];
}

/** One area of a geography built with {@link createGeography}. */
export interface GeographyArea {
  readonly code: string;
  readonly name: string;
  /** The areas it lies within, each with optional dates (`from` inclusive, `until` exclusive). */
  readonly within?: readonly { readonly code: string; readonly from?: CalendarDate; readonly until?: CalendarDate }[];
  /** For a two-tier district: the county that runs children's services (it must also be in `within`). */
  readonly county?: string;
}

/**
 * Builds a {@link Geography} from a list of areas. Containment is transitive: a district within a
 * county within a nation lies within the nation.
 *
 * @param areas - every area with what it lies within
 * @returns a geography
 * @throws {@link InvalidInputError} when `areas` is not a list of areas with a code and a name
 * @example
 * ```ts
 * // Fictional places
 * const geography = createGeography([
 *   { code: 'E92000001', name: 'England' },
 *   { code: 'E10000099', name: 'Fictionshire', within: [{ code: 'E92000001' }] },
 *   { code: 'E07000999', name: 'Fictionville', within: [{ code: 'E10000099' }], county: 'E10000099' },
 * ]);
 * geography.isWithin('E07000999', 'E92000001', '2025-01-01'); // true
 * geography.councilsServing('E07000999', '2025-01-01'); // ['E07000999', 'E10000099']
 * ```
 */
export function createGeography(areas: readonly GeographyArea[]): Geography {
  const given: unknown = areas; // plain JavaScript callers may pass nothing
  if (!Array.isArray(given)) throw wrongArgument('geography', 'areas', given, "a list of areas, such as [{ code: 'E92000001', name: 'England' }]");
  given.forEach((area: unknown, i) => {
    if (typeof area !== 'object' || area === null || typeof (area as GeographyArea).code !== 'string' || typeof (area as GeographyArea).name !== 'string') {
      throw wrongArgument('geography', ['areas', i], area, "an area with its code and name, such as { code: 'E92000001', name: 'England' }");
    }
  });
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const isWithin = (area: string, container: string, on: CalendarDate, depth = 0): boolean => {
    if (area === container) return true;
    if (depth > 8) return false;
    const parents = byCode.get(area)?.within ?? [];
    return parents.some(
      (parent) =>
        (parent.from === undefined || parent.from <= on) &&
        (parent.until === undefined || on < parent.until) &&
        isWithin(parent.code, container, on, depth + 1),
    );
  };
  return {
    isWithin: (area, container, on) => isWithin(area, container, on),
    councilsServing: (area) => {
      const county = byCode.get(area)?.county;
      return county === undefined ? [area] : [area, county];
    },
    nameOf: (code) => byCode.get(code)?.name,
    councilsWithin: (container, on) =>
      areas
        .filter((area) => area.code !== container && (area.within?.length ?? 0) > 0 && isWithin(area.code, container, on))
        .map((area) => area.code)
        .sort(),
    has: (code) => byCode.has(code),
    changeDates: (area) => {
      const dates = new Set<CalendarDate>();
      const seen = new Set<string>();
      const stack = [area];
      while (stack.length > 0) {
        const code = stack.pop()!;
        if (seen.has(code)) continue;
        seen.add(code);
        for (const parent of byCode.get(code)?.within ?? []) {
          if (parent.from !== undefined) dates.add(parent.from);
          if (parent.until !== undefined) dates.add(parent.until);
          stack.push(parent.code);
        }
      }
      return [...dates].sort();
    },
  };
}
