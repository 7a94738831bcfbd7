import { compareMove, describeValue, embeddedDataset, evaluate } from '../src/index.js';

const person = {
  dateOfBirth: '2004-06-15',
  category: 'former-relevant',
  responsibleAuthority: 'E08000001', // Bolton looked after them
  residence: 'E08000001', // and they live in Bolton
} as const;

const now = evaluate(person, '2026-11-23', embeddedDataset);
for (const e of now.entitlements.filter((e) => e.outcome === 'eligible'))
  console.log(e.kind, describeValue(e.value), e.provider?.name, e.endsOn);

const move = compareMove(person, { to: 'E08000035', on: '2026-11-23' }, embeddedDataset); // to Leeds
for (const c of move.changes.filter((c) => c.before.outcome === 'eligible')) console.log(c.change, c.message);
