import { visibleWidth } from './style.js';
import { wrapText } from './wrap-text.js';

/** Options for {@link renderTable}. */
export interface RenderTableOptions {
  /** Spaces before each line (2 by default). */
  readonly indent?: number;
  /** The style of the headings. */
  readonly heading?: (text: string) => string;
  /**
   * The width to fit the table to (the terminal's, see `terminalWidth`): a table wider than it
   * has its columns' text wrapped, and one that cannot fit so is laid out row by row, each cell
   * under its heading. Undefined: every row on one line, however long.
   */
  readonly width?: number | undefined;
}

/** A column narrower than this (or than its heading) is not made by wrapping. */
const NARROWEST_COLUMN = 12;
/** Nor is the last column (the reasons) made narrower than this. */
const NARROWEST_LAST_COLUMN = 30;
/** A column is kept wide enough for its longest word, up to this width (a longer word is cut). */
const LONGEST_UNCUT_WORD = 20;
const GAP = 2;

/**
 * The narrowest each column may be made: its heading, its longest word (up to
 * {@link LONGEST_UNCUT_WORD}, so that a word is not cut), and {@link NARROWEST_COLUMN} (the last
 * column {@link NARROWEST_LAST_COLUMN}), or its natural width if that is less.
 */
function leastWidths(headers: readonly string[], rows: readonly (readonly string[])[], natural: readonly number[]): number[] {
  return headers.map((h, i) => {
    const longestWord = Math.max(...rows.flatMap((r) => (r[i] ?? '').split(' ').map(visibleWidth)));
    const floor = i === headers.length - 1 ? NARROWEST_LAST_COLUMN : NARROWEST_COLUMN;
    return Math.min(natural[i]!, Math.max(visibleWidth(h), floor, Math.min(longestWord, LONGEST_UNCUT_WORD)));
  });
}

/**
 * The columns' widths within the room there is: the last column (the reasons) is given half the
 * room, or what it needs if less, and the others share the rest, the widest narrowed first (to no
 * less than their least widths); what they leave goes back to the last. Null when even the least
 * widths do not fit.
 */
function fittedWidths(natural: readonly number[], least: readonly number[], room: number): number[] | null {
  const last = natural.length - 1;
  const othersLeast = least.slice(0, last).reduce((a, b) => a + b, 0);
  if (othersLeast + least[last]! > room) return null;
  const lastWidth = Math.max(least[last]!, Math.min(natural[last]!, Math.floor(room / 2), room - othersLeast));
  const rest = room - lastWidth;
  let level = Math.max(...natural.slice(0, last));
  const at = (cap: number) => natural.slice(0, last).map((w, i) => Math.max(least[i]!, Math.min(w, cap)));
  while (at(level).reduce((a, b) => a + b, 0) > rest) level -= 1;
  const others = at(level);
  return [...others, Math.min(natural[last]!, room - others.reduce((a, b) => a + b, 0))];
}

/**
 * Lays out rows as an aligned table with a header row and a rule under it. Columns are padded to
 * their widest cell; the last column is not padded, so long explanations run on (its rule stops
 * at 40 characters). With a `width`, a wider table is fitted to it: each column's text wraps
 * within the column (rows then separated by a blank line), or, on a screen too narrow for that,
 * each row is printed as a block, its first cell and then each other cell after its heading. With
 * no rows there is no table: nothing is printed, not even the headers.
 *
 * @param headers - the column headings
 * @param rows - the cells, row by row (already styled if wanted)
 * @param options - indent, the headings' style, and the width to fit
 * @returns the table, ending with a newline; '' when there are no rows
 * @example
 * ```ts
 * renderTable(['kind', 'outcome'], [['mentor', 'eligible']], { indent: 0 });
 * // 'kind    outcome\n──────  ────────\nmentor  eligible\n'
 * renderTable(['kind', 'outcome'], []); // ''
 * renderTable(['kind', 'why'], [['mentor', 'no mentor offer is encoded for Leeds, so what they give is not known']], { indent: 0, width: 50 });
 * // 'kind    why\n──────  ────────────────────────────────────────\nmentor  no mentor offer is encoded for Leeds, so\n        what they give is not known\n'
 * ```
 */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], options: RenderTableOptions = {}): string {
  if (rows.length === 0) return '';
  const indent = ' '.repeat(options.indent ?? 2);
  const heading = options.heading ?? ((text: string) => text);
  const natural = headers.map((h, i) => Math.max(visibleWidth(h), ...rows.map((r) => visibleWidth(r[i] ?? ''))));
  const room = options.width === undefined ? undefined : options.width - indent.length - GAP * (headers.length - 1);
  const widths = room === undefined || natural.reduce((a, b) => a + b, 0) <= room ? natural : fittedWidths(natural, leastWidths(headers, rows, natural), room);
  if (widths === null) return stackedRows(headers, rows, indent, heading, options.width!);
  const wrapped = widths !== natural;
  const line = (cells: readonly string[], style: (text: string) => string = (t) => t) => {
    const columns = cells.map((cell, i) => (wrapped ? wrapText(cell, widths[i]!) : [cell]));
    const height = Math.max(...columns.map((c) => c.length));
    return Array.from({ length: height }, (_, n) =>
      indent +
      columns
        .map((column, i) => {
          const text = column[n] ?? '';
          return i === columns.length - 1 ? style(text) : style(text) + ' '.repeat(widths[i]! - visibleWidth(text));
        })
        .join(' '.repeat(GAP))
        .trimEnd(),
    ).join('\n');
  };
  const body = rows.map((r) => line(r));
  // Rows of several lines are told apart by a blank line between them.
  const between = wrapped && body.some((b) => b.includes('\n')) ? '\n\n' : '\n';
  const rule = line(widths.map((w, i) => '─'.repeat(i === widths.length - 1 ? Math.min(w, Math.max(visibleWidth(headers[i] ?? ''), 40)) : w)));
  return `${line(headers, heading)}\n${rule}\n${body.join(between)}\n`;
}

/**
 * Each row as a block for a screen too narrow for the columns: its first cell, then each other
 * cell after its heading, wrapped with a hanging indent; a cell with nothing to say ("—") is left out.
 */
function stackedRows(headers: readonly string[], rows: readonly (readonly string[])[], indent: string, heading: (text: string) => string, width: number): string {
  const under = `${indent}${' '.repeat(GAP)}`;
  const room = Math.max(1, width - under.length - GAP);
  return (
    rows
      .map((row) =>
        [
          ...wrapText(row[0] ?? '', Math.max(1, width - indent.length)).map((l) => `${indent}${heading(l)}`),
          ...row
            .slice(1)
            .flatMap((cell, i) => (cell === '—' || cell === '' ? [] : wrapText(`${headers[i + 1]}: ${cell}`, room).map((l, n) => `${under}${n === 0 ? '' : ' '.repeat(GAP)}${l}`))),
        ].join('\n'),
      )
      .join('\n\n') + '\n'
  );
}
