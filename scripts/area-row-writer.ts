/**
 * Writes an area as a row of the generated registry (the inverse of src/areas/area-row.ts's
 * `areaFromRow`), and its names' comparison keys as one text. Build-time only: the generator
 * checks that every row reads back as the area it was written from.
 */
import type { Area } from '../src/areas/area.js';
import { type AreaRow, REGIONS } from '../src/areas/area-row.js';
import { slugOf } from '../src/lists/slug.js';

/** Leaves off the fields at the end that are empty or absent (written `0`). */
function trimmed(fields: (AreaRow[number] | 0)[]): AreaRow {
  let end = fields.length;
  while (end > 0) {
    const last = fields[end - 1];
    if (last === 0 || (Array.isArray(last) && last.length === 0)) end--;
    else break;
  }
  return fields.slice(0, end);
}

/**
 * An area's row: its fields in order, without their names or what its type and code say.
 *
 * @param area - the area
 * @returns its row
 * @throws when its region is not one of REGIONS
 */
export function areaRow(area: Area): AreaRow {
  const region = area.region === undefined ? 0 : REGIONS.indexOf(area.region) + 1;
  if (region === 0 && area.region !== undefined) throw new Error(`${area.code}: region ${area.region} is not in REGIONS (src/areas/area-row.ts)`);
  const slug = area.slug === undefined ? 0 : area.slug === slugOf(area.shortName) ? 1 : area.slug;
  return trimmed([
    area.code,
    area.registerCode ?? 0,
    area.name,
    area.shortName,
    [...area.otherNames],
    slug,
    area.type,
    region,
    area.county ?? 0,
    area.combinedAuthorities.map((m) => {
      const membership: (string | 0)[] = [m.code, m.from ?? 0, m.until ?? 0];
      while (membership.at(-1) === 0) membership.pop();
      return membership;
    }),
    area.startDate ?? 0,
    area.endDate ?? 0,
    [...area.replacedBy],
    [...area.formerCodes],
    [...(area.corrections ?? [])],
  ]);
}
