import * as z from 'zod';
import { AgeCondition, BirthdayCondition, FactCondition, ResponsibleAuthorityCondition } from './condition.js';
import { OfferDocument } from './offer-document.js';
import { OfferVersions } from './offer.js';
import { CalendarDate } from '../dates/calendar-date.js';

/**
 * The rules zod checks in code (refinements) that JSON Schema can also say, added to the
 * generated schema so that an editor underlines them too: an age condition names a birthday (and `untilEndOf` needs `until`),
 * a birthday condition names a date,
 * `scope: within` and only it takes `areas` (and `except`), a fact condition has one comparison, an offer has a
 * version, dates lie in the supported years, and a source's url is a web address.
 */
function addRefinements(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const { zodSchema, jsonSchema } = ctx;
  if (zodSchema === AgeCondition) {
    jsonSchema.anyOf = [{ required: ['from'] }, { required: ['until'] }];
    jsonSchema.dependentRequired = { untilEndOf: ['until'] };
  }
  if (zodSchema === BirthdayCondition) jsonSchema.anyOf = [{ required: ['from'] }, { required: ['before'] }];
  if (zodSchema === ResponsibleAuthorityCondition) {
    jsonSchema.if = { properties: { scope: { const: 'within' } } };
    jsonSchema.then = { required: ['areas'] };
    jsonSchema.else = { not: { anyOf: [{ required: ['areas'] }, { required: ['except'] }] } };
  }
  if (zodSchema === FactCondition) jsonSchema.oneOf = [{ required: ['equals'] }, { required: ['in'] }, { required: ['within'] }];
  if (zodSchema === OfferVersions) {
    jsonSchema.minProperties = 1;
    // The schema checks the keys in a refinement (so that a bad date does not hide its version's
    // issues); a JSON Schema says the same with propertyNames.
    jsonSchema.propertyNames = calendarDateJsonSchema();
  }
  // Every calendar date (its own pattern checks the date is real; this one the years 1900 to 2199).
  if (jsonSchema.format === 'date') jsonSchema.allOf = [{ pattern: '^(19|2[01])\\d\\d-' }];
  // A source's url: http or https only, as validate says. JSON Schema's "uri" format would refuse
  // addresses a browser and validate take (a space, an accent, a bracket) and allow any scheme.
  if (jsonSchema.format === 'uri') {
    delete jsonSchema.format;
    jsonSchema.pattern = '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/]';
  }
}

/** A calendar date as JSON Schema writes it, with the years' pattern {@link addRefinements} adds to every date. */
function calendarDateJsonSchema(): Record<string, unknown> {
  const { $schema: _, ...date } = z.toJSONSchema(CalendarDate, { target: 'draft-2020-12', io: 'input', override: addRefinements }) as Record<string, unknown>;
  return date;
}

/**
 * The JSON Schema (draft 2020-12) of an offer document, for editors that validate YAML or JSON
 * as authorities write it. It says what JSON Schema can of the checks `validate` makes; the rest
 * (a value's type for its kind, ids unique, area codes real, …) only `validate` checks.
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
    ...z.toJSONSchema(OfferDocument, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input', override: addRefinements }),
    title: 'care-leaver-entitlements offer document',
  } as Record<string, unknown>;
}
