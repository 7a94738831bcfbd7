/**
 * The value at a path inside a document as read (undefined where there is none): the map or list
 * an issue's path points into, for a hint that needs what was written there.
 *
 * @param document - the document as read (plain data)
 * @param path - field names and list positions
 * @returns the value, or undefined
 * @example
 * ```ts
 * valueAt({ offers: [{ kind: 'mentor' }] }, ['offers', 0, 'kind']); // 'mentor'
 * valueAt({ offers: [] }, ['offers', 0, 'kind']); // undefined
 * ```
 */
export function valueAt(document: unknown, path: readonly (string | number)[]): unknown {
  let value = document;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
