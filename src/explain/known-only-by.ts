import type { Dataset } from '../schema/dataset.js';
import type { TimelineEvent } from '../engine/timeline.js';
import type { Reason, ReasonData } from '../schema/reason.js';

/** An offer whose version on a timeline date is known only to be in force by then. */
export interface KnownOnlyBy {
  readonly offerId: string;
  readonly title: string;
}

/**
 * The offers behind a timeline event whose version on its date is keyed by the date a source
 * confirms it was in force (`dateIs: confirmed-by`), not the date it began: the change is when
 * the data learns of it, and may have happened earlier. An adviser should read such an event as
 * "known by this date".
 *
 * @param event - an event of a timeline
 * @param dataset - the dataset the timeline was made from
 * @returns the offers, each once (empty when every version changing on the date began on it)
 * @example
 * ```ts
 * const person = { dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' } as const;
 * const t = timeline(person, { from: '2025-06-01', until: '2026-06-01' }, embeddedDataset, { kinds: ['free-prescriptions'] });
 * knownOnlyBy(t.events[0]!, embeddedDataset).map((o) => o.offerId); // ['england-care-leavers-prescriptions-to-25'] (confirmed in force by 7 January 2026)
 * ```
 */
export function knownOnlyBy(event: TimelineEvent<Reason | ReasonData>, dataset: Dataset): readonly KnownOnlyBy[] {
  const ids = new Set<string>();
  for (const cause of event.causes) if (cause.cause === 'version') ids.add(cause.offerId);
  if (ids.size === 0) return [];
  const found: KnownOnlyBy[] = [];
  for (const document of dataset.documents) {
    for (const offer of document.offers) {
      if (!ids.has(offer.id) || offer.kind !== event.kind) continue;
      if (offer.versions[event.on]?.dateIs === 'confirmed-by') found.push({ offerId: offer.id, title: offer.title });
    }
  }
  return found;
}
