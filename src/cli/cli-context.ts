import type { CalendarDate } from '../dates/calendar-date.js';
import type { Style } from './style.js';
import { fitProse } from './fit-prose.js';

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
  /** The width tables are fitted to (see `terminalWidth`); undefined: each row on one line. */
  readonly width?: number | undefined;
}

/**
 * Prints a command's text output (not JSON), fitted to the width when there is one: its tables
 * come fitted, and its long lines of prose are wrapped (see {@link fitProse}).
 *
 * @param context - where to write, and the width
 * @param text - the output
 * @example
 * ```ts
 * printText(context, 'Entitlements on 23 November 2026\n');
 * ```
 */
export function printText(context: CliContext, text: string): void {
  context.out(fitProse(text, context.width));
}

/**
 * Prints one JSON document, indented, with a final newline (never wrapped).
 *
 * @param context - where to write
 * @param document - the document
 * @example
 * ```ts
 * printJson(context, { on: '2026-11-23' });
 * ```
 */
export function printJson(context: CliContext, document: unknown): void {
  context.out(`${asciiControlsEscaped(JSON.stringify(document, null, 2))}\n`);
}

/**
 * JSON text with DEL and the C1 controls (U+007F to U+009F), which JSON leaves as they are,
 * written as `\u` escapes: the terminal then has nothing to obey, and the text stays valid JSON.
 */
function asciiControlsEscaped(json: string): string {
  // eslint-disable-next-line no-control-regex
  return json.replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
