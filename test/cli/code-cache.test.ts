import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCodeFor, codeCacheFile, codeCacheWithId, withCodeCacheId } from '../../src/cli-code-cache.js';
import { PERSON } from './run-cli.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const MOVE = ['move', ...PERSON, '--to', 'Leeds'];

/** Runs the executable in a directory, saying whether it used its code cache. */
function run(dir: string, args: readonly string[], env: Record<string, string> = {}): { status: number | null; stdout: string; cache: string } {
  const result = spawnSync(process.execPath, [join(dir, 'cli.cjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CARE_LEAVER_ENTITLEMENTS_CODE_CACHE_REPORT: '1', ...env },
  });
  return { status: result.status, stdout: result.stdout, cache: /code cache: (\w+)/.exec(result.stderr)?.[1] ?? '' };
}

describe('the code cache’s id', () => {
  it('is appended to the bundle as its last line, replacing an earlier one', () => {
    expect(withCodeCacheId('run();\n', 'a1b2')).toBe('run();\n//# codeCacheId=a1b2\n');
    expect(withCodeCacheId('run();', 'a1b2')).toBe('run();\n//# codeCacheId=a1b2\n');
    expect(withCodeCacheId('run();\n//# codeCacheId=a1b2\n', 'c3d4')).toBe('run();\n//# codeCacheId=c3d4\n');
    expect(() => withCodeCacheId('run();\n', 'a b')).toThrow(/letters and digits/);
  });

  it('starts the cache file, and only a cache with the bundle’s id is used', () => {
    const bundle = withCodeCacheId('run();\n', 'a1b2');
    const file = codeCacheWithId(bundle, Uint8Array.of(1, 2, 3));
    expect(file.toString('latin1')).toBe('a1b2\n\u0001\u0002\u0003');
    expect(cachedCodeFor(bundle, file)).toEqual(Buffer.from([1, 2, 3]));
    expect(cachedCodeFor(withCodeCacheId('run();\n', 'c3d4'), file)).toBeUndefined();
    expect(cachedCodeFor('run();\n', file)).toBeUndefined();
    expect(cachedCodeFor(bundle, undefined)).toBeUndefined();
    expect(cachedCodeFor(bundle, Buffer.from('a1b2\n'))).toBeUndefined();
    expect(() => codeCacheWithId('run();\n', Uint8Array.of(1))).toThrow(/no code cache id/);
    expect(codeCacheFile('/app/dist/cli-main.cjs')).toBe('/app/dist/cli-main.cjs.cache');
  });
});

describe('the built executable and its code cache', () => {
  // A copy of the executable and its bundle, to break the cache without touching dist/; in a
  // directory whose name a file URL would misread (a space and a #), as an install path may be.
  const copy = mkdtempSync(join(tmpdir(), 'cle code#cache-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('says in one line, with no stack trace, that its program file is missing (a half-built dist/)', () => {
    const half = mkdtempSync(join(tmpdir(), 'cle-half-'));
    try {
      copyFileSync(join(dist, 'cli.cjs'), join(half, 'cli.cjs'));
      const result = spawnSync(process.execPath, [join(half, 'cli.cjs'), ...MOVE], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `Error: the command line's program file ${join(half, 'cli-main.cjs')} cannot be read (ENOENT); reinstall care-leaver-entitlements, or in a clone run "npm run build" (and wait for it to finish)\n`,
      );
    } finally {
      rmSync(half, { recursive: true, force: true });
    }
  });

  it('uses the cache the build wrote', () => {
    expect(existsSync(join(dist, 'cli-main.cjs.cache'))).toBe(true);
    const built = run(dist, MOVE);
    expect(built.status).toBe(0);
    expect(built.cache).toBe('used');
  });

  it('answers the same with no cache, another build’s cache, a cache V8 rejects and a new one, using only the new one', () => {
    const expected = run(dist, MOVE).stdout;
    copyFileSync(join(dist, 'cli.cjs'), join(copy, 'cli.cjs'));
    copyFileSync(join(dist, 'cli-main.cjs'), join(copy, 'cli-main.cjs'));
    cpSync(join(dist, 'cli-data'), join(copy, 'cli-data'), { recursive: true });
    const bundle = join(copy, 'cli-main.cjs');
    const cache = codeCacheFile(bundle);

    const none = run(copy, MOVE);
    expect(none).toEqual({ status: 0, stdout: expected, cache: 'none' });

    // Another build of the bundle (another id) with this build's cache: the cache is not used.
    copyFileSync(join(dist, 'cli-main.cjs.cache'), cache);
    writeFileSync(bundle, withCodeCacheId(readFileSync(bundle, 'utf8'), 'another0build'));
    expect(run(copy, MOVE)).toEqual({ status: 0, stdout: expected, cache: 'none' });

    // The right id over data V8 cannot use: rejected, and the answer is the same.
    writeFileSync(cache, codeCacheWithId(readFileSync(bundle, 'utf8'), Buffer.alloc(64, 7)));
    expect(run(copy, MOVE)).toEqual({ status: 0, stdout: expected, cache: 'rejected' });

    // A cache written for this copy is used.
    rmSync(cache);
    expect(run(copy, MOVE, { CARE_LEAVER_ENTITLEMENTS_WRITE_CODE_CACHE: '1' }).cache).toBe('none');
    expect(run(copy, MOVE)).toEqual({ status: 0, stdout: expected, cache: 'used' });
    expect(run(copy, ['entitlements', ...PERSON]).stdout).toBe(run(dist, ['entitlements', ...PERSON]).stdout);
  });
});
