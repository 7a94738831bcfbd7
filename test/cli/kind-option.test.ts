import { describe, expect, it } from 'vitest';
import { ALL_KINDS, KIND_INFO } from '../../src/index.js';
import { KIND_OPTION_GROUP, kindsFromOptions } from '../../src/cli/kind-option.js';
import { UsageError } from '../../src/cli/usage-error.js';
import { PERSON as BOLTON, runCli, runJson } from './run-cli.js';

describe('--kind', () => {
  it('reads kinds by id or by the name the table shows, each once, in the vocabulary order; none given is every kind', () => {
    expect(KIND_OPTION_GROUP.options.map((o) => o.name)).toEqual(['kind']);
    expect(kindsFromOptions({ kind: ['mentor', 'Council tax exemption'] })).toEqual({ kinds: ['council-tax-exemption', 'mentor'] });
    expect(kindsFromOptions({ kind: ['MENTOR', 'mentor', ' free_travel '] })).toEqual({ kinds: ['free-travel', 'mentor'] });
    expect(kindsFromOptions({})).toEqual({});
    // Every kind by its id and by its label.
    for (const kind of ALL_KINDS) {
      expect(kindsFromOptions({ kind: [kind] }).kinds, kind).toEqual([kind]);
      expect(kindsFromOptions({ kind: [KIND_INFO[kind].label] }).kinds, KIND_INFO[kind].label).toEqual([kind]);
    }
  });

  it('refuses a name that is no kind, with the kinds it is closest to', () => {
    expect(() => kindsFromOptions({ kind: ['council-tax'] })).toThrow(UsageError);
    expect(() => kindsFromOptions({ kind: ['council-tax'] })).toThrow(/^--kind "council-tax" is not a kind; did you mean council-tax-exemption\? the kinds are council-tax-exemption, /);
    expect(() => kindsFromOptions({ kind: ['xyz'] })).toThrow(/^--kind "xyz" is not a kind; the kinds are /);
  });

  it('narrows entitlements, move and timeline to the kinds given, text and JSON (built executable)', () => {
    const entitlements = runJson<{ entitlements: { kind: string }[] }>(['entitlements', ...BOLTON, '--kind', 'mentor', '--kind', 'Council tax exemption', '--json']);
    expect(entitlements.json.entitlements.map((e) => e.kind)).toEqual(['council-tax-exemption', 'mentor']);
    const move = runJson<{ changes: { kind: string }[] }>(['move', ...BOLTON, '--to', 'Leeds', '--kind', 'council-tax-exemption', '--json']);
    expect(move.json.changes.map((c) => c.kind)).toEqual(['council-tax-exemption']);
    const timeline = runJson<{ start: { kind: string }[]; events: { kind: string }[] }>(['timeline', ...BOLTON, '--kind', 'council-tax-exemption', '--json']);
    expect(timeline.json.start.map((e) => e.kind)).toEqual(['council-tax-exemption']);
    expect(new Set(timeline.json.events.map((e) => e.kind))).toEqual(new Set(['council-tax-exemption']));
    const text = runCli(['move', ...BOLTON, '--to', 'Leeds', '--kind', 'council-tax-exemption', '--kind', 'free-travel']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/\nIn all, of 2 kinds: /);
    expect(text.stdout).not.toMatch(/\n {2}Mentor /);
  });

  it('is read the same way by coverage --summary (one kind)', () => {
    const byLabel = runJson(['coverage', '--summary', '--kind', 'Council tax exemption', '--on', '2026-11-23', '--json']);
    const byId = runJson(['coverage', '--summary', '--kind', 'council-tax-exemption', '--on', '2026-11-23', '--json']);
    expect(byLabel.status).toBe(0);
    expect(byLabel.json).toEqual(byId.json);
    const unknown = runCli(['coverage', '--summary', '--kind', 'council-tax']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^error: --kind "council-tax" is not a kind; did you mean council-tax-exemption\? the kinds are council-tax-exemption, /);
  });

  it('answers an unknown kind, or --kinds, with a usage error (exit 2)', () => {
    const unknown = runCli(['entitlements', ...BOLTON, '--kind', 'council-tax']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^error: --kind "council-tax" is not a kind; did you mean council-tax-exemption\?/);
    const plural = runCli(['entitlements', ...BOLTON, '--kinds', 'mentor']);
    expect(plural.status).toBe(2);
    expect(plural.stderr).toMatch(/^error: unknown option --kinds for entitlements; did you mean --kind\?/);
  });
});
