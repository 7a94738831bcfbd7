import * as z from 'zod';
import { OfferDocument } from './offer-document.js';

/**
 * Every document the engine evaluates against. Offer ids are unique across the dataset.
 *
 * The engine validates and indexes a dataset object the first time it is given one and keeps what
 * it read: a dataset changed in place afterwards is not read again. To change the data, pass a new
 * dataset object (`{ documents: [...] }`).
 *
 * @example
 * ```ts
 * const dataset = Dataset.parse({ documents: [] });
 * dataset.documents.length; // 0
 * ```
 */
export const Dataset = /* @__PURE__ */ (() => z
  .strictObject({
    documents: z.array(OfferDocument),
  })
  .superRefine((dataset, ctx) => {
    const seen = new Map<string, string>();
    dataset.documents.forEach((document, d) => {
      document.offers.forEach((offer, o) => {
        const other = seen.get(offer.id);
        if (other !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['documents', d, 'offers', o, 'id'],
            message: `offer id ${JSON.stringify(offer.id)} is also used by ${other}; offer ids must be unique in a dataset`,
            params: { code: 'duplicate-id' },
          });
        } else {
          seen.set(offer.id, document.provider.name);
        }
      });
    });
  }))();
/** Every document the engine evaluates against. */
export type Dataset = z.infer<typeof Dataset>;
