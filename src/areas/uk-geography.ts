import type { Area } from './area.js';
import type { AreaRoles, Geography } from './geography.js';
import { billingAuthority } from './billing-authority.js';
import { childrensServicesAuthority } from './childrens-services-authority.js';
import { councilsWithin } from './councils-within.js';
import { within } from './area-exists-within.js';
import { registryIndex } from './registry-index.js';

/**
 * The UK {@link Geography} the engine uses by default, backed by the areas registry.
 *
 * - `isWithin` is {@link isWithin}: district in county, council in combined authority (dated),
 *   any area in its nation, and an area in itself.
 * - `councilsServing` gives the billing authority then the children's services authority, without
 *   repeats: `[district, county]` in a two-tier area, `[council]` for a unitary, metropolitan
 *   district or London borough, and `[area]` when neither is known (Northern Ireland, unknown codes).
 * - `nameOf` gives the short name (`Bolton`); `has` whether the code is in the registry.
 * - `changeDates` gives the dates its (or its county's) combined authority memberships begin or
 *   end, and the dates the area or its county begins or ends.
 * - `rolesOf` says whether someone can live in the area (it bills council tax, or is a Northern
 *   Ireland district), whether it runs children's services, and its dates and successors.
 *
 * @example
 * ```ts
 * ukGeography.councilsServing('E07000112', '2025-01-01'); // ['E07000112', 'E10000016']
 * ukGeography.councilsServing('E08000001', '2025-01-01'); // ['E08000001']
 * ukGeography.nameOf('E47000001'); // 'Greater Manchester'
 * ukGeography.rolesOf('E10000008')?.livedIn; // false (Devon County Council: its districts bill council tax)
 * Object.isFrozen(ukGeography); // true (shared by every call: its methods cannot be replaced)
 * ```
 */
export const ukGeography: Readonly<Geography> = /* @__PURE__ */ Object.freeze<Geography>({
  isWithin: within, // unchecked: the engine checks its dates once
  councilsServing(area, on) {
    const billing = billingAuthority(area, on)?.code;
    const childrens = childrensServicesAuthority(area, on)?.code;
    if (billing === undefined) return childrens === undefined ? [area] : [childrens];
    return childrens === undefined || childrens === billing ? [billing] : [billing, childrens];
  },
  nameOf: (code) => registryIndex().byCode.get(code)?.shortName,
  has: (code) => registryIndex().byCode.has(code),
  councilsWithin,
  containersOf(area, on) {
    const found = [area];
    for (const [container, spans] of registryIndex().containers.get(area) ?? []) {
      if (container !== area && spans.some((span) => span.from <= on && on < span.until)) found.push(container);
    }
    return found;
  },
  rolesOf(code) {
    const area = registryIndex().byCode.get(code);
    if (area === undefined) return undefined;
    let roles = rolesMemo.get(area);
    if (roles === undefined) {
      roles = rolesOfArea(area); // frozen: the same object is given to every caller
      rolesMemo.set(area, roles);
    }
    return roles;
  },
  changeDates(area) {
    let known = changeDatesMemo.get(area);
    if (known === undefined) {
      known = changeDatesOf(area);
      changeDatesMemo.set(area, known);
    }
    return known;
  },
});

const rolesMemo = new WeakMap<Area, AreaRoles>();

const DESCRIPTIONS: Readonly<Record<Area['tier'], string>> = {
  lower: 'a district council',
  upper: 'a county council made of districts',
  unitary: 'a council',
  'ni-district': 'a Northern Ireland district council (Health and Social Care Trusts look after children there)',
  combined: 'a combined authority',
  nation: 'a nation',
};

function rolesOfArea(area: Area): AreaRoles {
  return Object.freeze({
    livedIn: area.billsCouncilTax || area.tier === 'ni-district',
    looksAfterChildren: area.childrensServices,
    description: area.type === 'SRA' ? 'the Greater London Authority' : DESCRIPTIONS[area.tier],
    ...(area.startDate !== undefined ? { from: area.startDate, replaces: Object.freeze(predecessorsOf(area.code)) } : {}),
    ...(area.endDate !== undefined ? { until: area.endDate, replacedBy: area.replacedBy } : {}),
  });
}

/** The areas whose successors include `code` and whose codes a person's places can take (GSS codes). */
function predecessorsOf(code: string): string[] {
  const found: string[] = [];
  for (const area of registryIndex().byCode.values()) {
    if (!/^[A-Z]\d{8}$/.test(area.code)) continue; // Northern Ireland's councils before 2015 are keyed by register code
    if (area.replacedBy.includes(code)) found.push(area.code);
  }
  return found.sort();
}

/** The registry never changes while the process runs, so each area's change dates are worked out once. */
const changeDatesMemo = new Map<string, readonly string[]>();

function changeDatesOf(area: string): readonly string[] {
  const { byCode } = registryIndex();
  const dates = new Set<string>();
  for (const place of [byCode.get(area), ...(byCode.get(area)?.county === undefined ? [] : [byCode.get(byCode.get(area)!.county!)])]) {
    if (place === undefined) continue;
    for (const date of [place.startDate, place.endDate]) if (date !== undefined) dates.add(date);
    for (const membership of place.combinedAuthorities) {
      for (const date of [membership.from, membership.until]) if (date !== undefined) dates.add(date);
    }
  }
  return Object.freeze([...dates].sort());
}
