import { describe, expect, it } from 'vitest';
import { PERSON, runCli, runJson } from './run-cli.js';

interface EntitlementJson {
  kind: string;
  outcome: string;
  provider: { code: string; name: string } | null;
  endsOn: string | null;
}

describe('move', () => {
  const args = ['move', ...PERSON, '--to', 'Leeds'];

  it('prints the move, a table of changes and a count', () => {
    const run = runCli(args);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Moving from Bolton to Leeds on 23 November 2026');
    const header = lines.find((l) => l.trimStart().startsWith('kind'))!;
    for (const column of ['change', 'provider', 'value', 'ends on', 'why']) expect(header).toContain(column);
    expect(lines.find((l) => l.trimStart().startsWith('Personal adviser'))).toMatch(/kept .*Bolton .*15 June 2029/);
    expect(run.stdout).toMatch(/In all, of \d+ kinds: .*kept/);
  });

  it('counts every kind in its total, those summed up under the table too, as --json does', () => {
    const move = ['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--to', 'Leeds', '--on', '2026-11-23'];
    const { json } = runJson<{ changes: { change: string; firm: boolean }[] }>([...move, '--json']);
    const line = runCli(move).stdout.split('\n').find((l) => l.startsWith('In all'))!;
    expect(line).toMatch(new RegExp(`^In all, of ${json.changes.length} kinds: `));
    expect(line).toContain(`, ${json.changes.filter((c) => c.change === 'unknown').length} unknown.`);
    const numbers = line.slice(line.indexOf(':')).match(/\d+/g)!.map(Number);
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(json.changes.length);
  });

  it('names in the summary only the councils the reasons name, kind by kind', () => {
    const run = runCli(['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--to', 'Leeds', '--on', '2026-11-23']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const summaries = lines.filter((l) => l.startsWith('Unknown, as nothing is encoded for '));
    expect(summaries.find((l) => l.includes('Rent guarantor'))).toMatch(/^Unknown, as nothing is encoded for Bolton, Manchester or Leeds: /);
    // Bolton's birthday gifts ended at 21, and Leeds has a drop-in centre: neither is "nothing encoded" for them.
    expect(summaries.join('\n')).not.toContain('Birthday and Christmas allowances');
    expect(summaries.find((l) => l.includes('Drop-in centre'))).toMatch(/^Unknown, as nothing is encoded for Bolton or Manchester: /);
    expect(lines.find((l) => l.trimStart().startsWith('Birthday and Christmas allowances'))).toMatch(/unknown /);
  });

  it('prints one JSON document with from, to and every kind before and after', () => {
    const { status, json } = runJson<{
      on: string;
      from: { code: string; name: string };
      to: { code: string; name: string };
      notes: string[];
      changes: { kind: string; change: string; before: EntitlementJson | null; after: EntitlementJson | null }[];
    }>([...args, '--json']);
    expect(status).toBe(0);
    expect(json.on).toBe('2026-11-23');
    expect(json.from).toEqual({ code: 'E08000001', name: 'Bolton' });
    expect(json.to).toEqual({ code: 'E08000035', name: 'Leeds' });
    expect(json.notes).toEqual([]);
    expect(json.changes.length).toBeGreaterThan(10);
    for (const c of json.changes) expect(['kept', 'gained', 'lost', 'changed', 'neither', 'unknown']).toContain(c.change);
    const adviser = json.changes.find((c) => c.kind === 'personal-adviser')!;
    expect(adviser.change).toBe('kept');
    expect(adviser.before?.outcome).toBe('eligible');
    expect(adviser.after?.endsOn).toBe('2029-06-15');
  });

  it('notes an ambiguous name once when it names two of the places, in the text and in --json', () => {
    const args = ['move', '--born', '2005-05-01', '--responsible', 'Buckinghamshire', '--lives-in', 'Buckinghamshire', '--to', 'Leeds', '--on', '2026-12-03'];
    const run = runCli(args);
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('Note: '))).toEqual([
      'Note: "Buckinghamshire" also names Buckinghamshire County (E10000002); chose the area that existed on 2026-12-03',
    ]);
    expect(runJson<{ notes: string[] }>([...args, '--json']).json.notes).toEqual([
      '"Buckinghamshire" also names Buckinghamshire County (E10000002); chose the area that existed on 2026-12-03',
    ]);
  });

  it('says, for an answer unknown on one side, what gives it on the side where it is known', () => {
    const run = runCli(['move', '--born', '2003-09-30', '--responsible', 'Leeds', '--lives-in', 'Leeds', '--to', 'Manchester', '--on', '2026-12-05', '--liable-for-council-tax', '--not-no-recourse-to-public-funds']);
    expect(run.status).toBe(0);
    const tax = run.stdout.split('\n').find((l) => l.trimStart().startsWith('Council tax exemption'))!;
    expect(tax).toContain('not known before the move; check with the current council, or the council that looked after them. No council tax exemption offer is encoded for Leeds');
    expect(tax).toContain('After the move: Manchester council tax exemption for care leavers, from Manchester City Council: 100%');
  });

  it('says an answer unknown for want of a fact is settled by giving it, not by asking a council', () => {
    const run = runCli(['move', '--born', '2004-06-15', '--responsible', 'Leeds', '--lives-in', 'Manchester', '--to', 'Salford', '--on', '2026-11-23']);
    const tax = run.stdout.split('\n').find((l) => l.trimStart().startsWith('Council tax exemption'))!;
    expect(tax).toContain('not known before the move until the facts it needs are given. Manchester council tax exemption for care leavers: needs --no-recourse-to-public-funds');
    expect(tax).not.toContain('check with');
  });

  it('says a council tax exemption is asked of the council that bills council tax after the move, whoever gives it', () => {
    const run = runCli(['move', '--born', '2004-06-15', '--responsible', 'Birmingham', '--lives-in', 'Birmingham', '--to', 'Manchester', '--on', '2026-12-05', '--liable-for-council-tax', '--household', 'alone', '--not-no-recourse-to-public-funds']);
    const tax = run.stdout.split('\n').find((l) => l.trimStart().startsWith('Council tax exemption'))!;
    expect(tax).toContain('still 100%, now from Manchester City Council instead of Birmingham City Council; ask the council that bills council tax where they live after the move.');
    // Other kinds are asked of their provider.
    expect(run.stdout).not.toMatch(/Council tax exemption.*apply to the new provider/);
  });

  it('says what a kept service covers in its source\'s words, as entitlements does', () => {
    const run = runCli(['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--to', 'Leeds', '--on', '2026-11-23']);
    const interview = run.stdout.split('\n').find((l) => l.trimStart().startsWith('Guaranteed job interview'))!;
    expect(interview).toMatch(/ kept +Milton Keynes Council +provided .* guaranteed interview when applying for a Milton Keynes City Council job; kept \(provided from Milton Keynes Council\)/);
    const allowance = run.stdout.split('\n').find((l) => l.trimStart().startsWith('Setting up home allowance'))!;
    // A sum says its source's words too: Bolton's £2,000 is for those who turned 18 on or before 1 April 2023 (this person turned 18 in 2022).
    expect(allowance).toMatch(/ {2}for those who turned 18 on or before 1 April 2023; kept \(£2,000 from Bolton Council\)/);
  });

  it('marks a service\'s words as those before the move when it is not known to follow them (an adviser read them as still given)', () => {
    const run = runCli(['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--to', 'Leeds', '--on', '2026-12-05']);
    const mentor = run.stdout.split('\n').find((l) => l.trimStart().startsWith('Mentor'))!;
    expect(mentor).toMatch(/provided → — .* before the move: a youth support worker met fortnightly for 6 to 24 months, on referral by a professional; not known after the move/);
  });

  it('needs --to', () => {
    const run = runCli(['move', ...PERSON]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: --to is required/);
  });
});

describe('timeline', () => {
  it('lists the changes from --from until the 26th birthday by default', () => {
    const { status, json } = runJson<{ from: string; until: string; events: { on: string; kind: string; before: string; after: string }[] }>([
      'timeline', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--from', '2022-01-01', '--status', 'relevant', '--json',
    ]);
    expect(status).toBe(0);
    expect(json.from).toBe('2022-01-01');
    expect(json.until).toBe('2030-06-15');
    expect(json.events).toContainEqual(
      expect.objectContaining({ on: '2022-06-15', kind: 'council-tax-exemption', before: 'not-eligible', after: 'eligible' }),
    );
    expect(json.events).toContainEqual(
      expect.objectContaining({ on: '2029-06-15', kind: 'council-tax-exemption', before: 'eligible', after: 'not-eligible' }),
    );
    const dates = json.events.map((e) => e.on);
    expect(dates).toEqual([...dates].sort());
  });

  it('prints a table of dated changes, starting from --on when --from is left out', () => {
    const run = runCli(['timeline', ...PERSON, '--until', '2029-12-31']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Timeline from 23 November 2026 until 31 December 2029');
    expect(run.stdout).toMatch(/15 June 2029 +Council tax exemption +eligible → not-eligible/);
  });

  it('says what a service that starts or ends covers, in its source\'s words (the value after the change, else before)', () => {
    const run = runCli(['timeline', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--from', '2026-11-23']);
    const adviserEnds = run.stdout.split('\n').find((l) => l.includes('Personal adviser') && l.includes('eligible → not-eligible'))!;
    // The words are the ended value's, and say so: the adviser no longer holds after the change.
    expect(adviserEnds).toMatch(/ {2}until then: on request, with a needs assessment, until the 25th birthday; none of /);
    const mentorStarts = run.stdout.split('\n').find((l) => l.includes('Mentor') && l.includes('unknown → eligible'))!;
    expect(mentorStarts).toMatch(/ {2}a youth support worker met fortnightly/); // the value after the change: no label
  });

  it('shows a change of value even when the outcome stays the same', () => {
    // Born 15 June 2005: 17 on 1 April 2023, so Bolton's £3,000 (for those who turn 18 after that day) replaces the guidance's £2,000.
    const run = runCli(['timeline', '--born', '2005-06-15', '--status', 'relevant', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--from', '2023-01-01', '--until', '2023-12-31']);
    expect(run.status).toBe(0);
    // The guidance's £2,000 rests on a report ("probably"), Bolton's £3,000 on its own page: how sure the answer is changes too, and is shown.
    expect(run.stdout).toMatch(/1 April 2023 +Setting up home allowance +probably eligible → eligible +Bolton( Council)? +£2,000 → £3,000/);
  });

  it('says a change dated only by a source confirming it was in force may have come earlier', () => {
    const run = runCli(['timeline', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--from', '2025-06-01', '--until', '2026-06-01']);
    expect(run.status).toBe(0);
    const rx = run.stdout.split('\n').find((l) => l.includes('7 January 2026') && l.includes('Free prescriptions'))!;
    expect(rx).toContain('in force by this date, perhaps earlier (its start is not known: Free NHS prescriptions for care leavers until the 25th birthday)');
    // The national change rests on reports that disagree on its start: "probably", as entitlements says; --json gives the confidence.
    expect(rx).toMatch(/unknown → probably eligible/);
    const json = runJson<{ events: { on: string; kind: string; confidence: string }[] }>([
      'timeline', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--from', '2025-06-01', '--until', '2026-06-01', '--json',
    ]).json;
    expect(json.events.find((e) => e.on === '2026-01-07' && e.kind === 'free-prescriptions')?.confidence).toBe('uncertain');
    expect(json.events.find((e) => e.kind === 'housing-register-access')?.confidence).toBe('confirmed');
    // A birthday is a real start: said as it is.
    const birthday = runCli(['timeline', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--from', '2029-01-01', '--until', '2029-12-31']);
    expect(birthday.stdout).toContain('15 June 2029');
    expect(birthday.stdout).not.toContain('perhaps earlier');
    // The answer that ends is "probably" too, as the line that began it said (--json: confidenceBefore).
    const ends = birthday.stdout.split('\n').find((l) => l.includes('15 June 2029') && l.includes('Free prescriptions'))!;
    expect(ends).toMatch(/probably eligible → unknown/);
    const endsJson = runJson<{ events: { on: string; kind: string; confidenceBefore: string }[] }>([
      'timeline', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--from', '2029-01-01', '--until', '2029-12-31', '--json',
    ]).json;
    expect(endsJson.events.find((e) => e.kind === 'free-prescriptions')?.confidenceBefore).toBe('uncertain');
    // Why a line changes: an offer whose age band ended years before (the adviser to 21, the dental
    // rule to 19) is left to --json, which keeps every reason.
    const adviser = birthday.stdout.split('\n').find((l) => l.includes('15 June 2029') && l.includes('Personal adviser'))!;
    expect(adviser).toContain('Personal adviser from 21 to the 25th birthday, on request: ended on the 25th birthday, 15 June 2029');
    expect(adviser).not.toContain('15 June 2025');
    const dental = birthday.stdout.split('\n').find((l) => l.includes('15 June 2029') && l.includes('Free NHS dental treatment'))!;
    expect(dental).not.toContain('15 June 2023');
    const adviserJson = runJson<{ events: { on: string; kind: string; reasons: { message: string }[] }[] }>([
      'timeline', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--from', '2029-01-01', '--until', '2029-12-31', '--json',
    ]).json.events.find((e) => e.kind === 'personal-adviser')!;
    expect(adviserJson.reasons.some((r) => r.message.includes('15 June 2025'))).toBe(true);
  });

  it('ends by default on the 26th birthday as --leap-day places it', () => {
    const base = ['timeline', '--born', '2004-02-29', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2026-11-23', '--json'];
    expect(runJson<{ until: string }>(base).json.until).toBe('2030-03-01');
    expect(runJson<{ until: string }>([...base, '--leap-day', 'february-28']).json.until).toBe('2030-02-28');
  });

  it('notes an ambiguous name once, under the person', () => {
    const run = runCli(['timeline', '--born', '2005-05-01', '--responsible', 'Buckinghamshire', '--lives-in', 'Buckinghamshire', '--on', '2026-12-03']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[1]).toContain('looked after by Buckinghamshire');
    expect(lines[2]).toBe('Note: "Buckinghamshire" also names Buckinghamshire County (E10000002); chose the area that existed on 2026-12-03');
    expect(lines.filter((l) => l.startsWith('Note: '))).toHaveLength(1);
  });

  it('gives the notes in --json too: here that a council was abolished', () => {
    const { status, json } = runJson<{ notes: string[] }>([
      'timeline', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Allerdale', '--on', '2026-11-23', '--json',
    ]);
    expect(status).toBe(0);
    // Answered for the council that replaced it (the note says so).
    expect(json.notes).toEqual(['Allerdale (E07000026) was abolished on 2023-04-01; answered for Cumberland (E06000063), which replaced it']);
    const text = runCli(['timeline', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Allerdale', '--on', '2026-11-23']);
    expect(text.stdout.split('\n')[2]).toBe(`Note: ${json.notes[0]}`);
  });

  it('gives in --json what the text shows: every answer on the first date, the provider before each change, and why the date matters (from a fuzzer\'s report)', () => {
    const args = ['timeline', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--on', '2026-11-23', '--working-with-leaving-care'];
    const { json } = runJson<{
      start: { kind: string; outcome: string; firm: boolean }[];
      events: { on: string; kind: string; providerBefore: { name: string } | null; causes: { cause: string; age?: number }[] }[];
    }>([...args, '--json']);
    expect(json.start).toHaveLength(40);
    expect(json.start.find((e) => e.kind === 'council-tax-exemption')).toMatchObject({ outcome: 'eligible', firm: true });
    const taxEnds = json.events.find((e) => e.kind === 'council-tax-exemption')!;
    expect(taxEnds).toMatchObject({ on: '2029-06-15', providerBefore: { name: 'Greater Manchester Combined Authority' } });
    expect(taxEnds.causes).toContainEqual({ cause: 'birthday', age: 25 });
    // The text's opening says "probably" where the table of entitlements does.
    const opening = runCli(args).stdout.split('\n').find((l) => l.startsWith('On 23 November 2026: '))!;
    expect(opening).toContain('Council tax exemption, ');
    expect(opening).toContain('Free prescriptions (probably)');
  });

  it('refuses an --until before the start, naming the option the start came from', () => {
    const run = runCli(['timeline', ...PERSON, '--until', '2020-01-01']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('error: --until 2020-01-01 is before the start of the timeline (--on 2026-11-23); give a later --until or an earlier --from\n');
    const from = runCli(['timeline', ...PERSON, '--from', '2027-01-01', '--until', '2026-12-31']);
    expect(from.stderr).toBe('error: --until 2026-12-31 is before the start of the timeline (--from 2027-01-01); give a later --until or an earlier --from\n');
  });

  it('names the options the user gave when the dates do not fit: --from before birth, or after the 26th birthday', () => {
    const base = ['timeline', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester'];
    // --on is not given: the date asked about is --from, and the message says so.
    const early = runCli([...base, '--from', '2000-01-01']);
    expect(early.status).toBe(2);
    expect(early.stderr).toBe('error: --from 2000-01-01 is before the date of birth (--born 2004-06-15); give a --from on or after it, or check --born\n');
    // --until is not given: the timeline ends on the 26th birthday.
    const late = runCli([...base, '--from', '2040-01-01']);
    expect(late.status).toBe(2);
    expect(late.stderr).toBe('error: --from 2040-01-01 is after the end of the timeline, the 26th birthday (2030-06-15); give an earlier --from, or a later --until\n');
    expect(runCli([...base, '--on', '2040-01-01']).stderr).toMatch(/^error: --on 2040-01-01 is after the end of the timeline, the 26th birthday \(2030-06-15\)/);
    const today = runCli(['timeline', '--born', '1990-01-01', '--responsible', 'Bolton', '--lives-in', 'Manchester']);
    expect(today.stderr).toMatch(/^error: today \(\d{4}-\d{2}-\d{2}\) is after the end of the timeline, the 26th birthday \(2016-01-01\)/);
  });
});

describe('care-leaver status over time', () => {
  it('a relevant child of 17 becomes former relevant at 18: the timeline shows what former relevant care leavers get', () => {
    const { status, json } = runJson<{ events: { on: string; kind: string; before: string; after: string }[] }>([
      'timeline', '--born', '2008-03-01', '--responsible', 'Leeds', '--lives-in', 'Leeds', '--from', '2025-12-01', '--until', '2026-06-01',
      '--status', 'relevant', '--with-former-foster-carer', '--json',
    ]);
    expect(status).toBe(0);
    expect(json.events).toContainEqual(expect.objectContaining({ on: '2026-03-01', kind: 'staying-put', after: 'eligible' }));
    expect(json.events).toContainEqual(expect.objectContaining({ on: '2026-03-01', kind: 'higher-education-bursary', before: 'not-eligible', after: 'unknown' }));
  });

  it('refuses a status the law does not allow at that age, naming --status', () => {
    const adult = runCli(['entitlements', '--born', '2004-06-15', '--responsible', 'Leeds', '--lives-in', 'Leeds', '--on', '2026-11-23', '--status', 'relevant']);
    expect(adult.status).toBe(2);
    expect(adult.stderr).toMatch(/^error: --status relevant is for someone under 18.*use --status former-relevant \(what a relevant child becomes at 18\)/);
    const stillLookedAfter = runCli(['entitlements', '--born', '2004-06-15', '--responsible', 'Leeds', '--lives-in', 'Leeds', '--on', '2026-11-23', '--status', 'eligible']);
    expect(stillLookedAfter.stderr).toMatch(/\(what an eligible child becomes at 18\)/);
    const child = runCli(['entitlements', '--born', '2010-06-15', '--responsible', 'Leeds', '--lives-in', 'Leeds', '--on', '2026-11-23']);
    expect(child.status).toBe(2);
    expect(child.stderr).toMatch(/^error: --status is needed for someone under 18/);
  });
});


describe('a move that keeps the value but changes who gives it (a regional analyst review)', () => {
  it('says the value is kept, from whom now, rather than "changes from 100% to 100%"', () => {
    const run = runCli(['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--to', 'Oldham', '--on', '2026-11-23', '--liable-for-council-tax', '--household', 'alone', '--not-with-former-foster-carer']);
    const tax = run.stdout.split('\n').find((l) => l.trimStart().startsWith('Council tax exemption'))!;
    expect(tax).toContain('still 100%, now from Greater Manchester Combined Authority instead of Bolton Council; ask the council that bills council tax');
    expect(tax).not.toContain('changes from 100%');
  });
});
