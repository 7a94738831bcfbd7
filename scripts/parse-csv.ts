/**
 * A small RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line breaks.
 * Used by the areas generator and by tests; the library itself never reads CSV.
 *
 * @param text - the whole file
 * @returns the rows, each an array of fields (a trailing empty line is ignored)
 * @example
 * ```ts
 * parseCsv('a,b\n"x, y",z\n'); // [['a', 'b'], ['x, y', 'z']]
 * ```
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Reads CSV text with a header row into one record per row, keyed by column name.
 *
 * @param text - the whole file, header first
 * @returns one object per data row
 * @throws {Error} when a row has a different number of fields from the header
 * @example
 * ```ts
 * parseCsvRecords('a,b\n1,2\n'); // [{ a: '1', b: '2' }]
 * ```
 */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return [];
  return rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${index + 2} has ${row.length} fields; the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((name, i) => [name, row[i]!]));
  });
}
