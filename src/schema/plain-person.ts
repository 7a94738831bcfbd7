import { isCalendarDate } from '../dates/calendar-date.js';
import { AREA_CODE_PATTERN } from './area-code.js';
import { CareLeaverCategory } from './care-leaver-category.js';
import { Person, type ResidencePeriod } from './person.js';
import { CHOICE_FACT_VALUES, FACT_VALUE_TYPES, type FactName, type PersonFacts } from './person-facts.js';

const CATEGORIES: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(CareLeaverCategory.options))();
const FACT_NAMES = /* @__PURE__ */ (() => factNames())();

/** The fact names; plainFacts keeps the facts given as bits of one 32-bit number, so at most 31. */
function factNames(): FactName[] {
  const names = Object.keys(FACT_VALUE_TYPES) as FactName[];
  if (names.length > 31) throw new Error('plainPerson keeps at most 31 facts as bits: give plainFacts a longer set');
  return names;
}
/** Each fact's place in the schema and the values it plainly accepts (undefined goes to the schema). */
const FACT_CHECKS: ReadonlyMap<string, { readonly position: number; readonly accepts: (value: unknown) => boolean }> = /* @__PURE__ */ (() => new Map(
  FACT_NAMES.map((name, position) => {
    const type = FACT_VALUE_TYPES[name];
    const accepts =
      type === 'yes-no'
        ? (value: unknown) => typeof value === 'boolean'
        : type === 'area'
          ? (value: unknown) => typeof value === 'string' && AREA_CODE_PATTERN.test(value)
          : (value: unknown) => typeof value === 'string' && CHOICE_FACT_VALUES[type].includes(value);
    return [name, { position, accepts }];
  }),
))();
const PERSON_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(Object.keys(Person.shape)))();

/**
 * The engine's copy of a person that plainly satisfies the {@link Person} schema, made without
 * zod; null for anything else, which the schema then checks (and explains). It is the schema's
 * answer for the input every call sends (a plain object of strings, booleans and arrays): a
 * property test checks that a copy is only ever given where the schema accepts the input, equal to
 * the schema's output key for key and in the same key order, and that every plain input the schema
 * accepts gets one. Validating a person with zod took about a fifth of a two-kind `decide`.
 *
 * @param input - anything
 * @returns a new object equal to `Person.parse(input)`, or null when the schema must decide
 * @example
 * ```ts
 * plainPerson({ dateOfBirth: '2004-06-15', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' })?.residence; // 'E08000003'
 * plainPerson({ dateOfBirth: '2004-06-31', category: 'former-relevant', responsibleAuthority: 'E08000001', residence: 'E08000003' }); // null
 * ```
 */
export function plainPerson(input: unknown): Person | null {
  if (!isPlainObject(input)) return null;
  for (const key in input) if (!PERSON_KEYS.has(key)) return null;
  const { dateOfBirth, category, responsibleAuthority, residence, facts } = input;
  if (typeof dateOfBirth !== 'string' || !isCalendarDate(dateOfBirth)) return null;
  if (typeof category !== 'string' || !CATEGORIES.has(category)) return null;
  if (typeof responsibleAuthority !== 'string' || !AREA_CODE_PATTERN.test(responsibleAuthority)) return null;
  const copiedResidence = plainResidence(residence);
  if (copiedResidence === null) return null;
  if (!('facts' in input)) {
    return { dateOfBirth, category: category as Person['category'], responsibleAuthority, residence: copiedResidence };
  }
  const copiedFacts = plainFacts(facts);
  if (copiedFacts === null) return null;
  return { dateOfBirth, category: category as Person['category'], responsibleAuthority, residence: copiedResidence, facts: copiedFacts };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function plainResidence(residence: unknown): Person['residence'] | null {
  if (typeof residence === 'string') return AREA_CODE_PATTERN.test(residence) ? residence : null;
  if (!Array.isArray(residence) || residence.length === 0) return null;
  const periods: ResidencePeriod[] = [];
  for (let i = 0; i < residence.length; i++) {
    const period: unknown = residence[i];
    if (!isPlainObject(period)) return null;
    let keys = 0;
    for (const key in period) {
      if (key !== 'from' && key !== 'area') return null;
      keys++;
    }
    const { from, area } = period;
    if (keys !== 2 || typeof from !== 'string' || !isCalendarDate(from) || typeof area !== 'string' || !AREA_CODE_PATTERN.test(area)) return null;
    if (i > 0 && !(periods[i - 1]!.from < from)) return null;
    periods.push({ from, area });
  }
  return periods;
}

function plainFacts(facts: unknown): PersonFacts | null {
  if (!isPlainObject(facts)) return null;
  // Which facts are given, as bits by their place in the schema: the copy is made in the schema's
  // order, as its output has it, whatever the input's order.
  let given = 0;
  for (const key in facts) {
    const check = FACT_CHECKS.get(key);
    if (check === undefined || !check.accepts(facts[key])) return null;
    given |= 1 << check.position;
  }
  const copy: Record<string, unknown> = {};
  for (let position = 0; given !== 0; position++, given >>>= 1) {
    if ((given & 1) === 1) copy[FACT_NAMES[position]!] = facts[FACT_NAMES[position]!];
  }
  return copy as PersonFacts;
}
