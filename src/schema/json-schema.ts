import * as z from 'zod';
import { OfferDocument } from './offer-document.js';

/**
 * The JSON Schema (draft 2020-12) of an offer document, for editors that validate YAML or JSON
 * as authorities write it.
 *
 * @returns a JSON Schema object
 * @example
 * ```ts
 * const schema = offerDocumentJsonSchema();
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export function offerDocumentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(OfferDocument, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' }),
    title: 'care-leaver-entitlements offer document',
  } as Record<string, unknown>;
}
