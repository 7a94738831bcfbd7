import { describe, expect, it } from 'vitest';
import {
  createGeography,
  describeValue,
  embeddedDatasetFor,
  explainEntitlement,
  explainEvaluation,
  explainGuaranteeReport,
  explainMove,
  explainReason,
  explainTimeline,
  InvalidInputError,
  loadOfferDocument,
  placesOf,
  searchAreas,
  ukGeography,
} from '../../src/index.js';

/** The issue paths of the InvalidInputError a call throws (fails on any other outcome). */
function pathsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).issues.map((i) => i.path.join('.'));
  }
  throw new Error('expected an InvalidInputError');
}

// Calls as plain JavaScript makes them: the types do not stop a wrong argument.
const untyped = <F>(f: F) => f as unknown as (...args: unknown[]) => unknown;

describe('arguments of the wrong type are named, never a TypeError', () => {
  it('loadOfferDocument reads a Buffer as UTF-8, and refuses a missing text or file name with an issue', () => {
    const bytes = new TextEncoder().encode('schemaVersion: 1\nlayer: local\n');
    const fromBytes = loadOfferDocument(bytes, 'x.yaml');
    const fromText = loadOfferDocument('schemaVersion: 1\nlayer: local\n', 'x.yaml');
    expect(fromBytes).toEqual(fromText);
    const none = untyped(loadOfferDocument)() as ReturnType<typeof loadOfferDocument>;
    expect(none).toMatchObject({ success: false, issues: [{ code: 'invalid-type', path: ['text'], message: expect.stringContaining("readFileSync(path, 'utf8')") }] });
    expect(untyped(loadOfferDocument)('a: 1', 42)).toMatchObject({ success: false, issues: [{ path: ['fileName'] }] });
  });

  it('searchAreas refuses a query that is not text', () => {
    expect(pathsOf(() => untyped(searchAreas)())).toEqual(['query']);
    expect(pathsOf(() => untyped(searchAreas)(42))).toEqual(['query']);
  });

  it('describeValue refuses undefined and an object that is not a value', () => {
    expect(pathsOf(() => untyped(describeValue)(undefined))).toEqual(['value']);
    expect(pathsOf(() => untyped(describeValue)({}))).toEqual(['value']);
  });

  it('describeValue refuses a value without the fields of its type, rather than writing "undefined%" (from a fuzzer\'s report)', () => {
    for (const bad of [{ type: 'percentage' }, { type: 'money', amount: 'lots', period: 'once' }, { type: 'count', count: 2 }, { type: 'range', low: null, high: { type: 'percentage' } }]) {
      expect(pathsOf(() => untyped(describeValue)(bad)), JSON.stringify(bad)).toEqual(['value']);
    }
    expect(describeValue({ type: 'range', low: null, high: { type: 'percentage', percent: 100 }, dependsOn: 'household' })).toBe('none to 100%, depending on household');
  });

  it('the explain functions refuse {} naming their argument', () => {
    expect(pathsOf(() => untyped(explainEvaluation)({}))).toEqual(['evaluation']);
    expect(pathsOf(() => untyped(explainEntitlement)({}))).toEqual(['entitlement']);
    expect(pathsOf(() => untyped(explainMove)({}))).toEqual(['move']);
    expect(pathsOf(() => untyped(explainTimeline)({}))).toEqual(['timeline']);
    expect(pathsOf(() => untyped(explainGuaranteeReport)({}))).toEqual(['report']);
  });

  it('explainReason refuses an unknown reason code', () => {
    expect(pathsOf(() => untyped(explainReason)({ code: 'pets' }, ukGeography))).toEqual(['reason.code']);
  });

  it('createGeography refuses nothing, and an area without a code', () => {
    expect(pathsOf(() => untyped(createGeography)())).toEqual(['areas']);
    expect(pathsOf(() => untyped(createGeography)([{ name: 'England' }]))).toEqual(['areas.0']);
  });

  it('new InvalidInputError refuses missing issues', () => {
    expect(pathsOf(() => new (InvalidInputError as unknown as new (what: string) => unknown)('x'))).toEqual(['issues']);
  });

  it('embeddedDatasetFor rejects places that are not known area codes, naming each, and placesOf a missing person', async () => {
    const issuesOf = async (places: unknown) => {
      const error = await (untyped(embeddedDatasetFor)(places) as Promise<unknown>).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidInputError);
      return (error as InvalidInputError).issues.map((i) => `${i.code} ${i.path.join('.')}`);
    };
    expect(await issuesOf(null)).toEqual(['invalid-type places']);
    expect(await issuesOf({ responsible: 'Bolton', residences: ['E08000001', 'E08000099', 7] })).toEqual([
      'unknown-area places.responsible',
      'unknown-area places.residences.1',
      'invalid-type places.residences.2',
    ]);
    expect(await issuesOf({ responsible: 'E08000001', residences: [] })).toEqual(['too-small places.residences']);
    expect(await issuesOf({ responsible: 'E08000001', residences: 'E08000001' })).toEqual(['invalid-type places.residences']);
    // A person of plain JavaScript with a residence of the wrong shape: named by embeddedDatasetFor.
    expect(await issuesOf(untyped(placesOf)({ responsibleAuthority: 'E08000001', residence: [{ from: '2020-01-01' }] }))).toEqual(['invalid-type places.residences.0']);
    expect(pathsOf(() => untyped(placesOf)())).toEqual(['person']);
    // Known places: the documents they need.
    expect((await embeddedDatasetFor(placesOf({ responsibleAuthority: 'E08000001', residence: 'E08000001' }))).documents.length).toBeGreaterThan(5);
  });
});
