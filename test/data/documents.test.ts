import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Condition, checkDataset, checkOfferDocument, embeddedDataset, ukGeography } from '../../src/index.js';
import {
  GENERATED_DIR,
  SCHEMA_FILE,
  parseDocumentFiles,
  readDocumentFiles,
  renderDatasetModules,
  renderJsonSchema,
} from '../../scripts/generate-dataset.js';

const CSV = new URL('../../data/uk-local-authorities/uk_local_authorities.csv', import.meta.url);

/**
 * Real area codes: every gss-code of the mySociety registry, plus the areas it lacks that the
 * dataset names (the three nations, and the North East Combined Authority of May 2024, a known
 * gap of the registry listed in data/uk-local-authorities/SOURCE.md).
 */
function realAreaCodes(): Set<string> {
  const lines = readFileSync(CSV, 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const column = header.indexOf('gss-code');
  const codes = new Set<string>(['E92000001', 'W92000004', 'S92000003', 'N92000002', 'E47000014']);
  for (const line of lines.slice(1)) {
    // gss-code comes after two fields that may be quoted and hold commas
    const match = /,([ENSWK]\d{8}),\d{4}-\d{2}-\d{2}|,([ENSWK]\d{8}),,/.exec(line);
    const code = match?.[1] ?? match?.[2];
    if (code !== undefined) codes.add(code);
  }
  expect(column).toBeGreaterThan(-1);
  return codes;
}

function conditionAreas(condition: Condition): string[] {
  switch (condition.type) {
    case 'residence':
      return [...condition.within];
    case 'responsible-authority':
      return [...(condition.areas ?? [])];
    case 'fact':
      return [...(condition.within ?? [])];
    case 'any-of':
      return condition.conditions.flatMap(conditionAreas);
    default:
      return [];
  }
}

const files = readDocumentFiles();
const offers = embeddedDataset.documents.flatMap((d) => d.offers.map((offer) => ({ document: d, offer })));

describe('the embedded dataset', () => {
  it('has no lastChecked or source date after today (a slip of the year)', () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10); // today in any time zone
    const future = offers.flatMap(({ offer }) => [offer.lastChecked, ...offer.sources.map((s) => s.date)].filter((d) => d !== undefined && d > tomorrow).map((d) => `${offer.id}: ${d}`));
    expect(future).toEqual([]);
  });

  it.each(files.map((f) => [f.name, f.text] as const))('%s validates against the OfferDocument schema', (_, text) => {
    const result = checkOfferDocument(parse(text));
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it('starts every YAML document with the schema comment for editors, and keeps it in a region or nation folder', () => {
    for (const file of files) {
      expect(file.name, file.name).toMatch(/^(national|north-east|north-west|yorkshire-and-the-humber|east-midlands|west-midlands|east-of-england|london|south-east|south-west)\/[a-z0-9-]+\.yaml$/);
      expect(file.text.startsWith('# yaml-language-server: $schema=../../../../schema/offer-document.schema.json\n'), file.name).toBe(true);
    }
  });

  it('is a valid dataset whose offer ids are unique', () => {
    expect(checkDataset(embeddedDataset).success).toBe(true);
    const ids = offers.map((o) => o.offer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one document per provider', () => {
    const providers = embeddedDataset.documents.map((d) => d.provider.code);
    expect(new Set(providers).size).toBe(providers.length);
  });

  it('gives every offer a source, a last-checked date and a description', () => {
    for (const { offer } of offers) {
      expect(offer.sources.length, offer.id).toBeGreaterThan(0);
      for (const source of offer.sources) expect(source.url ?? source.file, offer.id).toBeTruthy();
      expect(offer.lastChecked, offer.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(offer.description.length, offer.id).toBeGreaterThan(20);
    }
  });

  it('cites seed files only as the publication they are (title, publisher, date) from data/seed-publications.json', () => {
    const catalogue = JSON.parse(readFileSync(new URL('../../data/seed-publications.json', import.meta.url), 'utf8')) as {
      publications: { file: string; title: string; publisher: string; date: string }[];
    };
    const byFile = new Map(catalogue.publications.map((p) => [p.file, p]));
    const cited = offers.flatMap(({ offer }) => offer.sources.filter((s) => s.file !== undefined).map((source) => ({ id: offer.id, source })));
    expect(cited.length).toBeGreaterThan(0);
    for (const { id, source } of cited) {
      const publication = byFile.get(source.file!);
      expect(publication, `${id} cites ${source.file}`).toBeDefined();
      expect({ id, title: source.title, publisher: source.publisher }).toEqual({ id, title: publication!.title, publisher: publication!.publisher });
      if (/^\d{4}-\d{2}-\d{2}$/.test(publication!.date)) expect({ id, date: source.date }).toEqual({ id, date: publication!.date });
    }
  });

  it('cites web pages by http or https address only', () => {
    for (const { offer } of offers) {
      for (const source of offer.sources) if (source.url !== undefined) expect(source.url, offer.id).toMatch(/^https?:\/\//);
    }
  });

  it('names only real area codes: providers, conditions and coverage claims', () => {
    const real = realAreaCodes();
    const named: [string, string][] = [];
    for (const document of embeddedDataset.documents) {
      if (!document.provider.code.startsWith('org:')) named.push([document.provider.name, document.provider.code]);
      for (const claim of document.coverage ?? []) claim.areas.forEach((a) => named.push([`${document.provider.name} coverage`, a]));
      for (const offer of document.offers) {
        for (const version of Object.values(offer.versions)) {
          version.eligibility.flatMap(conditionAreas).forEach((a) => named.push([offer.id, a]));
        }
      }
    }
    expect(named.filter(([, code]) => !real.has(code))).toEqual([]);
    expect(named.filter(([, code]) => !ukGeography.has(code))).toEqual([]);
  });

  it('is not fictional', () => {
    expect(embeddedDataset.documents.filter((d) => d.fictional)).toEqual([]);
  });

  it('the generated modules are up to date with the YAML documents', () => {
    const expected = renderDatasetModules(files.map((f) => f.name), parseDocumentFiles(files));
    expect(expected).toHaveLength(files.length + 3);
    for (const file of expected) expect(readFileSync(join(GENERATED_DIR, file.path), 'utf8'), file.path).toBe(file.text);
  });

  it('the committed JSON Schema is up to date', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderJsonSchema());
  });
});
