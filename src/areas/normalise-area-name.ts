/** Options for {@link normaliseAreaName}. */
export interface NormaliseAreaNameOptions {
  /**
   * Also drop words that rarely tell two areas apart ("council", "borough", "city", "of",
   * "metropolitan", "district", "county", "the", "royal", "corporation", "combined",
   * "authority", "ca", "mayoral", "ua" and a leading "london borough of"). Default false.
   */
  readonly dropNoiseWords?: boolean;
}

const NOISE_WORDS = new Set([
  'council',
  'borough',
  'city',
  'of',
  'metropolitan',
  'district',
  'county',
  'the',
  'royal',
  'corporation',
  'combined',
  'authority',
  'ca',
  'mayoral',
  'ua',
]);

/**
 * Writes an area name the way the registry compares names: lower case, accents removed,
 * apostrophes dropped, `&` and "and" ignored, "saint" written "st", and any other punctuation
 * read as a space.
 *
 * @param name - a name or spelling of an area
 * @param options - whether to drop noise words as well
 * @returns the name's comparison key (empty for a name with no letters or digits)
 * @example
 * ```ts
 * normaliseAreaName('St. Helens'); // 'st helens'
 * normaliseAreaName('Brighton & Hove City Council'); // 'brighton hove city council'
 * normaliseAreaName('Brighton & Hove City Council', { dropNoiseWords: true }); // 'brighton hove'
 * normaliseAreaName('Ynys Môn'); // 'ynys mon'
 * ```
 */
export function normaliseAreaName(name: string, options: NormaliseAreaNameOptions = {}): string {
  let text = name.toLowerCase();
  // Accented letters only occur in a few Welsh names: decompose them only when needed.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(text)) text = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = text
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && word !== 'and')
    .map((word) => (word === 'saint' ? 'st' : word));
  if (options.dropNoiseWords !== true) return words.join(' ');
  const start = words[0] === 'london' && words[1] === 'borough' && words[2] === 'of' && words.length > 3 ? 3 : 0;
  const kept = words.slice(start).filter((word) => !NOISE_WORDS.has(word));
  return (kept.length > 0 ? kept : words).join(' ');
}
