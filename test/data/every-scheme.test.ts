import { describe, expect, it } from 'vitest';
import {
  type CalendarDate,
  type Condition,
  type Offer,
  type OfferDocument,
  type OfferVersion,
  type Person,
  type PersonFacts,
  InvalidInputError,
  addDays,
  birthday,
  dayAfterPeriodEnd,
  embeddedDataset,
  evaluate,
  listAreas,
  ukGeography,
} from '../../src/index.js';

// One scenario per scheme, built from the data itself: for every version of every offer that is in
// force, a care leaver made to meet its conditions gets it on its first day; where it is the
// offer's first version and takes effect on its date, not the day before; and where it has age
// bounds inside that version, on the birthday it starts (not the day before) and until the
// birthday it ends (not on it). What is checked is the offer's own assessment, so other offers of
// the kind cannot hide a mistake. A version whose conditions this builder cannot meet (a place
// that did not exist on the date, ages and categories that contradict) is counted, not tested.

const AREAS = listAreas();
const byCode = new Map(AREAS.map((a) => [a.code, a]));

function exists(code: string, on: CalendarDate): boolean {
  const area = byCode.get(code);
  if (area === undefined) return code.startsWith('org:') ? false : true;
  return (area.startDate === undefined || area.startDate <= on) && (area.endDate === undefined || on < area.endDate);
}

/** A place inside `container` on `on` with the flag wanted, the preferred one when it fits, and none within `avoid` (a condition's `except`). */
function placeWithin(
  container: string,
  on: CalendarDate,
  flag: 'billsCouncilTax' | 'childrensServices',
  prefer: readonly string[],
  avoid: readonly string[] = [],
): string | null {
  const fits = (code: string) => exists(code, on) && ukGeography.isWithin(code, container, on) && !avoid.some((a) => ukGeography.isWithin(code, a, on));
  for (const code of [...prefer, container]) {
    const area = byCode.get(code);
    if (area !== undefined && area[flag] && fits(code)) return code;
  }
  const found = AREAS.find((a) => a[flag] && fits(a.code));
  return found?.code ?? null;
}

/** The conditions of a version with each any-of replaced by its first alternative. */
function flatten(conditions: readonly Condition[]): Condition[] {
  return conditions.flatMap((c) => (c.type === 'any-of' ? flatten([c.conditions[0]!]) : [c]));
}

function dateOfBirthFor(age: number, birthdayOn: CalendarDate): CalendarDate | null {
  const dob = `${String(Number(birthdayOn.slice(0, 4)) - age).padStart(4, '0')}${birthdayOn.slice(4)}`;
  return dob.endsWith('-02-29') ? null : dob;
}

/**
 * A person who meets a version's conditions on `on`, aged `age` there (their birthday `age` falls
 * on `birthdayOn`), or null when the builder cannot make one.
 */
function personMeeting(document: OfferDocument, offer: Offer, version: OfferVersion, on: CalendarDate, age: number, birthdayOn: CalendarDate): Person | null {
  const conditions = flatten(version.eligibility);
  const provider = document.provider.code;
  const dateOfBirth = dateOfBirthFor(age, birthdayOn);
  if (dateOfBirth === null || dateOfBirth > on) return null;
  const categories = conditions.find((c) => c.type === 'category')?.in;
  const adult = on >= `${String(Number(dateOfBirth.slice(0, 4)) + 18).padStart(4, '0')}${dateOfBirth.slice(4)}`;
  const wanted = adult ? ['former-relevant', 'qualifying'] : ['relevant', 'eligible', 'qualifying'];
  const category = (categories === undefined ? wanted : wanted.filter((c) => categories.includes(c as never)))[0];
  if (category === undefined) return null;

  const ra = conditions.find((c) => c.type === 'responsible-authority');
  const residenceAreas = conditions.filter((c) => c.type === 'residence').map((c) => c.within);
  const organisation = offer.provider?.code.startsWith('org:') === true || provider.startsWith('org:');
  let responsible: string | null;
  if (ra?.scope === 'own') responsible = organisation ? null : placeWithin(provider, on, 'childrensServices', [provider]);
  else if (ra?.scope === 'within') {
    const county = byCode.get(provider)?.county;
    responsible = placeWithin(ra.areas?.[0] ?? 'E92000001', on, 'childrensServices', [provider, ...(county === undefined ? [] : [county])], ra.except);
  }
  else responsible = placeWithin('E92000001', on, 'childrensServices', [provider, byCode.get(provider)?.county ?? '']);
  if (responsible === null) return null;

  const nearby = [responsible, provider, ...AREAS.filter((a) => a.county === responsible).map((a) => a.code)];
  let residence: string | null = null;
  if (residenceAreas.length > 0) {
    const candidates = AREAS.filter((a) => a.billsCouncilTax && exists(a.code, on) && residenceAreas.every((within) => within.some((w) => ukGeography.isWithin(a.code, w, on))));
    residence = candidates.find((a) => nearby.includes(a.code))?.code ?? candidates[0]?.code ?? null;
  } else {
    residence = placeWithin(provider.startsWith('org:') ? responsible : provider, on, 'billsCouncilTax', nearby) ?? placeWithin(responsible, on, 'billsCouncilTax', nearby);
  }
  if (residence === null) return null;

  const facts: { -readonly [K in keyof PersonFacts]: PersonFacts[K] } = {};
  for (const c of conditions) {
    if (c.type !== 'fact') continue;
    const value = c.equals ?? c.in?.[0] ?? (c.within === undefined ? undefined : c.within.find((w) => ukGeography.isWithin(residence!, w, on)) ?? c.within[0]);
    (facts as Record<string, unknown>)[c.fact] = value;
  }
  if (version.value.type === 'depends-on-household' && facts.household === undefined) facts.household = version.value.cases[0]!.households[0]!;
  // A rule for those who turned an age within some dates: a person born otherwise does not meet it
  // (the birthday conditions are checked on both sides of their dates below).
  for (const c of conditions) {
    if (c.type !== 'birthday') continue;
    const date = birthday(dateOfBirth, c.age);
    if ((c.from !== undefined && date < c.from) || (c.before !== undefined && date >= c.before)) return null;
  }
  return { dateOfBirth, category: category as Person['category'], responsibleAuthority: responsible, residence, facts };
}

/**
 * The offer's own state for the person on the date. A later version confirmed in force by a date
 * with no known start may already apply (`version-start-unknown`): then `unknown` is the right
 * answer for a date the earlier version names, and it is reported as such.
 */
function stateOf(person: Person, on: CalendarDate, offer: Offer): string {
  let entitlement;
  try {
    entitlement = evaluate(person, on, embeddedDataset, { kinds: [offer.kind] }).entitlements[0]!;
  } catch (error) {
    // The day before a 16th birthday no one is a care leaver yet: the question is refused.
    if (error instanceof InvalidInputError && error.issues.some((i) => i.message.includes('under 16'))) return 'refused: under 16';
    // The day before a council began (North Northamptonshire on 1 April 2021), it cannot be asked about.
    if (error instanceof InvalidInputError && error.issues.every((i) => i.code === 'area-not-on-date' && i.message.includes(' began on '))) return 'refused: the council did not exist yet';
    throw error;
  }
  const assessed = entitlement.offers.find((o) => o.offerId === offer.id);
  if (assessed === undefined) return 'not-assessed';
  if (assessed.state === 'unknown' && assessed.reasons.some((r) => r.code === 'version-start-unknown')) return 'unknown-until-a-later-version-starts';
  return assessed.state;
}

interface Check {
  readonly offerId: string;
  readonly what: string;
  readonly on: CalendarDate;
  readonly person: Person;
  readonly want: 'eligible' | 'not-eligible';
}

/** Every check the data gives rise to, and the versions the builder had to leave out. */
function checks(): { checks: Check[]; skipped: string[] } {
  const out: Check[] = [];
  const skipped: string[] = [];
  for (const document of embeddedDataset.documents) {
    for (const offer of document.offers) {
      const versions = Object.entries(offer.versions).sort(([a], [b]) => (a < b ? -1 : 1));
      versions.forEach(([key, version], i) => {
        if (version.status !== 'in-force') return;
        const next = versions[i + 1]?.[0] ?? null;
        const ages = flatten(version.eligibility).filter((c) => c.type === 'age');
        const from = Math.max(...ages.map((c) => c.from ?? 0), 0);
        const until = Math.min(...ages.map((c) => c.until ?? 200), 200);
        // A band that runs on past its last birthday, to the end of that month or financial year.
        const endOf = ages.find((c) => c.until === until)?.untilEndOf;
        const label = `${offer.id} @ ${key}`;
        // On its first day: aged in the middle of its range (20 where it allows, else its lower bound).
        // No one under 16 is a care leaver (the question is refused), so a range below 16 is not asked about.
        const age = from <= 20 && 20 < until ? 20 : Math.max(from, 16);
        if (age >= until) return;
        const person = personMeeting(document, offer, version, key, age, addDays(key, -40));
        if (person === null) {
          skipped.push(label);
          return;
        }
        out.push({ offerId: offer.id, what: `${label}: applies on its date`, on: key, person, want: 'eligible' });
        if (i === 0 && version.dateIs !== 'confirmed-by') {
          out.push({ offerId: offer.id, what: `${label}: not the day before it begins`, on: addDays(key, -1), person, want: 'not-eligible' });
        }
        const inside = next === null || addDays(key, 1) < next;
        if (!inside) return;
        const birthdayOn = addDays(key, 1);
        if (until < 200) {
          const atEnd = personMeeting(document, offer, version, birthdayOn, until, birthdayOn);
          if (atEnd !== null && until - 1 >= from && until - 1 >= 16 && (atEnd.category !== 'former-relevant' || until - 1 >= 18)) {
            out.push({ offerId: offer.id, what: `${label}: until the day before the ${until}th birthday`, on: key, person: atEnd, want: 'eligible' });
            if (endOf === undefined) {
              out.push({ offerId: offer.id, what: `${label}: not on the ${until}th birthday`, on: birthdayOn, person: atEnd, want: 'not-eligible' });
            } else {
              const end = dayAfterPeriodEnd(birthdayOn, endOf);
              out.push({ offerId: offer.id, what: `${label}: on the ${until}th birthday, which its ${endOf} runs past`, on: birthdayOn, person: atEnd, want: 'eligible' });
              if (next === null || end < next) {
                out.push({ offerId: offer.id, what: `${label}: on the last day of the ${endOf} of the ${until}th birthday`, on: addDays(end, -1), person: atEnd, want: 'eligible' });
                out.push({ offerId: offer.id, what: `${label}: not the day after the ${endOf} of the ${until}th birthday`, on: end, person: atEnd, want: 'not-eligible' });
              }
            }
          }
        }
        if (from > 0) {
          const atStart = personMeeting(document, offer, version, birthdayOn, from, birthdayOn);
          if (atStart !== null) {
            // The day before, they are a year younger; a former relevant child is under 18 a relevant one.
            const younger: Person = from === 18 && atStart.category === 'former-relevant' ? { ...atStart, category: 'relevant' } : atStart;
            out.push({ offerId: offer.id, what: `${label}: not the day before the ${from}th birthday`, on: key, person: younger, want: 'not-eligible' });
            out.push({ offerId: offer.id, what: `${label}: from the ${from}th birthday`, on: birthdayOn, person: atStart, want: 'eligible' });
          }
        }
      });
    }
  }
  return { checks: out, skipped };
}

describe('every scheme in the embedded data, on both sides of its dates and birthdays', () => {
  const { checks: all, skipped } = checks();

  it('builds a scenario for nearly every version in force, and most of them settle', () => {
    const versions = embeddedDataset.documents.flatMap((d) => d.offers.flatMap((o) => Object.values(o.versions))).filter((v) => v.status === 'in-force').length;
    expect(skipped.length, skipped.join('\n')).toBeLessThan(versions * 0.1);
    expect(all.length).toBeGreaterThan(versions * 2);
  });

  it('gives each offer on the dates and birthdays its versions name', () => {
    const offers = new Map(embeddedDataset.documents.flatMap((d) => d.offers).map((o) => [o.id, o]));
    const results = all.map((check) => ({ check, got: stateOf(check.person, check.on, offers.get(check.offerId)!) }));
    // A later version of unknown start leaves only a few answers open.
    const open = results.filter(({ got }) => got === 'unknown-until-a-later-version-starts').length;
    expect(open).toBeLessThan(all.length * 0.05);
    const wrong = results
      .filter(({ check, got }) => (check.want === 'eligible' ? got !== 'eligible' && got !== 'unknown-until-a-later-version-starts' : got === 'eligible'))
      .map(({ check, got }) => `${check.what}: got ${got} for ${JSON.stringify(check.person)}`);
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(results.filter(({ check }) => check.want === 'not-eligible').length).toBeGreaterThan(all.length / 4);
  });
});

describe('every birthday condition in the embedded data ("turned 18 after 1 April 2023"), on both sides of its dates', () => {
  // For each date a birthday condition names, a care leaver whose birthday falls on its last day
  // inside the span gets the offer, and one whose birthday falls on the first day outside does not,
  // asked on a day inside the version after both birthdays.
  const cases = embeddedDataset.documents.flatMap((document) =>
    document.offers.flatMap((offer) => {
      const versions = Object.entries(offer.versions).sort(([a], [b]) => (a < b ? -1 : 1));
      return versions.flatMap(([key, version], i) =>
        version.status !== 'in-force'
          ? []
          : flatten(version.eligibility).flatMap((c) => {
              if (c.type !== 'birthday') return [];
              const sides: [inside: CalendarDate, outside: CalendarDate][] = [
                ...(c.from === undefined ? [] : [[c.from, addDays(c.from, -1)] as [CalendarDate, CalendarDate]]),
                ...(c.before === undefined ? [] : [[addDays(c.before, -1), c.before] as [CalendarDate, CalendarDate]]),
              ];
              const next = versions[i + 1]?.[0] ?? null;
              return sides.map(([inside, outside]) => {
                const later = inside > outside ? inside : outside;
                const on = addDays(later > key ? later : key, 1);
                return { document, offer, version, age: c.age, inside, outside, on: next !== null && on >= next ? null : on };
              });
            }),
      );
    }),
  );

  it('finds the birthday conditions the data holds (Bolton’s two allowances, Wigan’s first wifi and TV licence)', () => {
    expect(cases.map((c) => c.offer.id)).toEqual(expect.arrayContaining(['bolton-setting-up-home-allowance', 'bolton-setting-up-home-allowance-earlier', 'wigan-first-year-wifi-tv-licence']));
  });

  it('gives the offer to a care leaver whose birthday falls on the last day inside, and not to one whose birthday falls on the first day outside', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { document, offer, version, age, inside, outside, on } of cases) {
      if (on === null) continue;
      const within = { ...version, eligibility: version.eligibility.filter((c) => c.type !== 'birthday') };
      for (const [birthdayOn, want] of [[inside, 'eligible'], [outside, 'not-eligible']] as const) {
        const person = personMeeting(document, offer, within, on, age, birthdayOn);
        if (person === null) continue;
        checked += 1;
        const got = stateOf(person, on, offer);
        if (got !== want) wrong.push(`${offer.id}: ${age}th birthday on ${birthdayOn}, asked on ${on}: got ${got}, wanted ${want}`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(2 * cases.length - 1);
  });
});

describe('every "no" in the embedded data (not offered, withdrawn), on both sides of its date', () => {
  // A version saying the provider does not give the kind: on its date a care leaver made to meet
  // its conditions is refused by it; where it is the offer's first version and known only as
  // confirmed by its date, the day before (inside notBefore) is unknown, since nothing says what
  // was given then; where it takes effect on its date, the day before is refused too.
  const offers = embeddedDataset.documents.flatMap((document) => document.offers.map((offer) => ({ document, offer })));
  const noes = offers.flatMap(({ document, offer }) => {
    const versions = Object.entries(offer.versions).sort(([a], [b]) => (a < b ? -1 : 1));
    return versions
      .map(([key, version], i) => ({ document, offer, key, version, first: i === 0 }))
      .filter(({ version }) => version.status === 'not-offered' || version.status === 'withdrawn');
  });

  it('finds the noes the data holds', () => {
    expect(noes.length).toBeGreaterThanOrEqual(16);
  });

  it('refuses on the date of each no, and before a first no known only as confirmed by its date answers unknown', () => {
    const wrong: string[] = [];
    let dayBeforeChecked = 0;
    for (const { document, offer, key, version, first } of noes) {
      const person = personMeeting(document, offer, version, key, 20, addDays(key, -40));
      if (person === null) continue;
      const label = `${offer.id} @ ${key}`;
      const onIts = stateOf(person, key, offer);
      if (onIts !== 'not-eligible') wrong.push(`${label}: got ${onIts} on its date`);
      if (!first) continue;
      const dayBefore = addDays(key, -1);
      const inWindow = version.dateIs === 'confirmed-by' && (version.notBefore === undefined || version.notBefore <= dayBefore);
      const want = inWindow ? 'unknown' : 'not-applicable';
      const before = stateOf(person, dayBefore, offer);
      dayBeforeChecked++;
      if (before !== want) wrong.push(`${label}: got ${before} the day before, wanted ${want}`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(dayBeforeChecked).toBeGreaterThanOrEqual(15);
  });
});

describe('every offer that excepts some councils’ care leavers (other councils’ leads)', () => {
  const excepting = embeddedDataset.documents.flatMap((document) =>
    document.offers.flatMap((offer) =>
      Object.entries(offer.versions).flatMap(([date, version]) =>
        version.eligibility.flatMap((c) => (c.type === 'responsible-authority' && c.except !== undefined ? [{ document, offer, date, except: c.except }] : [])),
      ),
    ),
  );

  it('are the leads about other councils’ care leavers, each excepting the council whose own offers answer for its care leavers', () => {
    expect(new Set(excepting.map((e) => e.offer.id)).size).toBeGreaterThanOrEqual(80);
    for (const { document, offer, except } of excepting) {
      expect(except, offer.id).toHaveLength(1);
      // The council excepted has an offer of the kind in the same document for its own care leavers.
      const own = document.offers.filter((o) => o !== offer && o.kind === offer.kind);
      expect(own.length, offer.id).toBeGreaterThan(0);
    }
  });

  it('never answer for a care leaver of the council they except, on any of their dates or the day after', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { document, offer, date, except } of excepting) {
      const residence = placeWithin(document.provider.code, date, 'billsCouncilTax', [document.provider.code]);
      if (residence === null) continue;
      for (const on of [date, addDays(date, 1)]) {
        const person: Person = { dateOfBirth: addDays(on, -(20 * 365 + 100)), category: 'former-relevant', responsibleAuthority: except[0]!, residence };
        let assessment;
        try {
          assessment = evaluate(person, on, embeddedDataset, { kinds: [offer.kind] }).entitlements[0]!.offers.find((o) => o.offerId === offer.id);
        } catch (error) {
          if (error instanceof InvalidInputError) continue; // a place that did not exist then
          throw error;
        }
        if (assessment !== undefined) checked += 1;
        if (assessment !== undefined && (assessment.state !== 'not-eligible' || assessment.reasons[0]?.code !== 'responsible-authority-excepted')) {
          wrong.push(`${offer.id} @ ${on}: ${assessment.state} ${assessment.reasons[0]?.code}`);
        }
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(150);
  });
});
