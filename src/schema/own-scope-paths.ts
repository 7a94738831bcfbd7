/**
 * The paths of the `scope` of every responsible-authority condition with `scope: own`, inside
 * any-of too. It reads conditions not yet known to be valid, so it can run inside the schema.
 *
 * @param conditions - a version's eligibility (any value)
 * @param path - the path of the list
 * @returns the paths
 * @example
 * ```ts
 * ownScopePaths([{ type: 'responsible-authority', scope: 'own' }], ['eligibility']); // [['eligibility', 0, 'scope']]
 * ```
 */
export function ownScopePaths(conditions: unknown, path: readonly (string | number)[]): (string | number)[][] {
  if (!Array.isArray(conditions)) return [];
  return conditions.flatMap((condition, i) => {
    if (typeof condition !== 'object' || condition === null) return [];
    const c = condition as Partial<Record<string, unknown>>;
    if (c.type === 'responsible-authority' && c.scope === 'own') return [[...path, i, 'scope']];
    if (c.type === 'any-of') return ownScopePaths(c.conditions, [...path, i, 'conditions']);
    return [];
  });
}
