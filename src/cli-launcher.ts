#!/usr/bin/env node
/**
 * The installed `care-leaver-entitlements` executable (`dist/cli.cjs`): it runs the command line's
 * one-file CommonJS bundle (`dist/cli-main.cjs`, built from `src/cli.ts`) with V8's code cache
 * (`dist/cli-main.cjs.cache`, written at build time by `scripts/build-cli-code-cache.ts`), so a
 * start deserialises compiled code instead of parsing and compiling the bundle again. Node 20 has
 * no code cache for ES modules, hence the CommonJS bundle run through `vm.Script`.
 *
 * The cache is used only when it was made for this very bundle: its first bytes are the build id
 * that the cache's build appended to the bundle's last line. A missing, stale or rejected cache
 * (another Node version) changes nothing but the speed. With CARE_LEAVER_ENTITLEMENTS_WRITE_CODE_CACHE=1
 * the run writes the cache when it exits (the build does this once with a representative command);
 * with CARE_LEAVER_ENTITLEMENTS_CODE_CACHE_REPORT=1 it says on standard error whether the cache was
 * used, rejected by V8 or missing.
 *
 * It imports nothing of the library, so that nothing is loaded before the bundle.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { join } from 'node:path';
import { cachedCodeFor, codeCacheFile, codeCacheWithId } from './cli-code-cache.js';

// Built as CommonJS only (see tsup.config.ts): __dirname is dist/, whatever characters its path holds.
const bundle = join(__dirname, 'cli-main.cjs');
let source: string;
try {
  source = readFileSync(bundle, 'utf8');
} catch (error) {
  // A half-built or damaged install: one line that says what is wrong and what to do, no stack trace.
  const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
  process.stderr.write(
    `Error: the command line's program file ${bundle} cannot be read (${code}); reinstall care-leaver-entitlements, or in a clone run "npm run build" (and wait for it to finish)\n`,
  );
  process.exit(1);
}
let cache: Buffer | undefined;
try {
  cache = readFileSync(codeCacheFile(bundle));
} catch {
  cache = undefined;
}
const cachedData = cachedCodeFor(source, cache);
// The CommonJS wrapper, as Node writes it, around the bundle without its `#!` line.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source.startsWith('#!') ? source.slice(source.indexOf('\n')) : source}\n})`, {
  filename: bundle,
  ...(cachedData === undefined ? {} : { cachedData }),
});
if (process.env['CARE_LEAVER_ENTITLEMENTS_CODE_CACHE_REPORT'] === '1') {
  process.stderr.write(`code cache: ${cachedData === undefined ? 'none' : script.cachedDataRejected === true ? 'rejected' : 'used'}\n`);
}
const module = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, __dirname);
if (process.env['CARE_LEAVER_ENTITLEMENTS_WRITE_CODE_CACHE'] === '1') {
  process.on('exit', () => writeFileSync(codeCacheFile(bundle), codeCacheWithId(source, script.createCachedData())));
}
