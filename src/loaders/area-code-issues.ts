import { listAreas } from '../areas/list-areas.js';
import { editDistance } from '../validation/edit-distance.js';
import { ukGeography } from '../areas/uk-geography.js';
import { resolveArea } from '../areas/resolve-area.js';
import { AREA_CODE_PATTERN } from '../schema/area-code.js';
import { Condition } from '../schema/condition.js';
import { conditionAreaCodes } from '../rules/condition-handlers.js';
import type { OfferDocument } from '../schema/offer-document.js';
import { ownScopePaths } from '../schema/own-scope-paths.js';
import type { InputIssue } from '../validation/input-issue.js';
import { valueAt } from './value-at.js';

type Path = (string | number)[];

function conditionCodes(condition: Condition, path: Path, found: [Path, string][]): void {
  for (const [at, code] of conditionAreaCodes(condition)) found.push([[...path, ...at], code]);
}

/**
 * The nearest real codes to a code that does not exist, with their names: codes of the same type
 * only (its first three characters: E08 a metropolitan district, E47 a combined authority), since
 * a slip is in the digits, and a code of another type (an English region, E12) is not near a
 * council's.
 */
function suggestions(code: string): string[] {
  const type = code.slice(0, 3).toUpperCase();
  return listAreas()
    .filter((area) => area.code.startsWith(type))
    .map((area) => [area, editDistance(code.toUpperCase(), area.code)] as const)
    .filter(([, distance]) => distance <= 2)
    .sort(([a, da], [b, db]) => da - db || a.code.localeCompare(b.code))
    .slice(0, 3)
    .map(([area]) => `${area.code} (${area.shortName})`);
}

/**
 * The area codes of a document that name no UK area, each an issue at its path with the nearest
 * real codes; and `scope: own` in an offer of a council that looks after no children (a district:
 * its own care leavers are no one). A document marked `fictional: true` may use made-up codes (the
 * `scope: own` check still holds for a real district it names).
 *
 * @param document - a document that passed the schema
 * @returns the issues (empty when every code is real and no district writes `scope: own`)
 * @example
 * ```ts
 * areaCodeIssues({ schemaVersion: 1, provider: { code: 'E08000099', name: 'X' }, layer: 'local', offers: [] })[0]?.code;
 * // 'unknown-area' (the message suggests the nearest real codes)
 * ```
 */
export function areaCodeIssues(document: OfferDocument): InputIssue[] {
  // A fictional document may make codes up; a real district it names still looks after no children.
  if (document.fictional === true) return ownScopeIssues(document);
  return [...unknownCodeIssues(codesOf(document)), ...ownScopeIssues(document)];
}

/**
 * The area codes naming no UK area in a document the schema refused, from the parts of it that
 * are well formed (a provider, a claim's areas, each condition the schema accepts on its own), so
 * that one run of `validate` reports a mistyped code beside the schema's issues. Codes at a path
 * the schema already reports are left to it.
 *
 * @param raw - the document as read (any value)
 * @param reported - the paths of the schema's issues
 * @returns the issues, each at its path with the nearest real codes
 * @example
 * ```ts
 * unknownAreaCodesOfRaw({ provider: { code: 'E08000099' }, offers: 'oops' }, [['offers']])[0]?.path; // ['provider', 'code']
 * ```
 */
export function unknownAreaCodesOfRaw(raw: unknown, reported: readonly (readonly (string | number)[])[]): InputIssue[] {
  if (!isRecord(raw) || raw.fictional === true) return [];
  const found: [Path, string][] = [];
  const provider = (value: unknown, path: Path) => {
    if (isRecord(value) && typeof value.code === 'string' && !value.code.startsWith('org:')) found.push([[...path, 'code'], value.code]);
  };
  provider(raw.provider, ['provider']);
  if (Array.isArray(raw.coverage)) {
    raw.coverage.forEach((claim: unknown, c) => {
      if (isRecord(claim) && Array.isArray(claim.areas)) claim.areas.forEach((code: unknown, i) => typeof code === 'string' && found.push([['coverage', c, 'areas', i], code]));
    });
  }
  if (Array.isArray(raw.offers)) {
    raw.offers.forEach((offer: unknown, o) => {
      if (!isRecord(offer)) return;
      provider(offer.provider, ['offers', o, 'provider']);
      if (!isRecord(offer.versions)) return;
      for (const [date, version] of Object.entries(offer.versions)) {
        if (!isRecord(version) || !Array.isArray(version.eligibility)) continue;
        version.eligibility.forEach((condition: unknown, c) => {
          const parsed = Condition.safeParse(condition);
          if (parsed.success) conditionCodes(parsed.data, ['offers', o, 'versions', date, 'eligibility', c], found);
        });
      }
    });
  }
  const said = new Set(reported.map((path) => path.join('\u0000')));
  return unknownCodeIssues(found.filter(([path]) => !said.has(path.join('\u0000'))));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every area code a valid document names, with its path. */
function codesOf(document: OfferDocument): [Path, string][] {
  const found: [Path, string][] = [];
  if (!document.provider.code.startsWith('org:')) found.push([['provider', 'code'], document.provider.code]);
  document.coverage?.forEach((claim, c) => claim.areas.forEach((code, i) => found.push([['coverage', c, 'areas', i], code])));
  document.offers.forEach((offer, o) => {
    if (offer.provider !== undefined && !offer.provider.code.startsWith('org:')) found.push([['offers', o, 'provider', 'code'], offer.provider.code]);
    for (const [date, version] of Object.entries(offer.versions)) {
      version.eligibility.forEach((condition, c) => conditionCodes(condition, ['offers', o, 'versions', date, 'eligibility', c], found));
    }
  });
  return found;
}

/** The codes of a list that name no UK area, as issues with the nearest real codes. */
function unknownCodeIssues(found: readonly [Path, string][]): InputIssue[] {
  return found
    .filter(([, code]) => !ukGeography.has(code))
    .map(([path, code]) => {
      const near = suggestions(code);
      return {
        code: 'unknown-area' as const,
        path,
        message: `${code} is not the code of a UK council, combined authority, county or nation; ${near.length > 0 ? `did you mean ${near.join(', ')}? ` : ''}find codes with "care-leaver-entitlements areas NAME" (or mark the document fictional: true)`,
      };
    });
}

/**
 * `scope: own` in an offer whose owner is a council that looks after no children (a district, a
 * combined authority, a nation): its own care leavers are no one, so the offer would apply to no
 * one. (An organisation as owner is refused by the schema itself.)
 */
function ownScopeIssues(document: OfferDocument): InputIssue[] {
  return document.offers.flatMap((offer, o) => {
    const owner = (offer.provider ?? document.provider).code;
    const roles = ukGeography.rolesOf?.(owner);
    if (roles === undefined || roles.looksAfterChildren) return [];
    return Object.entries(offer.versions).flatMap(([date, version]) => {
      // The county that ran children's services for a district on the version's date.
      const county = roles.livedIn ? ukGeography.councilsServing(owner, date).find((code) => code !== owner) : undefined;
      const fix = county === undefined ? 'name the councils whose care leavers qualify with scope: within and their areas' : `for its county's care leavers write scope: within with areas: [${county}]`;
      return ownScopePaths(version.eligibility, ['offers', o, 'versions', date, 'eligibility']).map((path) => ({
        code: 'own-scope-without-council' as const,
        path,
        message: `scope own means the care leavers of the offer's provider, and ${owner} (${ukGeography.nameOf(owner) ?? owner}) is ${roles.description}, which looks after no children: ${fix}`,
      }));
    });
  });
}

/**
 * The schema's issues about area codes, said for the author of a document: a council's name or a
 * code in lower case where a GSS code belongs gets the code it means ("write E08000007
 * (Stockport)"); any other malformed code is pointed at the `areas` command rather than at a
 * function of the library. Other issues are returned as they are.
 *
 * @param issues - the schema's issues
 * @param raw - the document as read
 * @returns the issues, those about area codes reworded
 * @example
 * ```ts
 * withAreaCodeHints([{ code: 'invalid-value', path: ['provider', 'code'], message: 'expected a GSS area code such as E08000001, got "Stockport"; resolveArea() turns a name into its code' }], { provider: { code: 'Stockport' } })[0]?.message;
 * // '"Stockport" is not a GSS code: write E08000007 (Stockport); "care-leaver-entitlements areas NAME" finds the code of a name'
 * ```
 */
export function withAreaCodeHints(issues: readonly InputIssue[], raw: unknown): InputIssue[] {
  return issues.map((issue) => {
    if (!issue.message.startsWith('expected a GSS area code')) return issue;
    const given = valueAt(raw, issue.path);
    if (typeof given !== 'string' || AREA_CODE_PATTERN.test(given)) return issue;
    const found = resolveArea(given);
    const hint = '"care-leaver-entitlements areas NAME" finds the code of a name';
    const message = found.ok
      ? `${JSON.stringify(given)} is not a GSS code: write ${found.area.code} (${found.area.shortName}); ${hint}`
      : `${JSON.stringify(given)} is not a GSS code (a letter and eight digits, such as E08000001); ${hint}`;
    return { ...issue, message };
  });
}
