import { describe, it } from 'vitest';
import { SIZE, checkPeers } from './check-peers.js';

describe('the peers of the benchmark', () => {
  // The second half of peers.test.ts's check, in its own file so that vitest runs the halves in parallel.
  it('give the engine’s answer for each of the last 50,000 of 100,000 people', { timeout: 120_000 }, async () => {
    await checkPeers(SIZE / 2, SIZE);
  });
});
