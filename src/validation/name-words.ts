/**
 * The words of a name however it is written: camel case, hyphens, underscores, dashes before it
 * (`dateOfBirth`, `date-of-birth`, `--Date_Of_Birth`: date, of, birth), in lower case.
 *
 * @param name - the name
 * @returns its words
 * @example
 * ```ts
 * nameWords('inFullTimeEducation'); // ['in', 'full', 'time', 'education']
 * nameWords('--Lives_In'); // ['lives', 'in']
 * ```
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}
