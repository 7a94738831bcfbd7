import type { CalendarDate } from '../dates/calendar-date.js';
import type { Style } from './style.js';

/** What a command needs from the outside world: where to write, colour, and today's date. */
export interface CliContext {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Text styles (plain unless stdout is a terminal without NO_COLOR). */
  readonly style: Style;
  /** The date `--on` defaults to: the local calendar date. */
  readonly today: CalendarDate;
}

/**
 * Prints one JSON document, indented, with a final newline.
 *
 * @param context - where to write
 * @param document - the document
 * @example
 * ```ts
 * printJson(context, { on: '2026-11-23' });
 * ```
 */
export function printJson(context: CliContext, document: unknown): void {
  context.out(`${JSON.stringify(document, null, 2)}\n`);
}
