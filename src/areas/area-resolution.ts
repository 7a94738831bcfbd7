import type { Area } from './area.js';

/** An area named in an issue: its GSS code and official name. */
export interface AreaRef {
  readonly code: string;
  readonly name: string;
}

/** No area has the name or code asked for. */
export interface UnknownAreaIssue {
  readonly code: 'unknown-area';
  readonly query: string;
  readonly message: string;
  /** Up to three areas the query may mean (an abbreviation's area, or names near enough to be a misspelling), likeliest first; none when nothing is near. */
  readonly suggestions: readonly AreaRef[];
}

/** More than one area has the name asked for, and the date does not tell them apart. */
export interface AmbiguousAreaIssue {
  readonly code: 'ambiguous-area';
  readonly query: string;
  readonly message: string;
  /** Every area the name could mean. */
  readonly candidates: readonly AreaRef[];
}

/** Why a name did not resolve to one area. The `code` is the contract; messages may change. */
export type AreaIssue = UnknownAreaIssue | AmbiguousAreaIssue;

/** What {@link resolveArea} returns: the area (with a note when it needs one) or the issue. */
export type AreaResolution =
  | { readonly ok: true; readonly area: Area; readonly note?: string }
  | { readonly ok: false; readonly issue: AreaIssue };

/**
 * Thrown by {@link resolveAreaOrThrow} when a name does not resolve to one area.
 *
 * @example
 * ```ts
 * try { resolveAreaOrThrow('Atlantis'); } catch (error) {
 *   if (error instanceof AreaResolutionError) error.issue.code; // 'unknown-area'
 * }
 * ```
 */
export class AreaResolutionError extends Error {
  override readonly name = 'AreaResolutionError';
  /** The issue: an unknown or an ambiguous name. */
  readonly issue: AreaIssue;

  /** @param issue - why the name did not resolve */
  constructor(issue: AreaIssue) {
    super(issue.message);
    this.issue = issue;
  }
}
