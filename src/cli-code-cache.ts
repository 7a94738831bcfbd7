/**
 * How the command line's code cache is tied to the bundle it was made for. V8 checks a cache only
 * against the length of the source, so a cache left over from another build of the same length
 * would run the wrong code: the build appends a random id to the bundle's last line
 * (`//# codeCacheId=…`), the cache starts with the same id, and a cache whose id differs is not used.
 */

/** The last line of a bundle built with a code cache: its id. */
const ID_LINE = /\/\/# codeCacheId=(\w+)\s*$/;

/** The id in a bundle's last line (only its end is searched: a bundle is megabytes long). */
function idOf(source: string): string | undefined {
  return ID_LINE.exec(source.slice(-200))?.[1];
}

/**
 * Where a bundle's code cache is kept: beside it.
 *
 * @param bundle - the bundle's path
 * @returns the cache's path
 * @example
 * ```ts
 * codeCacheFile('/app/dist/cli-main.cjs'); // '/app/dist/cli-main.cjs.cache'
 * ```
 */
export function codeCacheFile(bundle: string): string {
  return `${bundle}.cache`;
}

/**
 * A bundle's source with a code cache id as its last line.
 *
 * @param source - the bundle as built
 * @param id - letters and digits (a random one per build)
 * @returns the source to write back
 * @example
 * ```ts
 * withCodeCacheId('run();\n', 'a1b2'); // 'run();\n//# codeCacheId=a1b2\n'
 * ```
 */
export function withCodeCacheId(source: string, id: string): string {
  if (!/^\w+$/.test(id)) throw new Error(`a code cache id is letters and digits, not "${id}"`);
  const bare = idOf(source) === undefined ? source : source.slice(0, source.lastIndexOf('//# codeCacheId='));
  return `${bare}${bare.endsWith('\n') ? '' : '\n'}//# codeCacheId=${id}\n`;
}

/**
 * The cache file's bytes for a bundle: its id, a newline, then V8's data.
 *
 * @param source - the bundle's source (with its id line)
 * @param data - `script.createCachedData()`
 * @returns the bytes to write
 * @throws when the bundle has no id line (it was not built by the code cache's build)
 * @example
 * ```ts
 * codeCacheWithId('run();\n//# codeCacheId=a1b2\n', Buffer.from([1, 2])); // <Buffer 61 31 62 32 0a 01 02>
 * ```
 */
export function codeCacheWithId(source: string, data: Uint8Array): Buffer {
  const id = idOf(source);
  if (id === undefined) throw new Error('the bundle has no code cache id: build it with "npm run build"');
  return Buffer.concat([Buffer.from(`${id}\n`, 'latin1'), data]);
}

/**
 * V8's data from a cache file, when the file was made for this bundle; otherwise undefined (no
 * file, no id in the bundle, or another build's id).
 *
 * @param source - the bundle's source
 * @param cache - the cache file's bytes, if there is one
 * @returns the data to hand to `new vm.Script(…, { cachedData })`
 * @example
 * ```ts
 * cachedCodeFor('run();\n//# codeCacheId=a1b2\n', Buffer.from('a1b2\n\u0001')); // <Buffer 01>
 * cachedCodeFor('run();\n//# codeCacheId=c3d4\n', Buffer.from('a1b2\n\u0001')); // undefined
 * ```
 */
export function cachedCodeFor(source: string, cache: Buffer | undefined): Buffer | undefined {
  if (cache === undefined) return undefined;
  const id = idOf(source);
  if (id === undefined) return undefined;
  const head = `${id}\n`;
  return cache.length > head.length && cache.toString('latin1', 0, head.length) === head ? cache.subarray(head.length) : undefined;
}
