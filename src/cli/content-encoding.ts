import { constants, brotliCompressSync, gzipSync } from 'node:zlib';

/** The compressed copies `npm run build:web` writes beside a file, best first. */
export const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/** A content coding the page's files are stored in (see {@link PRECOMPRESSED}). */
export type ContentCoding = (typeof PRECOMPRESSED)[number]['encoding'];

/**
 * Content compressed in a coding: with `smallest`, as the copies `npm run build:web` writes once
 * (Brotli at quality 9, within a tenth of the smallest and a tenth of its time; gzip at level 9);
 * with `quick`, as a page drawn for each request is sent (Brotli at quality 5, gzip's default).
 *
 * @param content - what to compress
 * @param coding - the coding
 * @param effort - `smallest` or `quick`
 * @returns the compressed bytes
 * @example
 * ```ts
 * gunzipSync(compress(Buffer.from('page'), 'gzip', 'quick')).toString(); // 'page'
 * ```
 */
export function compress(content: Buffer, coding: ContentCoding, effort: 'smallest' | 'quick'): Buffer {
  if (coding === 'gzip') return gzipSync(content, { level: effort === 'smallest' ? 9 : 6 });
  return brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: effort === 'smallest' ? 9 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
}

/**
 * The weight (`q`, 0 to 1) a browser's `Accept-Encoding` header gives each coding it names, `*`
 * included; a coding it refuses has weight 0.
 */
function weights(header: string): Map<string, number> {
  const named = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token = '', ...parameters] = part.split(';').map((s) => s.trim().toLowerCase());
    if (token === '') continue;
    const q = parameters.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    named.set(token, Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 0);
  }
  return named;
}

/**
 * The coding to send a file in: the first of `available` (best first) that the browser's
 * `Accept-Encoding` header accepts with the highest weight, or `null` for the file as it is (no
 * header, or none of them accepted).
 *
 * @param acceptEncoding - the request's `Accept-Encoding` header
 * @param available - the codings a compressed copy exists in, best first
 * @returns the coding, or `null`
 * @example
 * ```ts
 * chooseContentCoding('gzip, deflate, br', ['br', 'gzip']); // 'br'
 * chooseContentCoding('br;q=0, gzip', ['br', 'gzip']); // 'gzip'
 * chooseContentCoding(undefined, ['br', 'gzip']); // null
 * ```
 */
export function chooseContentCoding(acceptEncoding: string | undefined, available: readonly ContentCoding[]): ContentCoding | null {
  if (acceptEncoding === undefined || acceptEncoding.trim() === '') return null;
  const named = weights(acceptEncoding);
  const other = named.get('*') ?? 0;
  let best: ContentCoding | null = null;
  let bestWeight = 0;
  for (const coding of available) {
    const weight = named.get(coding) ?? other;
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * Whether a request's `If-None-Match` header names the entity tag of what would be sent (so the
 * browser's copy is current and a 304 answers). Weak tags (`W/"…"`) match their strong form.
 *
 * @param ifNoneMatch - the request's `If-None-Match` header
 * @param etag - the tag of the representation that would be sent, quoted
 * @returns true when it matches
 * @example
 * ```ts
 * entityTagMatches('W/"1a-2b", "3c"', '"1a-2b"'); // true
 * entityTagMatches('"3c"', '"1a-2b"'); // false
 * ```
 */
export function entityTagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
