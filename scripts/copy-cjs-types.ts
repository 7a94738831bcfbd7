/**
 * The CommonJS build's types (dist/index.d.cts) are the ES module's (dist/index.d.ts), which tsup
 * writes from the ES module's build: copied, rather than built a second time (about 5 s of a build).
 * Run after tsup by `npm run build`, and by the tests' global setup when it builds.
 */
import { copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Copies the ES module's types to the CommonJS build's.
 *
 * @param dist - the build's folder
 */
export function copyCjsTypes(dist: string): void {
  copyFileSync(join(dist, 'index.d.ts'), join(dist, 'index.d.cts'));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  copyCjsTypes(join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist'));
}
