/**
 * A problem with what the user typed: the command line prints `error: <message>` on one line
 * and exits with status 2.
 *
 * @example
 * ```ts
 * throw new UsageError('--born is required; give the date of birth as YYYY-MM-DD');
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
