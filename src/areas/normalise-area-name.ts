/** Options for {@link normaliseAreaName}. */
export interface NormaliseAreaNameOptions {
  /**
   * Also drop words that rarely tell two areas apart ("council", "borough", "city", "of",
   * "metropolitan", "district", "county", "the", "royal", "corporation", "combined",
   * "authority", "ca", "mayoral", "ua" and a leading "london borough of"). Default false.
   */
  readonly dropNoiseWords?: boolean | undefined;
}

const NOISE_WORDS = /* @__PURE__ */ new Set([
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

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

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
  const key = normalisedKey(name);
  return options.dropNoiseWords === true ? withoutNoiseWords(key) : key;
}

/** The comparison key of a name (see {@link normaliseAreaName}). */
export function normalisedKey(name: string): string {
  let text = name.toLowerCase();
  // Accented letters only occur in a few Welsh names: decompose them only when needed.
  if (NON_ASCII.test(text)) text = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (text.includes("'") || text.includes('\u2019')) text = text.replace(/['\u2019]/g, '');
  const words = text.split(/[^a-z0-9]+/);
  let key = '';
  for (const word of words) {
    if (word === '' || word === 'and') continue;
    key += (key === '' ? '' : ' ') + (word === 'saint' ? 'st' : word);
  }
  return key;
}

/** A comparison key without its noise words (the key itself when nothing else is left). */
export function withoutNoiseWords(key: string): string {
  const words = key.split(' ');
  const from = words.length > 3 && words[0] === 'london' && words[1] === 'borough' && words[2] === 'of' ? 3 : 0;
  let kept = '';
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    if (!NOISE_WORDS.has(word)) kept += kept === '' ? word : ` ${word}`;
  }
  return kept === '' ? key : kept;
}
