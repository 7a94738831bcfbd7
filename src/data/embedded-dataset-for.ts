import { containersAtAnyTime } from '../areas/containers-at-any-time.js';
import { getArea } from '../areas/get-area.js';
import { trustBuiltDataset } from '../engine/dataset-index.js';
import type { Dataset } from '../schema/dataset.js';
import type { Kind } from '../schema/kind.js';
import { type InputIssue, InvalidInputError, describeGiven } from '../validation/input-issue.js';
import { requireObject } from '../validation/require-object.js';
import { type CatalogueEntry, type DatasetPlaces, entriesConcerning } from './document-catalogue.js';
import { catalogueEntryFromRow } from './catalogue-row.js';
import { CATALOGUE_ROWS, generatedKinds } from './embedded-catalogue.generated.js';

/** The kinds the embedded dataset has offers of (all of its documents, loaded or not). */
export const EMBEDDED_KINDS: ReadonlySet<Kind> = /* @__PURE__ */ new Set(generatedKinds);

const PLACES_SHAPE = "{ responsible: 'E08000001', residences: ['E08000001', 'E08000035'] }";

/** The issue with one place, if it is not a known area code. */
function placeIssue(area: unknown, path: readonly (string | number)[]): InputIssue[] {
  if (typeof area === 'string' && getArea(area) !== undefined) return [];
  return [{ code: typeof area === 'string' ? 'unknown-area' : 'invalid-type', path, message: `${describeGiven(area)} is not a known area code; resolveArea() finds the code for a name` }];
}

/** The places as given, once they are a known council and a list of at least one known area. */
function checkedPlaces(places: DatasetPlaces): DatasetPlaces {
  requireObject(places, 'places', PLACES_SHAPE, 'embedded dataset');
  const issues = placeIssue(places.responsible, ['places', 'responsible']);
  const { residences } = places as { residences: unknown };
  if (!Array.isArray(residences) || residences.length === 0) {
    issues.push({
      code: Array.isArray(residences) ? 'too-small' : 'invalid-type',
      path: ['places', 'residences'],
      message: `give every place the person lives in or moves to as a list of area codes, such as ['E08000001', 'E08000035']; placesOf(person, to) makes the places of a question`,
    });
  } else residences.forEach((area, i) => issues.push(...placeIssue(area, ['places', 'residences', i])));
  if (issues.length > 0) throw new InvalidInputError('embedded dataset', issues);
  return places;
}

/**
 * The embedded dataset, or only the part of it that can decide answers about someone in the
 * given places, each document loaded when asked for. Every answer about a person in those places
 * (the council that looked after them, and every place they live in or move to), on any date, is
 * the same as from {@link embeddedDataset}; ask about anyone else and offers may be missing. A
 * bundler makes each document a file of its own, so a browser fetches only those a question needs
 * (for a move from Bolton to Leeds, 21 of the 239 documents, the national ones among them),
 * and the command line starts quicker. Like the whole dataset, it is deeply frozen and trusted
 * (its documents were validated when generated). Places that need the same documents get the same
 * dataset object (of the last 16 made), so asking again costs the engine no new index.
 *
 * @param places - the council that looked after the person and every place they live in or move to (see {@link placesOf}); all documents when left out
 * @returns a dataset of the documents needed, in the embedded dataset's order
 * @throws {@link InvalidInputError} (the promise is rejected) when a place is not a known area code, or no place to live is given
 * @example
 * ```ts
 * const dataset = await embeddedDatasetFor({ responsible: 'E08000001', residences: ['E08000001', 'E08000035'] });
 * dataset.documents.some((d) => d.provider.code === 'E08000035'); // true (Leeds)
 * dataset.documents.some((d) => d.provider.code === 'E09000002'); // false (Barking and Dagenham)
 * ```
 */
export async function embeddedDatasetFor(places?: DatasetPlaces): Promise<Dataset> {
  catalogue ??= CATALOGUE_ROWS.map(catalogueEntryFromRow);
  const entries = places === undefined ? catalogue : entriesConcerning(catalogue, checkedPlaces(places), containersAtAnyTime);
  positionOf ??= new Map(catalogue.map((entry, i) => [entry, i]));
  const key = entries.map((entry) => positionOf!.get(entry)).join(',');
  let dataset = loaded.get(key);
  if (dataset === undefined) {
    dataset = Promise.all(entries.map(async (entry) => (await entry.load()).default)).then((documents) => trustBuiltDataset({ documents }));
    dataset.catch(() => loaded.delete(key)); // a load that failed is tried again next time
    if (loaded.size >= DATASETS_KEPT) loaded.delete(loaded.keys().next().value!);
    loaded.set(key, dataset);
  }
  return dataset;
}

/** The catalogue's entries, read from its rows on first need (so that a bundle which never loads documents leaves the catalogue out). */
let catalogue: readonly CatalogueEntry[] | null = null;

/** Each catalogue entry's position, for the key of a choice of documents. */
let positionOf: Map<CatalogueEntry, number> | null = null;

/**
 * The datasets made most recently, by the documents they hold: questions that need the same
 * documents get the same (frozen) dataset, so the engine indexes it once and remembers its
 * answers, instead of working afresh for each new object (about 3 ms a question).
 */
const loaded = new Map<string, Promise<Dataset>>();
const DATASETS_KEPT = 16;
