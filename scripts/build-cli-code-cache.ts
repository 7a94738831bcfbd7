/**
 * Builds the command line's code cache (see src/cli-launcher.ts): gives the bundle
 * (`dist/cli-main.cjs`) a new id, runs one representative command through `dist/cli.cjs` with the
 * cache writing on, and checks that the cache was written. Run by `npm run build` after tsup, and
 * by the command-line tests' set-up after theirs.
 *
 *   tsx scripts/build-cli-code-cache.ts
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCacheFile, withCodeCacheId } from '../src/cli-code-cache.js';

/** The main job (a move: two evaluations, their comparison, the table) compiles most of what any command runs. */
const REPRESENTATIVE = ['move', '--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--to', 'Leeds', '--on', '2026-11-23'];

/**
 * Writes the code cache for the command line built in a directory.
 *
 * @param dist - the directory holding cli.cjs and cli-main.cjs
 * @throws when the command fails or writes no cache
 */
export function buildCliCodeCache(dist: string): void {
  const bundle = join(dist, 'cli-main.cjs');
  const cache = codeCacheFile(bundle);
  rmSync(cache, { force: true });
  writeFileSync(bundle, withCodeCacheId(readFileSync(bundle, 'utf8'), randomBytes(8).toString('hex')));
  const run = spawnSync(process.execPath, [join(dist, 'cli.cjs'), ...REPRESENTATIVE], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CARE_LEAVER_ENTITLEMENTS_WRITE_CODE_CACHE: '1' },
  });
  if (run.status !== 0 || !existsSync(cache)) throw new Error(`building the code cache failed (exit ${run.status}): ${run.stderr}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCliCodeCache(join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist'));
}
