/**
 * Text made safe for a terminal: control characters that could move the cursor, rewrite the
 * screen, set the window title or hide text (carriage return, backspace, escape sequences other
 * than colours, other C0 and C1 controls) are shown as `\u{…}` escapes instead of being obeyed.
 * Newlines, tabs and colour (SGR) sequences are kept. Offer documents come from many hands, and
 * the command line prints their text; JSON output is escaped by JSON itself.
 *
 * @param text - what is about to be printed
 * @returns the same text with unsafe controls escaped
 * @example
 * ```ts
 * terminalSafe('Bolton\u001b]0;owned\u0007'); // 'Bolton\\u{1b}]0;owned\\u{7}'
 * terminalSafe('\u001b[1mbold\u001b[22m\n'); // unchanged
 * ```
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (match) =>
    match.length > 1 ? match : `\\u{${match.codePointAt(0)!.toString(16)}}`,
  );
}
