import { describe, expect, it } from 'vitest';
import { childrensServicesAuthority, dataReport, decide, embeddedDataset, listAreas } from '../../src/index.js';

// Every "yes" or "no" the embedded data gives must cite where it comes from. A care leaver aged
// 20, with every fact given, looked after by the council of the area they live in, in every
// English billing area, on dates either side of the dated claims (Devon's travel claim from 1
// December 2026).
// The data report's person: every fact a rule may ask, set to the common case.
const { facts } = dataReport(embeddedDataset, { on: '2026-12-01', kinds: ['mentor'] }).person;

describe('every known answer of the embedded data', () => {
  for (const on of ['2026-11-30', '2026-12-01', '2027-06-01']) {
    it(`cites at least one source, in every English billing area, on ${on}`, () => {
      const unsourced: string[] = [];
      for (const area of listAreas({ on, nation: 'England' }).filter((a) => a.billsCouncilTax)) {
        const responsibleAuthority = childrensServicesAuthority(area.code, on)!.code;
        const person = { dateOfBirth: '2006-07-01', category: 'former-relevant', responsibleAuthority, residence: area.code, facts: { ...facts, registeredGpArea: area.code } } as const;
        for (const e of decide(person, on, embeddedDataset).entitlements) {
          if (e.outcome !== 'unknown' && e.sources.length === 0) unsourced.push(`${area.name}: ${e.kind} ${e.outcome}`);
        }
      }
      expect(unsourced).toEqual([]);
    });
  }
});
