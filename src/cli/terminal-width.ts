/** Narrower than this, a width is not believed (a stray COLUMNS=5): lines are left to run on. */
const NARROWEST = 20;

/**
 * The width the command line fits its tables to: `COLUMNS` when it is set to a number (so a
 * script or a test can ask for a width), else the terminal's own width when the output is a
 * terminal. Undefined when the output goes to a file or a pipe and `COLUMNS` is not set: tables
 * are then printed at their full width, one line per row, as a script reading them expects.
 *
 * @param isTTY - whether standard output is a terminal
 * @param columns - the terminal's width (`process.stdout.columns`)
 * @param env - the environment
 * @returns the width in characters, or undefined
 * @example
 * ```ts
 * terminalWidth(true, 120, {}); // 120
 * terminalWidth(false, undefined, { COLUMNS: '100' }); // 100
 * terminalWidth(false, undefined, {}); // undefined
 * ```
 */
export function terminalWidth(isTTY: boolean | undefined, columns: number | undefined, env: Readonly<Record<string, string | undefined>>): number | undefined {
  const asked = /^\d+$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : undefined;
  const width = asked ?? (isTTY === true ? columns : undefined);
  return width !== undefined && width >= NARROWEST ? width : undefined;
}
