import { describe, expect, it } from 'vitest';
import { MAX_OFFER_DOCUMENT_BYTES, MAX_REPORTED_ISSUES, loadOfferDocument } from '../../src/index.js';
import { fictionalOfferYaml, fictionalVersion } from '../fixtures/fictional-offer-yaml.js';

// Every document here is FICTIONAL: a made-up council with a code in the unused 99 range.
const VALID_YAML = `# fictional
schemaVersion: 1
provider:
  code: E08999001
  name: Fictional Vale Council
layer: local
fictional: true
offers: []
`;

describe('loadOfferDocument', () => {
  it('reads a valid YAML document', () => {
    const result = loadOfferDocument(VALID_YAML, 'fictional.yaml');
    expect(result).toEqual({
      success: true,
      data: { schemaVersion: 1, provider: { code: 'E08999001', name: 'Fictional Vale Council' }, layer: 'local', fictional: true, offers: [] },
    });
  });

  it('reads a valid JSON document when the name ends .json, whatever its indentation', () => {
    const json = '{\n\t"schemaVersion": 1,\n\t"provider": {"code": "E08999001", "name": "Fictional"},\n\t"layer": "local",\n\t"fictional": true,\n\t"offers": []\n}';
    expect(loadOfferDocument(json, 'fictional.JSON').success).toBe(true);
  });

  it('does what its doc example says', () => {
    const result = loadOfferDocument('schemaVersion: 1\nlayer: local\n', 'fictional.yaml');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]).toEqual({ code: 'invalid-type', path: ['provider'], message: expect.any(String), line: 1 });
  });

  it('gives each schema issue its path and line, a missing field pointing at its parent', () => {
    const text = VALID_YAML.replace('layer: local', 'layer: county').replace('  name: Fictional Vale Council\n', '');
    const result = loadOfferDocument(text, 'fictional.yaml');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      { code: 'invalid-type', path: ['provider', 'name'], message: expect.stringMatching(/required field is missing/), line: 3 },
      { code: 'invalid-value', path: ['layer'], message: expect.any(String), line: 5 },
    ]);
  });

  it('points at the line in a JSON document too', () => {
    const json = '{\n  "schemaVersion": 2,\n  "provider": {"code": "E08999001", "name": "Fictional"},\n  "layer": "local",\n  "offers": [],\n  "fictional": true\n}';
    const result = loadOfferDocument(json, 'fictional.json');
    expect(result).toEqual({ success: false, issues: [{ code: 'invalid-value', path: ['schemaVersion'], message: 'schemaVersion must be 1 (the only version of this format), not 2', line: 2 }] });
  });

  it('points at the comma to remove, or the word JSON cannot read, in one line (JSON.parse gives no position for an unexpected character)', () => {
    const json = '{\n  "schemaVersion": 1,\n  "provider": {"code": "E08999001", "name": "Fictional"},\n  "layer": "local",\n  "offers": [],\n  "coverage": [{"kinds": ["mentor"], "areas": ["E08999001"]}, ],\n  "fictional": true\n}';
    const comma = loadOfferDocument(json, 'fictional.json');
    expect(comma.success ? [] : comma.issues).toEqual([
      {
        code: 'malformed-document',
        path: [],
        line: 6,
        message: "fictional.json is not valid JSON at line 6, column 61: Unexpected token ']'; a comma after the last item of a list or object, perhaps: remove it",
      },
    ]);
    const word = loadOfferDocument(json.replace('"layer": "local"', '"layer": local'), 'fictional.json');
    expect(word.success ? [] : word.issues.map((i) => [i.line, i.message])).toEqual([
      [4, "fictional.json is not valid JSON at line 4, column 12: Unexpected token 'l'; check the line and the one before it"],
    ]);
  });

  it('says a missing schemaVersion is missing, with the line to add', () => {
    const result = loadOfferDocument(VALID_YAML.replace('schemaVersion: 1\n', ''), 'fictional.yaml');
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual(['required field is missing; add schemaVersion: 1 as the first line']);
  });

  it.each([
    ['empty text', '', 'fictional.yaml', 'empty-document'],
    ['only whitespace', ' \n\t\n', 'fictional.yaml', 'empty-document'],
    ['only comments', '# nothing here\n', 'fictional.yaml', 'empty-document'],
    ['a YAML null', '~\n', 'fictional.yaml', 'empty-document'],
    ['malformed YAML', 'a: [1\nb: 2\n', 'fictional.yaml', 'malformed-document'],
    ['a duplicate YAML key', 'layer: local\nlayer: other\n', 'fictional.yaml', 'malformed-document'],
    ['two YAML documents', 'a: 1\n---\nb: 2\n', 'fictional.yaml', 'malformed-document'],
    ['malformed JSON', '{"schemaVersion": 1,}', 'fictional.json', 'malformed-document'],
  ])('refuses %s', (_, text, file, code) => {
    const result = loadOfferDocument(text, file);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]!.code).toBe(code);
      expect(result.issues[0]!.message).toContain(file);
    }
  });

  it('says to quote a value holding a colon and a space, with the line to write', () => {
    const result = loadOfferDocument(VALID_YAML.replace('layer: local', 'layer: local\ndescription: Mentor: one to one'), 'fictional.yaml');
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'fictional.yaml is not valid YAML: line 7 has a colon and a space inside the value of description, which reads as another field; put the value in quotes: description: "Mentor: one to one"',
    ]);
  });

  it('gives the line of malformed YAML', () => {
    const result = loadOfferDocument('schemaVersion: 1\nprovider: [unclosed\nlayer: local\n', 'fictional.yaml');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'malformed-document', line: expect.any(Number) });
  });

  it('refuses __proto__, constructor and prototype keys anywhere, in YAML and JSON, before validating', () => {
    const yaml = loadOfferDocument(`${VALID_YAML}extra:\n  - prototype: 1\n`.replace('offers: []', 'offers: []\n__proto__:\n  polluted: true'), 'fictional.yaml');
    expect(yaml.success).toBe(false);
    if (!yaml.success) {
      expect(yaml.issues.map((i) => [i.code, i.path, i.line])).toEqual([
        ['forbidden-key', ['__proto__'], 9],
        ['forbidden-key', ['extra', 0, 'prototype'], 12],
      ]);
    }
    const json = loadOfferDocument('{"schemaVersion": 1, "provider": {"constructor": {"x": 1}}}', 'fictional.json');
    expect(json.success).toBe(false);
    if (!json.success) expect(json.issues).toEqual([expect.objectContaining({ code: 'forbidden-key', path: ['provider', 'constructor'] })]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a text over the size limit, by default 5 MB', () => {
    expect(MAX_OFFER_DOCUMENT_BYTES).toBe(5 * 1024 * 1024);
    const result = loadOfferDocument(VALID_YAML, 'fictional.yaml', { maxBytes: 100 });
    expect(result).toEqual({ success: false, issues: [{ code: 'file-too-large', path: [], message: expect.stringContaining('fictional.yaml') }] });
    // multi-byte characters count as bytes
    expect(loadOfferDocument(`# ${'é'.repeat(60)}\n${VALID_YAML}`, 'fictional.yaml', { maxBytes: 150 }).success).toBe(false);
  });
});

describe('hostile documents', () => {
  const base = { schemaVersion: 1, provider: { code: 'E08000001', name: 'Bolton' }, layer: 'local', fictional: true, offers: [] };

  it('a JSON document that gives a key twice is refused, as YAML is', () => {
    const text = '{"schemaVersion": 1, "layer": "local", "layer": "regional", "provider": {"code": "E08000001", "name": "B"}, "offers": []}';
    const result = loadOfferDocument(text, 'twice.json');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]).toMatchObject({ code: 'malformed-document', message: expect.stringMatching(/gives a key twice.*keep one/) });
  });

  it('a deeply nested document is a clear issue, not a crash', () => {
    for (const [name, text] of [
      ['deep.json', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
      ['deep.yaml', `offers: ${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ] as const) {
      const result = loadOfferDocument(text, name);
      expect(result.success, name).toBe(false);
      if (!result.success) expect(result.issues[0]?.code, name).toBe('too-deep');
    }
  });

  it('reports at most 100 issues and how many more, each on its line, for 10,000 unknown keys', () => {
    const extra = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`unknown${i}`, i]));
    const text = JSON.stringify({ ...base, ...extra }, null, 1);
    const result = loadOfferDocument(text, 'many.json');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
      expect(result.issues.at(-1)).toMatchObject({ code: 'too-many-issues', message: expect.stringMatching(/^and \d+ more issues/) });
      expect(result.issues[0]?.line).toBeGreaterThan(1);
    }
  });
});

describe('loadOfferDocument: messages an officer can act on', () => {
  // A real council (Leeds) with one council tax offer; each test breaks one field.
  const LEEDS = `schemaVersion: 1
provider:
  code: E08000035
  name: Leeds City Council
layer: local
offers:
  - id: leeds-test-offer
    kind: council-tax-exemption
    title: A test offer
    description: Written for this test only.
    versions:
      '2024-04-01':
        status: in-force
        value: { type: percentage, percent: 100 }
        eligibility:
          - { type: age, from: 18, until: 25 }
          - { type: responsible-authority, scope: any }
          - { type: residence, within: [E08000035] }
    confidence: confirmed
    sources:
      - { title: A page, url: 'https://example.org/page', publisher: Leeds City Council }
    lastChecked: '2026-11-23'
`;
  const issues = (text: string) => {
    const result = loadOfferDocument(text, 'leeds.yaml');
    expect(result.success).toBe(false);
    return result.success ? [] : result.issues.map((i) => ({ code: i.code, path: i.path.join('.'), message: i.message, line: i.line }));
  };
  const at = 'offers.0.versions.2024-04-01.eligibility';

  it('the unbroken document is valid', () => {
    expect(loadOfferDocument(LEEDS, 'leeds.yaml').success).toBe(true);
  });

  it('names the field at fault inside a condition, not its type (a residence without within, a misspelt scope, a text age)', () => {
    expect(issues(LEEDS.replace('{ type: residence, within: [E08000035] }', '{ type: residence }'))).toEqual([
      { code: 'invalid-type', path: `${at}.2.within`, message: 'required field is missing; add a list', line: 18 },
    ]);
    expect(issues(LEEDS.replace('scope: any', 'scope: all'))).toEqual([
      { code: 'invalid-value', path: `${at}.1.scope`, message: '"all" is not allowed; use one of "own", "within", "any"', line: 17 },
    ]);
    expect(issues(LEEDS.replace('from: 18,', 'from: "18",'))).toEqual([
      { code: 'invalid-type', path: `${at}.0.from`, message: 'this is text, not a number; write 18, without quotes', line: 16 },
    ]);
  });

  it('says what the condition types are when the type is wrong', () => {
    const [issue] = issues(LEEDS.replace('type: age,', 'type: ages,'));
    expect(issue).toMatchObject({ code: 'invalid-value', path: `${at}.0.type` });
    expect(issue!.message).toBe('type "ages" is not one of "age", "birthday", "category", "residence", "responsible-authority", "fact", "any-of"; did you mean "age"?');
    expect(issues(LEEDS.replace('type: age,', 'type: years,'))[0]!.message).toBe('type "years" is not one of "age", "birthday", "category", "residence", "responsible-authority", "fact", "any-of"; check its spelling');
  });

  it('says a missing field is missing, and shows a wrong value', () => {
    expect(issues(LEEDS.replace('    kind: council-tax-exemption\n', ''))[0]!.message).toMatch(/^required field is missing; give the kind, one of council-tax-exemption, /);
    expect(issues(LEEDS.replace('    confidence: confirmed\n', ''))[0]!.message).toBe('required field is missing; use one of "confirmed", "reported", "uncertain"');
    // A missing text says what to write in it, not only "add text".
    expect(issues(LEEDS.replace('    description: Written for this test only.\n', ''))[0]!.message).toBe('required field is missing; add what it gives and to whom, in your own words');
    expect(issues(LEEDS.replace(', publisher: Leeds City Council }', ' }'))[0]!.message).toBe('required field is missing; add who published it, such as Bolton Council or a newspaper');
    // One slip from an allowed value: that value is named first.
    expect(issues(LEEDS.replace('status: in-force', 'status: in force'))[0]!.message).toMatch(/^"in force" is not allowed; did you mean "in-force"\? \(the values: "in-force", /);
    expect(issues(LEEDS.replace('{ type: residence, within: [E08000035] }', '{ type: fact, fact: otherAdult, equals: one }'))[0]!.message).toMatch(/^"otherAdult" is not allowed; did you mean "otherAdults"\? \(the values: /);
    // A short word two letters from another is not taken for it ("all" is not "any").
    expect(issues(LEEDS.replace('status: in-force', 'status: inforce'))[0]!.message).toMatch(/did you mean "in-force"/);
    expect(issues(LEEDS.replace('scope: any', 'scope: all'))[0]!.message).toBe('"all" is not allowed; use one of "own", "within", "any"');
  });

  it('offers an id written as the schema wants it when the id has capitals or spaces', () => {
    expect(issues(LEEDS.replace('id: leeds-test-offer', 'id: Leeds Test Offer'))).toEqual([
      { code: 'invalid-format', path: 'offers.0.id', message: 'an offer id is lower case letters, digits and hyphens, such as "leeds-test-offer"', line: 7 },
    ]);
    expect(issues(LEEDS.replace('id: leeds-test-offer', "id: '£££'"))[0]!.message).toBe('an offer id is lower case letters, digits and hyphens');
  });

  it('gives a date in the wrong format one message, not a second one about its years, saying how to write a day-first or unpadded date', () => {
    expect(issues(LEEDS.replace("lastChecked: '2026-11-23'", 'lastChecked: 23/11/2026'))).toEqual([
      {
        code: 'invalid-format',
        path: 'offers.0.lastChecked',
        message: 'expected a real calendar date written YYYY-MM-DD (for example 2025-06-15), got "23/11/2026"; read day first, write 2026-11-23',
        line: 22,
      },
    ]);
    expect(issues(LEEDS.replace("lastChecked: '2026-11-23'", 'lastChecked: 2026-1-5'))[0]!.message).toMatch(/got "2026-1-5"; write 2026-01-05$/);
    expect(issues(LEEDS.replace("'2024-04-01':", "'1/4/2024':"))[0]!.message).toMatch(/^this key: .*got "1\/4\/2024"; read day first, write 2024-04-01$/);
    // Not a real date either way: no rewriting offered.
    expect(issues(LEEDS.replace("lastChecked: '2026-11-23'", 'lastChecked: 31/02/2026'))[0]!.message).toMatch(/got "31\/02\/2026"$/);
  });

  it('checks a version whose date is wrong all the same, so one run names every issue in it (the date, and a misspelt scope)', () => {
    const both = issues(LEEDS.replace("'2024-04-01':", "'2024-13-01':").replace('scope: any', 'scope: all'));
    expect(both).toEqual([
      { code: 'invalid-value', path: 'offers.0.versions.2024-13-01.eligibility.1.scope', message: '"all" is not allowed; use one of "own", "within", "any"', line: 17 },
      { code: 'invalid-value', path: 'offers.0.versions.2024-13-01', message: 'this key: expected a real calendar date written YYYY-MM-DD (for example 2025-06-15), got "2024-13-01"', line: 12 },
    ]);
    // A date outside the years the package answers for is refused as a key too.
    expect(issues(LEEDS.replace("'2024-04-01':", "'2299-04-01':")).map((i) => [i.code, i.path])).toEqual([['invalid-value', 'offers.0.versions.2299-04-01']]);
  });

  it('refuses an area code in except that names no UK area, as in areas (a typo would never match, and the offer would speak for the council it means to leave out)', () => {
    const others = LEEDS.replace('scope: any }', 'scope: within, areas: [E92000001], except: [E08999999] }');
    expect(others).not.toBe(LEEDS);
    expect(issues(others)).toEqual([expect.objectContaining({ code: 'unknown-area', path: `${at}.1.except.0`, line: 17 })]);
    expect(loadOfferDocument(others.replace('except: [E08999999]', 'except: [E08000035]'), 'leeds.yaml').success).toBe(true);
  });

  it('refuses an area code that names no UK area, with its line, as validate does', () => {
    const [issue] = issues(LEEDS.replace('within: [E08000035]', 'within: [E08999999]'));
    expect(issue).toMatchObject({ code: 'unknown-area', path: `${at}.2.within.0`, line: 18 });
    expect(loadOfferDocument(LEEDS.replace('within: [E08000035]', 'within: [E08999999]').replace('layer: local', 'layer: local\nfictional: true'), 'x.yaml').success).toBe(true);
  });

  it('reports a code naming no area in the same run as the schema\'s issues, from the parts that are well formed', () => {
    const both = issues(LEEDS.replace('within: [E08000035]', 'within: [E08999999]').replace('confidence: confirmed', 'confidence: sure'));
    expect(both.map((i) => [i.code, i.path, i.line])).toEqual([
      ['invalid-value', 'offers.0.confidence', 19],
      ['unknown-area', `${at}.2.within.0`, 18],
    ]);
    // The provider's code too, while an offer is malformed.
    const provider = issues(LEEDS.replace('code: E08000035', 'code: E08099999').replace('kind: council-tax-exemption', 'kind: council-tax'));
    expect(provider.map((i) => i.code)).toEqual(['invalid-value', 'unknown-area']);
    expect(provider[1]).toMatchObject({ path: 'provider.code', line: 3 });
    // A code inside a condition the schema refuses is left to the schema's issue (said once), and a fictional document has none.
    const malformed = issues(LEEDS.replace('within: [E08000035]', 'within: E08999999'));
    expect(malformed.map((i) => i.code)).toEqual(['invalid-type']);
    const fictional = issues(LEEDS.replace('within: [E08000035]', 'within: [E08999999]').replace('confidence: confirmed', 'confidence: sure').replace('layer: local', 'layer: local\nfictional: true'));
    expect(fictional.map((i) => i.code)).toEqual(['invalid-value']);
  });

  it("refuses scope: own in a district's offer: a district looks after no children, so its own care leavers are no one", () => {
    const woking = LEEDS.replace('code: E08000035', 'code: E07000217').replace('name: Leeds City Council', 'name: Woking Borough Council').replace('scope: any', 'scope: own').replace('within: [E08000035]', 'within: [E07000217]');
    expect(issues(woking)).toEqual([
      {
        code: 'own-scope-without-council',
        path: `${at}.1.scope`,
        message: "scope own means the care leavers of the offer's provider, and E07000217 (Woking) is a district council, which looks after no children: for its county's care leavers write scope: within with areas: [E10000030]",
        line: 17,
      },
    ]);
    // A fictional document may make codes up, but a real district it names still looks after no children.
    expect(issues(woking.replace('layer: local', 'layer: local\nfictional: true')).map((i) => i.code)).toEqual(['own-scope-without-council']);
  });
});

describe('an offer version with no conditions (a council officer review)', () => {
  const withEligibility = (eligibility: string) => fictionalOfferYaml(fictionalVersion('2020-01-01', eligibility));

  it('is refused, on its line, with the way to write an offer for every care leaver', () => {
    const result = loadOfferDocument(withEligibility('[]'), 'fictional.yaml');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      { code: 'too-small', path: ['offers', 0, 'versions', '2020-01-01', 'eligibility'], line: 15, message: expect.stringContaining('give at least one condition') },
    ]);
    expect(result.issues[0]!.message).toContain('{ type: category, in: [eligible, relevant, former-relevant, qualifying] }');
  });

  it('is accepted with one condition', () => {
    expect(loadOfferDocument(withEligibility('[{ type: age, from: 18, until: 25 }]'), 'fictional.yaml').success).toBe(true);
  });
});

describe('a document not saved as UTF-8 (a council officer review)', () => {
  const text = VALID_YAML.replace('name: Fictional Vale Council', 'name: Fictional Vale Council £');
  const lineOfPound = text.split('\n').findIndex((l) => l.includes('£')) + 1;

  it('names a Windows-1252 "£" and its line, instead of reading it as a replacement character', () => {
    const cp1252 = Uint8Array.from([...text].map((c) => (c === '£' ? 0xa3 : c.charCodeAt(0))));
    const result = loadOfferDocument(cp1252, 'fictional.yaml');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toEqual([{ code: 'malformed-document', path: [], line: lineOfPound, message: expect.stringContaining('save the file as UTF-8') }]);
    }
  });

  it('names UTF-16 (Notepad\'s "Unicode"), with or without its byte order mark', () => {
    const utf16le = (withBom: boolean) => {
      const bytes: number[] = withBom ? [0xff, 0xfe] : [];
      for (const c of text) bytes.push(c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8);
      return Uint8Array.from(bytes);
    };
    for (const withBom of [true, false]) {
      const result = loadOfferDocument(utf16le(withBom), 'fictional.yaml');
      expect(result.success).toBe(false);
      if (!result.success) expect(result.issues[0]?.message).toMatch(/saved as UTF-16 .*save it as UTF-8/);
    }
  });

  it('reads UTF-8 bytes, with or without a byte order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(loadOfferDocument(utf8, 'fictional.yaml').success).toBe(true);
    expect(loadOfferDocument(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'fictional.yaml').success).toBe(true);
  });
});

describe('a document that cannot be read, said for its author (a council officer review)', () => {
  const message = (text: string, name = 'fictional.yaml') => {
    const result = loadOfferDocument(text, name);
    expect(result.success).toBe(false);
    return result.success ? null : result.issues[0]!;
  };

  it('says what is wrong with YAML in words an author can act on, on its line', () => {
    expect(message(VALID_YAML.replace('  name: Fictional', '\tname: Fictional'))).toMatchObject({ line: 5, message: expect.stringContaining('line 5 is indented with a tab; indent with spaces only') });
    expect(message(VALID_YAML.replace('layer: local', 'layer local\nlayer2'))?.message).toMatch(/is not read as a field: write each field as "name: value"/);
    expect(message(VALID_YAML.replace('layer: local', 'layer: local\nlayer: regional'))).toMatchObject({ line: 7, message: expect.stringContaining('line 7 gives a field its block already has; keep one') });
    expect(message(`${VALID_YAML}---\n${VALID_YAML}`)?.message).toMatch(/holds a second document from line 9 \(a line "---" starts one\); keep one document per file/);
    expect(message(VALID_YAML.replace('name: Fictional Vale Council', 'name: "Fictional Vale Council'))?.message).toMatch(/has no closing quote; close it/);
    // Never the reader's words for programmers.
    for (const text of [VALID_YAML.replace('layer: local', 'layer local\nlayer2'), `${VALID_YAML}---\n${VALID_YAML}`]) {
      expect(message(text)?.message).not.toMatch(/Implicit keys|parseAllDocuments|:$/);
    }
  });

  it('gives a JSON error its line and column, and the usual fix', () => {
    const json = '{\n  "schemaVersion": 1,\n  "layer": "local",\n}';
    expect(message(json, 'fictional.json')).toMatchObject({ line: 4, message: expect.stringMatching(/at line 4, column 1: .*a comma after the last item of a list or object, perhaps: remove it$/) });
    expect(message(VALID_YAML, 'fictional.json')?.message).toMatch(/reads as YAML: name it \.yaml$/);
    expect(message(`// fictional\n${json}`, 'fictional.json')?.message).toMatch(/JSON has no comments/);
  });
});

describe('messages an author can act on (a council officer review)', () => {
  const OFFER = fictionalOfferYaml(`${fictionalVersion('2020-01-01')}\n${fictionalVersion('2024-01-01', undefined, '        dateIs: confirmed-by\n')}`);
  const messages = (text: string) => {
    const result = loadOfferDocument(text, 'fictional.yaml');
    return result.success ? [] : result.issues.map((i) => i.message);
  };

  it('says a number or list out of bounds with its bound, not in zod\'s words', () => {
    expect(messages(OFFER.replace('percent: 100 }\n        eligibility: [{ type: age, from: 18, until: 25 }]\n      \'2024', 'percent: 150 }\n        eligibility: [{ type: age, from: 18, until: 25 }]\n      \'2024'))).toEqual(['150 is more than 100; give at most 100']);
    expect(messages(OFFER.replace("eligibility: [{ type: age, from: 18, until: 25 }]\n    confidence", "eligibility: [{ type: any-of, conditions: [{ type: age, until: 21 }] }]\n    confidence"))).toEqual(['1 item, fewer than the 2 needed; give at least 2']);
  });

  it('says which rule of notBefore is broken', () => {
    expect(messages(OFFER.replace('dateIs: confirmed-by', 'notBefore: \'2021-01-01\''))).toEqual([
      '`notBefore` goes only with `dateIs: confirmed-by` (a version known only as in force by its date); add that, or remove notBefore',
    ]);
    expect(messages(OFFER.replace('dateIs: confirmed-by', "dateIs: confirmed-by\n        notBefore: '2024-06-01'"))).toEqual([
      "`notBefore` (2024-06-01) must be before the version's date (2024-01-01): it is the earliest day the version can have started",
    ]);
    expect(messages(OFFER.replace('dateIs: confirmed-by', "dateIs: confirmed-by\n        notBefore: '2019-06-01'"))).toEqual([
      "`notBefore` (2019-06-01) is before the previous version's date (2020-01-01); give 2020-01-01 or later",
    ]);
  });

  it('suggests the field an unknown one probably misspells', () => {
    expect(messages(OFFER.replace('lastChecked:', 'lastchecked:'))).toContain('unknown field "lastchecked"; did you mean "lastChecked"? (or remove it)');
    expect(messages(OFFER.replace('    confidence:', '    confidense:'))).toContain('unknown field "confidense"; did you mean "confidence"? (or remove it)');
    expect(messages(OFFER.replace('    confidence: confirmed', '    confidence: confirmed\n    colour: blue'))).toEqual(['unknown field "colour"; remove it or check its spelling']);
  });

  it('says where a field put in the wrong place belongs, rather than suggesting its own name', () => {
    // An offer's sources written inside a version, as a version's status written on the offer.
    const inVersion = OFFER.replace("        dateIs: confirmed-by\n", "        dateIs: confirmed-by\n        sources: [{ title: Fictional, url: 'https://example.org/fictional' }]\n");
    expect(messages(inVersion)).toEqual([
      '"sources" is not a field of a version (under versions, by its date); it belongs to an offer or a coverage claim: move it there',
    ]);
    expect(messages(OFFER.replace('    confidence: confirmed', '    confidence: confirmed\n    status: in-force'))).toEqual([
      '"status" is not a field of an offer; it belongs to a version (under versions, by its date): move it there',
    ]);
    expect(messages(OFFER.replace('layer: local', 'layer: local\nlastChecked: 2026-11-23'))).toEqual([
      '"lastChecked" is not a field of the document itself (its top level); it belongs to an offer: move it there',
    ]);
  });

  it("suggests a field's own name for the name an author gave it: an age condition's max is its until", () => {
    expect(messages(OFFER.replace('eligibility: [{ type: age, from: 18, until: 25 }]\n    confidence', 'eligibility: [{ type: age, from: 18, max: 25 }]\n    confidence'))).toContain('unknown field "max"; did you mean "until"? (or remove it)');
    // Only where that field may stand: a source has no until.
    expect(messages(OFFER.replace("publisher: Tests }", "publisher: Tests, max: 1 }"))).toEqual(['unknown field "max"; remove it or check its spelling']);
  });

  it('reads a condition inside an any-of as a condition, and a field of another type of condition or value as such', () => {
    const eligibility = (conditions: string) => messages(OFFER.replace("eligibility: [{ type: age, from: 18, until: 25 }]\n    confidence", `eligibility: ${conditions}\n    confidence`));
    // Inside an any-of: where it belongs, as at the top of the list (it used to suggest its own name).
    expect(eligibility("[{ type: any-of, conditions: [{ type: age, from: 18, sources: [] }, { type: age, until: 21 }] }]")).toEqual([
      '"sources" is not a field of a condition (under eligibility); it belongs to an offer or a coverage claim: move it there',
    ]);
    expect(eligibility("[{ type: any-of, conditions: [{ type: age, from: 18, max: 25 }, { type: age, until: 21 }] }]")).toEqual(['unknown field "max"; did you mean "until"? (or remove it)']);
    // A field of another type of condition: the types that have it.
    expect(eligibility('[{ type: age, from: 18, within: [E08000001] }]')).toEqual([
      '"within" is not a field of a condition (under eligibility) of type "age"; it belongs to type "residence" or "fact"',
    ]);
    // Where the map lacks the one field its type needs, that field is the likely meaning.
    expect(eligibility('[{ type: residence, in: [E08000001] }]')).toContain(
      '"in" is not a field of a condition (under eligibility) of type "residence"; it belongs to type "category" or "fact"; did you mean "within", which this type needs?',
    );
    expect(eligibility('[{ type: category, within: [former-relevant] }]')).toContain(
      '"within" is not a field of a condition (under eligibility) of type "category"; it belongs to type "residence" or "fact"; did you mean "in", which this type needs?',
    );
    expect(messages(OFFER.replace('value: { type: percentage, percent: 100 }', 'value: { type: percentage, amount: 100 }'))).toContain(
      '"amount" is not a field of a version\'s value of type "percentage"; it belongs to type "money"; did you mean "percent", which this type needs?',
    );
    // A residence condition has no until, so max is not taken for it: its own fields are listed.
    expect(eligibility('[{ type: residence, within: [E08000001], max: 3 }]')).toEqual([
      'unknown field "max": a condition (under eligibility) of type "residence" has only "type" and "within"; remove it',
    ]);
    expect(eligibility('[{ type: age, fromm: 18 }]')).toContain('unknown field "fromm"; did you mean "from"? (or remove it)');
    expect(eligibility('[{ type: any-of, conditions: [{ type: age, until: 21 }, text] }]')).toEqual([
      'this is text, not a map of fields; use a map of fields: a condition is written as { type: age, from: 18, until: 25 } or { type: residence, within: [E08000001] }',
    ]);
    expect(messages(OFFER.replace('value: { type: percentage, percent: 100 }', 'value: { type: percentage, percent: 100, amount: 5 }'))).toContain(
      '"amount" is not a field of a version\'s value of type "percentage"; it belongs to type "money"',
    );
  });

  it('gives an example of what goes where something of the wrong shape was written', () => {
    expect(messages(OFFER.replace('value: { type: percentage, percent: 100 }\n        eligibility: [{ type: age, from: 18, until: 25 }]\n    confidence', "value: 100%\n        eligibility: [{ type: age, from: 18, until: 25 }]\n    confidence"))).toEqual([
      'this is text, not a map of fields; use a map of fields: a value is written as { type: percentage, percent: 100 }, { type: money, amount: 2000, period: once } or { type: service, detail: … }',
    ]);
    expect(messages(OFFER.replace("eligibility: [{ type: age, from: 18, until: 25 }]\n    confidence", "eligibility: [{ type: residence, within: E08000001 }]\n    confidence"))).toEqual([
      'this is text, not a list; use a list: areas are a list of GSS codes, such as [E08000001] (care-leaver-entitlements areas NAME finds a code)',
    ]);
  });

  it('says how to write a number given as text with its sign, unit or commas', () => {
    const withPercent = (percent: string) => messages(OFFER.replace('value: { type: percentage, percent: 100 }\n        eligibility: [{ type: age, from: 18, until: 25 }]\n    confidence', `value: { type: percentage, percent: ${percent} }\n        eligibility: [{ type: age, from: 18, until: 25 }]\n    confidence`));
    expect(withPercent("'100%'")).toEqual(['this is text, not a number; write 100, without the %']);
    expect(withPercent("'1,000'")).toContain('this is text, not a number; write 1000, without the commas');
    expect(withPercent("'50'")).toEqual(['this is text, not a number; write 50, without quotes']);
    expect(withPercent('all')).toEqual(['this is text, not a number; use a number']);
  });

  it('suggests the values a value named in part stands for (a fact written inEducation)', () => {
    const fact = (name: string) => messages(OFFER.replace("eligibility: [{ type: age, from: 18, until: 25 }]\n    confidence", `eligibility: [{ type: fact, fact: ${name}, equals: true }]\n    confidence`))[0];
    expect(fact('inEducation')).toMatch(/^"inEducation" is not allowed; did you mean "inFullTimeEducation" or "inHigherEducation"\? \(the values: /);
    expect(fact('fosterCarer')).toMatch(/^"fosterCarer" is not allowed; did you mean "livingWithFormerFosterCarer"\? /);
    expect(fact('happy')).toMatch(/^"happy" is not allowed; use one of /);
  });

  it('suggests the kind a misspelt one is closest to', () => {
    expect(messages(OFFER.replace('kind: council-tax-exemption', 'kind: council-tax-exemptoin'))[0]).toMatch(/^unknown kind "council-tax-exemptoin"; did you mean council-tax-exemption\? the kinds are /);
    expect(messages(OFFER.replace('kind: council-tax-exemption', 'kind: mentr'))[0]).toMatch(/^unknown kind "mentr"; did you mean mentor\? /);
  });
});

describe('an area code naming no council (a council officer review)', () => {
  const document = (code: string) => `schemaVersion: 1\nprovider: { code: ${code}, name: A region }\nlayer: regional\noffers: []\n`;
  const message = (code: string) => {
    const result = loadOfferDocument(document(code), 'region.yaml');
    return result.success ? '' : result.issues[0]!.message;
  };

  it('suggests only codes of the same type: a slip in the digits, not a region code near a Scottish council', () => {
    expect(message('E12000007')).toBe('E12000007 is not the code of a UK council, combined authority, county or nation; find codes with "care-leaver-entitlements areas NAME" (or mark the document fictional: true)');
    expect(message('E47000099')).toMatch(/did you mean E47000009 \(/);
  });
});

describe('loadOfferDocument with today given', () => {
  const text = VALID_YAML.replace('offers: []', `offers:
  - id: fictional-vale-mentor
    kind: mentor
    title: Fictional Vale mentoring
    description: A fictional mentor offer.
    versions:
      '2020-01-01': { status: in-force, value: { type: service }, eligibility: [{ type: age, from: 18, until: 25 }] }
    confidence: confirmed
    sources: [{ title: Fictional, url: 'https://example.org/fictional', publisher: Tests, date: '2026-12-04' }]
    lastChecked: '2026-12-03'`);

  it('refuses a source date more than a day after it, and only when it is given (the library reads no clock)', () => {
    const result = loadOfferDocument(text, 'fictional.yaml', { today: '2026-12-02' });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      ['invalid-date', 'offers.0.sources.0.date', "the source's date 2026-12-04 is after today (2026-12-02); check the year"],
    ]);
    // A day ahead is allowed: where the page was read, it may already be tomorrow (London after midnight, a server on UTC).
    expect(loadOfferDocument(text, 'fictional.yaml', { today: '2026-12-03' }).success).toBe(true);
    expect(loadOfferDocument(text, 'fictional.yaml', { today: '2026-12-04' }).success).toBe(true);
    expect(loadOfferDocument(text, 'fictional.yaml').success).toBe(true);
    // The last day the package answers for has no next day to allow: the check still runs, and does not throw.
    expect(loadOfferDocument(text, 'fictional.yaml', { today: '2199-12-31' }).success).toBe(true);
  });
});
