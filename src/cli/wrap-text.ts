import { STYLE_CODE, visibleWidth } from './style.js';

/** The style codes still open at the end of some text, given those open at its start (bold and dim end together at 22, colours at 39, all at 0). */
function openAfter(text: string, open: readonly string[]): string[] {
  let now = [...open];
  for (const [, code = ''] of text.matchAll(STYLE_CODE)) {
    if (code === '0' || code === '') now = [];
    else if (code === '22') now = now.filter((o) => o !== '1' && o !== '2');
    else if (code === '39') now = now.filter((o) => !/^3[0-7]$/.test(o));
    else now.push(code);
  }
  return now;
}

/** The code that ends a style opened by a code. */
function closer(code: string): string {
  if (code === '1' || code === '2') return '22';
  return /^3[0-7]$/.test(code) ? '39' : '0';
}

/** A word too long for the width, cut into pieces of the width (colour codes kept with the characters they precede). */
function pieces(word: string, width: number): string[] {
  const out: string[] = [];
  let piece = '';
  let seen = 0;
  // Split around the codes: their numbers come at the odd places.
  for (const [i, part] of word.split(STYLE_CODE).entries()) {
    if (i % 2 === 1) {
      piece += `\u001b[${part}m`;
      continue;
    }
    for (const char of part) {
      if (seen === width) {
        out.push(piece);
        piece = '';
        seen = 0;
      }
      piece += char;
      seen += 1;
    }
  }
  out.push(piece);
  return out;
}

/**
 * Wraps text to a width at its spaces (a word longer than the width is cut), keeping colour: a
 * style open at the end of a line is closed there and opened again on the next, so that the
 * columns beside it are not coloured.
 *
 * @param text - the text, perhaps coloured
 * @param width - the most characters a line may show (at least 1)
 * @param options - `cut: false` leaves a word longer than the width whole, on a line of its own
 *   (an address to copy), rather than cutting it
 * @returns the lines, at least one ('' for empty text)
 * @example
 * ```ts
 * wrapText('no offer is encoded for Leeds', 12); // ['no offer is', 'encoded for', 'Leeds']
 * wrapText('see https://example.org/a/long/page', 12, { cut: false }); // ['see', 'https://example.org/a/long/page']
 * wrapText('\u001b[2m[1, 2]\u001b[22m', 4); // ['\u001b[2m[1,\u001b[22m', '\u001b[2m2]\u001b[22m']
 * ```
 */
export function wrapText(text: string, width: number, options: { readonly cut?: boolean } = {}): string[] {
  const cut = options.cut ?? true;
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(' ').flatMap((w) => (cut && visibleWidth(w) > width ? pieces(w, width) : [w]))) {
    const wordWidth = visibleWidth(word);
    if (line === '') {
      line = word;
      lineWidth = wordWidth;
    } else if (lineWidth + 1 + wordWidth > width) {
      lines.push(line.trimEnd());
      line = word;
      lineWidth = wordWidth;
    } else {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
    }
  }
  lines.push(line.trimEnd());
  // Carry each line's open styles over to the next.
  let open: string[] = [];
  return lines.map((l) => {
    const start = open.map((code) => `\u001b[${code}m`).join('');
    open = openAfter(l, open);
    const end = open.map((code) => `\u001b[${closer(code)}m`).join('');
    return `${start}${l}${end}`;
  });
}
