import { describe, expect, it } from 'vitest';
import { runCli, runJson } from './run-cli.js';

const PERSON = ['--born', '2004-06-15', '--responsible', 'Bolton', '--on', '2026-11-23'];

describe('a council abolished by the date', () => {
  it('stands for the one council that replaced it, with a note, so entitlements and move agree', () => {
    const run = runCli(['entitlements', ...PERSON, '--lives-in', 'Corby']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('living in North Northamptonshire');
    expect(run.stdout).toContain('Note: Corby (E07000150) was abolished on 2021-04-01; answered for North Northamptonshire (E06000061), which replaced it');
    const corby = runJson<{ entitlements: { kind: string; outcome: string }[] }>(['entitlements', ...PERSON, '--lives-in', 'Corby', '--json']).json;
    const successor = runJson<{ entitlements: { kind: string; outcome: string }[] }>(['entitlements', ...PERSON, '--lives-in', 'North Northamptonshire', '--json']).json;
    expect(corby.entitlements).toEqual(successor.entitlements);
    const move = runJson<{ changes: { kind: string; before: { outcome: string } }[] }>(['move', ...PERSON, '--lives-in', 'Corby', '--to', 'Leeds', '--json']).json;
    const tax = (list: { kind: string; outcome: string }[]) => list.find((e) => e.kind === 'council-tax-exemption')!.outcome;
    expect(move.changes.find((c) => c.kind === 'council-tax-exemption')!.before.outcome).toBe(tax(successor.entitlements));
  });

  it('is answered as itself on a date it still existed', () => {
    const run = runCli(['entitlements', '--born', '2000-06-15', '--responsible', 'Northamptonshire', '--lives-in', 'Corby', '--on', '2020-01-01']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('living in Corby');
  });

  it('is refused, with what to do, when no single council replaced it (Northern Ireland in 2015)', () => {
    // (Derry, by contrast, names Derry City and Strabane on a date after 2015: see resolveArea.)
    const run = runCli(['entitlements', ...PERSON, '--lives-in', 'Ballymena']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'error: --lives-in "Ballymena" is Ballymena, a council abolished on 2015-04-01; give the council that covers the place now (search with "care-leaver-entitlements areas Ballymena")\n',
    );
    expect(run.stderr).not.toContain('resolveArea');
    // The council that looked after them: the one that took over their care decides, not a place.
    expect(runCli(['entitlements', '--born', '2002-05-01', '--responsible', 'Northamptonshire', '--lives-in', 'Northampton', '--on', '2026-11-23']).stderr).toMatch(
      /split between North Northamptonshire Council \(E06000061\) and West Northamptonshire Council \(E06000062\); give the one that took over their care \(their leaving care service will know\)/,
    );
    expect(runCli(['coverage', 'Coleraine', '--on', '2026-11-23']).status).toBe(2);
  });
});

describe('a council on a date it did not exist', () => {
  it('is refused for a date before it began, saying when it began and what to give (the command line takes no residence history)', () => {
    const run = runCli(['entitlements', '--born', '2001-06-15', '--responsible', 'Bolton', '--lives-in', 'North Northamptonshire', '--on', '2020-01-01']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'error: --lives-in: E06000061 (North Northamptonshire) began on 2021-04-01, after 2020-01-01; give the council they lived in on 2020-01-01 (it replaced E07000150 (Corby), E07000152 (East Northamptonshire), E07000153 (Kettering), E07000156 (Wellingborough)), or ask about a date on which it existed (--on)\n',
    );
  });

  it('stops a timeline left to its default end on the day before a council of theirs is replaced, saying what to ask next', () => {
    const carlisle = runCli(['timeline', '--born', '2002-04-01', '--responsible', 'Leeds', '--lives-in', 'Carlisle', '--from', '2022-06-01']);
    expect(carlisle.status).toBe(0);
    expect(carlisle.stdout).toContain('Timeline from 1 June 2022 until 31 March 2023');
    expect(carlisle.stdout).toContain(
      'Note: the timeline stops on 31 March 2023: Carlisle, where they live, was replaced by Cumberland on 1 April 2023; for what follows, ask again with --from 2023-04-01 and --lives-in "Cumberland"',
    );
    // The council that looked after them, replaced by two: the note says to name the one that took over their care.
    const cumbria = runJson<{ until: string; notes: string[] }>(['timeline', '--born', '2002-04-01', '--responsible', 'Cumbria', '--lives-in', 'Leeds', '--from', '2022-06-01', '--json']).json;
    expect(cumbria.until).toBe('2023-03-31');
    expect(cumbria.notes).toContain(
      'the timeline stops on 31 March 2023: Cumbria, the council that looked after them, was replaced by Cumberland or Westmorland and Furness on 1 April 2023; for what follows, ask again with --from 2023-04-01 and --responsible naming the council that took over their care (Cumberland or Westmorland and Furness)',
    );
    // The advice works: from that date, with the council that replaced it.
    expect(runCli(['timeline', '--born', '2002-04-01', '--responsible', 'Leeds', '--lives-in', 'Cumberland', '--from', '2023-04-01']).status).toBe(0);
    // A council that lasts gives the 26th birthday, and no note.
    const leeds = runJson<{ until: string; notes: string[] }>(['timeline', '--born', '2002-04-01', '--responsible', 'Leeds', '--lives-in', 'Leeds', '--from', '2022-06-01', '--json']).json;
    expect(leeds).toMatchObject({ until: '2028-04-01', notes: [] });
  });

  it('is refused in a timeline that runs past the day it was abolished, naming the council that replaced it', () => {
    const run = runCli(['timeline', '--born', '2001-06-15', '--responsible', 'Bolton', '--lives-in', 'Corby', '--from', '2020-01-01', '--until', '2022-01-01']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'error: --lives-in: E07000150 (Corby) ended on 2021-04-01, so did not exist on 2022-01-01; give the council that replaced it, E06000061 (North Northamptonshire), or ask about a period within its dates (--from, --until)\n',
    );
    expect(runCli(['timeline', '--born', '2001-06-15', '--responsible', 'Bolton', '--lives-in', 'Corby', '--from', '2020-01-01', '--until', '2021-03-31']).status).toBe(0);
  });
});

describe('the note on --gp-area', () => {
  const corby = 'Corby (E07000150) was abolished on 2021-04-01; answered for North Northamptonshire (E06000061), which replaced it';
  const person = [...PERSON, '--lives-in', 'Bolton'];

  it('is printed, as for --responsible and --lives-in, by every command that takes --gp-area: text and --json', () => {
    for (const args of [['entitlements', ...person], ['move', ...person, '--to', 'Leeds'], ['timeline', ...person]]) {
      const run = runCli([...args, '--gp-area', 'Corby']);
      expect([run.status, run.stderr]).toEqual([0, '']);
      expect(run.stdout.split('\n')[2]).toBe(`Note: ${corby}`);
      expect(runJson<{ notes: string[] }>([...args, '--gp-area', 'Corby', '--json']).json.notes).toEqual([corby]);
    }
  });

  it('names a name that also names another area, once when another option gives the same area', () => {
    const bucks = '"Buckinghamshire" also names Buckinghamshire County (E10000002); chose the area that existed on 2026-11-23';
    expect(runJson<{ notes: string[] }>(['entitlements', ...person, '--gp-area', 'Buckinghamshire', '--json']).json.notes).toEqual([bucks]);
    const both = ['entitlements', '--born', '2004-06-15', '--responsible', 'Buckinghamshire', '--lives-in', 'Buckinghamshire', '--gp-area', 'Buckinghamshire', '--on', '2026-11-23'];
    expect(runCli(both).stdout.split('\n').filter((l) => l.startsWith('Note: '))).toEqual([`Note: ${bucks}`]);
  });
});
