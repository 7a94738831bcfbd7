import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

// A regional authority's question (DESIGN.md, question 3): what would a care leaver gain or lose
// moving between any two of its places? `move --between`, through the built executable.

interface Named {
  code: string;
  name: string;
}
interface EntitlementJson {
  kind: string;
  outcome: string;
  value: unknown;
  provider: Named | null;
  firm: boolean;
}
interface ChangeJson {
  kind: string;
  change: string;
  confidence: string;
  firm: boolean;
  message: string;
  before?: EntitlementJson;
  after?: EntitlementJson;
}
interface BetweenJson {
  on: string;
  notes: string[];
  between: Named[];
  places: (Named & { entitlements: EntitlementJson[] })[];
  moves: { from: Named; to: Named; changes: ChangeJson[] }[];
}

/** A care leaver of Bolton, born 15 June 2004, asked about on 23 November 2026: no --lives-in. */
const BOLTON_LEAVER = ['--born', '2004-06-15', '--responsible', 'Bolton', '--on', '2026-11-23'] as const;
const GM = ['move', ...BOLTON_LEAVER, '--between', 'Greater Manchester'];
const GM10 = ['Bolton', 'Bury', 'Manchester', 'Oldham', 'Rochdale', 'Salford', 'Stockport', 'Tameside', 'Trafford', 'Wigan'];

/** What a grid cell says of one move's changes (the text's legend). */
function cellFor(changes: readonly ChangeJson[], before: readonly EntitlementJson[], after: readonly EntitlementJson[]): string {
  const known = (e: EntitlementJson) => e.outcome !== 'unknown';
  const counts: [string, number][] = [
    ['-', changes.filter((c) => c.change === 'lost').length],
    ['+', changes.filter((c) => c.change === 'gained').length],
    ['~', changes.filter((c) => c.change === 'changed').length],
    ['?', changes.filter((c, k) => c.change === 'unknown' && known(before[k]!) !== known(after[k]!)).length],
  ];
  const said = counts.filter(([, n]) => n > 0).map(([sign, n]) => `${sign}${n}`);
  return said.length === 0 ? '·' : said.join(' ');
}

/** The cells of a line of the grid (after its label), split on runs of two spaces or more. */
function gridCells(line: string, label: string): string[] {
  return line.slice(line.indexOf(label) + label.length).trim().split(/\s{2,}/);
}

describe('move --between', () => {
  const gm = runJson<BetweenJson>([...GM, '--json']);

  it("takes a region for its councils, in alphabetical order, and gives every move between two of them", () => {
    expect(gm.status).toBe(0);
    expect(gm.json.between).toEqual([{ code: 'E47000001', name: 'Greater Manchester' }]);
    expect(gm.json.places.map((p) => p.name)).toEqual(GM10);
    expect(gm.json.moves).toHaveLength(90);
    const pairs = new Set(gm.json.moves.map((m) => `${m.from.name}>${m.to.name}`));
    for (const from of GM10) for (const to of GM10) expect(pairs.has(`${from}>${to}`)).toBe(from !== to);
  });

  it("takes a county for its districts and a nation for its councils, not the counties", () => {
    const places = (area: string) => runJson<BetweenJson>(['move', ...BOLTON_LEAVER, '--between', area, '--kind', 'council-tax-exemption', '--json']).json.places;
    const kent = places('Kent');
    expect(kent).toHaveLength(12);
    expect(kent.map((p) => p.name)).toContain('Maidstone');
    expect(kent.map((p) => p.name)).not.toContain('Kent');
    expect(places('Wales')).toHaveLength(22);
    // Northern Ireland's councils bill rates, not council tax, but people live in them all the same.
    expect(places('Northern Ireland')).toHaveLength(11);
  });

  it('gives each place the answers "entitlements" gives someone living there', () => {
    for (const place of gm.json.places) {
      const alone = runJson<{ entitlements: EntitlementJson[] }>(['entitlements', ...BOLTON_LEAVER, '--lives-in', place.code, '--json']).json;
      expect(place.entitlements, place.name).toEqual(alone.entitlements);
    }
  });

  it('gives each move the changes "move" gives it alone', () => {
    for (const [from, to] of [['Bolton', 'Stockport'], ['Stockport', 'Bury'], ['Wigan', 'Trafford'], ['Trafford', 'Bolton']] as const) {
      const alone = runJson<{ changes: ChangeJson[] }>(['move', ...BOLTON_LEAVER, '--lives-in', from, '--to', to, '--json']).json;
      const move = gm.json.moves.find((m) => m.from.name === from && m.to.name === to)!;
      expect(move.changes, `${from} to ${to}`).toEqual(alone.changes.map(({ before: _, after: __, ...change }) => change));
    }
  });

  it("prints a row for each place of the kinds whose answer differs, and a grid counting each move's changes", () => {
    const run = runCli(GM);
    expect([run.status, run.stderr]).toEqual([0, '']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Moving between 10 places (Greater Manchester) on 23 November 2026');
    expect(lines[1]).toMatch(/, looked after by Bolton$/);
    // The table: each differing kind's column, a row per place with its answer.
    const header = lines.findIndex((l) => l.trimStart().startsWith('place  '));
    const labels = lines[header]!.trim().split(/\s{2,}/).slice(1);
    expect(labels.length).toBeGreaterThan(0);
    const { places } = gm.json;
    for (const [i, place] of places.entries()) {
      const row = lines[header + 2 + i]!;
      expect(row.trim().startsWith(`${i + 1} ${place.name}`)).toBe(true);
      const shown = gridCells(row, place.name);
      expect(shown).toHaveLength(labels.length);
    }
    // A kind is a column exactly when some place answers it otherwise than Bolton.
    const differing = places[0]!.entitlements.filter((e, k) => places.some((p) => p.entitlements[k]!.outcome !== e.outcome || JSON.stringify(p.entitlements[k]!.value) !== JSON.stringify(e.value) || p.entitlements[k]!.firm !== e.firm));
    expect(labels).toHaveLength(differing.length);
    expect(run.stdout).toMatch(/^The same in every place: eligible: Council tax exemption \(100%\), Personal adviser/m);
    // The grid: a column for each place, numbered; each cell what the JSON's move changes.
    const top = lines.findIndex((l) => l.trimStart().startsWith('from \\ to'));
    expect(gridCells(lines[top]!, 'from \\ to')).toEqual(GM10.map((_, i) => String(i + 1)));
    for (const [i, from] of places.entries()) {
      const row = gridCells(lines[top + 1 + i]!, from.name);
      const expected = places.filter((to) => to !== from).map((to) => {
        const move = gm.json.moves.find((m) => m.from.code === from.code && m.to.code === to.code)!;
        return cellFor(move.changes, from.entitlements, to.entitlements);
      });
      expect(row, from.name).toEqual(expected);
    }
  });

  it('says so when every place gives the same answers, with no grid', () => {
    const run = runCli(['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--on', '2026-11-23', '--between', 'Bury', '--between', 'Rochdale', '--kind', 'council-tax-exemption', '--kind', 'personal-adviser']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Every place gives the same answers, so no move between them changes anything the data knows of: eligible: Council tax exemption (100%), Personal adviser.');
    expect(run.stdout).not.toContain('from \\ to');
  });

  it('leaves out a grid wider than the terminal, and says how to see the moves', () => {
    const london = ['move', '--born', '2004-06-15', '--responsible', 'Camden', '--on', '2026-11-23', '--between', 'Greater London', '--kind', 'council-tax-exemption'];
    const narrow = runCli(london, { COLUMNS: '120' });
    expect(narrow.status).toBe(0);
    expect(narrow.stdout).toMatch(/^Moving between 33 places \(Greater London\) on 23 November 2026$/m);
    expect(narrow.stdout).toContain('The grid of the 1,056 moves is wider than the terminal: widen it, give fewer places, or give --json for every move.');
    expect(narrow.stdout).not.toContain('from \\ to');
    // Without a terminal to fit (output to a file), the grid is printed, a line for each place.
    const whole = runCli(london);
    const lines = whole.stdout.split('\n');
    const top = lines.findIndex((l) => l.startsWith('  from \\ to'));
    expect(gridCells(lines[top]!, 'from \\ to')).toHaveLength(33);
    expect(lines.slice(top + 1, top + 35).map((l) => /^ +(\d+) /.exec(l)?.[1])).toEqual([...Array.from({ length: 33 }, (_, i) => String(i + 1)), undefined]);
  });

  it('answers for any few councils given one by one, each move as in the whole region', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(GM10, { minLength: 2, maxLength: 4 }), fc.constantFrom('council-tax-exemption', 'birthday-allowance'), (councils, kind) => {
        const { status, json } = runJson<BetweenJson>(['move', ...BOLTON_LEAVER, ...councils.flatMap((c) => ['--between', c]), '--kind', kind, '--json']);
        expect(status).toBe(0);
        expect(json.places.map((p) => p.name)).toEqual(councils);
        expect(json.moves).toHaveLength(councils.length * (councils.length - 1));
        for (const move of json.moves) {
          const whole = gm.json.moves.find((m) => m.from.code === move.from.code && m.to.code === move.to.code)!;
          expect(move.changes).toEqual(whole.changes.filter((c) => c.kind === kind));
        }
      }),
      { numRuns: 8 },
    );
  });

  it('refuses --to or --lives-in with it, fewer than two places, a place twice and too many places', () => {
    const refused = (args: readonly string[]) => {
      const run = runCli(['move', ...BOLTON_LEAVER, ...args]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      return run.stderr;
    };
    expect(refused(['--between', 'Bury', '--between', 'Wigan', '--to', 'Leeds'])).toMatch(/^error: --to and --between cannot be given together/);
    expect(refused(['--between', 'Bury', '--between', 'Wigan', '--lives-in', 'Bolton'])).toMatch(/^error: --lives-in and --between cannot be given together/);
    expect(refused(['--between', 'Bury'])).toBe(
      'error: --between needs two places or more to move between (Bury alone was given); give a county or a combined authority (its councils), or --between again for each council\n',
    );
    expect(refused(['--between', 'Bury', '--between', 'E08000002'])).toBe('error: --between "E08000002" gives Bury, among the places already; give each place once\n');
    expect(refused(['--between', 'Bury', '--between', 'Greater Manchester'])).toBe(
      'error: --between "Greater Manchester" gives Bury (within Greater Manchester), among the places already; give each place once\n',
    );
    expect(refused(['--between', 'England'])).toMatch(/^error: --between gives 296 places, and at most 40 are compared at once; /);
    // At most 40: Wales's 22 councils, Greater Manchester's 10, West Yorkshire's 5 and three more are answered; a 41st is not.
    const forty = ['--between', 'Wales', '--between', 'Greater Manchester', '--between', 'West Yorkshire', '--between', 'Liverpool', '--between', 'Sefton', '--between', 'Wirral'];
    const answered = runJson<BetweenJson>(['move', ...BOLTON_LEAVER, ...forty, '--kind', 'council-tax-exemption', '--json']);
    expect([answered.status, answered.json.places.length, answered.json.moves.length]).toEqual([0, 40, 40 * 39]);
    expect(refused([...forty, '--between', 'Knowsley'])).toMatch(/^error: --between gives 41 places, and at most 40 are compared at once; /);
    expect(refused(['--between', 'Boltn', '--between', 'Bury'])).toMatch(/^error: --between /);
    // A council that did not exist yet on the date is --between's to mend, not --lives-in's.
    const before = runCli(['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--status', 'relevant', '--on', '2022-06-01', '--between', 'Bolton', '--between', 'Cumberland']);
    expect([before.status, before.stdout]).toEqual([2, '']);
    expect(before.stderr).toMatch(/^error: --between: E06000063 \(Cumberland\) began on 2023-04-01, after 2022-06-01; give the council of 2022-06-01 /);
    const first = runCli(['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--status', 'relevant', '--on', '2022-06-01', '--between', 'Cumberland', '--between', 'Bolton']);
    expect(first.stderr).toMatch(/^error: --between: E06000063 \(Cumberland\) began on 2023-04-01/);
  });

  it('is in the help, with an example that runs', () => {
    const help = runCli(['move', '--help']).stdout;
    expect(help).toContain('move --born DATE --responsible AREA --between AREA [--between AREA ...] [options]');
    expect(help).toMatch(/^ {2}--between AREA +every move between two of these places, instead of --lives-in and --to:$/m);
    const example = /^ {2}care-leaver-entitlements (move .*--between .*)$/m.exec(help)![1]!;
    const args = [...example.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    const run = runCli(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Moving between 10 places \(Greater Manchester\) on 23 November 2026$/m);
    expect(help).toContain('"moves": [{"from", "to", "changes"');
    expect(runCli(['guarantee', '--help']).stdout).toContain('moving between any two of them: "move --between AREA"');
  });
});
