/**
 * The notices of the third-party packages whose code or stylesheets the builds bundle (zod in the
 * command line; zod, accessible-autocomplete and GOV.UK Frontend's stylesheet in the adviser
 * page): their licences (MIT) ask that the copyright and permission notice go with every copy.
 * Each package's own licence file is copied as it is; a package that ships none is named with
 * the licence its package.json gives and where its licence is published.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The packages the command line's bundle holds (tsup's `noExternal`; its other dependencies are installed beside it). */
export const CLI_BUNDLED: string[] = ['zod'];

/** The notices file's name, beside what it goes with. */
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

/** The file names a package's licence may have, in the order they are looked for. */
const LICENCE_FILES = ['LICENSE', 'LICENSE.txt', 'LICENSE.md', 'LICENCE', 'LICENCE.txt', 'LICENCE.md'];

/** A package's folder: the one holding its package.json. */
function packageFolder(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/**
 * The text of a notices file for the packages named (in name order, each once).
 *
 * @param packages - the npm packages bundled
 * @param what - what the notices go with, for the heading (`the adviser page (dist-web/)`)
 * @returns the file's text
 * @example
 * ```ts
 * thirdPartyNotices(['zod'], 'the command line').includes('Copyright (c)'); // true
 * ```
 */
export function thirdPartyNotices(packages: readonly string[], what: string): string {
  const sections = [...new Set(packages)].sort().map((name) => {
    const folder = packageFolder(name);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string; license?: string; repository?: string | { url: string } };
    const file = LICENCE_FILES.find((candidate) => existsSync(join(folder, candidate)));
    const repository = typeof manifest.repository === 'string' ? manifest.repository : (manifest.repository?.url ?? '');
    const licence =
      file === undefined
        ? `Licence: ${manifest.license ?? 'not given'} (the package ships no licence file; its licence is published with its source${repository === '' ? '' : `, ${repository.replace(/^git\+/, '')}`})`
        : readFileSync(join(folder, file), 'utf8').trim();
    return `${name} ${manifest.version}\n${'-'.repeat(`${name} ${manifest.version}`.length)}\n\n${licence}\n`;
  });
  return `Third-party software in ${what}\n\nThese packages' code or stylesheets are bundled into ${what}, under their own licences:\n\n${sections.join('\n')}`;
}

/**
 * The npm packages whose files an esbuild metafile's outputs hold (with bytes in the output).
 *
 * @param outputs - the metafile's outputs
 * @returns the packages' names (`zod`, `@scope/name`), each once
 * @example
 * ```ts
 * bundledPackages({ 'app.js': { inputs: { 'node_modules/zod/v4/core/core.js': { bytesInOutput: 10 } } } }); // ['zod']
 * ```
 */
export function bundledPackages(outputs: Record<string, { readonly inputs: Record<string, { readonly bytesInOutput: number }> }>): string[] {
  const names = new Set<string>();
  for (const output of Object.values(outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path.replaceAll('\\', '/'));
      if (match !== null && input.bytesInOutput > 0) names.add(match[1]!);
    }
  }
  return [...names].sort();
}
