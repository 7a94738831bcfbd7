import type { CalendarDate } from '../dates/calendar-date.js';
import type { OfferVersion } from '../schema/offer.js';
import type { Geography } from '../areas/geography.js';
import { NATION_AREA_CODES } from '../areas/nation-codes.js';
import { residenceAreas, responsibleAreas } from '../rules/condition-handlers.js';

/**
 * The places an offer can concern, read from the top-level conditions of all its versions:
 * where the person must live (`residence`) and whose care leavers it is for (`responsible`).
 * `null` means the offer does not limit that side in at least one version.
 */
export interface PlaceGuard {
  readonly residence: readonly string[] | null;
  readonly responsible: readonly string[] | null;
  /** The provider's code: an offer of the council where the person lives concerns them. */
  readonly provider: string;
}

function unionOrAny(perVersion: readonly (readonly string[] | null)[]): readonly string[] | null {
  if (perVersion.some((areas) => areas === null)) return null;
  return [...new Set(perVersion.flat() as string[])];
}

/**
 * Reads an offer's place guard from its versions.
 *
 * @param versions - the offer's versions
 * @param providerCode - the provider, for "own care leavers"
 * @returns the guard
 * @example
 * ```ts
 * placeGuard([oldhamVersion], 'E08000004'); // { residence: ['E08000004'], responsible: ['E08000004'], provider: 'E08000004' }
 * ```
 */
export function placeGuard(versions: readonly OfferVersion[], providerCode: string): PlaceGuard {
  return {
    residence: unionOrAny(
      versions.map((v) => residenceAreas(v.eligibility)),
    ),
    responsible: unionOrAny(
      versions.map((v) => responsibleAreas(v.eligibility, providerCode)),
    ),
    provider: providerCode,
  };
}


/**
 * Whether an offer concerns a person: it is worth assessing when both of its guards may hold,
 * and otherwise only when it is the offer of the council where they live (an Oldham offer for
 * Oldham's care leavers concerns a Kent care leaver living in Oldham, and says why it does not
 * apply), when it is for the care leavers of the place where they live (a region's pass for its
 * own care leavers living in it), or when it names their own council's care leavers (an offer for Bolton's care leavers
 * living in Wigan concerns a Bolton care leaver living elsewhere). A whole nation named by a guard
 * says nothing about the person's own place: Derby's offer for its own care leavers living
 * anywhere in England does not concern a Bolton care leaver living in Manchester, nor Wigan's
 * exemption for any English council's care leavers someone living in Bolton. Leaving an offer
 * out never changes an answer: a failed guard is a condition that certainly fails.
 *
 * @param guard - the offer's guard
 * @param inResidence - whether the person's residence lies within an area (null residence: unknown)
 * @param inResponsible - whether the responsible authority lies within an area
 * @returns true when the offer should be assessed
 * @example
 * ```ts
 * concernsPerson({ residence: ['E08000004'], responsible: null, provider: 'E08000004' }, (a) => a === 'E08000001', () => false); // false
 * concernsPerson({ residence: ['E92000001'], responsible: ['E06000015'], provider: 'E06000015' }, () => true, () => false); // false
 * ```
 */
export function concernsPerson(
  guard: PlaceGuard,
  inResidence: ((area: string) => boolean) | null,
  inResponsible: (area: string) => boolean,
): boolean {
  const residence = guard.residence === null || inResidence === null ? null : guard.residence.some(inResidence);
  const responsible = guard.responsible === null ? null : guard.responsible.some(inResponsible);
  if (residence !== false && responsible !== false) return true;
  if (residence === true) {
    const inIt = inResidence!;
    // The provider's own place, or a place whose care leavers it is for (a region's pass for the
    // region's care leavers living in the region).
    if (!NATION_AREA_CODES.has(guard.provider) && inIt(guard.provider)) return true;
    if (guard.residence!.some((area) => !NATION_AREA_CODES.has(area) && inIt(area) && guard.responsible!.includes(area))) return true;
  }
  return responsible === true && guard.responsible!.some((area) => !NATION_AREA_CODES.has(area) && inResponsible(area));
}

export class ContainmentMemo {
  private readonly byGeography = new WeakMap<Geography, Map<string, Map<string, boolean>>>();

  /**
   * @param geography - the geography
   * @param area - the place
   * @param on - the date
   * @returns a test: does `container` contain `area` on `on`?
   */
  within(geography: Geography, area: string, on: CalendarDate): (container: string) => boolean {
    let memo = this.byGeography.get(geography);
    if (memo === undefined) {
      memo = new Map();
      this.byGeography.set(geography, memo);
    }
    const key = `${area}|${on}`;
    let answers = memo.get(key);
    if (answers === undefined) {
      if (memo.size > 20_000) memo.clear();
      answers = new Map();
      memo.set(key, answers);
    }
    const cache = answers;
    return (container) => {
      let answer = cache.get(container);
      if (answer === undefined) {
        answer = geography.isWithin(area, container, on);
        cache.set(container, answer);
      }
      return answer;
    };
  }
}
