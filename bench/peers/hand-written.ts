/**
 * The peers' rules written by hand in TypeScript: the practical limit of speed, with nothing to
 * interpret. It answers exactly what the engine answers for the peers' rules on
 * {@link PEER_ON}, and nothing else: no reasons, no provenance, no end dates, no versions.
 */
import type { Outcome, Person } from '../../src/index.js';
import type { PeerAnswer } from './peer-rules.js';
import { peerAge } from './peer-rules.js';

const BOLTON = 'E08000001';
const BURY = 'E08000002';
const MANCHESTER = 'E08000003';
const OLDHAM = 'E08000004';
const ROCHDALE = 'E08000005';
const TAMESIDE = 'E08000008';
const WIGAN = 'E08000010';
const WARRINGTON = 'E06000007';
const LIVERPOOL = 'E08000012';
const DURHAM = 'E06000047';
const HARINGEY = 'E09000014';

const GM10 = new Set(['E08000001', 'E08000002', 'E08000003', 'E08000004', 'E08000005', 'E08000006', 'E08000007', 'E08000008', 'E08000009', 'E08000010']);
/** Councils with a council tax offer of their own. */
const COUNCIL_TAX_COVERED = new Set([BOLTON, BURY, MANCHESTER, OLDHAM, ROCHDALE, TAMESIDE, WIGAN, WARRINGTON, LIVERPOOL, DURHAM, HARINGEY]);

/** true, false, or undefined when the fact is missing: whether a boolean fact has the wanted value. */
function factIs(value: boolean | undefined, wanted: boolean): boolean | undefined {
  return value === undefined ? undefined : value === wanted;
}

/**
 * Answers one person with hand-written rules.
 *
 * @param person - a person living in one area
 * @param on - the date
 * @returns the outcomes for council tax and free travel
 * @example
 * ```ts
 * handWrittenAnswer(person, PEER_ON); // ['eligible', 'unknown']
 * ```
 */
export function handWrittenAnswer(person: Person, on: string): PeerAnswer {
  const age = peerAge(person.dateOfBirth, on);
  const ra = person.responsibleAuthority;
  const home = person.residence as string;
  const facts = person.facts ?? {};
  const band = age >= 18 && age < 25;
  const gm = GM10.has(ra) && GM10.has(home);

  // Council tax: the GM guarantee, then the council where they live (one offer per council).
  let councilTax: Outcome;
  if (band && gm) councilTax = 'eligible';
  else {
    let local: boolean | undefined = false; // false also when no offer of the home council applies
    switch (home) {
      case BOLTON:
        local = band && ra === BOLTON ? factIs(facts.livingWithFormerFosterCarer, false) : false;
        break;
      case BURY:
        local = band ? factIs(facts.liableForCouncilTax, true) : false;
        break;
      case MANCHESTER:
        local = band ? factIs(facts.noRecourseToPublicFunds, false) : false;
        break;
      case OLDHAM:
      case ROCHDALE:
      case HARINGEY:
        local = band && ra === home;
        break;
      case TAMESIDE:
      case DURHAM:
      case WIGAN: // Wigan: any English council's care leavers, and every council here is English
        local = band;
        break;
      case WARRINGTON:
      case LIVERPOOL:
        local = age >= 18 && ra === home;
        break;
    }
    councilTax =
      local === true ? 'eligible' : local === undefined || !COUNCIL_TAX_COVERED.has(ra) || !COUNCIL_TAX_COVERED.has(home) ? 'unknown' : 'not-eligible';
  }

  // Free travel: the GM travel pass; no council has an offer of its own, so never `not-eligible`.
  const pass = band && gm && person.category !== 'eligible' ? factIs(facts.workingWithLeavingCareService, true) : false;
  const freeTravel: Outcome = pass === true ? 'eligible' : 'unknown';
  return [councilTax, freeTravel];
}
