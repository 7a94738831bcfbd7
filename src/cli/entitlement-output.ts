import { ELSEWHERE_REASON_CODES, type Reason } from '../schema/reason.js';
import type { Entitlement, Outcome } from '../engine/entitlement.js';
import { weakestSupport } from '../engine/compare-move.js';
import type { Confidence } from '../schema/offer.js';
import { KIND_INFO, type Kind } from '../schema/kind.js';
import type { Source } from '../schema/offer.js';
import { optionForFact } from './option-table.js';
import { unencodedGroups } from '../explain/answer-sources.js';
import { changeDetail } from '../explain/value-detail.js';
import type { EntitlementValue } from '../schema/value.js';

export { citedSources, isUnencoded } from '../explain/answer-sources.js';
import type { Style } from './style.js';

/** An entitlement as the `--json` output writes it. */
export interface EntitlementJson {
  readonly kind: Kind;
  readonly outcome: Outcome;
  readonly value: Entitlement['value'];
  readonly provider: { readonly code: string; readonly name: string } | null;
  readonly endsOn: string | null;
  /** The offer that decided the answer (null when none did: unknown, or no offer applies). */
  readonly decidingOfferId: string | null;
  /** The weakest confidence of the offers the answer rests on (the text's "probably" when not confirmed). */
  readonly confidence: Confidence;
  /** True when the answer rests only on confirmed sources; a known answer that is not firm is "probably" so. */
  readonly firm: boolean;
  readonly reasons: readonly { readonly code: string; readonly message: string }[];
  readonly sources: readonly {
    readonly title: string;
    readonly url: string | null;
    readonly file?: string;
    readonly publisher: string;
    readonly date?: string;
    readonly locator?: string;
  }[];
  /** Every offer assessed for the kind, so the JSON explains the decision by itself. */
  readonly offers: readonly {
    readonly id: string;
    readonly title: string;
    readonly provider: { readonly code: string; readonly name: string };
    readonly state: string;
    readonly status: string | null;
    readonly confidence: string;
    readonly assumptions: readonly string[];
    readonly lastChecked: string;
  }[];
}

/**
 * Writes an entitlement in the shape the `--json` output promises.
 *
 * @param entitlement - from the engine
 * @returns the JSON shape: kind, outcome, value, provider, endsOn, the deciding offer, how sure
 *   the answer is (confidence, firm), reasons, sources (with file, publisher, date and locator
 *   when known) and the offers assessed
 * @example
 * ```ts
 * entitlementJson(result.entitlements[0]).outcome; // 'eligible'
 * ```
 */
export function entitlementJson(entitlement: Entitlement): EntitlementJson {
  const confidence = weakestSupport(entitlement, entitlement)?.confidence ?? 'confirmed';
  return {
    kind: entitlement.kind,
    outcome: entitlement.outcome,
    value: entitlement.value,
    provider: entitlement.provider === null ? null : { code: entitlement.provider.code, name: entitlement.provider.name },
    endsOn: entitlement.endsOn,
    decidingOfferId: entitlement.decidingOfferId,
    confidence,
    firm: confidence === 'confirmed',
    reasons: entitlement.reasons.map((r) => ({ code: r.code, message: r.message })),
    sources: entitlement.sources.map((s) => ({
      title: s.title,
      url: s.url ?? null,
      ...(s.file === undefined ? {} : { file: s.file }),
      publisher: s.publisher,
      ...(s.date === undefined ? {} : { date: s.date }),
      ...(s.locator === undefined ? {} : { locator: s.locator }),
    })),
    offers: entitlement.offers.map((o) => ({
      id: o.offerId,
      title: o.title,
      provider: { code: o.provider.code, name: o.provider.name },
      state: o.state,
      status: o.status,
      confidence: o.confidence,
      assumptions: o.assumptions,
      lastChecked: o.lastChecked,
    })),
  };
}

/**
 * A kind's label for a table ("Council tax exemption").
 *
 * @param kind - the kind
 * @returns its label
 * @example
 * ```ts
 * kindLabel('free-travel'); // 'Free or discounted travel'
 * ```
 */
export function kindLabel(kind: Kind): string {
  return KIND_INFO[kind].label;
}

/**
 * Colours an outcome or a change: green for good news, red for bad, yellow for unknown.
 *
 * @param word - an outcome (`eligible`) or a move change (`gained`)
 * @param style - the styles
 * @returns the word, coloured when colour is on
 * @example
 * ```ts
 * styleOutcome('eligible', createStyle(false)); // 'eligible'
 * ```
 */
export function styleOutcome(word: string, style: Style): string {
  if (word === 'eligible' || word === 'gained' || word === 'exceeds' || word === 'meets' || word === 'delivered') return style.green(word);
  if (word === 'not-eligible' || word === 'lost' || word === 'falls-short') return style.red(word);
  if (word === 'unknown' || word === 'changed') return style.yellow(word);
  if (word.startsWith('probably ')) return style.yellow(word);
  return word;
}

/**
 * The "why" of a row, kept short: the reasons' sentences, leaving out the one that only repeats
 * the provider and value, and the reasons of offers that are for other places or other councils'
 * care leavers (they explain nothing about this person). At most `limit` sentences are shown;
 * `--json` gives every reason.
 *
 * @param reasons - the reasons
 * @param limit - how many sentences to show (3 by default)
 * @returns the sentences joined with "; "
 * @example
 * ```ts
 * whyText([{ code: 'age-limit-passed', message: 'ended on the 21st birthday' }]); // 'ended on the 21st birthday'
 * ```
 */
export function whyText(reasons: readonly Reason[], limit = 3): string {
  const elsewhere = new Set(reasons.filter((r) => ELSEWHERE_REASON_CODES.has(r.code) && r.offerId !== undefined).map((r) => r.offerId));
  const relevant = reasons.filter((r) => !ELSEWHERE_REASON_CODES.has(r.code) && (r.offerId === undefined || !elsewhere.has(r.offerId)));
  const informative = relevant.filter((r) => r.code !== 'offer-applies');
  const chosen = informative.length > 0 ? informative : relevant.length > 0 ? relevant : reasons;
  const messages = [...new Set(chosen.map((r) => r.message))];
  const more = messages.length - limit;
  return messages.slice(0, limit).join('; ') + (more > 0 ? ` (and ${more} more; --json lists them all)` : '');
}

/** Numbers sources as they are first cited, for a list at the foot of the output. */
export interface SourceList {
  /** Cites sources and returns their reference ("[1, 2]", or "" when there are none). */
  cite(sources: readonly Source[]): string;
  /** The list of every source cited, numbered, or "" when none was. */
  render(style: Style): string;
}

/**
 * Starts a numbered list of sources.
 *
 * @returns an empty list
 * @example
 * ```ts
 * const sources = createSourceList();
 * sources.cite([{ title: 'GMCA news', url: 'https://example.org', publisher: 'GMCA' }]); // '[1]'
 * ```
 */
export function createSourceList(): SourceList {
  const numbers = new Map<string, number>();
  const list: Source[] = [];
  return {
    cite(sources) {
      const refs = sources.map((source) => {
        const key = `${source.title}|${source.url ?? source.file ?? ''}`;
        let n = numbers.get(key);
        if (n === undefined) {
          list.push(source);
          n = list.length;
          numbers.set(key, n);
        }
        return n;
      });
      const unique = [...new Set(refs)];
      return unique.length === 0 ? '' : `[${unique.join(', ')}]`;
    },
    render(style) {
      if (list.length === 0) return '';
      const lines = list.map((s, i) => {
        // A seed document has no address: say it is a publication to look up by its title, never a bare file name.
        const where = s.url ?? (s.file === undefined ? '' : 'a printed or PDF publication, not linked: look it up by its title and publisher');
        const extra = [s.publisher, s.date, s.locator].filter((x) => x !== undefined && x !== '').join(', ');
        return `  [${i + 1}] ${s.title}${extra === '' ? '' : ` (${extra})`}${where === '' ? '' : `\n      ${style.dim(where)}`}`;
      });
      return `\n${style.bold('Sources')}\n${lines.join('\n')}\n`;
    },
  };
}



/**
 * The lines that sum up the kinds left unknown only because nothing is encoded for councils
 * concerned: one line for each set of councils the kinds' `no-offer-encoded` reasons name, so
 * that a council is named only for the kinds it has nothing of (see {@link unencodedGroups}, which
 * the adviser page shares).
 *
 * @param kinds - each kind summed up, with the reasons of its answers (both sides of a move)
 * @returns the lines, each ending in a newline, or '' when there are none
 * @example
 * ```ts
 * const reason = { code: 'no-offer-encoded', message: '…', areas: ['E08000001', 'E08000035'] } as const;
 * unencodedLines([{ kind: 'rent-guarantor', reasons: [reason] }]);
 * // 'Unknown, as nothing is encoded for Bolton or Leeds: Rent guarantor.\n'
 * ```
 */
export function unencodedLines(kinds: readonly { readonly kind: Kind; readonly reasons: readonly Reason[] }[]): string {
  return unencodedGroups(kinds)
    .map((g) => `Unknown, as nothing is encoded for ${g.where}: ${g.kinds.map(kindLabel).join(', ')}.\n`)
    .join('');
}

/**
 * A line telling the user which options would settle the unknown answers that a missing person
 * fact causes ("Give --gp-area AREA, --higher-education or --not-higher-education to settle …").
 *
 * @param entitlements - the entitlements shown
 * @returns the line, or "" when no fact is missing
 * @example
 * ```ts
 * missingFactHint([bursaryNeedingHigherEducation]);
 * // 'To settle unknown answers, give: --higher-education or --not-higher-education.\n'
 * ```
 */
export function missingFactHint(entitlements: readonly Entitlement[]): string {
  const facts = new Set(
    entitlements.filter((e) => e.outcome === 'unknown').flatMap((e) => e.reasons.filter((r) => r.code === 'fact-missing' && r.fact !== undefined).map((r) => r.fact!)),
  );
  const options = [...facts].map((fact) => optionForFact(fact, { suggest: true }) ?? fact);
  return options.length === 0 ? '' : `To settle unknown answers, give: ${options.join('; ')}.\n`;
}

/**
 * The opening of a why column: what a value covers in its source's words, followed by "; " (the
 * value column says only "provided"); '' when it has none. A move or a change passes the value
 * after it, then the one before and what to call the time before ("before the move"): the earlier
 * value's words, shown where the later value has none and differs, are marked as of that time.
 *
 * @param after - the value (after the change, for a move or a change)
 * @param before - the value before the change, when there is one
 * @param beforeLabel - what to call the time before, such as "until then"
 * @returns the detail and "; ", or ''
 * @example
 * ```ts
 * detailOpening({ type: 'service', detail: 'for a Milton Keynes City Council job' }); // 'for a Milton Keynes City Council job; '
 * detailOpening(null, { type: 'service', detail: 'a mentor' }, 'before the move'); // 'before the move: a mentor; '
 * detailOpening(null, { type: 'percentage', percent: 100 }, 'until then'); // ''
 * ```
 */
export function detailOpening(after: EntitlementValue | null, before: EntitlementValue | null = null, beforeLabel = 'before'): string {
  const { detail, ofBefore } = changeDetail(after, before);
  if (detail === '') return '';
  return ofBefore ? `${beforeLabel}: ${detail}; ` : `${detail}; `;
}

/**
 * The line under a table that counts the kinds by their answer ("In all, of 40 kinds: …"): each
 * answer in the order given, those resting on a reported or uncertain offer counted apart as
 * "probably" (never for unknown), answers no kind has left out.
 *
 * @param answers - each kind's answer and whether it is only probable
 * @param order - the answers in the order to name them
 * @returns the line, ending in a new line
 * @example
 * ```ts
 * inAllLine([{ answer: 'eligible', probable: false }, { answer: 'eligible', probable: true }, { answer: 'unknown', probable: false }], ['eligible', 'not-eligible', 'unknown']);
 * // 'In all, of 3 kinds: 1 eligible (and 1 probably eligible), 1 unknown.\n'
 * ```
 */
export function inAllLine<A extends string>(answers: readonly { readonly answer: A; readonly probable: boolean }[], order: readonly A[]): string {
  const counts = order.flatMap((answer) => {
    const all = answers.filter((a) => a.answer === answer);
    const probable = answer === 'unknown' ? 0 : all.filter((a) => a.probable).length;
    if (all.length === 0) return [];
    if (probable === 0) return [`${all.length} ${answer}`];
    if (probable === all.length) return [`${all.length} probably ${answer}`];
    return [`${all.length - probable} ${answer} (and ${probable} probably ${answer})`];
  });
  return `In all, of ${answers.length} ${answers.length === 1 ? 'kind' : 'kinds'}: ${counts.join(', ')}.\n`;
}
