import * as z from 'zod';
import { ownScopePaths } from './own-scope-paths.js';
import { CalendarDate } from '../dates/calendar-date.js';
import { AreaCode } from './area-code.js';
import { KIND_INFO, Kind, acceptedValueTypes } from './kind.js';
import { Offer, Provider, Source } from './offer.js';

/**
 * Which layer a document belongs to: national statute and guidance, a regional guarantee, a
 * council's local offer, or another provider (transport body, NHS board, covenant signatory).
 *
 * @example
 * ```ts
 * Layer.options; // ['national', 'regional', 'local', 'other']
 * ```
 */
export const Layer = /* @__PURE__ */ (() => z.enum(['national', 'regional', 'local', 'other']))();
/** Which layer a document belongs to. */
export type Layer = z.infer<typeof Layer>;

/**
 * A statement that, for these kinds, this document is the whole rule for care leavers of (or
 * living in) these areas and the areas within them, so a `not-eligible` from it can be trusted.
 * A provider's own area is covered for every kind it has an offer of in force (or withdrawn) without saying so.
 * With `from`, the claim holds only from that date: before it the document is not the whole rule
 * (an older rule, or councils' own schemes, that it does not encode), so answers there are `unknown`.
 * A claim for a kind the document has no offer of must give its `sources`: a `not-eligible` answer
 * then rests on the claim alone and cites them.
 *
 * @example
 * ```ts
 * CoverageClaim.parse({ kinds: ['personal-adviser'], areas: ['E92000001'] }).areas; // ['E92000001']
 * CoverageClaim.parse({ kinds: ['free-prescriptions'], areas: ['S92000003'], from: '2011-04-01' }).from; // '2011-04-01'
 * ```
 */
export const CoverageClaim = /* @__PURE__ */ (() => z.strictObject({
  kinds: z.array(Kind).min(1).describe('The kinds this document is the whole rule for in the areas: where no offer of one applies, the answer is not eligible.'),
  areas: z.array(AreaCode).min(1).describe('GSS codes of the areas the claim is for (a council, a county, a nation).'),
  from: CalendarDate.optional().describe(
    'The first date the claim holds, YYYY-MM-DD. Before it these kinds are not settled for these areas (answers are unknown); without it, the claim holds on every date.',
  ),
  appliesTo: z
    .enum(['residents'])
    .optional()
    .describe(
      'residents: the claim settles the kinds for people living in these areas only, not for care leavers their councils looked after who live elsewhere (a nation\'s rule about homes in it). Without it, it settles both.',
    ),
  sources: z
    .array(Source)
    .min(1)
    .optional()
    .describe(
      'Where the provider says it gives no more than this (a page, a decision, an answer to a request). Needed for a kind the document has no offer of: a not-eligible answer then rests on the claim alone, and cites these.',
    ),
}))();
/** A statement of what a document fully covers. */
export type CoverageClaim = z.infer<typeof CoverageClaim>;

function valueTypes(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const { type, cases } = value as { type?: unknown; cases?: unknown };
  if (type === 'depends-on-household') {
    return Array.isArray(cases)
      ? cases.flatMap((c: unknown) => {
          const inner = (c as { value?: { type?: unknown } } | null)?.value?.type;
          return typeof inner === 'string' ? [inner] : [];
        })
      : [];
  }
  return typeof type === 'string' ? [type] : [];
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
export const OfferDocument = /* @__PURE__ */ (() => z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema this document follows (for editors).'),
    schemaVersion: z
      .literal(1, {
        error: (issue) =>
          issue.input === undefined ? 'required field is missing; add schemaVersion: 1 as the first line' : `schemaVersion must be 1 (the only version of this format), not ${JSON.stringify(issue.input)}`,
      })
      .describe('The version of this format: 1.'),
    provider: Provider.describe('Who publishes these offers: a council, combined authority or nation (GSS code) or another body (org:<slug>).'),
    layer: Layer.describe('national (statute and guidance), regional (a guarantee such as GM10), local (a council\'s local offer) or other (transport body, NHS board, covenant signatory).'),
    fictional: z.boolean().optional().describe('true for made-up documents used in tests and examples.'),
    description: z.string().min(1).optional().describe('What the document holds, in a sentence (for readers of the file).'),
    coverage: z.array(CoverageClaim).optional().describe('Kinds this document settles in full for some areas, so that not-eligible can be trusted there.'),
    offers: z.array(Offer).describe('The provider\'s offers, one per kind of entitlement and rule.'),
  })
  .superRefine(
    (document, ctx) => {
      // Runs even when fields failed (`when` below), so a document's every problem is reported in
      // one pass; it therefore reads the input defensively.
      if (typeof document !== 'object' || document === null) return;
      const offers: unknown[] = Array.isArray(document.offers) ? document.offers : [];
      const kindsOffered = new Set(offers.map((o) => (typeof o === 'object' && o !== null ? (o as { kind?: unknown }).kind : undefined)));
      const claims: unknown[] = Array.isArray(document.coverage) ? document.coverage : [];
      claims.forEach((claim, index) => {
        if (typeof claim !== 'object' || claim === null) return;
        const { kinds, sources } = claim as { kinds?: unknown; sources?: unknown };
        const bare = Array.isArray(kinds) ? kinds.filter((kind) => typeof kind === 'string' && !kindsOffered.has(kind)) : [];
        if (bare.length > 0 && sources === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['coverage', index, 'sources'],
            message: `this document has no offer of ${bare.join(', ')}, so a "no" for ${bare.length === 1 ? 'it' : 'them'} rests on the claim alone: give the claim sources (where the provider says it gives no more)`,
            params: { code: 'claim-without-sources' },
          });
        }
      });
      const seen = new Set<string>();
      offers.forEach((candidate, index) => {
        if (typeof candidate !== 'object' || candidate === null) return;
        const offer = candidate as Partial<Record<string, unknown>>;
        if (typeof offer.id === 'string') {
          if (seen.has(offer.id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['offers', index, 'id'],
              message: `offer id ${JSON.stringify(offer.id)} is used twice in this document; give each offer its own id`,
              params: { code: 'duplicate-id' },
            });
          }
          seen.add(offer.id);
        }
        if (offer.deliveredBy !== undefined && document.layer !== 'regional') {
          ctx.addIssue({
            code: 'custom',
            path: ['offers', index, 'deliveredBy'],
            message: `deliveredBy says who gives an item of a regional guarantee (its provider, or each member council), and this document's layer is ${typeof document.layer === 'string' ? document.layer : 'not regional'}: remove deliveredBy, or make the document layer: regional`,
            params: { code: 'delivery-outside-guarantee' },
          });
        }
        const kind = typeof offer.kind === 'string' && Object.hasOwn(KIND_INFO, offer.kind) ? (offer.kind as Kind) : null;
        const versions = typeof offer.versions === 'object' && offer.versions !== null ? (offer.versions as Record<string, unknown>) : {};
        const versionDates = Object.keys(versions).sort();
        // An organisation that delivers an offer looks after no one: `scope: own` would name no one.
        const owner = ownerOf(offer, document.provider);
        const orgOwner = owner !== undefined && owner.startsWith('org:') ? owner : undefined;
        for (const [date, raw] of Object.entries(versions)) {
          if (typeof raw !== 'object' || raw === null) continue;
          const version = raw as Partial<Record<string, unknown>>;
          if (kind !== null) {
            const accepted = acceptedValueTypes(kind);
            for (const type of valueTypes(version.value)) {
              if (!(accepted as readonly string[]).includes(type)) {
                ctx.addIssue({
                  code: 'custom',
                  path: ['offers', index, 'versions', date, 'value'],
                  message: `a ${kind} value must be of type ${accepted.join(' or ')}, not ${type}`,
                  params: { code: 'value-type-mismatch' },
                });
              }
            }
          }
          if (orgOwner !== undefined) {
            const council = typeof document.provider?.code === 'string' && !document.provider.code.startsWith('org:') ? document.provider.code : undefined;
            for (const path of ownScopePaths(version.eligibility, ['offers', index, 'versions', date, 'eligibility'])) {
              ctx.addIssue({
                code: 'custom',
                path,
                message:
                  `scope own means the care leavers of the offer's provider, and ${orgOwner} is an organisation, which looks after no one: ` +
                  (council === undefined
                    ? 'name the councils whose care leavers qualify with scope within and their areas'
                    : `for this council's care leavers write scope: within with areas: [${council}]`),
                params: { code: 'own-scope-without-council' },
              });
            }
          }
          if (typeof version.notBefore === 'string') {
            const previous = versionDates[versionDates.indexOf(date) - 1];
            // Each rule said on its own, with its fix.
            const broken =
              version.dateIs !== 'confirmed-by'
                ? `\`notBefore\` goes only with \`dateIs: confirmed-by\` (a version known only as in force by its date); add that, or remove notBefore`
                : version.notBefore >= date
                  ? `\`notBefore\` (${version.notBefore}) must be before the version's date (${date}): it is the earliest day the version can have started`
                  : previous !== undefined && version.notBefore < previous
                    ? `\`notBefore\` (${version.notBefore}) is before the previous version's date (${previous}); give ${previous} or later`
                    : null;
            if (broken !== null) {
              ctx.addIssue({ code: 'custom', path: ['offers', index, 'versions', date, 'notBefore'], message: broken, params: { code: 'invalid-version-dates' } });
            }
          }
        }
      });
    },
    { when: () => true },
  ))();
/** One provider's offers. */
export type OfferDocument = z.infer<typeof OfferDocument>;

/** The code whose care leavers `scope: own` names: the offer's own provider, else the document's. */
function ownerOf(offer: Partial<Record<string, unknown>>, documentProvider: unknown): string | undefined {
  for (const provider of [offer.provider, documentProvider]) {
    if (typeof provider === 'object' && provider !== null && typeof (provider as { code?: unknown }).code === 'string') {
      return (provider as { code: string }).code;
    }
  }
  return undefined;
}
