import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

// An authority trying its own documents. Every document under fixtures/ is FICTIONAL (labelled so).
const fixture = (name: string) => `test/cli/fixtures/${name}`;
const leeds = ['--born', '2004-06-15', '--responsible', 'Leeds', '--lives-in', 'Leeds', '--on', '2026-11-23'];
type Json = { entitlements: { kind: string; outcome: string; provider: { name: string } | null; reasons: { code: string }[] }[] };
const kind = (json: Json, k: string) => json.entitlements.find((e) => e.kind === k)!;

describe('--data and --only-data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cle-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('evaluates the given document together with the embedded data', () => {
    const { status, json } = runJson<Json>(['entitlements', ...leeds, '--data', 'test/cli/fixtures/fictional-leeds-trial.yaml', '--json']);
    expect(status).toBe(0);
    expect(kind(json, 'council-tax-exemption')).toMatchObject({ outcome: 'eligible', provider: { name: 'Leeds City Council' } });
    expect(kind(json, 'personal-adviser').outcome).toBe('eligible'); // England's duty is still there
  });

  it("replaces the embedded document of the same provider, so a council can try a corrected copy of its own", () => {
    // Bolton's embedded document given with --data: no offer id clashes with itself, and the answers are the same.
    const bolton = ['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2026-11-23'];
    const embedded = runCli(bolton);
    const tried = runCli([...bolton, '--data', 'src/data/documents/north-west/bolton.yaml']);
    expect([tried.status, tried.stderr]).toEqual([0, '']);
    const note = 'Note: src/data/documents/north-west/bolton.yaml replaces the embedded document for Bolton Council (E08000001)\n';
    expect(tried.stdout.replace(note, '')).toBe(embedded.stdout); // the same answers, with a note saying so
    // The fictional Leeds trial replaces Leeds's embedded document, whose drop-in centre it does not have.
    const before = runJson<Json>(['entitlements', ...leeds, '--json']).json;
    expect(kind(before, 'drop-in-centre').reasons.map((r) => r.code)).not.toContain('no-offer-encoded');
    const after = runJson<Json>(['entitlements', ...leeds, '--data', fixture('fictional-leeds-trial.yaml'), '--json']).json;
    expect(kind(after, 'drop-in-centre').reasons.map((r) => r.code)).toEqual(['no-offer-encoded']);
  });

  it('says so when a --data document replaces an embedded one: a "Note:" line, and in --json notes, for every command that takes --data', () => {
    const trial = fixture('fictional-leeds-trial.yaml');
    const note = `${trial} replaces the embedded document for Leeds City Council (E08000035)`;
    // The fixture is marked fictional, which every command says too.
    const fictional = `${trial} is marked fictional: answers drawn from it are not real`;
    for (const args of [
      ['entitlements', ...leeds],
      ['move', ...leeds, '--to', 'Bolton'],
      ['timeline', ...leeds],
      ['guarantee', 'Greater Manchester', '--on', '2026-11-23'],
      ['coverage', 'Leeds', '--on', '2026-11-23'],
      ['coverage', '--on', '2026-11-23'], // its --json, every area's entries, is more than the helper reads
      ['coverage', '--summary', '--kind', 'council-tax-exemption', '--on', '2026-11-23'],
    ]) {
      const run = runCli([...args, '--data', trial]);
      expect([run.status, run.stderr], args.join(' ')).toEqual([0, '']);
      expect(run.stdout.split('\n').filter((l) => l.startsWith('Note: ')), args.join(' ')).toEqual([`Note: ${note}`, `Note: ${fictional}`]);
      if (args[1] === '--on') continue;
      const json = runJson<{ notes: string[] }>([...args, '--data', trial, '--json']);
      expect(json.json.notes, args.join(' ')).toEqual([note, fictional]);
    }
    // With the area's own note, the area's first; a document for a new provider, or --only-data, replaces nothing.
    const corby = runJson<{ notes: string[] }>(['entitlements', ...leeds, '--gp-area', 'Corby', '--data', trial, '--json']).json.notes;
    expect(corby).toEqual([expect.stringMatching(/^Corby \(E07000150\) was abolished/), note, fictional]);
    expect(runJson<{ notes: string[] }>(['entitlements', ...leeds, '--data', fixture('fictional-valid.yaml'), '--json']).json.notes).toEqual([
      `${fixture('fictional-valid.yaml')} is marked fictional: answers drawn from it are not real`,
    ]);
    expect(runJson<{ notes: string[] }>(['entitlements', ...leeds, '--data', trial, '--only-data', '--json']).json.notes).toEqual([fictional]);
  }, 90_000); // coverage --summary evaluates every pair of places, twice here

  it('with --only-data, uses the given documents alone', () => {
    const { json } = runJson<Json>(['entitlements', ...leeds, '--data', 'test/cli/fixtures/fictional-leeds-trial.yaml', '--only-data', '--json']);
    expect(kind(json, 'council-tax-exemption').outcome).toBe('eligible');
    expect(kind(json, 'personal-adviser').outcome).toBe('unknown');
  });

  it('refuses an invalid document as validate does (exit 1), and evaluates nothing', () => {
    const run = runCli(['move', ...leeds, '--to', 'Bolton', '--data', 'test/cli/fixtures/fictional-invalid.yaml']);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^invalid {2}test\/cli\/fixtures\/fictional-invalid\.yaml \(\d+ issues?\)/);
    expect(run.stdout).not.toMatch(/Moving from/);
    expect(run.stderr).toMatch(/^error: 1 --data document is invalid; nothing was evaluated/);
  });

  it('with --json, prints the issues as validate --json does: one JSON document on stdout, one error line on stderr', () => {
    const malformed = 'test/cli/fixtures/fictional-malformed.yaml';
    const run = runCli(['entitlements', ...leeds, '--data', malformed, '--json']);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout) as { files: { file: string; valid: boolean; issues: { path: unknown[]; code: string; line?: number }[] }[] };
    expect(json).toEqual({ files: [{ file: malformed, valid: false, issues: [expect.objectContaining({ path: [], code: 'malformed-document' })] }] });
    expect(json.files[0]!.issues[0]!.line).toBeGreaterThan(1);
    expect(JSON.parse(runCli(['validate', malformed, '--json']).stdout)).toEqual(json); // the same shape and issues as validate
    expect(run.stderr).toMatch(/^error: 1 --data document is invalid; nothing was evaluated \(the issues are in the JSON on stdout: they are every check validate makes, and those between documents\)\n$/);
    const invalid = runCli(['move', ...leeds, '--to', 'Bolton', '--data', 'test/cli/fixtures/fictional-invalid.yaml', '--json']);
    expect(invalid.status).toBe(1);
    expect(JSON.parse(invalid.stdout).files[0].issues).toContainEqual({ path: ['offers', 0, 'kind'], code: 'invalid-value', message: expect.any(String), line: 10 });
  });

  it('names the file, and the path within its document, of an offer id that clashes with the embedded data', () => {
    // fictional-clashing-id.yaml, a fictional council's, uses the id of Bolton's embedded offer.
    const folder = join(dir, 'clash');
    const dale = join(folder, 'fictional-dale.yaml');
    mkdirSync(folder);
    copyFileSync(fixture('fictional-clashing-id.yaml'), dale);
    const run = runCli(['entitlements', ...leeds, '--data', folder]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`invalid  ${dale} (1 issue)\n  ${dale}:11  offers[0].id  duplicate-id  offer id "bolton-council-tax-exemption" is also used by Bolton Council in the embedded data;`);
    expect(run.stdout).not.toContain('documents[');
    expect(run.stderr).toMatch(/^error: 1 --data document is invalid/);
    const { status, json } = runJson<{ files: unknown[] }>(['entitlements', ...leeds, '--data', folder, '--json']);
    expect(status).toBe(1);
    expect(json.files).toEqual([
      { file: dale, valid: false, issues: [{ path: ['offers', 0, 'id'], code: 'duplicate-id', message: expect.stringContaining('Bolton Council in the embedded data'), line: 11 }] },
    ]);
  });

  it('takes --data more than once and uses the documents of them all; a file reached twice is read once', () => {
    const areas = (data: string[]) => runJson<{ areas: string[] }>(['coverage', '--on', '2026-11-23', ...data.flatMap((d) => ['--data', d]), '--only-data', '--json']);
    const both = areas([fixture('fictional-leeds-trial.yaml'), fixture('fictional-valid.yaml')]);
    expect(both.status).toBe(0);
    expect(both.json.areas).toEqual(['E08000035', 'E08999001']); // Leeds from one file, Fictional Vale from the other
    const folder = join(dir, 'once');
    mkdirSync(folder);
    copyFileSync(fixture('fictional-valid.yaml'), join(folder, 'fictional-vale.yaml'));
    const once = areas([fixture('fictional-valid.yaml'), fixture('fictional-valid.yaml')]);
    expect([once.status, once.json.areas]).toEqual([0, ['E08999001']]);
    const inFolder = areas([folder, join(folder, 'fictional-vale.yaml')]);
    expect([inFolder.status, inFolder.json.areas]).toEqual([0, ['E08999001']]);
    // Through a link to the file, and a link in a loop back to its folder: still read once.
    symlinkSync('fictional-vale.yaml', join(folder, 'alias.yaml'));
    symlinkSync('.', join(folder, 'loop'));
    const linked = areas([folder]);
    expect([linked.status, linked.json.areas]).toEqual([0, ['E08999001']]);
  });

  it('names the later file, and the path within its document, when two --data files use the same offer id', () => {
    const copy = join(dir, 'fictional-vale-copy.yaml');
    copyFileSync(fixture('fictional-valid.yaml'), copy);
    const run = runCli(['entitlements', ...leeds, '--data', fixture('fictional-valid.yaml'), '--data', copy]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      `invalid  ${copy} (1 issue)\n  ${copy}:10  offers[0].id  duplicate-id  offer id "fictional-vale-council-tax" is also used by Fictional Vale Council in ${fixture('fictional-valid.yaml')}; ` +
        'give this offer an id of its own (offer ids must be unique across all the documents used)\n',
    );
  });

  it('a folder is read whole; --only-data needs --data; a missing path is bad input', () => {
    expect(runCli(['timeline', ...leeds, '--data', 'test/cli/fixtures', '--json']).status).toBe(1); // the folder holds invalid documents
    expect(runCli(['entitlements', ...leeds, '--only-data']).stderr).toMatch(/^error: --only-data goes with --data PATH/);
    const missing = runCli(['entitlements', ...leeds, '--data', 'no/such/place']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^error: --data no\/such\/place does not exist/);
  });

  it('answers the same from the embedded documents for the places asked (no --data) as from all of them (--data loads all)', () => {
    // fictional-valid.yaml concerns only a fictional area, so it changes no answer about these places.
    const bolton = ['--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--on', '2026-11-23'];
    for (const args of [
      ['move', ...bolton, '--to', 'Leeds'],
      ['move', ...bolton, '--to', 'Leeds', '--json'],
      ['entitlements', ...bolton, '--json'],
      ['timeline', ...bolton, '--from', '2024-01-01', '--json'],
    ]) {
      const part = runCli(args);
      const all = runCli([...args, '--data', 'test/cli/fixtures/fictional-valid.yaml']);
      expect(part.status, args.join(' ')).toBe(0);
      // Beside the note that the --data document is fictional, the same answers.
      const fictionalNote = 'test/cli/fixtures/fictional-valid.yaml is marked fictional: answers drawn from it are not real';
      if (args.includes('--json')) {
        const parsed = JSON.parse(all.stdout) as { notes: string[] };
        expect(parsed.notes).toEqual([fictionalNote]);
        expect({ ...parsed, notes: [] }, args.join(' ')).toEqual(JSON.parse(part.stdout));
      } else {
        expect(all.stdout.replace(`Note: ${fictionalNote}\n`, ''), args.join(' ')).toBe(part.stdout);
      }
    }
  });
});

