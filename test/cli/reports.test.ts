import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

describe('guarantee', () => {
  it('reports each Greater Manchester council against each item of the guarantee', () => {
    const { status, json } = runJson<{
      on: string;
      region: { code: string; name: string };
      members: { code: string; name: string }[];
      notes: string[];
      items: { kind: string; provider: { code: string }; deliveredBy: string; members: { code: string; result: string; reasons: { code: string; message: string }[] }[] }[];
    }>(['guarantee', 'Greater Manchester', '--on', '2026-11-23', '--json']);
    expect(status).toBe(0);
    expect(json.region.code).toBe('E47000001');
    expect(json.members).toHaveLength(10);
    expect(json.notes).toEqual([]);
    const councilTax = json.items.find((i) => i.kind === 'council-tax-exemption')!;
    expect(councilTax.members).toHaveLength(10);
    for (const m of councilTax.members) {
      expect(['exceeds', 'meets', 'falls-short', 'unknown']).toContain(m.result);
      expect(m.reasons.length).toBeGreaterThan(0);
    }
    expect(councilTax.members.find((m) => m.code === 'E08000007')?.result).toBe('unknown'); // Stockport: nothing encoded
    // The travel pass is Transport for Greater Manchester's to give: delivered to every member.
    const travel = json.items.find((i) => i.kind === 'free-travel')!;
    expect([travel.deliveredBy, councilTax.deliveredBy]).toEqual(['provider', 'members']);
    expect(new Set(travel.members.map((m) => m.result))).toEqual(new Set(['delivered']));
  });

  it('prints a table per item and a summary', () => {
    const run = runCli(['guarantee', 'E47000001', '--on', '2026-11-23']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Greater Manchester: guarantee against its members' own offers on 23 November 2026\n10 members/);
    expect(run.stdout).toMatch(/Council tax exemption: .*\(100%\)\n {2}member +result +own offer +why/);
    expect(run.stdout).toMatch(/Stockport +unknown/);
    expect(run.stdout).toMatch(/In all: \d+ exceeds, \d+ meets, \d+ falls-short, \d+ unknown, 10 delivered\./);
    expect(run.stdout).toMatch(/ {2}Bolton +delivered +— +Transport for Greater Manchester gives it directly; Bolton needs no offer of its own\n/);
  });

  it('lists a council an item names as taking part, though not a member of the combined authority (North Somerset in the WESTpass)', () => {
    const { json } = runJson<{ members: { code: string }[]; items: { offerId: string; members: { code: string; result: string }[] }[] }>([
      'guarantee', 'West of England', '--on', '2026-11-23', '--json',
    ]);
    expect(json.members.map((m) => m.code)).toEqual(['E06000022', 'E06000023', 'E06000024', 'E06000025']);
    expect(json.items[0]!.members.find((m) => m.code === 'E06000024')?.result).toBe('delivered');
  });

  it('compares the councils given with --member (names or codes), one from outside the region too', () => {
    const { status, json } = runJson<{ members: { code: string }[]; items: { offerId: string; members: { code: string; result: string }[] }[] }>([
      'guarantee', 'West of England', '--member', 'Bristol', '--member', 'E06000024', '--member', 'Leeds', '--on', '2026-11-23', '--json',
    ]);
    expect(status).toBe(0);
    expect(json.members.map((m) => m.code)).toEqual(['E06000023', 'E06000024', 'E08000035']);
    // The WESTpass reaches North Somerset's care leavers (it takes part without being a member), not Leeds's.
    expect(json.items.find((i) => i.offerId === 'west-of-england-westpass')!.members.map((m) => [m.code, m.result])).toEqual([
      ['E06000023', 'delivered'],
      ['E06000024', 'delivered'],
      ['E08000035', 'unknown'],
    ]);
    const run = runCli(['guarantee', 'West of England', '--member', 'Bristol', '--on', '2026-11-23']);
    expect(run.stdout).toMatch(/\n1 members?, 1 item in force\n/);
  });

  it('says which --member is wrong and how to fix it', () => {
    const twice = runCli(['guarantee', 'Greater Manchester', '--member', 'Bolton', '--member', 'E08000001', '--on', '2026-11-23']);
    expect([twice.status, twice.stderr]).toEqual([2, 'error: --member: E08000001 is given twice; give each member once\n']);
    const region = runCli(['guarantee', 'Greater Manchester', '--member', 'Greater Manchester', '--on', '2026-11-23']);
    expect([region.status, region.stderr]).toEqual([2, 'error: --member: E47000001 is the region itself; give the councils to compare with its guarantee\n']);
    const misspelt = runCli(['guarantee', 'Greater Manchester', '--member', 'Boltn', '--on', '2026-11-23']);
    expect(misspelt.status).toBe(2);
    expect(misspelt.stderr).toMatch(/^error: --member "Boltn" is not a known area; did you mean Bolton Metropolitan Borough Council \(E08000001\)/);
  });

  it('notes under the heading what the region\'s name also names, and counts one item as one', () => {
    const run = runCli(['guarantee', 'North East', '--on', '2026-12-03']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe("North East: guarantee against its members' own offers on 3 December 2026");
    expect(lines[1]).toMatch(/^Note: "North East" also names /);
    expect(lines[2]).toMatch(/^\d+ members, 1 item in force$/);
    const { json } = runJson<{ notes: string[] }>(['guarantee', 'North East', '--on', '2026-12-03', '--json']);
    expect(json.notes).toEqual([lines[1]!.slice('Note: '.length)]);
  });

  it('takes a name that is also a council\'s as the region it names, with a note, and lists the regions with a guarantee by name', () => {
    // "London" names the City of London and the Greater London Authority: a guarantee is a region's.
    const data = ['--data', 'test/cli/fixtures/fictional-london-guarantee.yaml'];
    const run = runCli(['guarantee', 'London', '--on', '2026-12-06', ...data]);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      "Greater London: guarantee against its members' own offers on 6 December 2026",
      'Note: "London" also names City of London Corporation (E09000001); chose Greater London Authority (E61000001), as AREA is a region',
    ]);
    // In the embedded data London has none: the error names the regions that do, in name order.
    const none = runCli(['guarantee', 'London', '--on', '2026-12-06']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^error: AREA: E61000001 \(Greater London\) has no guarantee in the dataset/);
    const listed = [...none.stderr.matchAll(/E47\d{6} \(([^)]+)\)/g)].map((m) => m[1]!);
    expect(listed).toContain('Greater Manchester Combined Authority');
    expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b, 'en')));
    // With --member the command line names councils, where "London" stays ambiguous.
    const member = runCli(['guarantee', 'Greater Manchester', '--member', 'London', '--on', '2026-12-06']);
    expect(member.stderr).toMatch(/^error: --member "London" is ambiguous: it could be City of London Corporation \(E09000001\), Greater London Authority \(E61000001\)/);
  });

  it('reports an item in the window before its later version, whose start is not known (fictional item)', () => {
    const data = ['--data', 'test/cli/fixtures/fictional-gm-changing-item.yaml'];
    const run = runCli(['guarantee', 'Greater Manchester', '--on', '2024-06-01', ...data]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /Mentor: Fictional Greater Manchester mentor \(provided\)\n {2}A later version, in force by 1 January 2025 from a date not known, may already apply/,
    );
    const { json } = runJson<{ items: { offerId: string; laterVersion: { versionDate: string } | null }[] }>([
      'guarantee', 'Greater Manchester', '--on', '2024-06-01', '--json', ...data,
    ]);
    expect(json.items.find((i) => i.offerId === 'fictional-gm-mentor')?.laterVersion?.versionDate).toBe('2025-01-01');
    expect(json.items.find((i) => i.offerId !== 'fictional-gm-mentor')?.laterVersion).toBeNull();
    const after = runJson<{ items: { offerId: string; laterVersion: unknown }[] }>(['guarantee', 'E47000001', '--on', '2025-01-01', '--json', ...data]);
    expect(after.json.items.find((i) => i.offerId === 'fictional-gm-mentor')?.laterVersion).toBeNull();
  });

  it('needs an AREA', () => {
    const run = runCli(['guarantee']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: guarantee needs AREA; run "care-leaver-entitlements guarantee --help"/);
  });
});

describe('areas', () => {
  it('searches areas by name, as a table and as JSON', () => {
    const run = runCli(['areas', 'manchester']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/E08000003 +Manchester +unitary +Manchester City Council/);
    const { json } = runJson<{ query: string; areas: { code: string; shortName: string; tier: string }[] }>(['areas', 'manchester', '--json']);
    expect(json.query).toBe('manchester');
    expect(json.areas.map((a) => a.code)).toEqual(['E08000003', 'E47000001']);
  });

  it('heads the column of areas that have ended, and leaves it out when none has', () => {
    const lines = runCli(['areas', 'Durham']).stdout.split('\n');
    expect(lines[2]).toMatch(/^ {2}code +short name +tier +name +ended$/);
    // as many rule segments as headings
    expect(lines[3]!.trim().split(/ +/)).toHaveLength(5);
    expect(lines.find((l) => l.includes('E47000010'))).toMatch(/North East Combined Authority +2024-05-07, now E47000014$/);
    const current = runCli(['areas', 'Manchester']).stdout.split('\n');
    expect(current[2]).toMatch(/^ {2}code +short name +tier +name$/);
    expect(current[3]!.trim().split(/ +/)).toHaveLength(4);
  });

  it('lists every area when no query is given, and exits 2 with suggestions when nothing matches', () => {
    const { json } = runJson<{ query: null; areas: unknown[] }>(['areas', '--on', '2026-11-23', '--json']);
    expect(json.query).toBeNull();
    expect(json.areas.length).toBeGreaterThan(350);
    const none = runCli(['areas', 'Manchster']);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^error: no area matches "Manchster"; did you mean Manchester City Council \(E08000003\)/);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('areas: names as advisers type them (a review)', () => {
  it('finds a council named "Bolton Council" or "Westminster City Council", and meets an abbreviation with the area it stands for', () => {
    const bolton = runCli(['areas', 'Bolton Council', '--on', '2026-11-23']);
    expect(bolton.status).toBe(0);
    expect(bolton.stdout).toMatch(/^1 area matching "Bolton Council"/);
    expect(bolton.stdout).toContain('E08000001');
    const gm = runCli(['areas', 'GM']);
    expect(gm.status).toBe(2);
    expect(gm.stderr).toBe('error: no area matches "GM"; did you mean Greater Manchester Combined Authority (E47000001)? try part of the name, or a GSS code such as E08000001\n');
    const far = runCli(['guarantee', 'xyz', '--on', '2026-11-23']);
    expect(far.status).toBe(2);
    expect(far.stderr).not.toMatch(/did you mean/);
  });
});

describe('coverage', () => {
  it("shows what is encoded for one area, kind by kind", () => {
    // Stockport has a council tax document (from the press); rent guarantors are encoded almost nowhere.
    const run = runCli(['coverage', 'Stockport', '--on', '2026-11-23']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Coverage for Stockport on 23 November 2026\n\d+ of \d+ kinds covered/);
    expect(run.stdout).toMatch(/Council tax exemption +covered +Stockport Metropolitan Borough Council/);
    expect(run.stdout).toMatch(/Rent guarantor +not covered/);
    expect(run.stdout).toMatch(/Personal adviser +covered +England \(claims England\)/);
    const { json } = runJson<{ on: string; notes: string[]; areas: string[]; entries: { area: string; kind: string; covered: boolean }[] }>([
      'coverage', 'Stockport', '--on', '2026-11-23', '--json',
    ]);
    expect(json.notes).toEqual([]);
    expect(json.areas).toEqual(['E08000007']);
    expect(json.entries.find((e) => e.kind === 'council-tax-exemption')?.covered).toBe(true);
    expect(json.entries.find((e) => e.kind === 'rent-guarantor')?.covered).toBe(false);
  });

  it('names a council whose offers of a kind are only one-off or narrow, though it is not covered', () => {
    // Manchester's crisis-fund help is a Household Support Fund top-up (partial): not its whole rule.
    const run = runCli(['coverage', 'Manchester', '--on', '2026-12-02']);
    expect(run.stdout).toMatch(/Crisis fund +not covered +Manchester City Council \(only one-off, narrow or unsettled offers\)/);
    const { json } = runJson<{ entries: { kind: string; covered: boolean; partlyBy: { code: string }[] }[] }>(['coverage', 'Manchester', '--on', '2026-12-02', '--json']);
    expect(json.entries.find((e) => e.kind === 'crisis-fund')).toMatchObject({ covered: false, partlyBy: [{ code: 'E08000003' }] });
    expect(json.entries.find((e) => e.kind === 'council-tax-exemption')).toMatchObject({ covered: true, partlyBy: [] });
  });

  it('notes that a name also names another area, under the heading', () => {
    const run = runCli(['coverage', 'Buckinghamshire', '--on', '2026-12-03']);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual(['Coverage for Buckinghamshire on 3 December 2026', expect.stringMatching(/kinds covered$/), 'Note: "Buckinghamshire" also names Buckinghamshire County (E10000002); chose the area that existed on 2026-12-03']);
    expect(runJson<{ notes: string[] }>(['coverage', 'Buckinghamshire', '--on', '2026-12-03', '--json']).json.notes).toEqual([
      '"Buckinghamshire" also names Buckinghamshire County (E10000002); chose the area that existed on 2026-12-03',
    ]);
  });

  it('lists every area the data names without an AREA', () => {
    const run = runCli(['coverage', '--on', '2026-11-23']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/E08000001 +Bolton +\d+ of \d+ +.*council-tax-exemption/);
  });
});

describe('schema, help and version', () => {
  it('prints the JSON Schema of an offer document', () => {
    const { status, json } = runJson<{ $schema: string; title: string }>(['schema']);
    expect(status).toBe(0);
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(json.title).toMatch(/offer document/);
  });

  it('prints help at the top level and for every command, and the version', () => {
    const top = runCli(['--help']);
    expect(top.status).toBe(0);
    for (const command of ['entitlements', 'move', 'timeline', 'guarantee', 'areas', 'coverage', 'validate', 'schema']) {
      expect(top.stdout).toContain(`  ${command}`);
      const help = runCli([command, '--help']);
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`^Usage: care-leaver-entitlements ${command}`));
    }
    expect(runCli(['move', '--help']).stdout).toContain('  --higher-education'); // fact flags are listed
    expect(runCli(['help', 'move']).stdout).toMatch(/^Usage: care-leaver-entitlements move/);
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
