import { KIND_INFO, type Kind, describeValue, embeddedDataset, evaluate } from '../src/index.js';

// The five kinds advisers are asked about most, for care leavers aged 20 living in the area of
// the council that looked after them.
const kinds: Kind[] = ['council-tax-exemption', 'free-travel', 'free-prescriptions', 'mentor', 'rent-guarantor'];
const councils = { 'South Tyneside': 'E08000023', Luton: 'E06000032', Bolton: 'E08000001' };

for (const [name, code] of Object.entries(councils)) {
  const person = { dateOfBirth: '2006-06-15', category: 'former-relevant', responsibleAuthority: code, residence: code, facts: { liableForCouncilTax: true, workingWithLeavingCareService: true } } as const;
  console.log(`${name}:`);
  for (const e of evaluate(person, '2026-12-02', embeddedDataset, { kinds }).entitlements) {
    const what = e.outcome === 'eligible' ? `${describeValue(e.value)} from ${e.provider.name}` : e.outcome;
    console.log(`  ${KIND_INFO[e.kind].label}: ${what}`);
  }
}
