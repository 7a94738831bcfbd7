import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadOfferDocument } from '../../src/index.js';
import { readDocumentFiles } from '../../scripts/generate-dataset.js';
import { fictionalOfferYaml } from '../fixtures/fictional-offer-yaml.js';

// The JSON Schema an author's editor checks their document with (schema/offer-document.schema.json)
// against validate: what the schema refuses, validate refuses too, and every embedded document and
// example passes both. validate checks more than JSON Schema can say (ids unique, area codes real,
// a value's type for its kind, …): those differences are listed in docs/encoding-offers.md.
const schema = JSON.parse(readFileSync('schema/offer-document.schema.json', 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const editorAccepts = ajv.compile(schema);

const BASE = fictionalOfferYaml();

describe('the JSON Schema and validate agree', () => {
  it('every embedded document, and every valid example, passes the editor\'s schema', () => {
    const refused = readDocumentFiles().filter((file) => !editorAccepts(parse(file.text)));
    expect(refused.map((f) => f.name)).toEqual([]);
    for (const example of ['ashby-moor-local-offer.yaml', 'northvale-guarantee.yaml']) {
      expect(editorAccepts(parse(readFileSync(`examples/fictional-region/${example}`, 'utf8'))), example).toBe(true);
    }
  });

  it.each([
    ['a mailto: url', "url: 'mailto:care@example.org'"],
    ['a javascript: url', "url: 'javascript:alert(1)'"],
    ['an ftp: url', "url: 'ftp://example.org/offer.pdf'"],
    ['no eligibility condition', 'eligibility: []'],
    ['a percentage over 100', 'percent: 150'],
    ['an unknown kind', 'kind: council-tax'],
    ['an unknown field', "lastChecked: '2026-11-23'\n    colour: blue"],
  ])('both refuse %s', (_, change) => {
    const [from, to] = change.startsWith('url')
      ? ["url: 'https://example.org/fictional'", change]
      : change.startsWith('eligibility')
        ? ['eligibility: [{ type: age, from: 18, until: 25 }]', change]
        : change.startsWith('percent')
          ? ['percent: 100', change]
          : change.startsWith('kind')
            ? ['kind: council-tax-exemption', change]
            : ["lastChecked: '2026-11-23'", change];
    const text = BASE.replace(from, to);
    expect(text).not.toBe(BASE);
    expect(loadOfferDocument(text, 'fictional.yaml').success).toBe(false);
    expect(editorAccepts(parse(text))).toBe(false);
  });

  it('both refuse except without scope within, and both accept it with scope within', () => {
    const own = BASE.replace('eligibility: [{ type: age, from: 18, until: 25 }]', 'eligibility: [{ type: responsible-authority, scope: own, except: [E08999001] }]');
    const within = BASE.replace('eligibility: [{ type: age, from: 18, until: 25 }]', 'eligibility: [{ type: responsible-authority, scope: within, areas: [E92000001], except: [E08999001] }]');
    expect([own, within].every((text) => text !== BASE)).toBe(true);
    expect([loadOfferDocument(own, 'fictional.yaml').success, editorAccepts(parse(own))]).toEqual([false, false]);
    expect([loadOfferDocument(within, 'fictional.yaml').success, editorAccepts(parse(within))]).toEqual([true, true]);
  });

  it.each([
    ['the base document', BASE],
    ['a url with a space and an accent', BASE.replace("url: 'https://example.org/fictional'", "url: 'https://example.org/offre de café.pdf'")],
    ['a url with brackets', BASE.replace("url: 'https://example.org/fictional'", "url: 'https://example.org/page?a[0]=1'")],
  ])('both accept %s', (_, text) => {
    expect(loadOfferDocument(text, 'fictional.yaml').success).toBe(true);
    expect(editorAccepts(parse(text))).toBe(true);
  });
});

describe('the JSON Schema helps an author in an editor', () => {
  it('describes every field (but the type of a value or condition, whose values say it)', () => {
    const undescribed: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((child) => walk(child, path));
      if (typeof node !== 'object' || node === null) return;
      const { properties } = node as { properties?: Record<string, Record<string, unknown>> };
      if (properties !== undefined) {
        for (const [name, field] of Object.entries(properties)) {
          if (name !== 'type' && name !== 'scope' && field.description === undefined && field.$ref === undefined) undescribed.push(`${path}.${name}`);
        }
      }
      for (const [key, child] of Object.entries(node)) walk(child, key === 'properties' ? path : `${path}/${key}`);
    };
    walk(schema, '');
    expect(undescribed).toEqual([]);
  });
});
