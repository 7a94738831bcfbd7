import { visibleWidth } from './style.js';

/**
 * Lays out rows as an aligned table with a header row and a rule under it. Columns are padded to
 * their widest cell; the last column is not padded, so long explanations run on (its rule stops
 * at 40 characters). With no rows there is no table: nothing is printed, not even the headers.
 *
 * @param headers - the column headings
 * @param rows - the cells, row by row (already styled if wanted)
 * @param options - `indent`, spaces before each line (2 by default), and `style` for the headings
 * @returns the table, one line per row, ending with a newline; '' when there are no rows
 * @example
 * ```ts
 * renderTable(['kind', 'outcome'], [['mentor', 'eligible']], { indent: 0 });
 * // 'kind    outcome\n──────  ────────\nmentor  eligible\n'
 * renderTable(['kind', 'outcome'], []); // ''
 * ```
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: { readonly indent?: number; readonly heading?: (text: string) => string } = {},
): string {
  if (rows.length === 0) return '';
  const indent = ' '.repeat(options.indent ?? 2);
  const heading = options.heading ?? ((text: string) => text);
  const widths = headers.map((h, i) => Math.max(visibleWidth(h), ...rows.map((r) => visibleWidth(r[i] ?? ''))));
  const line = (cells: readonly string[], style: (text: string) => string = (t) => t) =>
    indent +
    cells
      .map((cell, i) => (i === cells.length - 1 ? style(cell) : style(cell) + ' '.repeat(widths[i]! - visibleWidth(cell))))
      .join('  ')
      .trimEnd();
  return [line(headers, heading), line(widths.map((w, i) => '─'.repeat(i === widths.length - 1 ? Math.min(w, Math.max(visibleWidth(headers[i] ?? ''), 40)) : w))), ...rows.map((r) => line(r))].join('\n') + '\n';
}
