/**
 * Writes `src/areas/registry.generated.ts` from mySociety's register of UK local authorities
 * (data/uk-local-authorities/*.csv, a copy kept in this repository, CC BY 4.0) and the corrections in
 * `scripts/area-corrections.ts`.
 *
 * Run with `npm run generate:areas` (or `npx tsx scripts/generate-areas.ts [data-folder]`).
 * The generated module is committed: the library never reads the CSV or the file system.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parseCsvRecords } from './parse-csv.js';
import { addDays } from '../src/dates/calendar-date.js';
import type { Area, AreaMembership, AreaTier, AreaType, Nation } from '../src/areas/area.js';
import { applyAreaCorrections } from './area-corrections.js';
import { normaliseAreaName } from '../src/areas/normalise-area-name.js';
import { areaNameKeys, nameKeysFromText, nameKeysText } from '../src/areas/area-name-keys.js';
import { areaFromRow } from '../src/areas/area-row.js';
import { areaRow } from './area-row-writer.js';
import { NATION_CODES } from '../src/areas/nation-codes.js';

const dataFolder = process.argv[2] ?? fileURLToPath(new URL('../data/uk-local-authorities/', import.meta.url));
const output = fileURLToPath(new URL('../src/areas/registry.generated.ts', import.meta.url));
const read = (name: string): Record<string, string>[] =>
  parseCsvRecords(readFileSync(`${dataFolder.replace(/\/?$/, '/')}${name}`, 'utf8'));

const rows = read('uk_local_authorities.csv');
const spellings = read('lookup_name_to_registry.csv');
const formerCodes = read('lookup_gss_to_registry.csv');

const TYPES: readonly AreaType[] = ['NMD', 'UA', 'MD', 'LBO', 'CC', 'CTY', 'COMB', 'SRA', 'SCO', 'WPA', 'NID'];
const NATIONS: readonly Nation[] = ['England', 'Wales', 'Scotland', 'Northern Ireland'];
const TIERS: Record<string, AreaTier> = {
  'lower tier': 'lower',
  'upper tier': 'upper',
  unitary: 'unitary',
  'ni district': 'ni-district',
  combined: 'combined',
};
const NATION_AREAS: readonly { code: string; nation: Nation }[] = (Object.entries(NATION_CODES) as [Nation, string][]).map(([nation, code]) => ({ code, nation }));

/**
 * The 25 Northern Ireland councils abolished in 2015 have no GSS code in the register; they are
 * keyed by their register code (`NIR-A` to `NIR-Y`) so that their names still resolve.
 */
const keyOf = (row: Record<string, string>): string => row['gss-code'] || row['local-authority-code']!;
const gssOf = new Map(rows.map((row) => [row['local-authority-code']!, keyOf(row)]));
const gss = (registerCode: string): string => {
  const code = gssOf.get(registerCode);
  if (code === undefined) throw new Error(`unknown register code ${registerCode}`);
  return code;
};
const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * The register's start dates are often the day the council entered the register (June 2005 for
 * most Scottish councils, 1996-07-01 for Birmingham), not the day it was created. Only dates on
 * 1 April (the day reorganisations take effect) and the dates combined authorities were set up are
 * kept; the others are treated as unknown ("existed before the data begins").
 */
/** A name as the register writes it, without stray spaces ("North Somerset  Council", "Newry, Mourne and Down "). */
function tidy(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

function startDate(row: Record<string, string>): string | undefined {
  const date = row['start-date'];
  if (!date) return undefined;
  return date.endsWith('-04-01') || row['local-authority-type'] === 'COMB' ? date : undefined;
}

/**
 * The register writes some end dates as the last day (2019-03-31, 2020-03-31, 2015-03-31) and others
 * as the successor's first day (2021-04-01, 2023-04-01). Here an end date is always the first day
 * on which the area no longer exists, so a 31 March end becomes 1 April.
 */
function endDate(row: Record<string, string>): string | undefined {
  const date = row['end-date'];
  if (!date) return undefined;
  return date.endsWith('-03-31') ? addDays(date, 1) : date;
}

/**
 * Splits the register's `alt-names` column. Its separator is a bare comma, but a comma followed by
 * a space belongs to a name ("Bristol, City of"), and a run of pieces that the name lookup lists
 * joined by bare commas ("rhondda,cynon,taff") is one name.
 */
function altNames(value: string | undefined, known: ReadonlySet<string>): string[] {
  const pieces = (value ?? '').split(/,(?! )/);
  const names: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let end = i;
    for (let j = pieces.length - 1; j > i; j--) {
      if (known.has(pieces.slice(i, j + 1).join(','))) {
        end = j;
        break;
      }
    }
    names.push(pieces.slice(i, end + 1).join(',').trim());
    i = end;
  }
  return names.filter((name) => name !== '');
}

const byRegisterCode = new Map(rows.map((row) => [row['local-authority-code']!, row]));

const areas: Area[] = rows.map((row): Area => {
  const type = row['local-authority-type'] as AreaType;
  if (!TYPES.includes(type)) throw new Error(`unknown type ${type} for ${row['local-authority-code']}`);
  const nation = row['nation'] as Nation;
  if (!NATIONS.includes(nation)) throw new Error(`unknown nation ${nation}`);
  const tier = TIERS[row['powers']!];
  if (tier === undefined) throw new Error(`unknown powers ${row['powers']}`);
  const registerCode = row['local-authority-code']!;
  const lookupNames = spellings.filter((s) => s['local-authority-code'] === registerCode).map((s) => s['la-name']!);
  const combinedAuthorities: AreaMembership[] = list(row['combined-authority']).map((ca) => {
    const authority = byRegisterCode.get(ca)!;
    const from = startDate(authority);
    const ends = [endDate(authority), endDate(row)].filter((d): d is string => d !== undefined).sort();
    return { code: gss(ca), ...(from ? { from } : {}), ...(ends[0] ? { until: ends[0] } : {}) };
  });
  const start = startDate(row);
  const end = endDate(row);
  const county = row['county-la'] ? gss(row['county-la']) : undefined;
  return {
    code: keyOf(row),
    registerCode,
    name: tidy(row['official-name']!),
    shortName: tidy(row['nice-name']!),
    otherNames: [
      ...altNames(row['alt-names'], new Set(lookupNames)),
      ...lookupNames,
    ].map(tidy),
    ...(row['gov-uk-slug'] ? { slug: row['gov-uk-slug'] } : {}),
    type,
    tier,
    billsCouncilTax: tier === 'lower' || tier === 'unitary',
    childrensServices: tier === 'upper' || tier === 'unitary',
    nation,
    ...(row['region'] ? { region: row['region'] } : {}),
    ...(county ? { county } : {}),
    combinedAuthorities,
    ...(start ? { startDate: start } : {}),
    ...(end ? { endDate: end } : {}),
    replacedBy: list(row['replaced-by']).map(gss),
    formerCodes: [
      ...new Set([
        ...list(row['former-gss-codes']),
        ...formerCodes
          .filter((f) => f['local-authority-code'] === registerCode && f['gss-code'] !== row['gss-code'])
          .map((f) => f['gss-code']!),
      ]),
    ].filter((code) => !rows.some((other) => other['gss-code'] === code)),
  };
});

for (const { code, nation } of NATION_AREAS) {
  areas.push({
    code,
    name: nation,
    shortName: nation,
    otherNames: [],
    type: 'CTRY',
    tier: 'nation',
    billsCouncilTax: false,
    childrensServices: false,
    nation,
    combinedAuthorities: [],
    replacedBy: [],
    formerCodes: [],
  });
}

/** Keeps one spelling per comparison key, leaving out those that match the names already. */
function distinctSpellings(area: Area): string[] {
  const seen = new Set([normaliseAreaName(area.name), normaliseAreaName(area.shortName)]);
  return area.otherNames.filter((name) => {
    const key = normaliseAreaName(name);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const corrected = applyAreaCorrections(areas)
  .map((area) => ({ ...area, otherNames: distinctSpellings(area) }))
  .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/** The areas as rows, each checked to read back as the area it was written from. */
const areaRows = corrected.map((area) => {
  const row = areaRow(area);
  const read = areaFromRow(row);
  if (!isDeepStrictEqual(read, area)) throw new Error(`${area.code}'s row does not read back as the area:\n${JSON.stringify(read)}\n${JSON.stringify(area)}`);
  return row;
});
const nameKeys = corrected.map((area) => {
  const text = nameKeysText(areaNameKeys(area));
  if (JSON.stringify(nameKeysFromText(text)) !== JSON.stringify(areaNameKeys(area))) throw new Error(`${area.code}'s name keys do not read back`);
  return text;
});

const module = `// Generated by scripts/generate-areas.ts: do not edit by hand; run \`npm run generate:areas\`.
/*!
 * Areas data: contains data from mySociety's "UK local authority names and codes"
 * (https://github.com/mysociety/uk_local_authority_names_and_codes, commit 67ef8b1, 2025-07-10),
 * licensed under the Creative Commons Attribution 4.0 International licence (@license CC-BY-4.0,
 * https://creativecommons.org/licenses/by/4.0/). Credit: mySociety. Changes: columns selected and
 * renamed, GSS codes used for counties, combined authorities and successors, start and end dates
 * normalised, spellings de-duplicated, the four nations added, and the corrections in
 * scripts/area-corrections.ts applied.
 */
import type { AreaRow } from './area-row.js';

/** Every area in the registry (${corrected.length}), by GSS code, as rows (see AreaRow and areaFromRow). */
export const AREA_ROWS: readonly AreaRow[] = [
${areaRows.map((row) => JSON.stringify(row)).join(',\n')}
];

/**
 * Each area's names as comparison keys (see areaNameKeys), in the order of AREA_ROWS, written as
 * nameKeysText writes them: as normaliseAreaName gives them, then without noise words; each key
 * once, in the order of the area's names, shortName, otherNames and slug. Worked out here so that
 * starting the command line does not normalise 1,700 names.
 */
export const NAME_KEYS: readonly string[] = [
${nameKeys.map((text) => JSON.stringify(text)).join(',\n')}
];
`;

writeFileSync(output, module);
console.log(`wrote ${corrected.length} areas to ${output} (${(module.length / 1024).toFixed(0)} KiB)`);
