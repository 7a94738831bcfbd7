import { areaNotes, noteLines } from '../area-notes.js';
import { timeline } from '../../explain/timeline.js';
import { knownOnlyBy } from '../../explain/known-only-by.js';
import type { TimelineEvent } from '../../engine/timeline.js';
import type { Dataset } from '../../schema/dataset.js';
import { formatLongDate } from '../../dates/calendar-date.js';
import { describeValue } from '../../explain/describe-value.js';
import { ENGLISH_MESSAGES } from '../../explain/message-table.js';
import { OPTION_MESSAGES } from '../option-messages.js';
import { printJson, printText } from '../cli-context.js';
import { detailOpening, entitlementJson, kindLabel, styleOutcome, whyText } from '../entitlement-output.js';
import type { Style } from '../style.js';
import { isProbable, probableSides } from '../../explain/answer-sources.js';
import { parseDateOption } from '../parse-date-option.js';
import { placesOf } from '../../data/document-catalogue.js';
import { DATA_OPTION_GROUP, datasetFromOptions } from '../data-option.js';
import { KIND_OPTION_GROUP, kindsFromOptions } from '../kind-option.js';
import { defineCommand } from '../command.js';
import { PERSON_OPTION_GROUP, defaultTimelineEnd, describePerson, personFromOptions } from '../person-options.js';
import { renderTable } from '../render-table.js';
import { UsageError } from '../usage-error.js';
import { addDays } from '../../dates/calendar-date.js';
import { getArea } from '../../areas/get-area.js';
import { ukGeography } from '../../areas/uk-geography.js';
import { type PlaceEnd, placesEndAfter } from '../../engine/place-issues.js';

/** An outcome, "probably" when it is only probable (see probableSides; as `entitlements` says). */
function outcomeWords(outcome: TimelineEvent['after'], probable: boolean): string {
  return probable ? `probably ${outcome}` : outcome;
}

/** The outcome column: the outcome once when it stays and is as sure; both when it changes, or only how sure it is does. */
function outcomeChange(event: TimelineEvent, style: Style): string {
  const probable = probableSides(event);
  const before = outcomeWords(event.before, probable.before);
  const after = outcomeWords(event.after, probable.after);
  return before === after ? styleOutcome(after, style) : `${styleOutcome(before, style)} → ${styleOutcome(after, style)}`;
}

/**
 * The reasons that say why this change happened: an offer whose age band ended before the date
 * (the under-18 rule in a line at 25) is not part of it, so its "ended on" is left to --json.
 */
function reasonsForChange(event: TimelineEvent): readonly TimelineEvent['reasons'][number][] {
  const current = event.reasons.filter((r) => !(r.code === 'age-limit-passed' && r.date !== undefined && r.date < event.on));
  return current.length > 0 ? current : event.reasons;
}

/** For a change the data knows only as "in force by" its date: said first, as the date it began is not known. */
function knownByText(event: TimelineEvent, dataset: Dataset): string {
  const offers = knownOnlyBy(event, dataset);
  return offers.length === 0 ? '' : `in force by this date, perhaps earlier (its start is not known: ${offers.map((o) => o.title).join('; ')}); `;
}

/** Why a timeline left to its default end stops early: a council of theirs is replaced, and what to ask next. */
function stopNote(end: PlaceEnd): string {
  const area = getArea(end.area);
  const name = area?.shortName ?? end.area;
  const successors = (area?.replacedBy ?? []).map((code) => getArea(code)?.shortName ?? code);
  const option = end.role === 'residence' ? '--lives-in' : '--responsible';
  const role = end.role === 'residence' ? 'where they live' : 'the council that looked after them';
  const next =
    successors.length === 1
      ? `${option} ${JSON.stringify(successors[0])}`
      : `${option} naming ${end.role === 'residence' ? 'the council they live in then' : 'the council that took over their care'}${successors.length === 0 ? '' : ` (${successors.join(' or ')})`}`;
  return `the timeline stops on ${formatLongDate(addDays(end.date, -1))}: ${name}, ${role}, was replaced${successors.length === 0 ? '' : ` by ${successors.join(' or ')}`} on ${formatLongDate(end.date)}; for what follows, ask again with --from ${end.date} and ${next}`;
}


/**
 * The `timeline` command: the dates on which a care leaver's entitlements change.
 *
 * @example
 * ```ts
 * await timelineCommand.run(['--born', '2004-06-15', '--responsible', 'Bolton', '--lives-in', 'Bolton', '--from', '2022-06-15'], context); // 0
 * ```
 */
export const timelineCommand = defineCommand({
  name: 'timeline',
  usage: ['timeline --born DATE --responsible AREA --lives-in AREA [--from DATE] [--until DATE] [options]'],
  about: `The dates on which a care leaver's entitlements change (birthdays, new versions of offers),
with what changes and why.`,
  options: [
    {
      heading: 'Options',
      options: [
        { name: 'from', type: 'string', value: 'DATE', help: ['the first date (default: --on, which defaults to today)'], field: 'from', alsoCalled: ['start', 'since'] },
        { name: 'until', type: 'string', value: 'DATE', help: ['the last date (default: the 26th birthday)'], field: 'until', alsoCalled: ['to', 'end', 'till'] },
      ],
    },
    PERSON_OPTION_GROUP,
    KIND_OPTION_GROUP,
    DATA_OPTION_GROUP,
  ],
  on: ['where the timeline starts when --from is not given (default: today)'],
  json: `{"from", "until", "notes": [string], "start": [<entitlement>], "events": [{"on", "kind",
  "before", "after", "valueBefore", "valueAfter", "providerBefore": {"code", "name"} | null,
  "providerAfter": {"code", "name"} | null, "causes": [{"cause", …}], "confidence",
  "confidenceBefore", "reasons": [{"code", "message"}]}]}, where "start" is every kind's answer
  on the first date (each as in "entitlements --json"), before and after are outcomes (eligible,
  not-eligible, unknown), causes say why the date matters (a birthday and its age, an offer's
  version, a move, a change of geography, a coverage claim), confidence is that of the weakest
  offer the new answer rests on (confirmed, reported or uncertain: the text says "probably") and
  confidenceBefore the same for the answer before the change;
  "notes" are the "Note:" lines of the text output (which area a name was taken to mean, a
  council since abolished, an embedded document a --data document replaces), empty when there
  are none.`,
  examples: ['timeline --born 2004-06-15 --responsible Bolton --lives-in Bolton --from 2022-06-15'],
  run: async ({ values, on, onGiven, json }, context) => {
    const from = typeof values.from === 'string' ? parseDateOption('--from', values.from) : undefined;
    const born = typeof values.born === 'string' && values.born !== '' ? parseDateOption('--born', values.born) : undefined;
    if (from !== undefined && born !== undefined && born > from) {
      throw new UsageError(`--from ${from} is before the date of birth (--born ${born}); give a --from on or after it, or check --born`);
    }
    // The person is evaluated from --from when it is given, so --on need not come after it.
    const input = personFromOptions(values, onGiven ? on : (from ?? on));
    const kinds = kindsFromOptions(values);
    const start = from ?? input.on;
    // Name the start and the end as the user gave them (or as they were defaulted).
    const startText = from !== undefined ? `--from ${start}` : onGiven ? `--on ${start}` : `today (${start})`;
    const untilGiven = typeof values.until === 'string';
    let until = untilGiven ? parseDateOption('--until', values.until as string) : defaultTimelineEnd(input.person, input.engine.leapDayBirthday);
    // Left to its default, the timeline stops the day before a council of theirs is replaced (what
    // follows depends on the council that replaced it); a --until past it is refused, naming it.
    const end = untilGiven || until < start ? undefined : placesEndAfter(input.person, start, ukGeography);
    const stopped = end !== undefined && end.date <= until ? end : undefined;
    if (stopped !== undefined) until = addDays(stopped.date, -1);
    if (until < start) {
      throw new UsageError(
        untilGiven
          ? `--until ${until} is before the start of the timeline (${startText}); give a later --until or an earlier --from`
          : `${startText} is after the end of the timeline, the 26th birthday (${until}); give an earlier --from, or a later --until`,
      );
    }
    const { dataset, notes: dataNotes } = await datasetFromOptions(values, placesOf(input.person), context.today);
    const notes = [...areaNotes(input.areas), ...dataNotes, ...(stopped === undefined ? [] : [stopNote(stopped)])];
    const result = timeline(input.person, { from: start, until }, dataset, {
      ...input.engine,
      ...kinds,
      messages: json ? ENGLISH_MESSAGES : OPTION_MESSAGES,
    });
    if (json) {
      const provider = (p: { readonly code: string; readonly name: string } | null) => (p === null ? null : { code: p.code, name: p.name });
      printJson(context, {
        from: result.from,
        until: result.until,
        notes,
        start: result.start.map(entitlementJson),
        events: result.events.map((e) => ({
          on: e.on,
          kind: e.kind,
          before: e.before,
          after: e.after,
          valueBefore: e.valueBefore,
          valueAfter: e.valueAfter,
          providerBefore: provider(e.providerBefore),
          providerAfter: provider(e.providerAfter),
          causes: e.causes,
          confidence: e.confidence,
          confidenceBefore: e.confidenceBefore,
          reasons: e.reasons.map((r) => ({ code: r.code, message: r.message })),
        })),
      });
      return 0;
    }
    const { style } = context;
    const rows = result.events.map((e) => [
      formatLongDate(e.on),
      kindLabel(e.kind),
      outcomeChange(e, style),
      e.providerBefore !== null && e.providerAfter !== null && e.providerBefore.code !== e.providerAfter.code
        ? `${e.providerBefore.name} → ${e.providerAfter.name}`
        : (e.providerAfter?.name ?? '—'),
      // Values that read alike ("provided", words apart) are shown once; the why column has the words.
      e.valueBefore !== null && e.valueAfter !== null && describeValue(e.valueBefore) !== describeValue(e.valueAfter)
        ? `${describeValue(e.valueBefore)} → ${describeValue(e.valueAfter)}`
        : e.valueAfter === null ? '—' : describeValue(e.valueAfter),
      detailOpening(e.valueAfter, e.valueBefore, 'until then') + knownByText(e, dataset) + whyText(reasonsForChange(e)),
    ]);
    // "probably" where the answer rests on a weaker source, as the table of entitlements says.
    const eligible = result.start.filter((e) => e.outcome === 'eligible').map((e) => `${kindLabel(e.kind)}${isProbable(e) ? ' (probably)' : ''}`);
    printText(context, 
      `${style.bold(`Timeline from ${formatLongDate(result.from)} until ${formatLongDate(result.until)}`)}\n${describePerson({ ...input, on: start })}\n` +
        noteLines(notes) +
        '\n' +
        `On ${formatLongDate(result.from)}: ${eligible.length > 0 ? `eligible for ${eligible.join(', ')}` : 'eligible for nothing encoded'}.\n\n` +
        (rows.length > 0
          ? renderTable(['date', 'kind', 'outcome', 'provider', 'value', 'why'], rows, { heading: style.bold, width: context.width })
          : `Nothing encoded changes between ${formatLongDate(result.from)} and ${formatLongDate(result.until)}.\n`),
    );
    return 0;
  },
});
