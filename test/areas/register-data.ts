// Reads mySociety's CSV files from the repository's copy in data/ for tests (tests may use the file system; the library may not).
import { readFileSync } from 'node:fs';
import { parseCsvRecords } from '../../scripts/parse-csv.js';

const folder = new URL('../../data/uk-local-authorities/', import.meta.url);

/** The rows of one of the register's CSV files. */
export function readRegisterCsv(name: string): Record<string, string>[] {
  return parseCsvRecords(readFileSync(new URL(name, folder), 'utf8'));
}
