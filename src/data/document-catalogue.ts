import { type PlaceGuard, concernsPerson } from '../engine/place-guard.js';
import type { OfferDocument } from '../schema/offer-document.js';
import type { Person } from '../schema/person.js';
import { requireObject } from '../validation/require-object.js';

/**
 * What decides whom a document can concern, known without loading it: its provider, the areas
 * its coverage claims name and its offers' place guards (see {@link concernsPerson}).
 */
export interface CatalogueEntry {
  /** The document's provider code (a council's GSS code, or `org:…`). */
  readonly provider: string;
  /** Every area its coverage claims name. */
  readonly claimAreas: readonly string[];
  /** Its offers' place guards, each once. */
  readonly guards: readonly PlaceGuard[];
  /** Loads the document. */
  readonly load: () => Promise<{ readonly default: OfferDocument }>;
}

/** The places a person is asked about: the council that looked after them and every place they live in or move to (GSS codes). */
export interface DatasetPlaces {
  /** The council that looked after them (the responsible authority). */
  readonly responsible: string;
  /** Every place they live in, lived in (a residence history) or move to. */
  readonly residences: readonly string[];
}

/**
 * The entries whose documents can decide an answer about someone in these places, on any date:
 * those whose provider is, or lies around, one of the places (its offers make it covered or
 * partly covered, and an offer of the council where they live concerns them), those whose
 * coverage claims name such an area, and those with an offer that concerns the person by its
 * place guard. Leaving the others out changes no answer, since the engine reads nothing else of
 * a document: the place views take their offers by these guards and their coverage by provider
 * and claims. `containers` must give every area a place lies within on some date, itself
 * included; the test is then true on every date whenever it is true on one.
 *
 * @param entries - the catalogue, in dataset order
 * @param places - the places asked about
 * @param containers - every area a place lies within on any date, the place itself included
 * @returns the entries needed, in the catalogue's order
 * @example
 * ```ts
 * const bolton = { provider: 'E08000001', claimAreas: [], guards: [{ residence: ['E08000001'], responsible: ['E08000001'], provider: 'E08000001' }], load: async () => ({ default: boltonDocument }) };
 * entriesConcerning([bolton], { responsible: 'E08000035', residences: ['E08000035'] }, (area) => [area]); // []
 * entriesConcerning([bolton], { responsible: 'E08000035', residences: ['E08000001'] }, (area) => [area]).length; // 1
 * ```
 */
export function entriesConcerning<T extends CatalogueEntry>(
  entries: readonly T[],
  places: DatasetPlaces,
  containers: (area: string) => readonly string[],
): T[] {
  const aroundResidences = new Set(places.residences.flatMap(containers));
  const aroundResponsible = new Set(containers(places.responsible));
  const around = new Set([...aroundResidences, ...aroundResponsible]);
  const inResidence = (area: string) => aroundResidences.has(area);
  const inResponsible = (area: string) => aroundResponsible.has(area);
  return entries.filter(
    (entry) =>
      around.has(entry.provider) ||
      entry.claimAreas.some((area) => around.has(area)) ||
      entry.guards.some((guard) => concernsPerson(guard, inResidence, inResponsible)),
  );
}

/**
 * The places a question about a person concerns: the council that looked after them, where they
 * live (every place of a residence history) and any other place asked about (where they move to).
 *
 * @param person - the person
 * @param others - other places the question names
 * @returns the places
 * @example
 * ```ts
 * placesOf({ responsibleAuthority: 'E08000001', residence: 'E08000001' }, 'E08000035'); // { responsible: 'E08000001', residences: ['E08000001', 'E08000035'] }
 * ```
 */
export function placesOf(person: Pick<Person, 'responsibleAuthority' | 'residence'>, ...others: readonly string[]): DatasetPlaces {
  requireObject(person, 'person', "{ responsibleAuthority: 'E08000001', residence: 'E08000001' }", 'places');
  // Whatever a plain JavaScript caller gave is passed on, for embeddedDatasetFor to name what is wrong.
  const { residence } = person as { residence: unknown };
  const lived = Array.isArray(residence) ? residence.map((period: { area?: string } | null) => period?.area as string) : [residence as string];
  return { responsible: person.responsibleAuthority, residences: [...new Set([...lived, ...others])] };
}
