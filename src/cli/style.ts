/** Text styles for the terminal; each returns its text unchanged when colour is off. */
export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const wrap = (enabled: boolean, open: number, close: number) => (text: string) =>
  enabled && text !== '' ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/**
 * Makes the text styles, coloured or plain.
 *
 * @param enabled - whether to colour (a TTY without NO_COLOR)
 * @returns the styles
 * @example
 * ```ts
 * createStyle(false).green('eligible'); // 'eligible'
 * ```
 */
export function createStyle(enabled: boolean): Style {
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    dim: wrap(enabled, 2, 22),
    green: wrap(enabled, 32, 39),
    red: wrap(enabled, 31, 39),
    yellow: wrap(enabled, 33, 39),
    cyan: wrap(enabled, 36, 39),
  };
}

/**
 * Whether to colour output: only on a terminal, and never when NO_COLOR is set (https://no-color.org).
 *
 * @param isTTY - whether stdout is a terminal
 * @param env - the environment
 * @returns true to colour
 * @example
 * ```ts
 * shouldColour(true, { NO_COLOR: '1' }); // false
 * ```
 */
export function shouldColour(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '') && env.TERM !== 'dumb';
}

/** A colour or weight code (SGR: `ESC [ 32 m`), its numbers captured; global, for replace and matchAll. */
// eslint-disable-next-line no-control-regex
export const STYLE_CODE = /\u001b\[([0-9;]*)m/g;

/**
 * The visible width of text, ignoring colour codes.
 *
 * @param text - text, perhaps coloured
 * @returns its width in characters
 * @example
 * ```ts
 * visibleWidth('\u001b[32mok\u001b[39m'); // 2
 * ```
 */
export function visibleWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(STYLE_CODE, '')].length;
}
