import * as z from 'zod';

/**
 * The form of a GSS area code: a nation's letter and eight digits.
 *
 * @example
 * ```ts
 * AREA_CODE_PATTERN.test('E08000001'); // true
 * ```
 */
export const AREA_CODE_PATTERN = /^[ENSWK]\d{8}$/;

/**
 * A GSS code naming a UK area: a council, a combined authority, a county or a nation
 * (for example `E08000001` for Bolton, `E47000001` for Greater Manchester, `E92000001` for England).
 *
 * @example
 * ```ts
 * AreaCode.parse('E08000001'); // 'E08000001'
 * ```
 */
export const AreaCode = /* @__PURE__ */ (() => z
  .string()
  .regex(AREA_CODE_PATTERN, {
    error: (issue) =>
      `expected a GSS area code such as E08000001, got ${JSON.stringify(issue.input)}; resolveArea() turns a name into its code`,
  }))();
/** A GSS code naming a UK area. */
export type AreaCode = z.infer<typeof AreaCode>;
