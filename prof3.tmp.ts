import { evaluate } from './dist/index.js';
import { generatePeerCohort, peerDataset, PEER_ON, PEER_KINDS } from './bench/peers/peer-rules.js';
const people = generatePeerCohort(100000, 20261123);
const rules = peerDataset();
const opts = { kinds: PEER_KINDS } as any;
for (let r = 0; r < 4; r++) { const ps = people.map((p) => Object.assign({}, p)); for (const p of ps) evaluate(p, PEER_ON, rules, opts); }
