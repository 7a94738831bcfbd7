import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCliCodeCache } from '../../scripts/build-cli-code-cache.js';
import { copyCjsTypes } from '../../scripts/copy-cjs-types.js';

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * Builds the package before the command-line tests, so they run the real executable
 * (`dist/cli.cjs`, with its code cache, as `npm run build` makes it) and `npm test` works on a
 * fresh clone after `npm ci`. The build is skipped when `dist/cli.cjs` is newer than every source
 * file and the code cache exists, so repeated runs stay fast.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const cli = join(root, 'dist', 'cli.cjs');
  const sources = ['src', 'package.json', 'tsup.config.ts'].map((p) => join(root, p)).filter(existsSync);
  const cache = join(root, 'dist', 'cli-main.cjs.cache');
  if (existsSync(cli) && existsSync(cache) && statSync(cli).mtimeMs > Math.max(...sources.map(newestChange))) return;
  const tsup = createRequire(import.meta.url).resolve('tsup/dist/cli-default.js');
  execFileSync(process.execPath, [tsup, '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  copyCjsTypes(join(root, 'dist'));
  buildCliCodeCache(join(root, 'dist'));
}
