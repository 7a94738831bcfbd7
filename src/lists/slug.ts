/**
 * A name written as a slug: lower case, each run of other characters a hyphen, none at either end.
 * GOV.UK's slugs for most councils, and the kinds' ids, are their names written so.
 *
 * @param name - a name (`Brighton and Hove`, `Council tax exemption`)
 * @returns its slug
 * @example
 * ```ts
 * slugOf('Brighton and Hove'); // 'brighton-and-hove'
 * slugOf(' Council tax exemption '); // 'council-tax-exemption'
 * ```
 */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
