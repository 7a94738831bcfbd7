import { describe, expect, it } from 'vitest';
import { checkDataset, checkOfferDocument, offerDocumentJsonSchema, OfferDocument, Person, type OfferDocument as Doc } from '../../src/index.js';
import { expectTypeOf } from 'vitest';
import { ashfordValeDocument, fictionalDataset, regionalDocument } from '../fixtures/fictional.js';

describe('offer documents', () => {
  it('the fictional fixtures validate', () => {
    expect(checkDataset(fictionalDataset).success).toBe(true);
  });
  it('a value of the wrong type for its kind is an issue at the value', () => {
    const offer = regionalDocument.offers[0]!;
    const doc = { ...regionalDocument, offers: [{ ...offer, versions: { '2019-04-01': { ...offer.versions['2019-04-01']!, value: { type: 'service' } } } }] };
    const result = checkOfferDocument(doc);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'value-type-mismatch', path: ['offers', 0, 'versions', '2019-04-01', 'value'] });
  });
  it('a crisis fund may be an amount of money or, when no amount is published, a service; nothing else', () => {
    const offer = regionalDocument.offers[0]!;
    const crisis = (value: object) => ({
      ...regionalDocument,
      offers: [{ ...offer, kind: 'crisis-fund', versions: { '2019-04-01': { ...offer.versions['2019-04-01']!, value } } }],
    });
    expect(checkOfferDocument(crisis({ type: 'money', amount: 700, period: 'once' })).success).toBe(true);
    expect(checkOfferDocument(crisis({ type: 'service', detail: 'emergency payments on the adviser’s assessment' })).success).toBe(true);
    const wrong = checkOfferDocument(crisis({ type: 'percentage', percent: 100 }));
    expect(wrong.success).toBe(false);
    if (!wrong.success) expect(wrong.issues[0]!.message).toBe('a crisis-fund value must be of type money or service, not percentage');
  });
  it('field problems and whole-document problems are reported in one pass', () => {
    const offer = regionalDocument.offers[0]!;
    const broken = {
      ...offer,
      confidence: 'sure',
      versions: { '2019-04-01': { ...offer.versions['2019-04-01']!, value: { type: 'service' } } },
    };
    const result = checkOfferDocument({ ...regionalDocument, offers: [broken] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((i) => i.code).sort()).toEqual(['invalid-value', 'value-type-mismatch']);
      expect(result.issues.find((i) => i.code === 'invalid-value')?.message).toBe('"sure" is not allowed; use one of "confirmed", "reported", "uncertain"');
    }
  });
  it('duplicate offer ids are reported', () => {
    const doc = { ...ashfordValeDocument, offers: [ashfordValeDocument.offers[0]!, ashfordValeDocument.offers[0]!] };
    const result = checkOfferDocument(doc);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((i) => i.code)).toContain('duplicate-id');
  });
  it('a version keyed by an impossible date is reported', () => {
    const offer = ashfordValeDocument.offers[0]!;
    const doc = { ...ashfordValeDocument, offers: [{ ...offer, versions: { '2021-02-30': offer.versions['2020-04-01']! } }] };
    const result = checkOfferDocument(doc);
    expect(result.success).toBe(false);
  });
  it('an age condition with from after until is reported', () => {
    const offer = ashfordValeDocument.offers[0]!;
    const version = { ...offer.versions['2020-04-01']!, eligibility: [{ type: 'age', from: 25, until: 18 }] };
    const result = checkOfferDocument({ ...ashfordValeDocument, offers: [{ ...offer, versions: { '2020-04-01': version } }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.message).toBe('`from` (25) must be a lower birthday than `until` (18); did you mean from: 18, until: 25?');
    // The same birthday twice is a band of no days, said so (not turned round).
    const empty = { ...version, eligibility: [{ type: 'age', from: 18, until: 18 }] };
    const same = checkOfferDocument({ ...ashfordValeDocument, offers: [{ ...offer, versions: { '2020-04-01': empty } }] });
    expect(!same.success && same.issues[0]?.message).toMatch(/^`from` and `until` are both 18: a band from a birthday until the same birthday holds on no day/);
  });
  it('an offer without a source is reported', () => {
    const offer = { ...ashfordValeDocument.offers[0]!, sources: [] };
    const result = checkOfferDocument({ ...ashfordValeDocument, offers: [offer] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]).toMatchObject({ path: ['offers', 0, 'sources'] });
  });
});

describe('JSON Schema', () => {
  it('is generated from the offer document schema and names its required fields', () => {
    const schema = offerDocumentJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'provider', 'layer', 'offers']));
    expect(JSON.stringify(schema)).toContain('depends-on-household');
  });
  it('says the checks of validate that JSON Schema can: a birthday in an age condition, areas only with scope within, one comparison in a fact condition, a version, years 1900 to 2199', () => {
    const text = JSON.stringify(offerDocumentJsonSchema());
    const conditionOf = (type: string) => {
      let found: Record<string, unknown> | undefined;
      JSON.parse(text, (_key, value) => {
        if (value?.properties?.type?.const === type) found = value;
        return value;
      });
      return found!;
    };
    expect(conditionOf('age').anyOf).toEqual([{ required: ['from'] }, { required: ['until'] }]);
    expect(conditionOf('responsible-authority')).toMatchObject({
      if: { properties: { scope: { const: 'within' } } },
      then: { required: ['areas'] },
      else: { not: { anyOf: [{ required: ['areas'] }, { required: ['except'] }] } },
    });
    expect(conditionOf('fact').oneOf).toEqual([{ required: ['equals'] }, { required: ['in'] }, { required: ['within'] }]);
    const offer = (offerDocumentJsonSchema().properties as { offers: { items: { properties: Record<string, Record<string, unknown>> } } }).offers.items.properties;
    expect(offer.versions!.minProperties).toBe(1);
    expect(offer.lastChecked!.allOf).toEqual([{ pattern: '^(19|2[01])\\d\\d-' }]);
    expect(new RegExp('^(19|2[01])\\d\\d-').test('2199-12-31') && !new RegExp('^(19|2[01])\\d\\d-').test('1800-01-01')).toBe(true);
  });
  it('describes its fields for editors to show on hover', () => {
    const text = JSON.stringify(offerDocumentJsonSchema());
    expect(text.match(/"description"/g)?.length).toBeGreaterThan(25);
    expect(text).toContain('The date the offer was last checked against its sources');
    expect(text).toContain('Until this birthday (exclusive)');
  });
});

describe('types', () => {
  it('schemas and types share one name', () => {
    expectTypeOf<Doc>().toEqualTypeOf<ReturnType<typeof OfferDocument.parse>>();
    expectTypeOf<Person>().toEqualTypeOf<ReturnType<typeof Person.parse>>();
  });
});

describe('checks that stop a rule silently never matching, or an unsafe link', () => {
  const offer = ashfordValeDocument.offers[0]!;
  const firstDate = Object.keys(offer.versions)[0]!;
  const withCondition = (condition: object) => ({
    ...ashfordValeDocument,
    offers: [{ ...offer, versions: { [firstDate]: { ...offer.versions[firstDate]!, eligibility: [condition] } } }],
  });
  const issues = (doc: unknown) => {
    const result = checkOfferDocument(doc);
    return result.success ? [] : result.issues;
  };

  it('a yes/no fact compared with the string "true" is an error that says to drop the quotes', () => {
    const found = issues(withCondition({ type: 'fact', fact: 'noRecourseToPublicFunds', equals: 'true' }));
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toEqual(['offers', 0, 'versions', firstDate, 'eligibility', 0, 'equals']);
    expect(found[0]!.message).toMatch(/yes\/no fact: write equals: true or equals: false, without quotes/);
    expect(issues(withCondition({ type: 'fact', fact: 'noRecourseToPublicFunds', equals: false }))).toEqual([]);
  });

  it('a household or tenancy that does not exist, and an area fact compared with equals, are errors', () => {
    expect(issues(withCondition({ type: 'fact', fact: 'household', in: ['alone', 'with-partner'] }))[0]?.message).toMatch(/"with-partner" can never match/);
    expect(issues(withCondition({ type: 'fact', fact: 'tenancy', equals: 'social' }))[0]?.message).toMatch(/tenancy is one of council, housing-association, private-rented, none; "social" can never match/);
    expect(issues(withCondition({ type: 'fact', fact: 'tenancy', in: ['council', 'housing-association'] }))).toEqual([]);
    expect(issues(withCondition({ type: 'fact', fact: 'registeredGpArea', equals: 'E08000001' }))[0]?.message).toMatch(/is an area: use within/);
  });

  it('scope own on an offer an organisation delivers is an error that names the council to write instead', () => {
    const delivered = (condition: object) => {
      const doc = withCondition(condition);
      return { ...doc, offers: [{ ...doc.offers[0]!, provider: { code: 'org:fictional-mentors', name: 'Fictional Mentors' } }] };
    };
    const found = issues(delivered({ type: 'responsible-authority', scope: 'own' }));
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toEqual(['offers', 0, 'versions', firstDate, 'eligibility', 0, 'scope']);
    expect(found[0]!.message).toMatch(/org:fictional-mentors is an organisation.*scope: within with areas: \[E08999001\]/);
    const nested = issues(delivered({ type: 'any-of', conditions: [{ type: 'age', from: 18 }, { type: 'responsible-authority', scope: 'own' }] }));
    expect(nested[0]!.path).toEqual(['offers', 0, 'versions', firstDate, 'eligibility', 0, 'conditions', 1, 'scope']);
    expect(issues(delivered({ type: 'responsible-authority', scope: 'within', areas: ['E08999001'] }))).toEqual([]);
    expect(issues(withCondition({ type: 'responsible-authority', scope: 'own' }))).toEqual([]);
  });

  it('except leaves councils out of scope within, and goes with scope within only', () => {
    const others = { type: 'responsible-authority', scope: 'within', areas: ['E92000001'], except: ['E08999001'] };
    expect(issues(withCondition(others))).toEqual([]);
    const misplaced = issues(withCondition({ type: 'responsible-authority', scope: 'own', except: ['E08999001'] }));
    expect(misplaced.map((i) => [i.path.at(-1), i.message])).toEqual([['except', '`except` goes with scope `within` only: it leaves some councils out of `areas`']]);
    expect(issues(withCondition({ ...others, except: [] })).map((i) => i.path.at(-1))).toEqual(['except']);
  });

  it('source urls are http or https only', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x']) {
      const doc = { ...ashfordValeDocument, offers: [{ ...offer, sources: [{ title: 'x', publisher: 'y', url }] }] };
      expect(issues(doc).map((i) => i.message).join(' '), url).toMatch(/http:\/\/ or https:\/\//);
    }
    const ok = { ...ashfordValeDocument, offers: [{ ...offer, sources: [{ title: 'x', publisher: 'y', url: 'https://example.org/a' }] }] };
    expect(issues(ok)).toEqual([]);
  });

  it('a source url written without https:// is met with the address as it should be', () => {
    const message = (url: string) => issues({ ...ashfordValeDocument, offers: [{ ...offer, sources: [{ title: 'x', publisher: 'y', url }] }] })[0]?.message;
    expect(message('www.bolton.gov.uk/care-leavers')).toBe('a source url must be a web address starting http:// or https://; did you mean https://www.bolton.gov.uk/care-leavers?');
    expect(message('bolton.gov.uk')).toMatch(/did you mean https:\/\/bolton\.gov\.uk\?$/);
    // Not an address: no guess.
    expect(message('Bolton Council website')).toBe('a source url must be a web address starting http:// or https://');
    expect(message('javascript:alert(1)')).toBe('a source url must be a web address starting http:// or https://');
  });
});

