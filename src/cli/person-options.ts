import { ADULT_AGE, CARE_LEAVER_AGE } from '../rules/category-on.js';
import type { LeapDayBirthdayRule } from '../dates/birthday.js';
import { ageOn, birthday } from '../dates/birthday.js';
import { type CalendarDate, formatLongDate } from '../dates/calendar-date.js';
import { CareLeaverCategory } from '../schema/care-leaver-category.js';
import { CHOICE_FACT_VALUES, type ChoiceFact } from '../schema/person-facts.js';
import type { Person, PersonFacts } from '../schema/index.js';
import { FACT_FLAGS } from '../schema/fact-flags.js';
import type { OptionGroup } from './command.js';
import { booleanFacts } from './fact-options.js';
import { type CliOption, PERSON_OPTION_TABLE } from './option-table.js';
import { parseDateOption } from './parse-date-option.js';
import { type NamedArea, resolveAreaOption } from './resolve-area-option.js';
import { UsageError } from './usage-error.js';
import { homeCouncilsWithin } from '../areas/councils-within.js';
import { childrensCouncilsFor } from '../areas/childrens-councils-for.js';
import { joinedNames } from '../lists/joined-names.js';

/**
 * The options every person command (`entitlements`, `move`, `timeline`) takes, as one group of
 * the help: the person table, then the yes/no fact flags (`--FACT`, `--not-FACT`) described
 * in a paragraph rather than one line each.
 *
 * @example
 * ```ts
 * PERSON_OPTION_GROUP.options[0]?.name; // 'born'
 * ```
 */
export const PERSON_OPTION_GROUP: OptionGroup = {
  heading: 'Person options',
  options: PERSON_OPTION_TABLE,
  hidden: Object.keys(FACT_FLAGS).flatMap((flag): CliOption[] => [
    { name: flag, type: 'boolean', help: [], fact: FACT_FLAGS[flag as keyof typeof FACT_FLAGS] },
    { name: `not-${flag}`, type: 'boolean', help: [] },
  ]),
  after: `Yes/no facts: --FACT says it holds, --not-FACT says it does not; leave both out when not known
(a rule that needs an unknown fact answers "unknown" and names it).
${Object.keys(FACT_FLAGS)
  .map((flag) => `  --${flag}`)
  .join('\n')}

AREA is a council, county, combined authority or nation: a name ("Bolton"), a short name or
common spelling, or a GSS code ("E08000001"). Search with "care-leaver-entitlements areas NAME".
`,
};

/** A person read from the command line, with the names of the areas given. */
export interface PersonInput {
  readonly person: Person;
  readonly on: CalendarDate;
  readonly responsible: NamedArea;
  readonly livesIn: NamedArea;
  /**
   * Every area given for the person, in the order of the help: --responsible, --lives-in and
   * --gp-area when it is given. The "Note:" lines (and `notes` in --json) are theirs.
   */
  readonly areas: readonly NamedArea[];
  /** Engine options read from the command line (the 29 February rule). */
  readonly engine: { readonly leapDayBirthday: LeapDayBirthdayRule };
  /** Whether the status was taken as former-relevant because --status was not given (said in the heading). */
  readonly statusAssumed: boolean;
}

function required(values: Readonly<Record<string, unknown>>, option: string, what: string): string {
  const value = values[option];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${option} is required; give ${what}`);
  return value;
}

/**
 * Checks that an area is somewhere a person can be said to live: a council that bills council
 * tax, not a combined authority, a nation or a county made of districts. The message for a county
 * or a combined authority names the councils within it to choose from.
 *
 * @param option - the option's name, for the message
 * @param area - the resolved area
 * @param on - the date asked about (which councils lie within it then)
 * @throws {@link UsageError} naming the option and the fix
 * @example
 * ```ts
 * checkPlaceToLive('--to', { code: 'E47000001', name: 'Greater Manchester', tier: 'combined', childrensServices: false }, '2026-11-23'); // throws
 * ```
 */
export function checkPlaceToLive(option: string, area: NamedArea, on: CalendarDate): void {
  if (area.tier === 'combined' || area.tier === 'nation' || area.tier === 'upper') {
    const what = area.tier === 'upper' ? 'a county made of districts' : area.tier === 'nation' ? 'a nation' : 'a combined authority';
    const within = area.tier === 'nation' ? [] : homeCouncilsWithin(area.code, on);
    const which = within.length > 0 ? `: ${joinedNames(within, 'or')}` : ' (list them with "care-leaver-entitlements areas")';
    throw new UsageError(`${option} ${area.name} (${area.code}) is ${what}; give the council area they ${option === '--to' ? 'move to' : 'live in'}${which}`);
  }
}

/** The councils that look after children, as the message for an area that does not names them. */
const CHILDRENS_COUNCILS = "a county, unitary, metropolitan or London borough, or a Welsh or Scottish council";

/**
 * What to say of an area given as `--responsible` that looks after no children: the council to
 * give instead where one can be named (a district's county, a combined authority's councils), and
 * for a Northern Ireland council that the trusts which look after children there are not held.
 */
function notLookingAfterChildren(area: NamedArea, on: CalendarDate): string {
  const given = `--responsible ${area.name} (${area.code}) does not look after children`;
  const instead = childrensCouncilsFor(area.code, on);
  if (instead.by === 'health-and-social-care-trusts') {
    return `${given}: in Northern Ireland, Health and Social Care Trusts look after children, and this package holds no trust yet, so it cannot answer for a care leaver looked after there`;
  }
  const { councils } = instead;
  if (councils.length === 1) return `${given}; give the council that does there: --responsible ${/\s/.test(councils[0]!) ? JSON.stringify(councils[0]) : councils[0]}`;
  if (councils.length > 1) return `${given}; give the one of its councils that looked after them: ${joinedNames(councils, 'or')}`;
  return `${given}; give the council that looked after them (${CHILDRENS_COUNCILS})`;
}

/**
 * Builds the person from the parsed options, checking each one.
 *
 * @param values - the parsed option values
 * @param on - the date asked about (`--on`, or today)
 * @returns the person, the date and the named areas
 * @throws {@link UsageError} naming the option and the fix
 * @example
 * ```ts
 * personFromOptions({ born: '2004-06-15', responsible: 'Bolton', 'lives-in': 'Leeds' }, '2026-11-23').person.residence;
 * // 'E08000035'
 * personFromOptions({ born: '2004-06-15', responsible: 'Bolton', 'lives-in': 'Leeds', 'gp-area': 'Corby' }, '2026-11-23').areas[2]?.note;
 * // 'Corby (E07000150) was abolished on 2021-04-01; answered for North Northamptonshire (E06000061), which replaced it'
 * ```
 */
export function personFromOptions(values: Readonly<Record<string, unknown>>, on: CalendarDate): PersonInput {
  const born = parseDateOption('--born', required(values, 'born', 'the date of birth as YYYY-MM-DD'));
  if (born > on) {
    throw new UsageError(`--born ${born} is after the date asked about (${on}); check --born, or give a later --on`);
  }
  const leapDay = typeof values['leap-day'] === 'string' ? values['leap-day'] : 'march-1';
  if (leapDay !== 'march-1' && leapDay !== 'february-28') {
    throw new UsageError(`--leap-day "${leapDay}" is not a rule; use march-1 or february-28`);
  }
  // The status is read as on the first date asked about (--from for a timeline, else --on).
  const asOf = typeof values.from === 'string' ? parseDateOption('--from', values.from) : on;
  const adult = asOf >= birthday(born, ADULT_AGE, leapDay as LeapDayBirthdayRule);
  const bornByThen = asOf >= born; // a date before birth is reported as such by the command
  // Under 16 no status fits: the engine's error about the date of birth is the one to act on,
  // not a request for --status.
  const underSixteen = asOf < birthday(born, CARE_LEAVER_AGE, leapDay as LeapDayBirthdayRule);
  if (bornByThen && values.status === undefined && !adult && !underSixteen) {
    throw new UsageError(
      `--status is needed for someone under 18 on ${asOf}: eligible (still looked after) or relevant (has left care); they become former-relevant at 18`,
    );
  }
  const status = typeof values.status === 'string' ? values.status : 'former-relevant';
  if (!CareLeaverCategory.safeParse(status).success) {
    throw new UsageError(`--status "${status}" is not a care-leaver status; use one of ${CareLeaverCategory.options.join(', ')}`);
  }
  if (bornByThen && adult && (status === 'eligible' || status === 'relevant')) {
    throw new UsageError(`--status ${status} is for someone under 18, and on ${asOf} they are 18 or over; use --status former-relevant (what ${status === 'eligible' ? 'an' : 'a'} ${status} child becomes at 18)`);
  }
  if (bornByThen && !adult && status === 'former-relevant' && values.status !== undefined) {
    throw new UsageError(`--status former-relevant is for someone 18 or over, and on ${asOf} they are under 18; use --status eligible (still looked after) or relevant (has left care)`);
  }
  const responsibleQuery = required(values, 'responsible', 'the council that looked after them (a name or GSS code)');
  const livesInQuery = required(values, 'lives-in', 'where they live (a council name or GSS code)');
  const facts: { -readonly [K in keyof PersonFacts]: PersonFacts[K] } = { ...booleanFacts(values) };
  // The facts given as a word (--household, --tenancy, --other-adults), each checked against its words.
  for (const { name, fact, readAs, accepts } of PERSON_OPTION_TABLE) {
    if (fact === undefined || !Object.hasOwn(CHOICE_FACT_VALUES, fact)) continue;
    const given = values[name];
    if (typeof given !== 'string') continue;
    const allowed = CHOICE_FACT_VALUES[fact as ChoiceFact];
    const word = readAs?.(given) ?? given;
    if (!allowed.includes(word)) throw new UsageError(`--${name} "${given}" is not known; use ${accepts ?? `one of ${allowed.join(', ')}`}`);
    (facts as Record<string, unknown>)[fact] = word;
  }
  if (facts.otherAdults !== undefined && facts.household !== undefined && facts.household !== 'with-others') {
    throw new UsageError(`--other-adults counts the adults they share a home with, and --household is ${facts.household}; give --household with-others, or leave --other-adults out`);
  }
  const responsible = resolveAreaOption('--responsible', responsibleQuery, on);
  if (!responsible.childrensServices) throw new UsageError(notLookingAfterChildren(responsible, on));
  const livesIn = resolveAreaOption('--lives-in', livesInQuery, on);
  checkPlaceToLive('--lives-in', livesIn, on);
  const gpArea = typeof values['gp-area'] === 'string' ? resolveAreaOption('--gp-area', values['gp-area'], on) : undefined;
  if (gpArea !== undefined) facts.registeredGpArea = gpArea.code;
  const person: Person = {
    dateOfBirth: born,
    category: status as CareLeaverCategory,
    responsibleAuthority: responsible.code,
    residence: livesIn.code,
    ...(Object.keys(facts).length > 0 ? { facts } : {}),
  };
  const areas = gpArea === undefined ? [responsible, livesIn] : [responsible, livesIn, gpArea];
  return { person, on, responsible, livesIn, areas, engine: { leapDayBirthday: leapDay }, statusAssumed: values.status === undefined };
}

/**
 * The heading that introduces a person: their age, status and areas.
 *
 * @param input - the person read from the command line
 * @param options - `home: false` leaves out where they live (for moves between several places)
 * @returns one line, such as "Aged 22 (born 15 June 2004), former-relevant, looked after by Bolton, living in Leeds"
 *   (with the status said to be assumed when --status was not given: a qualifying care leaver is
 *   owed less); a second for someone born on 29 February, saying which day their birthday is taken
 *   to be in other years
 * @example
 * ```ts
 * describePerson(input);
 * ```
 */
export function describePerson(input: PersonInput, options: { readonly home?: boolean } = {}): string {
  const { person, on } = input;
  const status = input.statusAssumed ? `${person.category} ${STATUS_ASSUMED}` : person.category;
  const home = options.home === false ? '' : `, living in ${input.livesIn.name}`;
  const heading = `Aged ${ageOn(person.dateOfBirth, on, input.engine.leapDayBirthday)} (born ${formatLongDate(person.dateOfBirth)}), ${status}, looked after by ${input.responsible.name}${home}`;
  return person.dateOfBirth.endsWith('-02-29') ? `${heading}\n${leapDayLine(input.engine.leapDayBirthday)}` : heading;
}

/**
 * Said after the status when --status was not given: it is then taken as former-relevant, and a
 * qualifying care leaver (who left care after 16 without meeting the 13-week test, or under a
 * special guardianship order) is owed less.
 */
const STATUS_ASSUMED = '(assumed, as --status was not given; --status qualifying if they left care without meeting the 13-week test)';

/** For someone born on 29 February: which day their birthday is taken to be in other years, and how to ask the other way. */
function leapDayLine(rule: LeapDayBirthdayRule): string {
  const [taken, other] = rule === 'february-28' ? ['28 February', 'march-1'] : ['1 March', 'february-28'];
  return `Born on 29 February: in other years their birthday is taken as ${taken} (the law does not settle it; --leap-day ${other} asks the other way)`;
}

/**
 * The 26th birthday, where a timeline ends by default (every leaving-care duty ends by the 25th).
 *
 * @param person - the person
 * @param rule - where a 29 February birthday falls in a common year (`--leap-day`)
 * @returns the date
 * @example
 * ```ts
 * defaultTimelineEnd({ dateOfBirth: '2004-06-15' }); // '2030-06-15'
 * defaultTimelineEnd({ dateOfBirth: '2004-02-29' }, 'february-28'); // '2030-02-28'
 * ```
 */
export function defaultTimelineEnd(
  person: Pick<Person, 'dateOfBirth'>,
  rule: LeapDayBirthdayRule = 'march-1',
): CalendarDate {
  return birthday(person.dateOfBirth, 26, rule);
}
