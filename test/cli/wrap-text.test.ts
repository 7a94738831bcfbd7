import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/cli/wrap-text.js';
import { createStyle, visibleWidth } from '../../src/cli/style.js';
import { terminalWidth } from '../../src/cli/terminal-width.js';
import { fitProse, reflowProse } from '../../src/cli/fit-prose.js';

const style = createStyle(true);
// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** The styles open at the end of a line: bold and dim end at 22, colours at 39. */
function openAtEnd(line: string): string[] {
  let open: string[] = [];
  // eslint-disable-next-line no-control-regex
  for (const [, code] of line.matchAll(/\u001b\[([0-9;]*)m/g)) {
    if (code === '22') open = open.filter((o) => o !== '1' && o !== '2');
    else if (code === '39') open = open.filter((o) => !/^3[0-7]$/.test(o));
    else open.push(code!);
  }
  return open;
}

const word = fc.stringMatching(/^[a-z0-9,.;()[\]-]{1,14}$/);
const styled = fc.oneof(
  word,
  word.map((w) => style.green(w)),
  fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => style.dim(ws.join(' '))),
);

describe('wrapText', () => {
  it('wraps at spaces and keeps every word, in order', () => {
    expect(wrapText('no offer is encoded for Leeds', 12)).toEqual(['no offer is', 'encoded for', 'Leeds']);
    expect(wrapText('', 10)).toEqual(['']);
    expect(wrapText('short', 10)).toEqual(['short']);
  });

  it('cuts a word longer than the width', () => {
    expect(wrapText('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });

  it('closes a style at the end of a line and opens it again on the next', () => {
    expect(wrapText(`why ${style.dim('[1, 2, 3]')}`, 7)).toEqual(['why \u001b[2m[1,\u001b[22m', '\u001b[2m2, 3]\u001b[22m']);
  });

  it('never makes a line wider than the width, keeps the words in order and leaves no style open at a line end (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(styled, { minLength: 0, maxLength: 30 }), fc.integer({ min: 1, max: 60 }), (parts, width) => {
        const text = parts.join(' ');
        const lines = wrapText(text, width);
        for (const line of lines) {
          expect(visibleWidth(line)).toBeLessThanOrEqual(width);
          expect(plain(line)).not.toMatch(/ $/);
          expect(openAtEnd(line)).toEqual([]);
        }
        // Joined again, the lines give the words in order (a cut word is joined back without its space).
        const words = plain(text).split(' ').filter((w) => w !== '');
        expect(plain(lines.join(' ')).split(' ').filter((w) => w !== '').join('')).toBe(words.join(''));
        if (words.every((w) => w.length <= width)) expect(plain(lines.join(' ')).split(' ').filter((w) => w !== '')).toEqual(words);
      }),
    );
  });
});

describe('terminalWidth', () => {
  it('is COLUMNS when set, else the terminal width on a terminal, else undefined', () => {
    expect(terminalWidth(true, 120, {})).toBe(120);
    expect(terminalWidth(true, 120, { COLUMNS: '90' })).toBe(90);
    expect(terminalWidth(false, undefined, { COLUMNS: '100' })).toBe(100);
    expect(terminalWidth(false, undefined, {})).toBeUndefined();
    expect(terminalWidth(false, 120, {})).toBeUndefined();
    // A width too narrow to believe, or no number, is ignored.
    expect(terminalWidth(true, 0, {})).toBeUndefined();
    expect(terminalWidth(false, undefined, { COLUMNS: '5' })).toBeUndefined();
    expect(terminalWidth(true, 80, { COLUMNS: '' })).toBe(80);
    expect(terminalWidth(true, 80, { COLUMNS: 'wide' })).toBe(80);
  });
});

describe('fitProse', () => {
  it('wraps lines wider than the width under the start of their text, and leaves the rest', () => {
    expect(fitProse('  [3] Care leavers to get free prescriptions\n', 24)).toBe('  [3] Care leavers to\n      get free\n      prescriptions\n');
    expect(fitProse('- one two three four\nshort\n', 10)).toBe('- one two\n  three\n  four\nshort\n');
    expect(fitProse('see https://example.org/a/very/long/address', 20)).toBe('see\nhttps://example.org/a/very/long/address');
    expect(fitProse('a long line of text', undefined)).toBe('a long line of text');
  });

  it('never leaves a line wider than the width but for a word wider than its room (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(6), fc.array(styled, { maxLength: 20 })), { maxLength: 8 }), fc.integer({ min: 20, max: 100 }), (lines, width) => {
        const text = lines.map(([indent, words]) => ' '.repeat(indent) + words.join(' ')).join('\n');
        const fitted = fitProse(text, width);
        for (const line of fitted.split('\n')) if (visibleWidth(line) > width) expect(plain(line)).toMatch(/^ *\S+$/);
        expect(plain(fitted).split(/\s+/).filter((w) => w !== '')).toEqual(plain(text).split(/\s+/).filter((w) => w !== ''));
      }),
    );
  });
});

describe('reflowProse', () => {
  it('joins and wraps again the lines of a paragraph written for a wider screen, and leaves lists and paragraphs that fit', () => {
    expect(reflowProse('What a care leaver is entitled to on a date,\nkind by kind.\n', 24)).toBe('What a care leaver is\nentitled to on a date,\nkind by kind.\n');
    // A hanging indent is kept.
    expect(reflowProse('With --json: {"a", "b",\n  "c": [1, 2]}', 16)).toBe('With --json:\n  {"a", "b",\n  "c": [1, 2]}');
    // A heading and its list, and a list after prose, are not joined.
    expect(reflowProse('Commands:\n  move   what changes if they move\n  areas  list or search areas', 24)).toBe(
      'Commands:\n  move   what changes if\n         they move\n  areas  list or search\n         areas',
    );
    expect(reflowProse('Facts: give each flag that holds and\nleave out the others.\n  --higher-education\n  --apprenticeship', 30)).toBe(
      'Facts: give each flag that\nholds and leave out the\nothers.\n  --higher-education\n  --apprenticeship',
    );
    expect(reflowProse('short\nlines', 24)).toBe('short\nlines');
    expect(reflowProse('one two three', undefined)).toBe('one two three');
  });
});
