import * as z from 'zod';
import { requiredText } from './required-text.js';
import { CalendarDate } from '../dates/calendar-date.js';
import { Condition } from './condition.js';
import { Kind } from './kind.js';
import { OfferValue } from './value.js';

/** A web address written without its scheme (`www.bolton.gov.uk/care-leavers`, `bolton.gov.uk`). */
const ADDRESS_WITHOUT_SCHEME = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/?#]\S*)?$/i;

/** What to write for a source url that is not one, with the address as it should be when only the scheme is missing. */
function sourceUrlMessage(given: unknown): string {
  const message = 'a source url must be a web address starting http:// or https://';
  return typeof given === 'string' && ADDRESS_WITHOUT_SCHEME.test(given) ? `${message}; did you mean https://${given}?` : message;
}

/**
 * Where a fact comes from: a title, a url or a seed file name from `shared/sources`, the
 * publisher, the publication date and a locator (page or section).
 *
 * @example
 * ```ts
 * Source.parse({ title: 'Care leavers travel pass', url: 'https://tfgm.com/tickets-and-passes/care-leavers', publisher: 'TfGM' }).publisher; // 'TfGM'
 * Source.safeParse({ title: 'No link', publisher: 'Nobody' }).success; // false
 * ```
 */
export const Source = /* @__PURE__ */ (() => z
  .strictObject({
    title: requiredText('the title of the page or document').describe('The title of the page or document.'),
    url: z
      .url({ protocol: /^https?$/, error: (issue) => sourceUrlMessage(issue.input) })
      .optional()
      .describe('Where to read it: an http or https address (no other scheme, so that it is safe to show as a link).'),
    file: z.string().min(1).optional().describe('The file name of a document cited without a url.'),
    publisher: requiredText('who published it, such as Bolton Council or a newspaper').describe('Who published it.'),
    date: CalendarDate.optional().describe('When it was published, YYYY-MM-DD.'),
    locator: z.string().min(1).optional().describe('Where in it: a page, section or heading.'),
  })
  .refine((s) => s.url !== undefined || s.file !== undefined, {
    error: 'a source needs a `url`, or a `file` naming the document cited (a PDF or text kept with the data)',
  }))();
/** Where a fact comes from. */
export type Source = z.infer<typeof Source>;

/**
 * Who provides an offer: a GSS area code for a council, combined authority or nation, or
 * `org:<slug>` for another body (a transport authority, an NHS board, a government department).
 *
 * @example
 * ```ts
 * Provider.parse({ code: 'org:tfgm', name: 'Transport for Greater Manchester' }).code; // 'org:tfgm'
 * Provider.safeParse({ code: 'Bolton', name: 'Bolton' }).success; // false
 * ```
 */
export const Provider = /* @__PURE__ */ (() => z.strictObject({
  code: z.string().regex(/^([ENSWK]\d{8}|org:[a-z0-9-]+)$/, {
    error: 'expected a GSS area code (E08000001) or an organisation code written org:<slug> (org:tfgm)',
  }).describe('The council\'s GSS code (find it with: care-leaver-entitlements areas NAME), or org:<slug> for an organisation (org:tfgm).'),
  name: requiredText('the provider\'s name as people know it, such as Bolton Council').describe('The provider\'s name as people know it, such as Bolton Council.'),
}))();
/** Who provides an offer. */
export type Provider = z.infer<typeof Provider>;

/**
 * Where an offer stands on a date: only `in-force` makes anyone eligible; the others are
 * reported. `unknown` means the sources do not say whether it still runs. `not-offered` records a
 * source saying the provider does not give this (the value says what is not given): it answers
 * `not-eligible` with that source, where no offer at all would answer `unknown`.
 *
 * @example
 * ```ts
 * OfferStatus.options; // ['in-force', 'agreed', 'planned', 'ambition', 'withdrawn', 'not-offered', 'unknown']
 * ```
 */
export const OfferStatus = /* @__PURE__ */ (() => z.enum(['in-force', 'agreed', 'planned', 'ambition', 'withdrawn', 'not-offered', 'unknown']))();
/** Where an offer stands. */
export type OfferStatus = z.infer<typeof OfferStatus>;

/**
 * One version of an offer, in force from the date it is keyed by until the next version.
 * With `dateIs: 'confirmed-by'` the key is a date by which a source confirms it was in force, not
 * its start: between `notBefore` (or the previous version) and that date the answer is
 * `unknown` where the versions disagree.
 *
 * @example
 * ```ts
 * OfferVersion.parse({
 *   dateIs: 'confirmed-by',
 *   status: 'in-force',
 *   value: { type: 'percentage', percent: 100 },
 *   eligibility: [{ type: 'age', from: 18, until: 25 }],
 * }).dateIs; // 'confirmed-by'
 * ```
 */
export const OfferVersion = /* @__PURE__ */ (() => z.strictObject({
  dateIs: z
    .enum(['effective', 'confirmed-by'])
    .optional()
    .describe('effective (default): the version starts on its date. confirmed-by: a source confirms it was in force by that date; its start is unknown.'),
  notBefore: CalendarDate.optional().describe('With confirmed-by: the earliest date the version can have started.'),
  status: OfferStatus.describe('Only in-force makes anyone eligible; agreed, planned, ambition, withdrawn and unknown are reported; not-offered: a source says the provider does not give it.'),
  value: OfferValue.describe('What it gives: a percentage, money, a count, a service, or a value that depends on the household.'),
  eligibility: z
    .array(Condition)
    .min(1, {
      error:
        'give at least one condition saying whom the offer is for (an age band, categories, whose care leavers, where they live); with none it would reach every care leaver of any age anywhere, which is written as { type: category, in: [eligible, relevant, former-relevant, qualifying] } if that is meant',
    })
    .describe('Conditions that must all hold (at least one): age, category, residence, responsible-authority, fact, any-of.'),
  note: z.string().min(1).optional().describe('Anything a reader should know about this version.'),
}))();
/** One version of an offer. */
export type OfferVersion = z.infer<typeof OfferVersion>;

/**
 * How sure the dataset is of an offer: `confirmed` by the provider's own document, `reported` by
 * the press or a third party, `uncertain` where sources are vague or disagree.
 *
 * @example
 * ```ts
 * Confidence.options; // ['confirmed', 'reported', 'uncertain']
 * ```
 */
export const Confidence = /* @__PURE__ */ (() => z.enum(['confirmed', 'reported', 'uncertain']))();
/** How sure the dataset is of an offer. */
export type Confidence = z.infer<typeof Confidence>;

/** The id an offer's given id would be in lower case with hyphens (", such as \"bolton-mentor\""), or nothing when none can be made. */
function idSuggestion(given: unknown): string {
  if (typeof given !== 'string') return '';
  const id = given
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' || id === given ? '' : `, such as ${JSON.stringify(id)}`;
}

/**
 * An offer's versions keyed by the date each takes effect; at least one.
 *
 * @example
 * ```ts
 * OfferVersions.safeParse({}).success; // false
 * ```
 */
export const OfferVersions = /* @__PURE__ */ (() => z
  // The keys are checked after the versions, not by the record: a record skips the value of a key
  // it refuses, so a mistyped date hid every issue inside its version until the date was mended.
  .record(z.string(), OfferVersion)
  .superRefine(
    (versions, ctx) => {
      for (const key of Object.keys(versions)) {
        const date = CalendarDate.safeParse(key, { reportInput: true });
        if (!date.success) ctx.addIssue({ code: 'custom', path: [key], input: key, message: `this key: ${date.error.issues[0]!.message}` });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) },
  )
  .describe('The versions of the offer keyed by the date each takes effect (YYYY-MM-DD).')
  .refine((versions) => Object.keys(versions).length > 0, { error: 'an offer needs at least one version' }))();

/**
 * One provider's rule for one kind of entitlement, with its versions over time.
 *
 * @example
 * ```ts
 * const offer = Offer.parse({
 *   id: 'fictional-council-tax',
 *   kind: 'council-tax-exemption',
 *   title: 'Council tax exemption (fictional)',
 *   description: 'A fictional offer used in examples.',
 *   confidence: 'confirmed',
 *   lastChecked: '2026-11-01',
 *   sources: [{ title: 'Fictional', publisher: 'Examples', file: 'examples/fictional.yaml' }],
 *   versions: {
 *     '2020-04-01': {
 *       status: 'in-force',
 *       value: { type: 'percentage', percent: 100 },
 *       eligibility: [{ type: 'age', from: 18, until: 25 }],
 *     },
 *   },
 * });
 * Object.keys(offer.versions); // ['2020-04-01']
 * ```
 */
export const Offer = /* @__PURE__ */ (() => z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: (issue) => `an offer id is lower case letters, digits and hyphens${idSuggestion(issue.input)}` })
    .describe('A unique id: lower case letters, digits and hyphens.'),
  kind: Kind.describe('The kind of entitlement, from the controlled vocabulary (council-tax-exemption, free-travel, …).'),
  title: requiredText('a short title, such as "Bolton council tax exemption for care leavers"').describe('A short title.'),
  description: requiredText('what it gives and to whom, in your own words').describe('What it gives and to whom, in your own words.'),
  provider: Provider.optional().describe('Who provides this offer when it is not the document\'s provider (for example a transport body).'),
  dutyOf: z
    .literal('responsible-authority')
    .optional()
    .describe('For a national duty owed by the council that looked after the person (personal adviser, setting up home allowance): that council is shown as the provider.'),
  partial: z
    .boolean()
    .optional()
    .describe('true when the offer is not the provider\'s whole rule for its kind (a one-off payment, a pilot, help for a narrow group): it can make people eligible, but never makes the provider covered, so those it does not reach stay unknown.'),
  recommendation: z
    .literal(true)
    .optional()
    .describe('true for what national guidance recommends councils give (a recommended minimum amount), which is not a duty: it answers only where no other offer of its kind applies to the person, since a council\'s own rule, even for less, is what the person gets.'),
  deliveredBy: z
    .enum(['provider', 'members'])
    .optional()
    .describe('For an offer of a regional guarantee (a document of layer regional): provider when the offer\'s provider (the region, or the body named in provider, such as a transport authority) gives it to care leavers itself, so a member council needs no offer of its own to meet it (a bus pass); members, the default, when each member council gives it through its own offer (a council tax exemption, which only a billing council can grant). The guarantee report reads it.'),
  versions: OfferVersions,
  confidence: Confidence.describe('confirmed by the provider\'s own document, reported by the press or a third party, or uncertain.'),
  assumptions: z.array(z.string().min(1)).optional().describe('Every reading of the sources that is not certain, spelt out.'),
  sources: z.array(Source).min(1, { error: 'every offer needs at least one source' }).describe('Where every fact in this offer comes from: at least one.'),
  lastChecked: CalendarDate.describe('The date the offer was last checked against its sources, YYYY-MM-DD.'),
}))();
/** One provider's rule for one kind of entitlement. */
export type Offer = z.infer<typeof Offer>;
