import { z } from 'zod';
import { AreaCode } from './area-code.js';
import { KIND_INFO, Kind } from './kind.js';
import { Offer, Provider } from './offer.js';
import type { OfferValue } from './value.js';

/**
 * Which layer a document belongs to: national statute and guidance, a regional guarantee, a
 * council's local offer, or another provider (transport body, NHS board, covenant signatory).
 *
 * @example
 * ```ts
 * Layer.options; // ['national', 'regional', 'local', 'other']
 * ```
 */
export const Layer = z.enum(['national', 'regional', 'local', 'other']);
/** Which layer a document belongs to. */
export type Layer = z.infer<typeof Layer>;

/**
 * A statement that, for these kinds, this document is the whole rule for care leavers of (or
 * living in) these areas and the areas within them, so a `not-eligible` from it can be trusted.
 * A provider's own area is covered for every kind it has an offer of without saying so.
 *
 * @example
 * ```ts
 * CoverageClaim.parse({ kinds: ['personal-adviser'], areas: ['E92000001'] }).areas; // ['E92000001']
 * ```
 */
export const CoverageClaim = z.strictObject({
  kinds: z.array(Kind).min(1),
  areas: z.array(AreaCode).min(1),
});
/** A statement of what a document fully covers. */
export type CoverageClaim = z.infer<typeof CoverageClaim>;

function valueTypes(value: OfferValue): string[] {
  return value.type === 'depends-on-household' ? value.cases.map((c) => c.value.type) : [value.type];
}

/**
 * One provider's offers, as a council or region writes them (YAML or JSON).
 *
 * @example
 * ```ts
 * const document = OfferDocument.parse({
 *   schemaVersion: 1,
 *   provider: { code: 'E08000001', name: 'Bolton Council' },
 *   layer: 'local',
 *   fictional: true,
 *   offers: [],
 * });
 * document.provider.name; // 'Bolton Council'
 * ```
 */
export const OfferDocument = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1, { error: 'schemaVersion must be 1' }),
    provider: Provider,
    layer: Layer,
    fictional: z.boolean().optional(),
    description: z.string().min(1).optional(),
    coverage: z.array(CoverageClaim).optional(),
    offers: z.array(Offer),
  })
  .superRefine((document, ctx) => {
    const seen = new Set<string>();
    document.offers.forEach((offer, index) => {
      if (seen.has(offer.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['offers', index, 'id'],
          message: `offer id ${JSON.stringify(offer.id)} is used twice in this document; give each offer its own id`,
          params: { code: 'duplicate-id' },
        });
      }
      seen.add(offer.id);
      const expected = KIND_INFO[offer.kind].valueType;
      const versionDates = Object.keys(offer.versions).sort();
      for (const [date, version] of Object.entries(offer.versions)) {
        for (const type of valueTypes(version.value)) {
          if (type !== expected) {
            ctx.addIssue({
              code: 'custom',
              path: ['offers', index, 'versions', date, 'value'],
              message: `a ${offer.kind} value must be of type ${expected}, not ${type}`,
              params: { code: 'value-type-mismatch' },
            });
          }
        }
        if (version.notBefore !== undefined) {
          const previous = versionDates[versionDates.indexOf(date) - 1];
          if (version.dateIs !== 'confirmed-by' || version.notBefore >= date || (previous !== undefined && version.notBefore < previous)) {
            ctx.addIssue({
              code: 'custom',
              path: ['offers', index, 'versions', date, 'notBefore'],
              message:
                '`notBefore` goes only with `dateIs: confirmed-by`, must be before the version date and not before the previous version',
              params: { code: 'invalid-version-dates' },
            });
          }
        }
      }
    });
  });
/** One provider's offers. */
export type OfferDocument = z.infer<typeof OfferDocument>;
