import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHOICE_FACT_VALUES, FACT_VALUE_TYPES, KIND_INFO, acceptedValueTypes } from '../../src/index.js';

// The authors' guide lists every kind with its value types, and every fact a condition can test:
// the tables must say what the schema accepts (a council officer's review found count, which no
// kind takes, and 12 of 14 facts named nowhere in the guide).
const guide = readFileSync('docs/encoding-offers.md', 'utf8');

/** The rows of the guide's table whose header starts with `header`, as cells. */
function tableRows(header: string): string[][] {
  const lines = guide.split('\n');
  const start = lines.findIndex((line) => line.startsWith(header));
  expect(start, `a table headed ${header}`).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!.split('|').slice(1, -1).map((c) => c.trim()));
  return rows;
}

const code = (cell: string) => cell.replace(/`/g, '');

describe('the vocabulary tables of docs/encoding-offers.md', () => {
  it('lists every kind once, with its label and the value types it takes, in the order of KIND_INFO', () => {
    const rows = tableRows('| kind | what it is | value types |');
    expect(rows.map((r) => code(r[0]!))).toEqual(Object.keys(KIND_INFO));
    for (const [kind, label, types] of rows) {
      const k = code(kind!) as keyof typeof KIND_INFO;
      expect(label).toBe(KIND_INFO[k].label);
      expect(types!.split(', ').map(code)).toEqual(acceptedValueTypes(k));
    }
  });

  it('lists every fact once, with the values it takes', () => {
    const rows = tableRows('| fact | values |');
    expect(rows.map((r) => code(r[0]!)).sort()).toEqual(Object.keys(FACT_VALUE_TYPES).sort());
    for (const [fact, values] of rows) {
      const type = FACT_VALUE_TYPES[code(fact!) as keyof typeof FACT_VALUE_TYPES];
      if (type === 'yes-no') expect(values).toBe('yes/no');
      else if (type !== 'area') expect(values!.split(', ').map(code)).toEqual(CHOICE_FACT_VALUES[type]);
      else expect(values).toContain('`within`');
    }
  });
});
