import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/cli/render-table.js';
import { visibleWidth } from '../../src/cli/style.js';

describe('renderTable', () => {
  it('aligns the columns under a rule, one for each heading', () => {
    expect(renderTable(['kind', 'outcome'], [['mentor', 'eligible']], { indent: 0 })).toBe('kind    outcome\n──────  ────────\nmentor  eligible\n');
  });

  it('prints nothing when no row remains, not headers over an empty rule', () => {
    expect(renderTable(['kind', 'outcome'], [])).toBe('');
  });

  const why = 'no mentor offer is encoded for Leeds, so what they give is not known';

  it('leaves a table that fits the width as it is, and prints every row on one line without a width', () => {
    const rows = [['mentor', why]];
    expect(renderTable(['kind', 'why'], rows, { width: 200 })).toBe(renderTable(['kind', 'why'], rows));
    expect(renderTable(['kind', 'why'], rows).split('\n')[2]).toBe(`  mentor  ${why}`);
  });

  it('wraps the columns of a wider table within the width, rows of several lines apart', () => {
    expect(renderTable(['kind', 'why'], [['mentor', why], ['rent guarantor', 'unknown']], { indent: 0, width: 50 })).toBe(
      [
        'kind            why',
        '──────────────  ──────────────────────────────────',
        'mentor          no mentor offer is encoded for',
        '                Leeds, so what they give is not',
        '                known',
        '',
        'rent guarantor  unknown',
        '',
      ].join('\n'),
    );
  });

  it('lays each row out as a block, each cell after its heading, where the columns cannot fit', () => {
    expect(renderTable(['kind', 'outcome', 'provider', 'why'], [['Rent guarantor', 'unknown', '—', why]], { indent: 2, width: 40 })).toBe(
      ['  Rent guarantor', '    outcome: unknown', '    why: no mentor offer is encoded', '      for Leeds, so what they give is', '      not known', ''].join('\n'),
    );
  });

  const cell = fc.oneof(fc.constant('—'), fc.array(fc.stringMatching(/^[A-Za-z0-9,;()-]{1,16}$/), { minLength: 1, maxLength: 25 }).map((words) => words.join(' ')));

  /** The cells of each row as printed, read back from the table (each cell's lines joined by spaces). */
  function readBack(table: string, headers: readonly string[], count: number): string[][] {
    const lines = table.trimEnd().split('\n');
    if (lines[1]?.includes('─')) {
      // Columns: where each begins is where its rule begins.
      const starts = [...lines[1].matchAll(/─+/g)].map((m) => m.index);
      // Rows of several lines are set apart by blank lines (one row is the whole body).
      const body = lines.slice(2).join('\n');
      const blocks = count === 1 ? [body] : body.split(body.includes('\n\n') ? '\n\n' : '\n');
      return blocks.map((block) =>
        starts.map((start, i) =>
          block
            .split('\n')
            .map((line) => line.slice(start, starts[i + 1]).trim())
            .filter((text) => text !== '')
            .join(' '),
        ),
      );
    }
    // Blocks: the first cell, then each other cell after its heading (a cell of "—" left out).
    return table
      .trimEnd()
      .split('\n\n')
      .map((block) => {
        const cells = headers.map(() => '—');
        let at = 0;
        for (const line of block.split('\n')) {
          if (/^ {2}\S/.test(line)) cells[0] = at === 0 && cells[0] !== '—' ? `${cells[0]} ${line.trim()}` : line.trim();
          else if (/^ {4}\S/.test(line)) {
            // The heading may stand alone on its line when the cell's first word does not fit beside it.
            at = headers.findIndex((h, i) => i > 0 && (line.startsWith(`    ${h}: `) || line === `    ${h}:`));
            cells[at] = line.slice(`    ${headers[at]}:`.length).trim();
          } else cells[at] += ` ${line.trim()}`;
        }
        return cells;
      });
  }

  it('never prints a line wider than the width, and prints every cell whole (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((columns) => fc.tuple(fc.constant(columns), fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 5 }))),
        fc.option(fc.integer({ min: 20, max: 160 }), { nil: undefined }),
        ([columns, rows], width) => {
          const headers = ['kind', 'outcome', 'provider', 'value', 'ends on', 'why'].slice(-columns);
          const table = renderTable(headers, rows, { width });
          if (width !== undefined) for (const line of table.split('\n')) expect(visibleWidth(line), line).toBeLessThanOrEqual(width);
          // A word longer than its column is cut, so the cells are compared without their spaces.
          const squeezed = (cells: readonly (readonly string[])[]) => cells.map((row) => row.map((c) => c.replace(/ /g, '')));
          expect(squeezed(readBack(table, headers, rows.length))).toEqual(squeezed(rows));
        },
      ),
    );
  });
});
