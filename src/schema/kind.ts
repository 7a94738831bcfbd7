import * as z from 'zod';
import { closestNames } from '../validation/closest-names.js';

/**
 * How the values of a kind compare:
 * - `percentage`: a share of a cost waived or paid (100 beats 50);
 * - `money`: an amount in pounds (more is better);
 * - `count`: a number of things such as journeys (more is better);
 * - `service`: something given or not (any offer is as good as another).
 *
 * @example
 * ```ts
 * ValueType.options; // ['percentage', 'money', 'count', 'service']
 * ```
 */
export const ValueType = /* @__PURE__ */ (() => z.enum(['percentage', 'money', 'count', 'service']))();
/** How the values of a kind compare. */
export type ValueType = z.infer<typeof ValueType>;

/** What the library knows about one kind of entitlement. */
export interface KindInfo {
  /** A short English label. */
  readonly label: string;
  /** How its values compare. */
  readonly valueType: ValueType;
  /**
   * Other value types an offer of the kind may have: a crisis fund is often published as help in
   * an emergency with no amount, which a `service` value (with its words in `detail`) records.
   */
  readonly alsoAccepts?: readonly ValueType[];
}

/**
 * The value types an offer of a kind may have: its own, then any it also accepts.
 *
 * @param kind - the kind
 * @returns the accepted value types, the kind's own first
 * @example
 * ```ts
 * acceptedValueTypes('crisis-fund'); // ['money', 'service']
 * acceptedValueTypes('mentor'); // ['service']
 * ```
 */
export function acceptedValueTypes(kind: Kind): readonly ValueType[] {
  const info: KindInfo = KIND_INFO[kind];
  return [info.valueType, ...(info.alsoAccepts ?? [])];
}

/**
 * The controlled vocabulary of entitlement kinds, with each kind's label and value type, so that
 * offers from different providers can be compared. It starts from DOMAIN.md's list of what a
 * good local offer holds (DfE, seed 001).
 *
 * @example
 * ```ts
 * KIND_INFO['council-tax-exemption'].valueType; // 'percentage'
 * Object.isFrozen(KIND_INFO.mentor); // true (shared by every call, so it cannot be changed)
 * ```
 */
export const KIND_INFO = /* @__PURE__ */ (() => frozen({
  'council-tax-exemption': { label: 'Council tax exemption', valueType: 'percentage' },
  'free-travel': { label: 'Free or discounted travel', valueType: 'percentage' },
  'free-prescriptions': { label: 'Free prescriptions', valueType: 'service' },
  'free-dental-treatment': { label: 'Free NHS dental treatment', valueType: 'service' },
  'free-eye-care': { label: 'Free NHS sight tests and glasses', valueType: 'service' },
  mentor: { label: 'Mentor', valueType: 'service' },
  'rent-guarantor': { label: 'Rent guarantor', valueType: 'service' },
  'rent-deposit': { label: 'Rent deposit paid', valueType: 'service' },
  'personal-adviser': { label: 'Personal adviser', valueType: 'service' },
  'setting-up-home-allowance': { label: 'Setting up home allowance', valueType: 'money' },
  'higher-education-bursary': { label: 'Higher education bursary', valueType: 'money' },
  'apprenticeship-bursary': { label: 'Apprenticeship bursary', valueType: 'money' },
  'housing-priority-need': { label: 'Priority need for housing when homeless', valueType: 'service' },
  'staying-put': { label: 'Staying Put with former foster carer', valueType: 'service' },
  'staying-close': { label: 'Staying Close support (assessed)', valueType: 'service' },
  'shared-accommodation-rate-exemption': { label: 'Shared accommodation rate exemption', valueType: 'service' },
  'no-intentional-homelessness': { label: 'Not found intentionally homeless', valueType: 'service' },
  'mental-health-support': { label: 'Mental health support', valueType: 'service' },
  'education-employment-training': { label: 'Education, employment and training offer', valueType: 'service' },
  apprenticeships: { label: 'Ring-fenced apprenticeships', valueType: 'service' },
  internships: { label: 'Paid internships', valueType: 'service' },
  'guaranteed-interview': { label: 'Guaranteed job interview', valueType: 'service' },
  'driving-lessons': { label: 'Driving lessons', valueType: 'service' },
  'household-bills-first-year': { label: 'TV licence, wifi and home insurance for the first year', valueType: 'service' },
  'crisis-fund': { label: 'Crisis fund', valueType: 'money', alsoAccepts: ['service'] },
  'birthday-allowance': { label: 'Birthday and Christmas allowances', valueType: 'service' },
  'furniture-package': { label: 'Furniture and white goods', valueType: 'service' },
  'credit-union-loan': { label: 'Credit union account or loan', valueType: 'money' },
  'leisure-access': { label: 'Free leisure, sport or gym access', valueType: 'service' },
  'benefits-check': { label: 'Benefits check', valueType: 'service' },
  'housing-payment-priority': { label: 'Priority for Discretionary Housing Payments', valueType: 'service' },
  'first-rent-paid': { label: 'First weeks of rent paid', valueType: 'service' },
  'training-flat': { label: 'Training or trainer flat', valueType: 'service' },
  'supported-accommodation': { label: 'Supported accommodation', valueType: 'service' },
  'therapeutic-support': { label: 'Therapeutic support', valueType: 'service' },
  'drop-in-centre': { label: 'Drop-in centre', valueType: 'service' },
  'e-wallet': { label: 'E-wallet payment card', valueType: 'service' },
  'housing-register-priority': { label: 'Priority on the council housing register', valueType: 'service' },
  'housing-register-access': { label: 'No local connection test for the housing register', valueType: 'service' },
  'winter-fuel-allowance': { label: 'Winter heating or fuel allowance', valueType: 'money', alsoAccepts: ['service'] },
} as const satisfies Record<string, KindInfo>))();

/**
 * One kind of entitlement from the controlled vocabulary.
 *
 * @example
 * ```ts
 * Kind.parse('free-travel'); // 'free-travel'
 * ```
 */
export const Kind = /* @__PURE__ */ (() => z.enum(Object.keys(KIND_INFO) as [keyof typeof KIND_INFO, ...(keyof typeof KIND_INFO)[]], {
  error: (issue) => {
    const given = String(issue.input);
    const kinds = Object.keys(KIND_INFO);
    if (issue.input === undefined) return `required field is missing; give the kind, one of ${kinds.join(', ')}`;
    // A slip of the keys ("mentr") or a kind named in part ("free-prescription"): the kinds closest in spelling.
    const close = closestNames(given, kinds);
    return `unknown kind ${JSON.stringify(issue.input)}; ${close.length > 0 ? `did you mean ${close.join(' or ')}? ` : ''}the kinds are ${kinds.join(', ')}`;
  },
}))();
/** One kind of entitlement. */
export type Kind = z.infer<typeof Kind>;

/**
 * Every kind, in vocabulary order (frozen: it is shared by every call).
 *
 * @example
 * ```ts
 * ALL_KINDS[0]; // 'council-tax-exemption'
 * Object.isFrozen(ALL_KINDS); // true
 * ```
 */
export const ALL_KINDS: readonly Kind[] = /* @__PURE__ */ (() => Object.freeze([...Kind.options]))();

/** The same object, frozen with every object and list inside it. */
function frozen<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) frozen(inner);
  return Object.freeze(value);
}
