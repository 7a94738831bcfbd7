import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseContentCoding, compress, entityTagMatches } from '../../src/cli/content-encoding.js';

describe('chooseContentCoding', () => {
  const both = ['br', 'gzip'] as const;

  it('prefers Brotli, then gzip, among the codings the browser accepts', () => {
    expect(chooseContentCoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(chooseContentCoding('gzip, deflate', both)).toBe('gzip');
    expect(chooseContentCoding('GZIP', both)).toBe('gzip');
    expect(chooseContentCoding('br', ['gzip'])).toBeNull();
  });

  it('follows the weights: a higher q wins, q=0 refuses, * stands for the codings not named', () => {
    expect(chooseContentCoding('br;q=0.5, gzip;q=0.8', both)).toBe('gzip');
    expect(chooseContentCoding('br; q=0, gzip', both)).toBe('gzip');
    expect(chooseContentCoding('br;q=0, gzip;q=0', both)).toBeNull();
    expect(chooseContentCoding('*', both)).toBe('br');
    expect(chooseContentCoding('*;q=0.1, gzip', both)).toBe('gzip');
    expect(chooseContentCoding('*;q=0', both)).toBeNull();
    expect(chooseContentCoding('gzip;q=nonsense', both)).toBeNull();
  });

  it('sends the file as it is with no header, an empty one, or only identity', () => {
    expect(chooseContentCoding(undefined, both)).toBeNull();
    expect(chooseContentCoding('', both)).toBeNull();
    expect(chooseContentCoding('identity', both)).toBeNull();
  });
});

describe('entityTagMatches', () => {
  it('matches a listed tag, a weak form of it, or *; nothing else', () => {
    expect(entityTagMatches('"a-1"', '"a-1"')).toBe(true);
    expect(entityTagMatches('"b-2", W/"a-1"', '"a-1"')).toBe(true);
    expect(entityTagMatches(' * ', '"a-1"')).toBe(true);
    expect(entityTagMatches('"a-2"', '"a-1"')).toBe(false);
    expect(entityTagMatches('a-1', '"a-1"')).toBe(false);
    expect(entityTagMatches(undefined, '"a-1"')).toBe(false);
  });
});

describe('compress', () => {
  it('gives bytes that decompress to the content, smaller with more effort on a large page', () => {
    const page = Buffer.from('<tr><td>Council tax exemption</td><td>eligible</td></tr>\n'.repeat(2000) + 'end');
    for (const effort of ['quick', 'smallest'] as const) {
      expect(gunzipSync(compress(page, 'gzip', effort)).equals(page)).toBe(true);
      expect(brotliDecompressSync(compress(page, 'br', effort)).equals(page)).toBe(true);
    }
    expect(compress(page, 'br', 'smallest').length).toBeLessThan(page.length / 20);
  });
});
