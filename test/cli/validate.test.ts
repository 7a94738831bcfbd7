import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

// Every document under fixtures/ is FICTIONAL: made-up councils with codes in the unused 99 range.
const fixture = (name: string) => `test/cli/fixtures/${name}`;

interface ValidateJson {
  files: { file: string; valid: boolean; issues: { path: (string | number)[]; code: string; message: string; line?: number }[] }[];
}

describe('validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cle-validate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 when every document is valid, YAML or JSON', () => {
    const run = runCli(['validate', fixture('fictional-valid.yaml'), fixture('fictional-valid.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('valid    test/cli/fixtures/fictional-valid.yaml (Fictional Vale Council, 1 offer)');
    expect(run.stdout).toContain('2 of 2 documents valid.');
  });

  it('exits 1 and reports every issue with its path, code and YAML line', () => {
    const run = runCli(['validate', fixture('fictional-invalid.yaml')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/invalid {2}test\/cli\/fixtures\/fictional-invalid\.yaml \(\d+ issues\)/);
    expect(run.stdout).toMatch(/fictional-invalid\.yaml:10 {2}offers\[0\]\.kind {2}invalid-value {2}unknown kind "free-travle"/);
    const { status, json } = runJson<ValidateJson>(['validate', fixture('fictional-invalid.yaml'), fixture('fictional-valid.yaml'), '--json']);
    expect(status).toBe(1);
    expect(json.files.map((f) => f.valid)).toEqual([false, true]);
    const issues = json.files[0]!.issues;
    expect(issues).toContainEqual({ path: ['offers', 0, 'kind'], code: 'invalid-value', message: expect.any(String), line: 10 });
    expect(issues.find((i) => i.path.join('.') === 'offers.0.sources')).toMatchObject({ code: 'too-small', line: 22 });
    expect(issues.some((i) => i.path.includes('2020-02-30'))).toBe(true);
    expect(json.files[1]).toEqual({ file: fixture('fictional-valid.yaml'), valid: true, issues: [] });
  });

  it('refuses malformed, empty, forbidden-key and too-large documents with their own codes', () => {
    const big = join(dir, 'fictional-big.yaml');
    writeFileSync(big, `# fictional\n${'x'.repeat(5 * 1024 * 1024)}\n`);
    const { status, json } = runJson<ValidateJson>([
      'validate',
      fixture('fictional-malformed.yaml'),
      fixture('fictional-malformed.json'),
      fixture('fictional-empty.yaml'),
      fixture('fictional-forbidden.yaml'),
      big,
      '--json',
    ]);
    expect(status).toBe(1);
    const codes = json.files.map((f) => f.issues.map((i) => i.code));
    expect(codes).toEqual([
      ['malformed-document'],
      ['malformed-document'],
      ['empty-document'],
      ['forbidden-key', 'forbidden-key'],
      ['file-too-large'],
    ]);
    expect(json.files[0]!.issues[0]!.line).toBeGreaterThan(1);
    expect(json.files[3]!.issues).toEqual([
      { path: ['provider', '__proto__'], code: 'forbidden-key', message: expect.stringContaining('__proto__'), line: 6 },
      { path: ['offers', 0, 'constructor'], code: 'forbidden-key', message: expect.stringContaining('constructor'), line: 11 },
    ]);
  });

  it('names a file saved as Windows-1252 or UTF-16, and reads one with a UTF-8 byte order mark', () => {
    const valid = readFileSync(fixture('fictional-valid.yaml'));
    const cp1252 = join(dir, 'fictional-cp1252.yaml');
    writeFileSync(cp1252, Buffer.from(valid.toString('latin1').replace('title: ', 'title: \u00a3 '), 'latin1'));
    const utf16 = join(dir, 'fictional-utf16.yaml');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid.toString('utf8'), 'utf16le')]));
    const bom = join(dir, 'fictional-bom.yaml');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), valid]));
    const { status, json } = runJson<ValidateJson>(['validate', cp1252, utf16, bom, '--json']);
    expect(status).toBe(1);
    expect(json.files.map((f) => f.valid)).toEqual([false, false, true]);
    expect(json.files[0]!.issues).toEqual([
      { path: [], code: 'malformed-document', line: expect.any(Number), message: expect.stringMatching(/is not UTF-8 text: line \d+ .*Windows-1252.*save the file as UTF-8/) },
    ]);
    expect(json.files[1]!.issues[0]!.message).toMatch(/saved as UTF-16/);
  });

  it('reports an offer id used in two of the files on the later one, naming the first, as --data would refuse them', () => {
    const copy = join(dir, 'fictional-vale-copy.yaml');
    copyFileSync(fixture('fictional-valid.yaml'), copy);
    const run = runCli(['validate', fixture('fictional-valid.yaml'), copy]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      'valid    test/cli/fixtures/fictional-valid.yaml (Fictional Vale Council, 1 offer)\n' +
        `invalid  ${copy} (1 issue)\n` +
        `  ${copy}:10  offers[0].id  duplicate-id  offer id "fictional-vale-council-tax" is also used by Fictional Vale Council in test/cli/fixtures/fictional-valid.yaml; ` +
        'give this offer an id of its own (offer ids must be unique across all the documents used)\n\n1 of 2 documents valid.\n',
    );
    const { status, json } = runJson<ValidateJson>(['validate', fixture('fictional-valid.yaml'), copy, '--json']);
    expect(status).toBe(1);
    expect(json.files).toEqual([
      { file: fixture('fictional-valid.yaml'), valid: true, issues: [] },
      { file: copy, valid: false, issues: [{ path: ['offers', 0, 'id'], code: 'duplicate-id', message: expect.stringContaining(`in ${fixture('fictional-valid.yaml')};`), line: 10 }] },
    ]);
    // One file given twice is one document, whose ids do not clash with themselves.
    expect(runCli(['validate', fixture('fictional-valid.yaml'), `./${fixture('fictional-valid.yaml')}`]).status).toBe(0);
  });

  it('exits 2 for a file that does not exist, or no file at all', () => {
    const missing = runCli(['validate', 'test/cli/fixtures/no-such-file.yaml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('error: test/cli/fixtures/no-such-file.yaml does not exist; give a YAML or JSON offer document, or a folder of them\n');
    const none = runCli(['validate']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^error: validate needs FILE/);
  });

  it('refuses a lastChecked or a source date after today, a slip of the year', () => {
    const file = join(dir, 'fictional-future.yaml');
    writeFileSync(file, readFileSync(fixture('fictional-valid.yaml'), 'utf8').replace(/lastChecked: '\d{4}/, "lastChecked: '2099"));
    const { status, json } = runJson<ValidateJson>(['validate', file, '--json']);
    expect(status).toBe(1);
    expect(json.files[0]!.issues).toEqual([
      { path: ['offers', 0, 'lastChecked'], code: 'invalid-date', line: expect.any(Number), message: expect.stringMatching(/^lastChecked 2099-\d\d-\d\d is after today \(\d{4}-\d\d-\d\d\); check the year$/) },
    ]);
  });

  it('checks every document of a folder (and its subfolders), as --data reads it', () => {
    const run = runJson<ValidateJson>(['validate', 'examples/fictional-region', '--json']);
    expect(run.status).toBe(1); // the folder holds the guide's broken example
    expect(run.json.files.map((f) => [f.file.replace(/\\/g, '/'), f.valid])).toEqual([
      ['examples/fictional-region/ashby-moor-local-offer.yaml', true],
      ['examples/fictional-region/broken-offer.yaml', false],
      ['examples/fictional-region/northvale-guarantee.yaml', true],
    ]);
  });
});

describe('terminal safety', () => {
  it('prints document text with control characters escaped, never obeyed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cle-term-'));
    const file = join(dir, 'evil.yaml');
    // an unknown key holding an escape sequence that would set the terminal's title, a bell and a carriage return
    writeFileSync(file, 'schemaVersion: 1\nprovider: { code: "E08000001", name: "Bolton" }\nlayer: local\n"bad\\u001b]0;owned\\u0007key\\r": 1\noffers: []\n');
    const run = runCli(['validate', file]);
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('bad\\u{1b}]0;owned\\u{7}key\\u{d}');
    expect(run.stdout + run.stderr).not.toMatch(/[\u0007\r]|\u001b\]/);
  });
});

describe('messages an author can act on', () => {
  it('a council name or a lower-case code where a GSS code belongs gets the code it means', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cle-names-'));
    const file = join(dir, 'fictional-names.yaml');
    const valid = readFileSync(fixture('fictional-valid.yaml'), 'utf8');
    writeFileSync(file, valid.replace('within: [E08999001]', 'within: [Stockport, Nowhereville]'));
    const { json } = runJson<ValidateJson>(['validate', file, '--json']);
    expect(json.files[0]!.issues.map((i) => i.message)).toEqual([
      '"Stockport" is not a GSS code: write E08000007 (Stockport); "care-leaver-entitlements areas NAME" finds the code of a name',
      '"Nowhereville" is not a GSS code (a letter and eight digits, such as E08000001); "care-leaver-entitlements areas NAME" finds the code of a name',
    ]);
    writeFileSync(file, valid.replace('code: E08999001', 'code: e08000007'));
    expect(runJson<ValidateJson>(['validate', file, '--json']).json.files[0]!.issues[0]!.message).toMatch(/^"e08000007" is not a GSS code: write E08000007 \(Stockport\)/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a wrong type says what to use, an unknown kind suggests the near one, an unknown area code suggests real ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cle-msg-'));
    const file = join(dir, 'council.yaml');
    writeFileSync(
      file,
      [
        'schemaVersion: 1',
        'provider: { code: E08000099, name: Nowhere }',
        'layer: local',
        'offers:',
        '  - id: one',
        '    kind: council-tax-exemptions',
        '    title: t',
        '    description: a description long enough',
        "    versions: { '2020-01-01': { status: in-force, value: { type: percentage, percent: '100' }, eligibility: [{ type: age, from: 18 }] } }",
        '    confidence: confirmed',
        "    sources: [{ title: x, url: 'https://example.org', publisher: y }]",
        "    lastChecked: '2026-11-23'",
        '',
      ].join('\n'),
    );
    const first = runCli(['validate', file]).stdout;
    expect(first).toMatch(/unknown kind "council-tax-exemptions"; did you mean council-tax-exemption\?/);
    expect(first).not.toMatch(/KIND_INFO/);
    expect(first).toMatch(/percent +invalid-type +this is text, not a number; write 100, without quotes/);
    // The unknown area code is said in the same run, not only once the schema's issues are mended.
    expect(first).toMatch(/provider\.code +unknown-area +E08000099 is not the code of a UK council, combined authority, county or nation/);
    writeFileSync(file, readFileSync(file, 'utf8').replace('council-tax-exemptions', 'council-tax-exemption').replace("percent: '100'", 'percent: 100'));
    const second = runCli(['validate', file]);
    expect(second.status).toBe(1);
    expect(second.stdout).toMatch(/provider\.code +unknown-area +E08000099 is not the code of a UK council, combined authority, county or nation; did you mean .*E08000009 \(Trafford\)/);
    writeFileSync(file, readFileSync(file, 'utf8').replace('layer: local', 'layer: local\nfictional: true'));
    expect(runCli(['validate', file]).status).toBe(0); // made-up codes are fine in a fictional document
    rmSync(dir, { recursive: true, force: true });
  });
});
