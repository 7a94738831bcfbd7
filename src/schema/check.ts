import type * as z from 'zod';
import { Dataset } from './dataset.js';
import { OfferDocument } from './offer-document.js';
import { Person } from './person.js';
import { type CheckResult, InvalidInputError, fromZodIssues, unreadableInputIssue } from '../validation/input-issue.js';

function checkWith<T>(schema: z.ZodType<T>, input: unknown): CheckResult<T> {
  try {
    const result = schema.safeParse(input, { reportInput: true }); // the bad value, for the message
    return result.success
      ? { success: true, data: result.data }
      : { success: false, issues: fromZodIssues(result.error.issues) };
  } catch (error) {
    // A check never throws: an input that cannot be read (a getter or proxy that throws, a
    // structure nested past the stack) is an issue like any other.
    return { success: false, issues: [unreadableInputIssue(error)] };
  }
}

function parseWith<T>(what: string, schema: z.ZodType<T>, input: unknown): T {
  const result = checkWith(schema, input);
  if (!result.success) throw new InvalidInputError(what, result.issues);
  return result.data;
}

/**
 * Checks that an input is a valid {@link Person}: its shape and values (dates, category, facts,
 * area codes written as codes). Whether its area codes name real councils that can stand where
 * they are given on a date is checked by `evaluate` and the other engine functions, which know the
 * geography and the date.
 *
 * @param input - anything, typically parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, issues }` with a path on each issue
 * @example
 * ```ts
 * const result = checkPerson({ dateOfBirth: '2025-02-30' });
 * result.success; // false
 * ```
 */
export function checkPerson(input: unknown): CheckResult<Person> {
  return checkWith(Person, input);
}

/**
 * Parses a {@link Person}, throwing when it is invalid.
 *
 * @param input - anything, typically parsed JSON
 * @returns the person
 * @throws {@link InvalidInputError} holding every issue
 * @example
 * ```ts
 * parsePerson({ dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000001' }).category; // 'former-relevant'
 * ```
 */
export function parsePerson(input: unknown): Person {
  return parseWith('person', Person, input);
}

/**
 * Checks that an input is a valid {@link OfferDocument}.
 *
 * @param input - anything, typically parsed YAML or JSON
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @example
 * ```ts
 * checkOfferDocument({ schemaVersion: 1 }).success; // false
 * ```
 */
export function checkOfferDocument(input: unknown): CheckResult<OfferDocument> {
  return checkWith(OfferDocument, input);
}

/**
 * Parses an {@link OfferDocument}, throwing when it is invalid.
 *
 * @param input - anything, typically parsed YAML or JSON
 * @returns the document
 * @throws {@link InvalidInputError} holding every issue
 * @example
 * ```ts
 * parseOfferDocument({ schemaVersion: 1, provider: { code: 'E08000001', name: 'Bolton' }, layer: 'local', offers: [] }).layer; // 'local'
 * ```
 */
export function parseOfferDocument(input: unknown): OfferDocument {
  return parseWith('offer document', OfferDocument, input);
}

/**
 * Checks that an input is a valid {@link Dataset}.
 *
 * @param input - anything
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @example
 * ```ts
 * checkDataset({ documents: [] }).success; // true
 * ```
 */
export function checkDataset(input: unknown): CheckResult<Dataset> {
  return checkWith(Dataset, input);
}

/**
 * Parses a {@link Dataset}, throwing when it is invalid.
 *
 * @param input - anything
 * @returns the dataset
 * @throws {@link InvalidInputError} holding every issue
 * @example
 * ```ts
 * parseDataset({ documents: [] }).documents; // []
 * ```
 */
export function parseDataset(input: unknown): Dataset {
  return parseWith('dataset', Dataset, input);
}
