import * as z from 'zod';

/**
 * The four categories of care leaver in the Children Act 1989 (England).
 *
 * - `eligible`: 16–17, looked after 13 weeks or more since 14, still looked after (Sch 2 para 19B)
 * - `relevant`: 16–17, was eligible, has left care (s23A)
 * - `former-relevant`: 18 or over, was eligible or relevant (s23C)
 * - `qualifying`: left care after 16 without meeting the 13-week test, or under a special
 *   guardianship order (s24)
 *
 * @example
 * ```ts
 * CareLeaverCategory.options; // ['eligible', 'relevant', 'former-relevant', 'qualifying']
 * ```
 */
export const CareLeaverCategory = /* @__PURE__ */ (() => z.enum(['eligible', 'relevant', 'former-relevant', 'qualifying']))();
/** One of the four care-leaver categories. */
export type CareLeaverCategory = z.infer<typeof CareLeaverCategory>;
