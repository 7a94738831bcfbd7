import { areaNotes, noteLines } from '../area-notes.js';
import { placesOf } from '../../data/document-catalogue.js';
import { compareMove, moveMatrix } from '../../explain/compare-move.js';
import type { Entitlement } from '../../engine/entitlement.js';
import { formatLongDate } from '../../dates/calendar-date.js';
import { describeValue } from '../../explain/describe-value.js';
import { ENGLISH_MESSAGES } from '../../explain/message-table.js';
import { OPTION_MESSAGES } from '../option-messages.js';
import { printJson, printText } from '../cli-context.js';
import { inAllLine, citedSources, createSourceList, detailOpening, entitlementJson, isUnencoded, kindLabel, missingFactHint, styleOutcome, unencodedLines, whyText } from '../entitlement-output.js';
import { formatCellDate } from '../format-date.js';
import { DATA_OPTION_GROUP, datasetFromOptions } from '../data-option.js';
import { KIND_OPTION_GROUP, kindsFromOptions } from '../kind-option.js';
import { defineCommand } from '../command.js';
import { PERSON_OPTION_GROUP, type PersonInput, checkPlaceToLive, describePerson, personFromOptions } from '../person-options.js';
import { renderTable } from '../render-table.js';
import { type NamedArea, resolveAreaOption } from '../resolve-area-option.js';
import type { CliContext } from '../cli-context.js';
import type { CalendarDate } from '../../dates/calendar-date.js';
import type { Kind } from '../../schema/kind.js';
import type { KindChange, MoveComparison } from '../../explain/compare-move.js';
import { UsageError } from '../usage-error.js';
import { destinationIssue } from '../../engine/place-issues.js';
import { ukGeography } from '../../areas/uk-geography.js';
import { InvalidInputError } from '../../validation/input-issue.js';
import { MAX_PLACES_BETWEEN, movesBetweenJson, movesBetweenText, placesBetween } from '../moves-between.js';
import { kindsWithoutOffers } from './entitlements.js';


function arrow(before: string, after: string): string {
  return before === after ? after : `${before} → ${after}`;
}

function valueText(e: Entitlement): string {
  return e.outcome === 'eligible' || e.value !== null ? describeValue(e.value) : '—';
}

/** One kind's change as `--json` prints it. */
function changeJson(c: KindChange) {
  return {
    kind: c.kind,
    change: c.change,
    confidence: c.confidence,
    firm: c.firm,
    message: c.message,
    before: entitlementJson(c.before),
    after: entitlementJson(c.after),
  };
}

/**
 * The places `--to` names, each resolved and checked: a council area someone can live in, not
 * where they live now, each named once.
 */
function destinationsFromOptions(given: unknown, livesIn: string, on: CalendarDate): NamedArea[] {
  const names = typeof given === 'string' ? [given] : Array.isArray(given) ? (given as string[]) : [];
  if (names.length === 0 || (names.length === 1 && names[0] === '')) {
    throw new UsageError('--to is required; give the area they move to (a council name or GSS code)');
  }
  const destinations: NamedArea[] = [];
  for (const name of names) {
    const to = resolveAreaOption('--to', name, on);
    checkPlaceToLive('--to', to, on);
    if (to.code === livesIn) {
      // As the adviser page does: a "move" to where they live compares the answers with themselves.
      // Where a name was answered for the council that replaced it (Allerdale, Carlisle: Cumberland), say so.
      const replaced = to.note === undefined ? '' : ` (${to.note})`;
      throw new UsageError(
        `--to ${to.name} is where they live now (--lives-in)${replaced}; give the council they move to, or use "care-leaver-entitlements entitlements" for what they get in ${to.name}`,
      );
    }
    const before = destinations.find((d) => d.code === to.code);
    if (before !== undefined) throw new UsageError(`--to ${JSON.stringify(name)} is ${to.name}, given already; give each place once`);
    destinations.push(to);
  }
  return destinations;
}

/**
 * Several places compared side by side: a row for each kind, a column for each place with the
 * change on moving there ("probably" where it is not firm), a count for each place; the kinds
 * nothing is encoded of for any place's councils, and those the data has no offer of, are named
 * under the table instead of given rows.
 */
function placesCompared(
  input: PersonInput,
  moves: readonly { readonly to: NamedArea; readonly result: MoveComparison }[],
  notes: readonly string[],
  kindsWithOffers: ReadonlySet<Kind>,
  context: CliContext,
): string {
  const { style } = context;
  const kinds = moves[0]!.result.changes.map((c) => c.kind);
  const empty = new Set(kindsWithoutOffers(kinds, kindsWithOffers));
  const changeOf = (move: (typeof moves)[number], kind: Kind) => move.result.changes.find((c) => c.kind === kind)!;
  // A kind nothing is encoded for, before or after, in any of the places: summed up under the table.
  const unencoded = kinds.filter((kind) => !empty.has(kind) && moves.every((m) => isUnencoded(changeOf(m, kind).before) && isUnencoded(changeOf(m, kind).after)));
  const rows = kinds
    .filter((kind) => !empty.has(kind) && !unencoded.includes(kind))
    .map((kind) => [
      kindLabel(kind),
      ...moves.map((m) => {
        const c = changeOf(m, kind);
        return styleOutcome(c.firm || c.change === 'unknown' ? c.change : `probably ${c.change}`, style);
      }),
    ]);
  const counts = moves
    .map((m) => `${m.to.name}, ${inAllLine(m.result.changes.map((c) => ({ answer: c.change, probable: !c.firm })), ['gained', 'lost', 'changed', 'kept', 'neither', 'unknown']).replace(/^In all, /, '')}`)
    .join('');
  return (
    `${style.bold(`Moving from ${input.livesIn.name} on ${formatLongDate(input.on)}: ${moves.length} places compared`)}\n${describePerson(input)}\n` +
    noteLines(notes) +
    '\n' +
    (rows.length === 0 ? '' : `${renderTable(['kind', ...moves.map((m) => m.to.name)], rows, { heading: style.bold, width: context.width })}\n`) +
    counts +
    (unencoded.length === 0 ? '' : `Unknown in every place, as nothing of these kinds is encoded for the councils concerned: ${unencoded.map(kindLabel).join(', ')}.\n`) +
    (empty.size > 0 ? `No offer of these kinds is encoded in the data, so the answer is unknown: ${[...empty].map(kindLabel).join(', ')}.\n` : '') +
    missingFactHint(moves.flatMap((m) => m.result.changes.flatMap((c) => [c.before, c.after]))) +
    `For what to do next and the sources of a place's answers, ask "move" with that --to alone.\n`
  );
}

/** `move --between`: every move between two of the places given, for one person. */
async function movesBetween(values: Readonly<Record<string, unknown>>, on: CalendarDate, json: boolean, context: CliContext): Promise<number> {
  for (const option of ['lives-in', 'to'] as const) {
    if (values[option] !== undefined) {
      throw new UsageError(`--${option} and --between cannot be given together: --between compares every move between its places; leave out --${option}, or --between`);
    }
  }
  const between = placesBetween(values.between, on);
  const codes = between.places.map((p) => p.code);
  // A place that did not exist on the date is the --between's to correct, before the person is
  // checked with the first place as their home (the matrix's own check would come after).
  const notThen = codes.flatMap((code, i) => {
    const issue = destinationIssue(code, on, ukGeography);
    return issue === undefined ? [] : [{ ...issue, path: ['areas', i] }];
  });
  if (notThen.length > 0) throw new InvalidInputError('move matrix', notThen);
  // The person's own home is not asked about: every place is lived in in turn.
  const input = personFromOptions({ ...values, 'lives-in': codes[0] }, on);
  const kinds = kindsFromOptions(values);
  const { dataset, kindsWithOffers, notes: dataNotes } = await datasetFromOptions(values, placesOf(input.person, ...codes), context.today);
  const notes = [...areaNotes([input.responsible, ...input.areas.slice(2), ...between.given]), ...dataNotes];
  const matrix = moveMatrix(input.person, { areas: codes, on: input.on }, dataset, {
    ...input.engine,
    ...kinds,
    messages: json ? ENGLISH_MESSAGES : OPTION_MESSAGES,
  });
  if (json) printJson(context, movesBetweenJson(input, between, matrix, notes));
  else printText(context, movesBetweenText(input, between, matrix, notes, kindsWithOffers, context));
  return 0;
}

/**
 * The `move` command: what changes for a care leaver who moves.
 *
 * @example
 * ```ts
 * await moveCommand.run(['--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--to', 'Leeds'], context); // 0
 * ```
 */
export const moveCommand = defineCommand({
  name: 'move',
  usage: [
    'move --born DATE --responsible AREA --lives-in AREA --to AREA [--to AREA ...] [options]',
    'move --born DATE --responsible AREA --between AREA [--between AREA ...] [options]',
  ],
  about: `What changes for a care leaver who moves from --lives-in to --to on the date --on: for each
kind, kept, gained, lost, changed (value or provider), neither (not entitled before or after) or
unknown, with what to do next. A change resting on a press report or an uncertain source says
"probably" and names that source. The responsible council never changes when they move.

With --to given more than once, the places are compared side by side: a column for each, with
each kind's change on moving there (what to do next and the sources: "move" with one --to).

With --between instead of --lives-in and --to, every move between two of its places (a county,
combined authority or nation stands for its councils; at most ${MAX_PLACES_BETWEEN} places): what each place gives
of the kinds whose answer differs between them, and a grid with a row for each place moved from
and a column for each moved to, counting the kinds each move loses, gains or changes.`,
  options: [
    {
      heading: 'Options',
      options: [
        {
          name: 'to',
          type: 'string',
          value: 'AREA',
          multiple: true,
          help: ['where they move to (required but for --between): a council other than', '--lives-in; give --to again to compare several places, a column each'],
          field: 'to',
          alsoCalled: ['move-to', 'moving-to', 'destination'],
        },
        {
          name: 'between',
          type: 'string',
          value: 'AREA',
          multiple: true,
          help: [
            'every move between two of these places, instead of --lives-in and --to:',
            'a county, combined authority or nation (its councils), or a council;',
            'give --between again for each',
          ],
          field: 'areas',
          alsoCalled: ['moves-between', 'within', 'among'],
        },
      ],
    },
    PERSON_OPTION_GROUP,
    KIND_OPTION_GROUP,
    DATA_OPTION_GROUP,
  ],
  on: ['the date of the move and of the answer (default: today)'],
  json: `{"on", "from": {"code", "name"}, "to": {"code", "name"}, "notes": [string], "changes":
  [{"kind", "change", "confidence", "firm", "message", "before": <entitlement>, "after":
  <entitlement>}]}, each entitlement as in "entitlements --json"; "confidence" is confirmed,
  reported or uncertain and "firm" is true only for confirmed; "notes" are the "Note:" lines of
  the text output (which area a name was taken to mean, a council since abolished, an embedded
  document a --data document replaces), empty when there are none. With several --to: {"on",
  "from", "notes", "moves": [{"to", "changes"}]}, a move for each place in the order given.
  With --between: {"on", "notes", "between": [{"code", "name"}], "places": [{"code", "name",
  "entitlements": [<entitlement>]}], "moves": [{"from", "to", "changes": [{"kind", "change",
  "confidence", "firm", "message"}]}]}, a move for every two places (their answers are the
  places' entitlements).`,
  examples: [
    'move --born 2004-06-15 --responsible Bolton --lives-in Bolton --to Leeds --on 2026-11-23',
    'move --born 2004-06-15 --responsible Bolton --lives-in Bolton --to Leeds --to Wigan --to Stockport --on 2026-11-23',
    'move --born 2004-06-15 --responsible Bolton --between "Greater Manchester" --on 2026-11-23',
  ],
  run: async ({ values, on, json }, context) => {
    if (values.between !== undefined) return movesBetween(values, on, json, context);
    const input = personFromOptions(values, on);
    const kinds = kindsFromOptions(values);
    const destinations = destinationsFromOptions(values.to, input.livesIn.code, input.on);
    const { dataset, kindsWithOffers, notes: dataNotes } = await datasetFromOptions(values, placesOf(input.person, ...destinations.map((d) => d.code)), context.today);
    const notes = [...areaNotes([...input.areas, ...destinations]), ...dataNotes];
    const moveTo = (to: NamedArea) =>
      compareMove(input.person, { to: to.code, on: input.on }, dataset, {
        ...input.engine,
        ...kinds,
        messages: json ? ENGLISH_MESSAGES : OPTION_MESSAGES,
      });
    if (destinations.length > 1) {
      const moves = destinations.map((to) => ({ to, result: moveTo(to) }));
      if (json) {
        printJson(context, {
          on: input.on,
          from: { code: input.livesIn.code, name: input.livesIn.name },
          notes,
          moves: moves.map(({ to, result }) => ({ to: { code: to.code, name: to.name }, changes: result.changes.map(changeJson) })),
        });
      } else {
        printText(context, placesCompared(input, moves, notes, kindsWithOffers, context));
      }
      return 0;
    }
    const to = destinations[0]!;
    const result = moveTo(to);
    if (json) {
      printJson(context, {
        on: result.on,
        from: { code: input.livesIn.code, name: input.livesIn.name },
        to: { code: to.code, name: to.name },
        notes,
        changes: result.changes.map(changeJson),
      });
      return 0;
    }
    const { style } = context;
    const empty = new Set(kindsWithoutOffers(result.changes.map((c) => c.kind), kindsWithOffers));
    const sources = createSourceList();
    const unencoded = result.changes.filter((c) => !empty.has(c.kind) && isUnencoded(c.before) && isUnencoded(c.after));
    const rows = result.changes
      .filter((c) => !empty.has(c.kind) && !unencoded.includes(c))
      .map((c) => {
        const label = kindLabel(c.kind);
        const refs = sources.cite(c.change === 'lost' ? citedSources(c.before) : [...citedSources(c.before), ...citedSources(c.after)]);
        const said = c.message.startsWith(`${label}: `) ? c.message.slice(label.length + 2) : c.message;
        // For an unknown, say what is missing (a fact, an offer) on the side that is unknown.
        const unknownSide = c.before.outcome === 'unknown' ? c.before : c.after.outcome === 'unknown' ? c.after : null;
        // And, when the other side is known to give it, what gives it there.
        const knownSide = unknownSide === c.before ? c.after : unknownSide === c.after ? c.before : null;
        const applies = knownSide?.outcome === 'eligible' ? knownSide.reasons.find((r) => r.code === 'offer-applies') : undefined;
        const known = applies === undefined ? '' : ` ${knownSide === c.after ? 'After' : 'Before'} the move: ${applies.message}`;
        // The reasons follow the change's own sentence, so they begin a sentence too.
        const why = unknownSide === null ? '' : whyText(unknownSide.reasons, 1);
        const message = unknownSide === null ? said : `${said} ${why.charAt(0).toUpperCase()}${why.slice(1)}${known === '' ? '' : `.${known}`}`;
        return [
          label,
          styleOutcome(c.firm || c.change === 'unknown' ? c.change : `probably ${c.change}`, style),
          arrow(c.before.provider?.name ?? '—', c.after.provider?.name ?? '—'),
          arrow(valueText(c.before), valueText(c.after)),
          formatCellDate(c.after.endsOn ?? (c.change === 'lost' ? c.before.endsOn : null)),
          // What the value covers, in its source's words (after the move, else before, said so), then why.
          `${detailOpening(c.after.value, c.before.value, 'before the move')}${message}${refs === '' ? '' : ` ${style.dim(refs)}`}`,
        ];
      });
    // Every kind is counted, those summed up in a line under the table as well as its rows.
    const inAll = inAllLine(
      result.changes.map((c) => ({ answer: c.change, probable: !c.firm })),
      ['gained', 'lost', 'changed', 'kept', 'neither', 'unknown'],
    );
    printText(context, 
      `${style.bold(`Moving from ${input.livesIn.name} to ${to.name} on ${formatLongDate(input.on)}`)}\n${describePerson(input)}\n` +
        noteLines(notes) +
        '\n' +
        (rows.length === 0 ? '' : `${renderTable(['kind', 'change', 'provider', 'value', 'ends on', 'why'], rows, { heading: style.bold, width: context.width })}\n`) +
        inAll +
        unencodedLines(unencoded.map((c) => ({ kind: c.kind, reasons: [...c.before.reasons, ...c.after.reasons] }))) +
        (empty.size > 0 ? `No offer of these kinds is encoded in the data, so the answer is unknown: ${[...empty].map(kindLabel).join(', ')}.\n` : '') +
        missingFactHint(result.changes.flatMap((c) => [c.before, c.after])) +
        sources.render(style),
    );
    return 0;
  },
});
