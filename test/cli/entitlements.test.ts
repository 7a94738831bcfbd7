import { describe, expect, it } from 'vitest';
import { KIND_INFO, type Kind } from '../../src/index.js';
import { PERSON, runCli, runJson } from './run-cli.js';

interface EntitlementsJson {
  on: string;
  notes: string[];
  person: { dateOfBirth: string; category: string; responsibleAuthority: string; residence: string; facts?: Record<string, unknown> };
  entitlements: {
    kind: string;
    outcome: string;
    value: unknown;
    provider: { code: string; name: string } | null;
    endsOn: string | null;
    decidingOfferId: string | null;
    confidence: string;
    firm: boolean;
    reasons: { code: string; message: string }[];
    sources: { title: string; url: string | null }[];
    offers: { id: string; state: string; status: string | null; confidence: string }[];
  }[];
}

describe('entitlements', () => {
  it('counts the kinds by answer in a line under the table, probable answers apart, and one kind as one', () => {
    const run = runCli(['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--on', '2026-11-23']);
    const line = run.stdout.split('\n').find((l) => l.startsWith('In all, of '))!;
    const { json } = runJson<EntitlementsJson>(['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--on', '2026-11-23', '--json']);
    const count = (outcome: string, firm: boolean) => json.entitlements.filter((e) => e.outcome === outcome && (outcome === 'unknown' || e.firm === firm)).length;
    expect(line).toBe(
      `In all, of ${json.entitlements.length} kinds: ${count('eligible', true)} eligible (and ${count('eligible', false)} probably eligible), ${count('not-eligible', true)} not-eligible, ${count('unknown', true)} unknown.`,
    );
    expect(count('eligible', false)).toBeGreaterThan(0);
    const one = runCli(['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--on', '2026-11-23', '--kind', 'mentor']);
    expect(one.stdout).toContain('\nIn all, of 1 kind: 1 unknown.\n');
  });

  it('says what a service value covers in its source\'s words, where the value column says only "provided"', () => {
    const run = runCli(['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--on', '2026-11-23']);
    const interview = run.stdout.split('\n').find((l) => l.trimStart().startsWith('Guaranteed job interview'))!;
    expect(interview).toContain('provided');
    expect(interview).toContain('guaranteed interview when applying for a Milton Keynes City Council job; ');
    const councilTax = run.stdout.split('\n').find((l) => l.trimStart().startsWith('Council tax exemption'))!;
    expect(councilTax).not.toContain('; ends on'); // a percentage with no words of its own adds none
  });

  it('says the status is assumed when --status is not given, and not when it is', () => {
    const args = ['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--on', '2026-11-23'];
    const assumed = runCli(args).stdout.split('\n')[1]!;
    expect(assumed).toContain('former-relevant (assumed, as --status was not given; --status qualifying if they left care without meeting the 13-week test)');
    const given = runCli([...args, '--status', 'former-relevant']).stdout.split('\n')[1]!;
    expect(given).toContain('), former-relevant, looked after by Bolton');
    expect(given).not.toContain('assumed');
    expect(runCli([...args, '--status', 'qualifying']).stdout.split('\n')[1]).toContain('), qualifying, looked after by Bolton');
  });

  it('prints a heading, an aligned table with UK dates, and numbered sources', () => {
    const run = runCli(['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--on', '2026-11-23']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Entitlements on 23 November 2026');
    expect(lines[1]).toContain('Aged 22 (born 15 June 2004)');
    expect(lines[1]).toContain('looked after by Bolton');
    expect(lines[1]).toContain('living in Manchester');
    const header = lines.find((l) => l.trimStart().startsWith('kind'))!;
    for (const column of ['outcome', 'provider', 'value', 'ends on', 'why']) expect(header).toContain(column);
    const councilTax = lines.find((l) => l.trimStart().startsWith('Council tax exemption'))!;
    expect(councilTax).toContain('eligible');
    expect(councilTax).toContain('100%');
    expect(councilTax).toContain('15 June 2029');
    // columns line up: every row's outcome starts where the header's does
    const column = header.indexOf('outcome');
    expect(councilTax.slice(column, column + 8)).toBe('eligible');
    expect(run.stdout).toMatch(/\nSources\n {2}\[1\] /);
    // kinds with nothing encoded are summarised in one line, and missing facts are named as options
    expect(run.stdout).toMatch(/\nUnknown, as nothing is encoded for Bolton or Manchester: .*Rent guarantor/);
    expect(lines.some((l) => l.trimStart().startsWith('Rent guarantor'))).toBe(false);
    // ... but a kind with a promise that concerns the person (the GM guarantee's planned mentors) keeps its row
    expect(run.stdout).not.toMatch(/\nUnknown, as nothing is encoded for Bolton or Manchester: .*Mentor/);
    expect(lines.find((l) => l.trimStart().startsWith('Mentor'))).toMatch(/unknown .*is planned, not in force/);
    expect(run.stdout).toMatch(/\nTo settle unknown answers, give: .*--higher-education or --not-higher-education/);
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });

  it('names in the summary only the councils with nothing encoded, and keeps the row of an offer of theirs that ended', () => {
    // Bolton's exemption is for people living in Bolton, so for someone in Leeds only Leeds has nothing;
    // Bolton's birthday gifts ended at 21: the row says so, rather than "nothing is encoded for Bolton".
    const run = runCli(['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Leeds', '--on', '2026-11-23']);
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    const summaries = lines.filter((l) => l.startsWith('Unknown, as nothing is encoded for '));
    expect(summaries.find((l) => l.includes('Council tax exemption'))).toMatch(/^Unknown, as nothing is encoded for Leeds: /);
    expect(summaries.find((l) => l.includes('Rent guarantor'))).toMatch(/^Unknown, as nothing is encoded for Bolton or Leeds: /);
    expect(summaries.join('\n')).not.toContain('Birthday and Christmas allowances');
    expect(lines.find((l) => l.trimStart().startsWith('Birthday and Christmas allowances'))).toMatch(
      /unknown .*encoded for Leeds, .*ended on the 21st birthday/,
    );
  });

  it('prints one JSON document with the promised shape', () => {
    const { status, json } = runJson<EntitlementsJson>([
      'entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Manchester', '--on', '2026-11-23', '--json',
    ]);
    expect(status).toBe(0);
    expect(json.on).toBe('2026-11-23');
    expect(json.person).toEqual({ dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' });
    expect(json.notes).toEqual([]);
    const councilTax = json.entitlements.find((e) => e.kind === 'council-tax-exemption')!;
    expect(councilTax.outcome).toBe('eligible');
    expect(councilTax.endsOn).toBe('2029-06-15');
    expect(councilTax.value).toMatchObject({ type: 'percentage', percent: 100 });
    expect(councilTax.provider).toEqual({ code: expect.any(String), name: expect.any(String) });
    expect(councilTax.reasons[0]).toEqual({ code: 'offer-applies', message: expect.any(String) });
    expect(councilTax.sources[0]).toMatchObject({ title: expect.any(String), url: expect.any(String), publisher: expect.any(String) });
    expect(councilTax.offers.find((o: { id: string }) => o.id === 'gm-council-tax-exemption')).toMatchObject({ state: 'eligible', status: 'in-force', confidence: 'confirmed' });
    for (const e of json.entitlements) {
      expect(Object.keys(e).sort()).toEqual(['confidence', 'decidingOfferId', 'endsOn', 'firm', 'kind', 'offers', 'outcome', 'provider', 'reasons', 'sources', 'value']);
      expect(['eligible', 'not-eligible', 'unknown']).toContain(e.outcome);
    }
    expect(councilTax).toMatchObject({ decidingOfferId: 'gm-council-tax-exemption', confidence: 'confirmed', firm: true });
  });

  it('says a date past 2199 is outside the years answered for, and someone under 16 is too young before asking for --status (from a fuzzer\'s report)', () => {
    const late = runCli(['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2200-01-01']);
    expect(late.status).toBe(2);
    expect(late.stderr).toBe('error: --on 2200-01-01 is outside the years this package answers for; give a date from 1900 to 2199\n');
    const young = runCli(['entitlements', '--born', '2012-01-01', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2026-11-23']);
    expect(young.status).toBe(2);
    expect(young.stderr).toMatch(/^error: --born: on 2026-11-23 they are under 16/);
  });

  it('says in --json which answers the text calls "probably" (not firm), so a page built on it can too (from a fuzzer\'s report)', () => {
    const args = ['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2026-11-23'];
    const text = runCli(args).stdout;
    const { json } = runJson<EntitlementsJson>([...args, '--json']);
    for (const e of json.entitlements) {
      const row = text.split('\n').find((l) => l.trimStart().startsWith(`${KIND_INFO[e.kind as Kind].label}  `));
      if (row === undefined) expect(e.outcome, e.kind).toBe('unknown'); // listed under the table as not encoded
      else expect(row.includes(' probably '), e.kind).toBe(e.outcome !== 'unknown' && !e.firm);
    }
    const rx = json.entitlements.find((e) => e.kind === 'free-prescriptions')!;
    expect(rx).toMatchObject({ outcome: 'eligible', firm: false });
    expect(['reported', 'uncertain']).toContain(rx.confidence);
  });

  it('reads facts from --FACT and --not-FACT flags, --household, --tenancy, --gp-area and --status', () => {
    const { status, json } = runJson<EntitlementsJson>([
      'entitlements', ...PERSON, '--status', 'qualifying', '--household', 'alone', '--tenancy', 'housing-association', '--gp-area', 'Oldham',
      '--higher-education', '--not-with-former-foster-carer', '--working-with-leaving-care', '--json',
    ]);
    expect(status).toBe(0);
    expect(json.person.category).toBe('qualifying');
    expect(json.person.facts).toEqual({
      household: 'alone',
      tenancy: 'housing-association',
      registeredGpArea: 'E08000004',
      inHigherEducation: true,
      livingWithFormerFosterCarer: false,
      workingWithLeavingCareService: true,
    });
  });

  it('takes the 29 February rule from --leap-day, and refuses an unknown rule', () => {
    const outcome = (rule: string) => {
      const { json } = runJson<{ entitlements: { kind: string; outcome: string }[] }>([
        'entitlements', '--born', '2004-02-29', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2029-02-28', '--leap-day', rule, '--json',
      ]);
      return json.entitlements.find((e) => e.kind === 'personal-adviser')?.outcome;
    };
    expect(outcome('march-1')).toBe('eligible'); // the 25th birthday is 1 March 2029
    expect(outcome('february-28')).toBe('not-eligible'); // the 25th birthday is 28 February 2029
    const bad = runCli(['entitlements', '--born', '2004-02-29', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--leap-day', 'feb']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('error: --leap-day "feb" is not a rule; use march-1 or february-28\n');
  });

  it('answers for today when --on is left out, and names a missing fact as unknown', () => {
    const localDate = (now: Date) =>
      `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const before = localDate(new Date());
    const { json } = runJson<EntitlementsJson>(['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--json']);
    const after = localDate(new Date());
    // The child reads the same clock in the same time zone (TZ); a run across midnight may see either day.
    expect([before, after]).toContain(json.on);
    const bursary = runJson<EntitlementsJson>(['entitlements', ...PERSON, '--json']).json.entitlements.find(
      (e) => e.kind === 'higher-education-bursary',
    )!;
    expect(bursary.outcome).toBe('unknown');
    expect(bursary.reasons.some((r) => r.code === 'fact-missing')).toBe(true);
  });

  it('colours outcomes only on request of a terminal, never with NO_COLOR', () => {
    // stdout is a pipe here, so no colour even without NO_COLOR
    const run = runCli(['entitlements', ...PERSON], { NO_COLOR: '' });
    expect(run.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('answers resting on weaker sources', () => {
  it('read "probably eligible" where the deciding offer is reported or uncertain, with a line saying what that means', () => {
    const run = runCli(['entitlements', '--born', '2007-03-10', '--responsible', 'Kent', '--lives-in', 'Maidstone', '--on', '2026-11-23']);
    expect(run.status).toBe(0);
    const line = (kind: string) => run.stdout.split('\n').find((l) => l.trimStart().startsWith(kind))!;
    expect(line('Free prescriptions')).toMatch(/^\s+Free prescriptions\s+probably eligible\s+England/);
    expect(line('Personal adviser')).toMatch(/^\s+Personal adviser\s+eligible\s+Kent/);
    expect(run.stdout).toContain('probably: the answer rests on an offer its sources only report, or describe vaguely or differently; check the sources cited.');
  });
});

describe('reasons an adviser can act on', () => {
  it('reads --other-adults as a count (1, or 2 or more) as well as the words, and answers a shared home in Cardiff either way', () => {
    const shared = ['entitlements', '--born', '2004-06-15', '--responsible', 'Cardiff', '--lives-in', 'Cardiff', '--household', 'with-others', '--on', '2026-11-23', '--json'];
    const councilTax = (...more: string[]) => {
      const run = runJson<{ person: { facts: { otherAdults?: string } }; entitlements: { kind: string; outcome: string }[] }>([...shared, ...more]).json;
      return [run.person.facts.otherAdults, run.entitlements.find((e) => e.kind === 'council-tax-exemption')!.outcome];
    };
    expect(councilTax('--other-adults', '1')).toEqual(['one', 'eligible']);
    expect(councilTax('--other-adults', 'one')).toEqual(['one', 'eligible']);
    expect(councilTax('--other-adults', '2')).toEqual(['two-or-more', 'not-eligible']);
    expect(councilTax('--other-adults', '4')).toEqual(['two-or-more', 'not-eligible']);
    expect(councilTax()).toEqual([undefined, 'unknown']);
  });

  it('names missing facts as the options that give them, and leaves out schemes of places the person has nothing to do with', () => {
    const run = runCli(['entitlements', '--born', '2004-06-15', '--responsible', 'Gloucestershire', '--lives-in', 'Stroud', '--on', '2025-06-01']);
    expect(run.status).toBe(0);
    const prescriptions = run.stdout.split('\n').find((l) => l.trimStart().startsWith('Free prescriptions'))!;
    expect(prescriptions).toMatch(/needs --otherwise-exempt-prescriptions or --not-otherwise-exempt-prescriptions, which was not given/);
    expect(prescriptions).not.toMatch(/Lincolnshire|Northamptonshire|Oldham|otherwiseExemptFromPrescriptionCharges/);
  });

  it('says, for someone born on 29 February, which day their birthday is taken to be, and how to ask the other way', () => {
    const person = ['--born', '2004-02-29', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2029-02-20'];
    expect(runCli(['entitlements', ...person]).stdout).toContain(
      'Born on 29 February: in other years their birthday is taken as 1 March (the law does not settle it; --leap-day february-28 asks the other way)',
    );
    expect(runCli(['timeline', ...person, '--leap-day', 'february-28']).stdout).toContain('their birthday is taken as 28 February (the law does not settle it; --leap-day march-1 asks the other way)');
    expect(runCli(['entitlements', '--born', '2004-03-01', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2029-02-20']).stdout).not.toContain('Born on 29 February');
  });

  it('says of the yes/no option given that the offer is not for it, never asking for a "--not-no-…" (a fuzzer read that as a contradiction)', () => {
    const run = runCli(['entitlements', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--on', '2024-12-05', '--not-with-former-foster-carer', '--no-recourse-to-public-funds']);
    expect(run.status).toBe(0);
    const line = (label: string) => run.stdout.split('\n').find((l) => l.trimStart().startsWith(label))!;
    expect(line('Staying Put')).toContain('is only for someone given --with-former-foster-carer, and --not-with-former-foster-carer was given');
    expect(line('Shared accommodation rate exemption')).toContain('is not for someone given --no-recourse-to-public-funds');
    expect(run.stdout).not.toContain('--not-no-');
    expect(run.stdout).not.toMatch(/to be (true|false), but it is/);
  });

  it('notes an ambiguous name once when it names both places, and shows a share given only as a maximum as "up to"', () => {
    const run = runCli(['entitlements', '--born', '2005-05-01', '--responsible', 'Buckinghamshire', '--lives-in', 'Buckinghamshire', '--on', '2026-12-03']);
    expect(run.status).toBe(0);
    const notes = run.stdout.split('\n').filter((l) => l.startsWith('Note: '));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('"Buckinghamshire" also names');
    // --json carries the same notes, without "Note: ".
    const { json } = runJson<{ notes: string[] }>(['entitlements', '--born', '2005-05-01', '--responsible', 'Buckinghamshire', '--lives-in', 'Buckinghamshire', '--on', '2026-12-03', '--json']);
    expect(json.notes).toEqual([notes[0]!.slice('Note: '.length)]);
    // Buckinghamshire's one-off help with travel to an interview: the page does not say how much is paid.
    const travel = run.stdout.split('\n').find((l) => l.trimStart().startsWith('Free or discounted travel'))!;
    expect(travel).toContain('eligible');
    expect(travel).toContain('up to 100%');
  });

  it('keeps field names in JSON', () => {
    const { json } = runJson<{ entitlements: { kind: string; reasons: { code: string; message: string }[] }[] }>([
      'entitlements', '--born', '2004-06-15', '--responsible', 'Gloucestershire', '--lives-in', 'Stroud', '--on', '2025-06-01', '--json',
    ]);
    const reasons = json.entitlements.find((e) => e.kind === 'free-prescriptions')!.reasons;
    expect(reasons.map((r) => r.message).join(' ')).toMatch(/needs to know otherwiseExemptFromPrescriptionCharges/);
    expect(reasons.find((r) => r.code === 'gp-area-elsewhere')).toBeDefined();
  });
});
