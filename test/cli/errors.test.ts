import { describe, expect, it } from 'vitest';
import { PERSON, runCli, runJson } from './run-cli.js';

const BASE = ['--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton'];

/** Each case: the arguments and what the one `error:` line must say. */
const BAD_INPUT: [string, string[], RegExp][] = [
  ['an unknown area, with the closest names', ['entitlements', '--born', '2004-06-15', '--responsible', 'Boltn', '--lives-in', 'Bolton'], /^error: --responsible "Boltn" is not a known area; did you mean Bolton/],
  ['an ambiguous area, with candidates', ['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'London'], /^error: --lives-in "London" is ambiguous: it could be .*\(E09000001\)/],
  ['an impossible date', ['entitlements', ...BASE, '--on', '2025-02-30'], /^error: --on 2025-02-30 is not a real date/],
  ['a date that is not a date', ['entitlements', '--born', 'June 2004', '--responsible', 'Bolton', '--lives-in', 'Bolton'], /^error: --born "June 2004" is not a date; write it as DD\/MM\/YYYY or YYYY-MM-DD/],
  ['a date asked about that is not a date: "today" is offered', ['entitlements', ...BASE, '--on', 'tomorrow'], /^error: --on "tomorrow" is not a date; write it as DD\/MM\/YYYY or YYYY-MM-DD \(for example 15\/06\/2004\), or today\n$/],
  ['"today" as a date of birth', ['entitlements', '--born', 'today', '--responsible', 'Bolton', '--lives-in', 'Bolton'], /^error: --born "today" is not a date; write it as DD\/MM\/YYYY or YYYY-MM-DD \(for example 15\/06\/2004\)\n$/],
  ['a date of birth after --on', ['entitlements', ...BASE, '--on', '2003-01-01'], /^error: --born 2004-06-15 is after the date asked about \(2003-01-01\)/],
  ['a missing required option', ['entitlements', '--born', '2004-06-15', '--lives-in', 'Bolton'], /^error: --responsible is required/],
  ['a missing option value', ['entitlements', ...BASE, '--on'], /^error: option --on needs a value/],
  ['an unknown option, with the closest name', ['entitlements', ...BASE, '--lives', 'Bolton'], /^error: unknown option --lives for entitlements; did you mean --lives-in\?/],
  ['the API\'s name of an option', ['entitlements', ...BASE, '--category', 'former-relevant'], /^error: unknown option --category for entitlements; did you mean --status\?/],
  ['the API\'s name of a field, in camel case', ['entitlements', '--dateOfBirth', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton'], /^error: unknown option --dateOfBirth for entitlements; did you mean --born\?/],
  ['the API\'s name of a yes/no fact', ['entitlements', ...BASE, '--inHigherEducation'], /^error: unknown option --inHigherEducation for entitlements; did you mean --higher-education\?/],
  // Spelled close to --looked-after-at-16 (a fact), but meaning the council that looked after them.
  ['another name of an option, not the option spelled closest', ['entitlements', '--born', '2004-06-15', '--looked-after-by', 'Bolton', '--lives-in', 'Bolton'], /^error: unknown option --looked-after-by for entitlements; did you mean --responsible\?/],
  ['an option written with underscores and capitals', ['entitlements', ...BASE, '--Lives_In', 'Bolton'], /^error: unknown option --Lives_In for entitlements; did you mean --lives-in\?/],
  ['move\'s --to given to timeline', ['timeline', ...PERSON, '--to', '2027-01-01'], /^error: unknown option --to for timeline; did you mean --until\?/],
  ['an unknown status', ['entitlements', ...BASE, '--status', 'care-leaver'], /^error: --status "care-leaver" is not a care-leaver status; use one of eligible, relevant, former-relevant, qualifying/],
  ['an unknown household', ['entitlements', ...BASE, '--household', 'family'], /^error: --household "family" is not known; use one of alone/],
  ['an unknown number of other adults', ['entitlements', ...BASE, '--other-adults', 'three'], /^error: --other-adults "three" is not known; use 1, or 2 or more \(or the words one, two-or-more\)/],
  ['no other adult counted', ['entitlements', ...BASE, '--household', 'with-others', '--other-adults', '0'], /^error: --other-adults "0" is not known; use 1, or 2 or more/],
  ['other adults counted for someone living alone', ['entitlements', ...BASE, '--household', 'alone', '--other-adults', 'one'], /^error: --other-adults counts the adults they share a home with, and --household is alone; give --household with-others, or leave --other-adults out/],
  ['an unknown tenancy', ['entitlements', ...BASE, '--tenancy', 'flat'], /^error: --tenancy "flat" is not known; use one of council, housing-association, private-rented, none/],
  ['a fact and its opposite', ['entitlements', ...BASE, '--higher-education', '--not-higher-education'], /^error: --higher-education and --not-higher-education contradict/],
  ['an unknown command', ['entitlement', ...BASE], /^error: unknown command "entitlement"; did you mean entitlements\?/],
  ['an option before any command', ['--born', '2004-06-15'], /^error: unknown option --born before a command/],
  ['an unexpected argument', ['move', ...PERSON, 'Leeds'], /^error: unexpected argument "Leeds" for move/],
  ['an empty area', ['move', ...PERSON, '--to', ' '], /^error: --to is empty; give a council's name or GSS code \(for example Bolton or E08000001\)\n$/],
  ['an empty region', ['guarantee', ''], /^error: AREA is empty; give an area's name or GSS code/],
  ['an unknown area to move to', ['move', ...PERSON, '--to', 'Atlantis'], /^error: --to "Atlantis" is not a known area/],
  ['a district as the council that looked after them, naming its county', ['entitlements', '--born', '2004-06-15', '--responsible', 'Maidstone', '--lives-in', 'Bolton', '--on', '2026-11-23'], /^error: --responsible Maidstone \(E07000110\) does not look after children; give the council that does there: --responsible Kent\n$/],
  ['a district of a county of two words, quoted', ['entitlements', '--born', '2004-06-15', '--responsible', 'Crawley', '--lives-in', 'Bolton', '--on', '2026-11-23'], /^error: --responsible Crawley \(E07000226\) does not look after children; give the council that does there: --responsible "West Sussex"\n$/],
  ['a combined authority as the council that looked after them', ['entitlements', '--born', '2004-06-15', '--responsible', 'Greater Manchester', '--lives-in', 'Bolton', '--on', '2026-11-23'], /^error: --responsible Greater Manchester \(E47000001\) does not look after children; give the one of its councils that looked after them: Bolton, Bury, Manchester, Oldham, Rochdale, Salford, Stockport, Tameside, Trafford or Wigan\n$/],
  ['a nation as the council that looked after them', ['entitlements', '--born', '2004-06-15', '--responsible', 'Wales', '--lives-in', 'Bolton', '--on', '2026-11-23'], /^error: --responsible Wales \(W92000004\) does not look after children; give the council that looked after them \(a county, unitary, metropolitan or London borough, or a Welsh or Scottish council\)\n$/],
  ['a Northern Ireland council as the council that looked after them', ['entitlements', '--born', '2004-06-15', '--responsible', 'Belfast', '--lives-in', 'Belfast', '--on', '2026-11-23'], /^error: --responsible Belfast \(N09000003\) does not look after children: in Northern Ireland, Health and Social Care Trusts look after children, and this package holds no trust yet, so it cannot answer for a care leaver looked after there\n$/],
  ['a move to a combined authority', ['move', ...PERSON, '--to', 'Greater Manchester'], /^error: --to Greater Manchester \(E47000001\) is a combined authority; give the council area they move to: Bolton, Bury, Manchester, Oldham, Rochdale, Salford, Stockport, Tameside, Trafford or Wigan\n$/],
  ['a county as where they live', ['entitlements', '--born', '2004-06-15', '--responsible', 'Kent', '--lives-in', 'Kent', '--on', '2026-11-23'], /^error: --lives-in Kent \(E10000016\) is a county made of districts; give the council area they live in: Ashford, Canterbury, Dartford, Dover, Folkestone and Hythe, Gravesham, Maidstone, Sevenoaks, Swale, Thanet, Tonbridge and Malling or Tunbridge Wells\n$/],
  ['a nation as where they move', ['move', ...PERSON, '--to', 'Wales'], /^error: --to Wales \(W92000004\) is a nation; give the council area they move to \(list them with "care-leaver-entitlements areas"\)\n$/],
  ['a move to where they already live', ['move', ...BASE, '--to', 'Bolton'], /^error: --to Bolton is where they live now \(--lives-in\); give the council they move to, or use "care-leaver-entitlements entitlements"/],
  ['an option given twice with different values', ['entitlements', ...BASE, '--on', '2026-01-01', '--on', '2026-02-02'], /^error: --on is given twice \(2026-01-01 and 2026-02-02\); give it once\n$/],
  ['an area given twice, differently', ['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Leeds', '--lives-in=Greater Manchester', '--to', 'Wigan'], /^error: --lives-in is given twice \(Leeds and "Greater Manchester"\); give it once\n$/],
  ['a place to move to given twice', ['move', ...PERSON, '--to', 'Leeds', '--to', 'E08000035'], /^error: --to "E08000035" is Leeds, given already; give each place once\n$/],
  ['a combined authority among places to move to', ['move', ...PERSON, '--to', 'Leeds', '--to=Greater Manchester'], /^error: --to Greater Manchester \(E47000001\) is a combined authority; give the council area they move to: Bolton, Bury/],
  ['an option given twice to a command with positionals', ['guarantee', 'Greater Manchester', '--on', '2026-11-23', '--on', '2026-11-24'], /^error: --on is given twice \(2026-11-23 and 2026-11-24\); give it once\n$/],
  ['a value starting with "-" read as an option', ['serve', '--port', '-1'], /^error: option --port is followed by something starting with "-", read as another option; for a value starting with "-", write --port=VALUE/],
  ['a council abolished before the date asked', ['areas', 'Cumbria', '--on', '2026-01-01'], /^error: no area matching "Cumbria" exists on 2026-01-01: Cumbria \(E10000006\) was abolished on 2023-04-01 and was replaced by Cumberland/],
  ['an empty area query', ['areas', ''], /^error: no area matches ""; try part of the name/],
  ['a move to a council replaced by the one they live in, saying so', ['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Carlisle', '--to', 'Allerdale', '--on', '2026-11-23'], /^error: --to Cumberland is where they live now \(--lives-in\) \(Allerdale \(E07000026\) was abolished on 2023-04-01; answered for Cumberland/],
  ['an unknown GP area', ['entitlements', ...BASE, '--gp-area', 'E08999999'], /^error: --gp-area "E08999999" is not a known area/],
  ['a --from before the date of birth', ['timeline', ...PERSON, '--from', '2000-01-01'], /^error: --from 2000-01-01 is before the date of birth \(--born 2004-06-15\); give a --from on or after it/],
];

describe('bad input', () => {
  it.each(BAD_INPUT)('exits 2 with one error line for %s', (_, args, message) => {
    const run = runCli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('UK dates', () => {
  const person = (born: string) => ['entitlements', '--born', born, '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '23/11/2026', '--json'];
  it('accepts DD/MM/YYYY as well as YYYY-MM-DD, and means the same day', () => {
    const uk = runCli(person('15/06/2004'));
    const iso = runCli(person('2004-06-15'));
    expect(uk.status).toBe(0);
    expect(uk.stdout).toBe(iso.stdout);
  });
  it('refuses an impossible day and a two-digit year, naming the option', () => {
    expect(runCli(person('30/02/2004')).stderr).toMatch(/^error: --born 30\/02\/2004 is not a real date/);
    expect(runCli(person('15/06/04')).stderr).toMatch(/^error: --born 15\/06\/04 has a two-digit year; write the year in full/);
    expect(runCli(person('15/06/04')).status).toBe(2);
  });
});

describe('an option given more than once', () => {
  it('is accepted with the same value each time, as a flag given again, and as --data (which may be given more than once)', () => {
    const once = runCli(['entitlements', ...PERSON, '--json']);
    expect(once.status).toBe(0);
    const again = runCli(['entitlements', ...PERSON, '--on', '2026-11-23', '--lives-in=Bolton', '--json', '--json']);
    expect([again.status, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toBe(once.stdout);
    const data = runCli(['entitlements', ...PERSON, '--data', 'test/cli/fixtures/fictional-valid.yaml', '--data', 'test/cli/fixtures/fictional-leeds-trial.yaml', '--json']);
    expect([data.status, data.stderr]).toEqual([0, '']);
  });

  it('names every value when given three times', () => {
    const run = runCli(['entitlements', ...BASE, '--status', 'eligible', '--status', 'relevant', '--status', 'eligible']);
    expect([run.status, run.stderr]).toEqual([2, 'error: --status is given 3 times (eligible and relevant); give it once\n']);
  });
});

describe('"today" for the dates asked about', () => {
  it('is the date the command runs on, for --on, --from and --until, in any case', () => {
    // Today's date asked for before and after, so that a run across midnight cannot fail the test.
    const today = () => runJson<{ on: string }>(['entitlements', ...BASE, '--json']).json.on;
    const before = today();
    const named = runJson<{ on: string }>(['entitlements', ...BASE, '--on', 'Today', '--json']);
    const timeline = runJson<{ from: string; until: string }>(['timeline', ...BASE, '--from', 'today', '--until', 'TODAY', '--json']);
    const after = today();
    expect(named.status).toBe(0);
    expect([before, after]).toContain(named.json.on);
    expect(timeline.status).toBe(0);
    expect(timeline.json.from).toBe(timeline.json.until);
    expect([before, after]).toContain(timeline.json.from);
  });
});
