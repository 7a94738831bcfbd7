import type { Area } from './area.js';
import { registryIndex } from './registry-index.js';

/** A council: an area that bills council tax or runs children's services (not a combined authority, region or nation). */
function isCouncil(area: Area): boolean {
  return area.billsCouncilTax || area.childrensServices;
}

const beginnings = new Map<string, readonly Area[]>();

/**
 * The councils one of whose names begins with these whole words and goes on ("newcastle" for
 * Newcastle-under-Lyme, as well as for Newcastle upon Tyne's "newcastle upon tyne"): a name that
 * resolves to one council may be the start of another's. Remembered by name (a few thousand at
 * most: only names that resolve are asked about).
 *
 * @param key - a normalised name (lower case, single spaces)
 * @returns the councils, by code (empty when none)
 * @example
 * ```ts
 * councilsWhoseNameBegins('newcastle').map((a) => a.code); // ['E07000195', 'E08000021']
 * ```
 */
export function councilsWhoseNameBegins(key: string): readonly Area[] {
  let found = beginnings.get(key);
  if (found === undefined) {
    const start = `${key} `;
    const councils = new Set<Area>();
    for (const [name, areas] of registryIndex().exactNames) {
      if (name.startsWith(start)) for (const area of areas) if (isCouncil(area)) councils.add(area);
    }
    found = [...councils].sort((a, b) => a.code.localeCompare(b.code));
    beginnings.set(key, found);
  }
  return found;
}

/**
 * The areas one of whose names holds these words as whole words ("hove" in Brighton and Hove,
 * "scilly" in Isles of Scilly): what someone typing part of a council's name most likely means.
 * Councils that exist now come first, then other councils, then other areas.
 *
 * @param key - a normalised name (lower case, single spaces)
 * @returns the areas, best first (empty when none)
 * @example
 * ```ts
 * areasWhoseNameHolds('hove').map((a) => a.code); // ['E06000043']
 * ```
 */
export function areasWhoseNameHolds(key: string): readonly Area[] {
  if (key === '') return [];
  const words = ` ${key} `;
  const found = new Set<Area>();
  for (const [name, areas] of registryIndex().exactNames) {
    if (` ${name} `.includes(words)) for (const area of areas) found.add(area);
  }
  return [...found].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/**
 * The areas one of whose names has these letters as the initials of its words, for a query that
 * looks like an abbreviation: two to five letters, perhaps followed by digits ("gm" and "gm10" for
 * Greater Manchester, "bcp" for Bournemouth, Christchurch and Poole, "nycc" for North Yorkshire
 * County Council). Councils that exist now come first, then other councils, then other areas.
 *
 * @param key - a normalised name (lower case, single spaces)
 * @returns the areas, best first (empty when the key is no abbreviation or none has those initials)
 * @example
 * ```ts
 * areasWithInitials('gm').map((a) => a.code); // ['E47000001']
 * areasWithInitials('bolton'); // []
 * ```
 */
export function areasWithInitials(key: string): readonly Area[] {
  const letters = /^([a-z]{2,5})\d*$/.exec(key)?.[1];
  if (letters === undefined) return [];
  const found = new Set<Area>();
  const index = registryIndex();
  for (const names of [index.exactNames, index.coreNames]) {
    for (const [name, areas] of names) {
      const words = name.split(' ');
      if (words.length !== letters.length || words.some((word, i) => word[0] !== letters[i])) continue;
      for (const area of areas) found.add(area);
    }
  }
  return [...found].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** Current councils first, then former councils, then other areas (current first). */
function rank(area: Area): number {
  return (area.endDate === undefined ? 0 : 1) + (isCouncil(area) ? 0 : 2);
}
