import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../scripts/parse-csv.js';

describe('parseCsv', () => {
  it('reads quoted fields that hold commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('reads CRLF line ends, a byte order mark and a last line without a line end', () => {
    expect(parseCsv('\ufeffa,b\r\n1,\r\n2,3')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['2', '3'],
    ]);
  });

  it('keys records by the header and rejects a row with the wrong number of fields', () => {
    expect(parseCsvRecords('a,b\n1,2\n')).toEqual([{ a: '1', b: '2' }]);
    expect(() => parseCsvRecords('a,b\n1\n')).toThrow(/row 2 has 1 fields/);
  });
});
