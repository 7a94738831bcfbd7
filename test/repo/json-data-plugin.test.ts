import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_MODULE, withJsonFile, withJsonParse } from '../../scripts/json-data-plugin.js';
import { AREA_ROWS, NAME_KEYS } from '../../src/areas/registry.generated.js';
import { embeddedDataset } from '../../src/index.js';

const root = new URL('../../', import.meta.url).pathname;

/** The values a rewritten module hands to JSON.parse, in order. */
function parsedValues(text: string): unknown[] {
  return [...text.matchAll(/JSON\.parse\(("(?:[^"\\]|\\.)*")\)/g)].map((m) => JSON.parse(JSON.parse(m[1]!) as string));
}

describe('the command line build’s JSON data plugin', () => {
  it('rewrites a declaration’s JSON value as a JSON.parse string, and leaves the rest of the module alone', () => {
    expect(withJsonParse('export const A: number[] = [\n1,\n2\n];\n')).toBe('export const A: number[] = JSON.parse("[1,2]");\n');
    const document = "import type { OfferDocument } from '../x.js';\n\nconst document: OfferDocument = {\n  \"a\": [\n    1\n  ]\n};\nexport default document;\n";
    expect(withJsonParse(document)).toBe("import type { OfferDocument } from '../x.js';\n\nconst document: OfferDocument = JSON.parse(\"{\\\"a\\\":[1]}\");\nexport default document;\n");
    expect(() => withJsonParse('const A: X = {\nb: 1\n};\n')).toThrow();
  });

  it('gives the registry’s areas and name keys unchanged', () => {
    const text = readFileSync(join(root, 'src/areas/registry.generated.ts'), 'utf8');
    expect(DATA_MODULE.test('src/areas/registry.generated.ts')).toBe(true);
    expect(parsedValues(withJsonParse(text))).toEqual([AREA_ROWS, NAME_KEYS]);
  });

  it('moves a document’s JSON to a file read when the module first runs', () => {
    const document = "import type { OfferDocument } from '../x.js';\n\nconst document: OfferDocument = {\n  \"a\": [\n    1\n  ]\n};\nexport default document;\n";
    const { contents, json } = withJsonFile(document, 'cli-data/north-west/x.json');
    expect(json).toBe('{"a":[1]}');
    expect(contents).toBe(
      "import { readFileSync } from 'node:fs';\nimport { join } from 'node:path';\nimport type { OfferDocument } from '../x.js';\n\n" +
        "const document: OfferDocument = JSON.parse(readFileSync(join(__dirname, \"cli-data/north-west/x.json\"), 'utf8'));\nexport default document;\n",
    );
  });

  it('gives every offer document unchanged', () => {
    const dir = join(root, 'src/data/embedded-documents');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
    expect(files).toHaveLength(embeddedDataset.documents.length);
    const documents = files.map((f) => {
      expect(DATA_MODULE.test(join(dir, f))).toBe(true);
      return JSON.parse(withJsonFile(readFileSync(join(dir, f), 'utf8'), 'x.json').json) as unknown;
    });
    const byProvider = (list: readonly unknown[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(byProvider(documents)).toEqual(byProvider(embeddedDataset.documents));
  });
});
