import { visibleWidth } from './style.js';
import { wrapText } from './wrap-text.js';

/**
 * Text output with its lines wider than the width wrapped at their spaces: a paragraph (the person
 * described, a note, a summary) or a source's title. Each wrapped line goes on under the start of
 * its text, past any list mark (`[3] `, `- `); a word wider than the room, such as an address, is
 * left whole. Lines that fit, the tables among them (fitted already), are left as they are.
 *
 * @param text - the output, perhaps coloured
 * @param width - the width to fit (undefined: the text unchanged)
 * @returns the text
 * @example
 * ```ts
 * fitProse('  [3] Care leavers to get free prescriptions\n', 24);
 * // '  [3] Care leavers to\n      get free\n      prescriptions\n'
 * fitProse('a long line of text', undefined); // 'a long line of text'
 * ```
 */
export function fitProse(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .map((line) => {
      if (visibleWidth(line) <= width) return line;
      const lead = /^( *(?:\[\d+\] |- )?)/.exec(line)![1]!;
      const hang = ' '.repeat(lead.length);
      return wrapText(line.slice(lead.length), Math.max(1, width - lead.length), { cut: false })
        .map((l, i) => (i === 0 ? lead : hang) + l)
        .join('\n');
    })
    .join('\n');
}
