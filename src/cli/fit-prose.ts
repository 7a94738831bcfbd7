import { visibleWidth } from './style.js';
import { wrapText } from './wrap-text.js';

/**
 * Text output with its lines wider than the width wrapped at their spaces: a paragraph (the person
 * described, a note, a summary) or a source's title. Each wrapped line goes on under the start of
 * its text, past any list mark (`[3] `, `- `) or the first column of a line laid out in columns (a
 * command or an option and what it does); a word wider than the room, such as an address, is left
 * whole. Lines that fit, the tables among them (fitted already), are left as they are.
 *
 * @param text - the output, perhaps coloured
 * @param width - the width to fit (undefined: the text unchanged)
 * @returns the text
 * @example
 * ```ts
 * fitProse('  [3] Care leavers to get free prescriptions\n', 24);
 * // '  [3] Care leavers to\n      get free\n      prescriptions\n'
 * fitProse('  move   what changes if they move\n', 24); // '  move   what changes if\n         they move\n'
 * fitProse('a long line of text', undefined); // 'a long line of text'
 * ```
 */
export function fitProse(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .map((line) => {
      if (visibleWidth(line) <= width) return line;
      // What the wrapped lines go on under: past a list mark, or past the first column of a line
      // laid out in columns ("  move           what changes if they move").
      const lead = (/^( *\S(?:.*?\S)? {2,})(?=\S)/.exec(line) ?? /^( *(?:\[\d+\] |- )?)/.exec(line))![1]!;
      const hang = ' '.repeat(lead.length);
      return wrapText(line.slice(lead.length), Math.max(1, width - lead.length), { cut: false })
        .map((l, i) => (i === 0 ? lead : hang) + l)
        .join('\n');
    })
    .join('\n');
}

/**
 * Whether a line belongs to a list or a table rather than to prose, and is never joined to the
 * lines around it: an item (`- item`, `[3] source`), an indented option (`  --born`), or a line laid
 * out in columns (two spaces or more between its words).
 */
function isListLine(line: string): boolean {
  return /^ *(?:- |\[\d+\] )/.test(line) || /^ +--?[a-z]/.test(line) || /\S {2,}\S/.test(line);
}

/**
 * Paragraphs of text (separated by blank lines) reflowed to a width: the lines of a paragraph's
 * prose (its first line at the margin, the others at the margin or all indented alike, a hanging
 * indent) are joined and wrapped again at their spaces, so that a width narrower than the one they
 * were written for reads evenly; the lines after them (a list, a command) have only their long
 * lines wrapped ({@link fitProse}). A paragraph that fits is left as it is.
 *
 * @param text - the text
 * @param width - the width to fit (undefined: the text unchanged)
 * @returns the text
 * @example
 * ```ts
 * reflowProse('What a care leaver is entitled to on a date,\nkind by kind.\n', 24);
 * // 'What a care leaver is\nentitled to on a date,\nkind by kind.\n'
 * ```
 */
export function reflowProse(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return text
    .split('\n\n')
    .map((paragraph) => {
      if (paragraph.split('\n').every((line) => visibleWidth(line) <= width)) return paragraph;
      const lines = paragraph.split('\n');
      if (lines[0] === undefined || /^ /.test(lines[0]) || isListLine(lines[0])) return fitProse(paragraph, width);
      // The prose: the first line, and the lines after it at one indent that are not a list's (a
      // heading such as "Commands:" has none).
      const hang = lines.length > 1 && lines[1] !== '' ? /^ */.exec(lines[1]!)![0].length : 0;
      let end = 1;
      while (!lines[0].endsWith(':') && end < lines.length && lines[end] !== '' && /^ */.exec(lines[end]!)![0].length === hang && !isListLine(lines[end]!)) end += 1;
      const prose = wrapText(lines.slice(0, end).map((line) => line.trim()).join(' '), Math.max(1, width - hang), { cut: false }).map((line, i) => (i === 0 ? line : ' '.repeat(hang) + line));
      const after = lines.slice(end).join('\n');
      return end === lines.length ? prose.join('\n') : `${prose.join('\n')}\n${fitProse(after, width)}`;
    })
    .join('\n\n');
}
