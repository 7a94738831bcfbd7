import { describe, expect, it } from 'vitest';
import { PERSON, runCli, runJson } from './run-cli.js';

// An adviser weighing where a care leaver might move: several --to, compared side by side.

interface ChangeJson {
  kind: string;
  change: string;
  firm: boolean;
  message: string;
}
interface MoveJson {
  on: string;
  from: { code: string; name: string };
  to: { code: string; name: string };
  notes: string[];
  changes: ChangeJson[];
}
interface MovesJson {
  on: string;
  from: { code: string; name: string };
  notes: string[];
  moves: { to: { code: string; name: string }; changes: ChangeJson[] }[];
}

const PLACES = ['Leeds', 'Wigan', 'Stockport'];
const several = ['move', ...PERSON, ...PLACES.flatMap((place) => ['--to', place])];

/** The cells of a table row, split on runs of two spaces or more. */
function cells(line: string): string[] {
  return line.trim().split(/\s{2,}/);
}

describe('move to several places', () => {
  it('prints a column for each place, in the order given, with each kind\'s change as moving there alone gives it', () => {
    const run = runCli(several);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Moving from Bolton on 23 November 2026: 3 places compared');
    const header = lines.findIndex((l) => l.trimStart().startsWith('kind'));
    expect(cells(lines[header]!)).toEqual(['kind', ...PLACES]);
    const rows = lines.slice(header + 2, lines.indexOf('', header));
    expect(rows.length).toBeGreaterThan(5);
    const alone = PLACES.map((place) => runJson<MoveJson>(['move', ...PERSON, '--to', place, '--json']).json);
    const labelled = new Map(alone[0]!.changes.map((c) => [c.message.split(':')[0], c.kind]));
    for (const row of rows) {
      const [label, ...changes] = cells(row);
      const kind = labelled.get(label);
      expect(kind, label).toBeDefined();
      changes.forEach((shown, i) => {
        const c = alone[i]!.changes.find((x) => x.kind === kind)!;
        expect(shown, `${label} in ${PLACES[i]}`).toBe(c.firm || c.change === 'unknown' ? c.change : `probably ${c.change}`);
      });
    }
    // Council tax: not known in Leeds, kept by the Greater Manchester guarantee in Wigan and Stockport.
    expect(cells(rows.find((r) => r.startsWith('  Council tax exemption'))!)).toEqual(['Council tax exemption', 'unknown', 'kept', 'kept']);
  });

  it('counts each place\'s changes, and names the kinds no place has anything of', () => {
    const { stdout } = runCli(several);
    for (const place of PLACES) {
      const { json } = runJson<MoveJson>(['move', ...PERSON, '--to', place, '--json']);
      const line = stdout.split('\n').find((l) => l.startsWith(`${place}, of `))!;
      expect(line).toMatch(new RegExp(`^${place}, of ${json.changes.length} kinds: `));
      expect(line).toContain(`, ${json.changes.filter((c) => c.change === 'unknown').length} unknown.`);
    }
    expect(stdout).toMatch(/^Unknown in every place, as nothing of these kinds is encoded for the councils concerned: .*Rent guarantor/m);
    expect(stdout).toContain('For what to do next and the sources of a place\'s answers, ask "move" with that --to alone.');
  });

  it('prints each move with --json, as one --to prints it', () => {
    const { status, json } = runJson<MovesJson>([...several, '--json']);
    expect(status).toBe(0);
    expect(json.on).toBe('2026-11-23');
    expect(json.from).toEqual({ code: 'E08000001', name: 'Bolton' });
    expect(json.moves.map((m) => m.to.name)).toEqual(PLACES);
    for (const [i, place] of PLACES.entries()) {
      const alone = runJson<MoveJson>(['move', ...PERSON, '--to', place, '--json']).json;
      expect(json.moves[i]!.to).toEqual(alone.to);
      expect(json.moves[i]!.changes).toEqual(alone.changes);
    }
  });

  it('answers only the kinds given with --kind', () => {
    const run = runCli([...several, '--kind', 'council-tax-exemption', '--kind', 'personal-adviser']);
    const rows = run.stdout.split('\n').filter((l) => l.startsWith('  ') && !l.includes('──') && !l.trimStart().startsWith('kind'));
    expect(rows.map((r) => cells(r)[0])).toEqual(['Council tax exemption', 'Personal adviser']);
    expect(run.stdout).toContain('Wigan, of 2 kinds: 2 kept.');
  });

  it('refuses a place given twice, the place they live in, and a place that is not one council area', () => {
    const twice = runCli(['move', ...PERSON, '--to', 'Leeds', '--to', 'leeds']);
    expect([twice.status, twice.stderr]).toEqual([2, 'error: --to "leeds" is Leeds, given already; give each place once\n']);
    const home = runCli(['move', ...PERSON, '--to', 'Leeds', '--to', 'Bolton']);
    expect(home.status).toBe(2);
    expect(home.stderr).toMatch(/^error: --to Bolton is where they live now \(--lives-in\)/);
    expect(runCli(['move', ...PERSON, '--to', 'Leeds', '--to', 'Kent']).stderr).toMatch(/^error: --to Kent \(E10000016\) is a county made of districts/);
  });
});
