import { councilsWithin } from '../areas/councils-within.js';
import { getArea } from '../areas/get-area.js';
import { type CalendarDate, formatLongDate } from '../dates/calendar-date.js';
import type { Entitlement } from '../engine/entitlement.js';
import type { KindChange, MoveMatrix } from '../explain/compare-move.js';
import { isProbable } from '../explain/answer-sources.js';
import { describeValue } from '../explain/describe-value.js';
import type { Kind } from '../schema/kind.js';
import { noteLines } from './area-notes.js';
import type { CliContext } from './cli-context.js';
import { entitlementJson, kindLabel, missingFactHint, styleOutcome } from './entitlement-output.js';
import { type PersonInput, describePerson } from './person-options.js';
import { renderTable } from './render-table.js';
import { type NamedArea, resolveAreaOption } from './resolve-area-option.js';
import { visibleWidth } from './style.js';
import { UsageError } from './usage-error.js';

/**
 * The most places `move --between` compares: Greater London's 32 boroughs and the City fit (1,056
 * moves between them); a nation's hundreds of councils do not (their grid would not be read).
 */
export const MAX_PLACES_BETWEEN = 40;

/** The places of `move --between`: each council given, and the councils of each region or county. */
export interface PlacesBetween {
  /** The areas as given, in order (a note is theirs). */
  readonly given: readonly NamedArea[];
  /** The councils to live in, in the order given (a region's sorted by name). */
  readonly places: readonly NamedArea[];
}

const SEVERAL = 'a county or a combined authority (its councils), or --between again for each council';

/**
 * Reads `--between`: a council someone can live in stands for itself; a county, a combined
 * authority or a nation for the councils within it that someone lives in (not a county). At least
 * two places, at most {@link MAX_PLACES_BETWEEN}, each once.
 *
 * @param given - the option's value (a string, or a list when given more than once)
 * @param on - the date (which councils lie within a region then)
 * @returns the areas given and the places they make
 * @throws {@link UsageError} naming `--between` and the fix
 * @example
 * ```ts
 * placesBetween('Greater Manchester', '2026-11-23').places.length; // 10
 * ```
 */
export function placesBetween(given: unknown, on: CalendarDate): PlacesBetween {
  const queries = typeof given === 'string' ? [given] : Array.isArray(given) ? (given as string[]) : [];
  const named = queries.map((query) => resolveAreaOption('--between', query, on));
  const places: NamedArea[] = [];
  for (const [i, area] of named.entries()) {
    const region = area.tier === 'combined' || area.tier === 'upper' || area.tier === 'nation';
    const within = region
      ? councilsWithin(area.code, on)
          .map((code) => getArea(code)!)
          // The councils one lives in (a county's districts, not the county), as checkPlaceToLive has them.
          .filter((council) => council.tier !== 'upper')
          .sort((a, b) => a.shortName.localeCompare(b.shortName))
          .map((council) => resolveAreaOption('--between', council.code, on))
      : [area];
    if (within.length === 0) throw new UsageError(`--between ${area.name} (${area.code}) has no council within it on ${on}; give ${SEVERAL}`);
    for (const place of within) {
      if (places.some((p) => p.code === place.code)) {
        const how = place === area ? '' : ` (within ${area.name})`;
        throw new UsageError(`--between ${JSON.stringify(queries[i])} gives ${place.name}${how}, among the places already; give each place once`);
      }
      places.push(place);
    }
  }
  if (places.length < 2) {
    throw new UsageError(`--between needs two places or more to move between${places.length === 1 ? ` (${places[0]!.name} alone was given)` : ''}; give ${SEVERAL}`);
  }
  if (places.length > MAX_PLACES_BETWEEN) {
    throw new UsageError(`--between gives ${places.length} places, and at most ${MAX_PLACES_BETWEEN} are compared at once; give ${SEVERAL}`);
  }
  return { given: named, places };
}

/** An answer's outcome as the command line says it: "probably" where it rests on a weaker source. */
function outcomeWords(e: Entitlement): string {
  return isProbable(e) ? `probably ${e.outcome}` : e.outcome;
}

/** A place's answer for one kind as its cell says it: the outcome and, when given, the value. */
function answerText(e: Entitlement): string {
  return e.outcome === 'eligible' && e.value !== null ? `${outcomeWords(e)}, ${describeValue(e.value)}` : outcomeWords(e);
}

/** A move's changes in a grid cell: how many kinds it loses, gains, changes, or knows on one side only; "·" for none. */
function moveCell(changes: readonly KindChange[]): string {
  const count = (test: (c: KindChange) => boolean) => changes.filter(test).length;
  const oneSideKnown = (c: KindChange) => c.change === 'unknown' && (c.before.outcome === 'unknown') !== (c.after.outcome === 'unknown');
  const parts = [
    ['-', count((c) => c.change === 'lost')],
    ['+', count((c) => c.change === 'gained')],
    ['~', count((c) => c.change === 'changed')],
    ['?', count(oneSideKnown)],
  ] as const;
  const said = parts.filter(([, n]) => n > 0).map(([sign, n]) => `${sign}${n}`);
  return said.length === 0 ? '·' : said.join(' ');
}

/** A place's number and name, the numbers aligned (" 1 Bolton" above "10 Wigan"). */
function numbered(count: number): (place: NamedArea, i: number) => string {
  return (place, i) => `${String(i + 1).padStart(String(count).length)} ${place.name}`;
}

/** The order the answers the same everywhere are named in. */
const SAME_ORDER = ['eligible', 'probably eligible', 'not-eligible', 'probably not-eligible'];

/**
 * The kinds whose answer is the same in every place, by answer: each named, with its value where
 * it has one to say, and the unknown ones counted; empty when there are none.
 */
function sameEverywhere(answers: readonly Entitlement[]): string {
  const groups = SAME_ORDER.flatMap((said) => {
    const named = answers
      .filter((e) => e.outcome !== 'unknown' && outcomeWords(e) === said)
      .map((e) => {
        const value = e.outcome === 'eligible' && e.value !== null ? describeValue(e.value) : 'provided';
        return value === 'provided' ? kindLabel(e.kind) : `${kindLabel(e.kind)} (${value})`;
      });
    return named.length === 0 ? [] : [`${said}: ${named.join(', ')}`];
  });
  const unknown = answers.filter((e) => e.outcome === 'unknown').length;
  if (unknown > 0) groups.push(`${unknown} ${unknown === 1 ? 'kind' : 'kinds'} unknown`);
  return groups.join('; ');
}

/** Each place's answers, in the order of the kinds (a move from it gives them as `before`). */
function answersByPlace(places: readonly NamedArea[], matrix: MoveMatrix): Entitlement[][] {
  return places.map((place, i) => matrix.compare(place.code, places[i === 0 ? 1 : 0]!.code).changes.map((c) => c.before));
}

/**
 * `move --between` with `--json`: each place with its answers (as "entitlements --json" gives
 * them), and every move between two of them with each kind's change (its before and after are the
 * two places' answers).
 *
 * @param input - the person
 * @param between - the places
 * @param matrix - the moves
 * @param notes - the "Note:" lines
 * @returns the JSON document
 * @example
 * ```ts
 * movesBetweenJson(input, between, matrix, []).moves.length; // 90 for Greater Manchester's ten councils
 * ```
 */
export function movesBetweenJson(input: PersonInput, between: PlacesBetween, matrix: MoveMatrix, notes: readonly string[]) {
  const { places } = between;
  const answers = answersByPlace(places, matrix);
  const named = (area: NamedArea) => ({ code: area.code, name: area.name });
  return {
    on: input.on,
    notes,
    between: between.given.map(named),
    places: places.map((place, i) => ({ ...named(place), entitlements: answers[i]!.map(entitlementJson) })),
    moves: places.flatMap((from) =>
      places
        .filter((to) => to !== from)
        .map((to) => ({
          from: named(from),
          to: named(to),
          changes: matrix.compare(from.code, to.code).changes.map((c) => ({ kind: c.kind, change: c.change, confidence: c.confidence, firm: c.firm, message: c.message })),
        })),
    ),
  };
}

/** The grid of moves, a row for each place moved from and a numbered column for each moved to; null when wider than `width`. */
function movesGrid(places: readonly NamedArea[], matrix: MoveMatrix, width: number | undefined): string | null {
  const labels = places.map(numbered(places.length));
  const cells = places.map((from) => places.map((to) => (to === from ? '' : moveCell(matrix.compare(from.code, to.code).changes))));
  const labelWidth = Math.max('from \\ to'.length, ...labels.map(visibleWidth));
  const columnWidth = Math.max(String(places.length).length, ...cells.flat().map(visibleWidth));
  const line = (label: string, row: readonly string[]) => `  ${label.padEnd(labelWidth)}  ${row.map((cell) => cell.padEnd(columnWidth)).join('  ')}`.trimEnd();
  const lines = [line('from \\ to', places.map((_, i) => String(i + 1))), ...labels.map((label, i) => line(label, cells[i]!))];
  if (width !== undefined && Math.max(...lines.map(visibleWidth)) > width) return null;
  return `${lines.join('\n')}\n`;
}

/**
 * `move --between` as text: what each place gives of the kinds whose answer is not the same in
 * every place (a row for each place), what is the same everywhere, and a grid of the moves
 * between every two places, each cell counting the kinds the move loses, gains, changes or
 * knows on one side only.
 *
 * @param input - the person
 * @param between - the places
 * @param matrix - the moves
 * @param notes - the "Note:" lines
 * @param kindsWithOffers - the kinds the data has any offer of
 * @param context - the style and width
 * @returns the text
 * @example
 * ```ts
 * movesBetweenText(input, between, matrix, [], kindsWithOffers, context).startsWith('Moving between 10 places'); // true
 * ```
 */
export function movesBetweenText(
  input: PersonInput,
  between: PlacesBetween,
  matrix: MoveMatrix,
  notes: readonly string[],
  kindsWithOffers: ReadonlySet<Kind>,
  context: CliContext,
): string {
  const { style } = context;
  const { places } = between;
  const answers = answersByPlace(places, matrix);
  const kinds = answers[0]!.map((e) => e.kind);
  const texts = answers.map((row) => row.map(answerText));
  const differing = kinds.flatMap((_, k) => (texts.some((row) => row[k] !== texts[0]![k]) ? [k] : []));
  const same = kinds.flatMap((kind, k) => (differing.includes(k) || !kindsWithOffers.has(kind) ? [] : [k]));
  const unencoded = kinds.filter((kind) => !kindsWithOffers.has(kind));
  const region = between.given.length === 1 ? ` (${between.given[0]!.name})` : '';
  const heading = `${style.bold(`Moving between ${places.length} places${region} on ${formatLongDate(input.on)}`)}\n${describePerson(input, { home: false })}\n`;
  const sameLine = sameEverywhere(same.map((k) => answers[0]![k]!));
  const encoded = unencoded.length > 0 ? `No offer of these kinds is encoded in the data, so the answer is unknown: ${unencoded.map(kindLabel).join(', ')}.\n` : '';
  let body: string;
  if (differing.length === 0) {
    body = `Every place gives the same answers, so no move between them changes anything the data knows of${sameLine === '' ? '' : `: ${sameLine}`}.\n${encoded}`;
  } else {
    const table = renderTable(
      ['place', ...differing.map((k) => kindLabel(kinds[k]!))],
      places.map((place, i) => [numbered(places.length)(place, i), ...differing.map((k) => styleOutcome(texts[i]![k]!, style))]),
      { heading: style.bold, width: context.width },
    );
    const grid = movesGrid(places, matrix, context.width);
    const under = (sameLine === '' ? '' : `The same in every place: ${sameLine}.\n`) + encoded;
    body =
      `What each place gives, of the kinds whose answer differs between them:\n${table}` +
      (under === '' ? '' : `\n${under}`) +
      '\n' +
      (grid === null
        ? `The grid of the ${(places.length * (places.length - 1)).toLocaleString('en-GB')} moves is wider than the terminal: widen it, give fewer places, or give --json for every move.\n`
        : `Moving from the row's place to the column's: -n loses n kinds, +n gains n, ~n changes n (value or provider), ?n is known on one side only for n, · changes nothing.\n${grid}`);
  }
  return (
    heading +
    noteLines(notes) +
    '\n' +
    body +
    missingFactHint(answers.flat()) +
    `For one move's reasons, what to do next and sources, ask "move" with --lives-in and --to.\n`
  );
}
