import { ELSEWHERE_REASON_CODES } from '../schema/reason.js';
import {
  type Area,
  type CalendarDate,
  type Dataset,
  type Entitlement,
  type EntitlementValue,
  type KindChange,
  type PlaceEnd,
  KIND_INFO,
  type Kind,
  type Source,
  addDays,
  LAST_YEAR,
  ageOn,
  citedSources,
  compareMove,
  describeValue,
  evaluate,
  formatLongDate,
  isProbable,
  probableSides,
  isUnencoded,
  knownOnlyBy,
  getArea,
  placesEndAfter,
  timeline,
  ukGeography,
  unencodedGroups,
} from '../index.js';
import type { CheckedWebQuery } from './check-web-query.js';
import { escapeHtml } from './escape-html.js';
import { changeDetail } from '../explain/value-detail.js';
import { WEB_MESSAGES } from './web-messages.js';
import { type WebChoiceName, type WebFactName, type WebQuery, WEB_CHOICES, WEB_FACTS, WEB_STATUSES, answerAddress } from './web-query.js';

/** Numbers sources as they are first cited. */
class SourceNumbers {
  readonly list: Source[] = [];
  private readonly numbers = new Map<string, number>();

  cite(sources: readonly Source[]): string {
    const refs = [
      ...new Set(
        sources.map((source) => {
          const key = `${source.title}|${source.url ?? source.file ?? ''}`;
          let n = this.numbers.get(key);
          if (n === undefined) {
            this.list.push(source);
            n = this.list.length;
            this.numbers.set(key, n);
          }
          return n;
        }),
      ),
    ];
    return refs.map((n) => `<a class="govuk-link" href="#source-${n}">[${n}]</a>`).join(' ');
  }
}

const e = escapeHtml;

/** The engine's `kinds` option for a query narrowed to some kinds; none for every kind. */
function kindsOption(query: CheckedWebQuery): { readonly kinds?: readonly Kind[] } {
  return query.kinds === null ? {} : { kinds: query.kinds };
}
const label = (kind: Kind): string => KIND_INFO[kind].label;

function valueText(entitlement: Entitlement): string {
  const value: EntitlementValue | null = entitlement.value;
  return entitlement.outcome === 'eligible' || value !== null ? describeValue(value) : '—';
}


/** A value cell: the value, and under it the limits its source states ("for a Milton Keynes council job"). */
function valueCell(before: Entitlement | null, after: Entitlement): string {
  const shown = before === null ? e(valueText(after)) : arrow(valueText(before), valueText(after));
  const { detail, ofBefore } = changeDetail(after.value, before?.value ?? null);
  if (detail === '') return shown;
  // The words of the value before the move, where the value after it has none and differs, say so.
  return `${shown}<br><span class="govuk-body-s cle-value-detail">${ofBefore ? 'Before the move: ' : ''}${e(detail)}</span>`;
}

function dateText(date: CalendarDate | null): string {
  return date === null ? '—' : formatLongDate(date);
}

function why(entitlement: Entitlement): string {
  const elsewhere = new Set(entitlement.reasons.filter((r) => ELSEWHERE_REASON_CODES.has(r.code)).map((r) => r.offerId));
  const relevant = entitlement.reasons.filter((r) => !ELSEWHERE_REASON_CODES.has(r.code) && (r.offerId === undefined || !elsewhere.has(r.offerId)));
  const informative = relevant.filter((r) => r.code !== 'offer-applies');
  const chosen = informative.length > 0 ? informative : relevant;
  return [...new Set(chosen.map((r) => r.message))].slice(0, 3).join('; ');
}

const OUTCOME_TAGS: Readonly<Record<string, string>> = {
  eligible: 'govuk-tag--green',
  'not-eligible': 'govuk-tag--grey',
  unknown: 'govuk-tag--yellow',
  kept: 'govuk-tag--green',
  gained: 'govuk-tag--turquoise',
  lost: 'govuk-tag--red',
  changed: 'govuk-tag--orange',
  neither: 'govuk-tag--grey',
};

const OUTCOME_WORDS: Readonly<Record<string, string>> = { eligible: 'Eligible', 'not-eligible': 'Not eligible', unknown: 'Unknown' };

/** An outcome in the page's words: "Probably …" ("probably …" after an arrow) where the offers it rests on are only reported or uncertain. */
function outcomeWords(outcome: string, probable: boolean, opening = true): string {
  const word = OUTCOME_WORDS[outcome] ?? outcome;
  return probable ? `${opening ? 'Probably' : 'probably'} ${word.toLowerCase()}` : word;
}

function tag(word: string, text: string): string {
  return `<strong class="govuk-tag ${OUTCOME_TAGS[word] ?? 'govuk-tag--grey'}">${e(text)}</strong>`;
}

function arrow(before: string, after: string): string {
  return before === after ? e(after) : `${e(before)} → ${e(after)}`;
}

function table(caption: string, headings: readonly string[], rows: readonly string[][]): string {
  const head = headings.map((h) => `<th scope="col" class="govuk-table__header" role="columnheader">${e(h)}</th>`).join('');
  // Each cell names its column (data-label), for a narrow screen where the rows are laid out one
  // under another (PAGE_CSS); the roles keep it a table to assistive technology laid out so.
  const body = rows
    .map(
      (cells) =>
        `<tr class="govuk-table__row" role="row">${cells
          .map((c, i) =>
            i === 0
              ? `<th scope="row" class="govuk-table__header" role="rowheader">${c}</th>`
              : `<td class="govuk-table__cell" role="cell" data-label="${e(headings[i] ?? '')}">${c}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  // In a box of its own that scrolls sideways where the screen is too narrow for the columns (and
  // can be scrolled from the keyboard); on a phone's width the rows are laid out one under another.
  return `<div class="cle-table-scroll" role="region" aria-label="${e(caption)}" tabindex="0">\n<table class="govuk-table" role="table">\n<caption class="govuk-table__caption govuk-table__caption--m">${e(caption)}</caption>\n<thead class="govuk-table__head" role="rowgroup"><tr class="govuk-table__row" role="row">${head}</tr></thead>\n<tbody class="govuk-table__body" role="rowgroup">\n${body}\n</tbody>\n</table>\n</div>`;
}

function entitlementsTable(entitlements: readonly Entitlement[], sources: SourceNumbers, on: CalendarDate): string {
  const rows = entitlements.map((x) => {
    const refs = sources.cite(citedSources(x));
    return [
      e(label(x.kind)),
      tag(x.outcome, outcomeWords(x.outcome, isProbable(x))),
      e(x.provider?.name ?? '—'),
      valueCell(null, x),
      // Until when it is given: an unknown answer's next change date says nothing an adviser can use.
      e(dateText(x.outcome === 'eligible' ? x.endsOn : null)),
      `${e(why(x))}${refs === '' ? '' : ` ${refs}`}`,
    ];
  });
  const probable = entitlements.some(isProbable)
    ? '\n<p class="govuk-body">Probably: the answer rests on an offer its sources only report, or describe vaguely or differently; check the sources cited.</p>'
    : '';
  return `${table(`Entitlements on ${formatLongDate(on)}`, ['Kind', 'Outcome', 'Who gives it', 'Value', 'Until', 'Why'], rows)}${probable}`;
}

function moveTable(changes: readonly KindChange[], sources: SourceNumbers, from: string, to: string, on: CalendarDate): string {
  const rows = changes.map((c) => {
    const refs = sources.cite(c.change === 'lost' ? citedSources(c.before) : [...citedSources(c.before), ...citedSources(c.after)]);
    const word = c.firm || c.change === 'unknown' ? c.change : `probably ${c.change}`;
    const prefix = `${label(c.kind)}: `;
    const said = c.message.startsWith(prefix) ? c.message.slice(prefix.length) : c.message;
    const unknownSide = c.before.outcome === 'unknown' ? c.before : c.after.outcome === 'unknown' ? c.after : null;
    // The reasons follow the change's own sentence, so they begin a sentence too.
    const reasons = unknownSide === null ? '' : why(unknownSide);
    const message = unknownSide === null ? said : `${said} ${reasons.charAt(0).toUpperCase()}${reasons.slice(1)}`;
    return [
      e(label(c.kind)),
      tag(c.change, word),
      arrow(c.before.provider?.name ?? '—', c.after.provider?.name ?? '—'),
      valueCell(c.before, c.after),
      e(dateText(c.after.outcome === 'eligible' ? c.after.endsOn : c.change === 'lost' ? c.before.endsOn : null)),
      `${e(message)}${refs === '' ? '' : ` ${refs}`}`,
    ];
  });
  return table(`Moving from ${from} to ${to} on ${formatLongDate(on)}`, ['Kind', 'Change', 'Who gives it', 'Value', 'Until', 'Why'], rows);
}

/**
 * What a move loses, puts at risk (given now but not known after it: what to ask the new council
 * about before moving), changes and gains, each with the kinds' names; only those with a kind.
 */
function changeGroups(changes: readonly KindChange[]): (readonly [string, readonly string[]])[] {
  const named = (change: KindChange['change']) => changes.filter((c) => c.change === change).map((c) => `${label(c.kind)}${c.firm ? '' : ' (probably)'}`);
  const atRisk = changes.filter((c) => c.change === 'unknown' && c.before.outcome === 'eligible').map((c) => label(c.kind));
  const groups: readonly (readonly [string, readonly string[]])[] = [
    ['Lost', named('lost')],
    ['Given now, not known after the move (ask before moving)', atRisk],
    ['Changes', named('changed')],
    ['Gained', named('gained')],
  ];
  return groups.filter(([, kinds]) => kinds.length > 0);
}

/** The move in a sentence or two, what is lost and what changes first, before the table of every kind. */
function moveSummary(changes: readonly KindChange[]): string {
  const count = (change: KindChange['change']) => changes.filter((c) => c.change === change).length;
  const lines = changeGroups(changes).map(([word, kinds]) => `<li><strong>${word}:</strong> ${e(kinds.join(', '))}</li>`);
  const rest = `Of ${changes.length} kinds: ${count('kept')} kept, ${count('unknown')} not known on one side or both, ${count('neither')} given neither before nor after.`;
  const none = lines.length === 0 ? '<p class="govuk-body">Nothing known is lost, put at risk, gained or changed by the move.</p>\n' : '';
  return `<h3 class="govuk-heading-m">In short</h3>\n${none}${lines.length > 0 ? `<ul class="govuk-list govuk-list--bullet">\n${lines.join('\n')}\n</ul>\n` : ''}<p class="govuk-body">${e(rest)}</p>`;
}

/** What moving to one place changes, in a phrase (see `changeGroups`), or that nothing known is. */
function placeInShort(changes: readonly KindChange[]): string {
  const said = changeGroups(changes).map(([word, kinds]) => `${word.charAt(0).toLowerCase()}${word.slice(1)}: ${kinds.join(', ')}`);
  return said.length === 0 ? 'nothing known is lost, put at risk, gained or changed' : said.join('; ');
}

/**
 * Several places to move to side by side: in short, what each changes; a table with a column for
 * each place and a row for each of `kinds` with its change on moving there; and a link to each
 * place's own answer, with the reasons, next changes and sources.
 */
function placesCompared(
  moves: readonly { readonly to: Area; readonly changes: readonly KindChange[] }[],
  kinds: readonly Kind[],
  asked: WebQuery,
  query: CheckedWebQuery,
): string {
  const rows = kinds.map((kind) => [
    e(label(kind)),
    ...moves.map((m) => {
      const c = m.changes.find((x) => x.kind === kind)!;
      return tag(c.change, c.firm || c.change === 'unknown' ? c.change : `probably ${c.change}`);
    }),
  ]);
  const inShort = moves.map((m) => `<li><strong>${e(m.to.shortName)}:</strong> ${e(placeInShort(m.changes))}</li>`).join('\n');
  // Each place's own answer: the same question with that place alone, as it was typed.
  const typed = [asked.to, ...(asked.compareWith ?? [])];
  const links = moves
    .map((m, i) => `<li><a class="govuk-link" href="${e(answerAddress({ ...asked, to: typed[i] ?? m.to.code, compareWith: [] }))}">Moving to ${e(m.to.shortName)}</a></li>`)
    .join('\n');
  return (
    `<h3 class="govuk-heading-m">In short</h3>\n<ul class="govuk-list govuk-list--bullet">\n${inShort}\n</ul>\n` +
    table(`Moving from ${query.livesIn.name} on ${formatLongDate(query.on)}: ${moves.length} places compared`, ['Kind', ...moves.map((m) => m.to.shortName)], rows) +
    `\n<p class="govuk-body">Each place's own answer, with the reasons, what to do next, the next changes and the sources:</p>\n<ul class="govuk-list">\n${links}\n</ul>`
  );
}

function settleList(entitlements: readonly Entitlement[], query: WebQuery): string {
  const counts = new Map<string, number>();
  for (const x of entitlements) {
    if (x.outcome !== 'unknown') continue;
    const facts = new Set(x.reasons.filter((r) => r.code === 'fact-missing' && r.fact !== undefined).map((r) => r.fact as string));
    for (const fact of facts) counts.set(fact, (counts.get(fact) ?? 0) + 1);
  }
  if (counts.size === 0) return '';
  const byFact = new Map<string, WebFactName>(Object.entries(WEB_FACTS).map(([name, info]) => [info.fact, name as WebFactName]));
  const choiceByFact = new Map<string, WebChoiceName>(Object.entries(WEB_CHOICES).map(([name, info]) => [info.fact, name as WebChoiceName]));
  const items = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([fact, n]) => {
      const name = byFact.get(fact);
      const settles = `settles ${n} ${n === 1 ? 'answer' : 'answers'}`;
      const choice = choiceByFact.get(fact);
      if (choice !== undefined) {
        // A fact answered by a choice of words: a link for each word.
        const links = WEB_CHOICES[choice].options.map(
          (o) => `<a class="govuk-link" href="${e(answerAddress({ ...query, choices: { ...query.choices, [choice]: o.value } }))}">${e(o.label)}</a>`,
        );
        return `<li>${e(WEB_CHOICES[choice].question)} (${settles})<span class="cle-answer-in-place">: ${links.join(', ')}</span></li>`;
      }
      if (name === undefined) return `<li>${e(fact)} (${settles})</li>`;
      const link = (answer: 'yes' | 'no'): string =>
        `<a class="govuk-link" href="${e(answerAddress({ ...query, facts: { ...query.facts, [name]: answer } }))}">${answer === 'yes' ? 'Yes' : 'No'}</a>`;
      return `<li>${e(WEB_FACTS[name].question)} (${settles})<span class="cle-answer-in-place">: ${link('yes')} or ${link('no')}</span></li>`;
    });
  return `<h2 class="govuk-heading-m" id="settle">What would settle the unknowns</h2>\n<ul class="govuk-list govuk-list--bullet">\n${items.join('\n')}\n</ul>`;
}

function timelineSection(query: CheckedWebQuery, dataset: Dataset): string {
  const person = query.to === null ? query.person : { ...query.person, residence: query.to.code };
  // A year ahead (at most the last date the package answers for: addDays refuses a date past it),
  // or up to the day before a council of theirs is replaced: what follows depends on the council
  // that replaced it, which the question does not name.
  const end = placesEndAfter(person, query.on, ukGeography);
  const yearAhead = query.on >= `${LAST_YEAR}-01-01` ? `${LAST_YEAR}-12-31` : addDays(query.on, 365);
  const until = end !== undefined && end.date <= yearAhead ? addDays(end.date, -1) : yearAhead;
  const result = timeline(person, { from: query.on, until }, dataset, { messages: WEB_MESSAGES, ...kindsOption(query) });
  const stop = end !== undefined && end.date <= yearAhead ? `<p class="govuk-body">${e(placeEndSentence(end))}</p>\n` : '';
  const items = result.events.map((ev) => {
    // "Probably" on either side where the answer rests on reported or uncertain offers, as in the table.
    const probable = probableSides(ev);
    // The outcome once when it stays and is as sure; both when it changes or only how sure it is does.
    const same = ev.before === ev.after && probable.before === probable.after;
    const outcome = same ? outcomeWords(ev.after, probable.after) : `${outcomeWords(ev.before, probable.before)} → ${outcomeWords(ev.after, probable.after, false)}`;
    const reason = ev.reasons[0]?.message;
    // A date the data knows only as "in force by": the change may have come earlier.
    const knownBy = knownOnlyBy(ev, dataset).length > 0 ? ' (in force by this date, perhaps earlier: its start is not known)' : '';
    return `<li><strong>${e(formatLongDate(ev.on))}</strong>: ${e(label(ev.kind))}, ${e(outcome)}${e(knownBy)}${reason === undefined ? '' : ` (${e(reason)})`}</li>`;
  });
  return (
    `<h2 class="govuk-heading-m" id="timeline">The next changes</h2>\n` +
    stop +
    (items.length === 0
      ? `<p class="govuk-body">Nothing encoded changes between ${e(formatLongDate(query.on))} and ${e(formatLongDate(until))}.</p>`
      : `<ul class="govuk-list">\n${items.join('\n')}\n</ul>`)
  );
}

/** "These stop on 31 March 2023: Carlisle, where they live, is replaced by Cumberland on 1 April 2023; ask again from then naming it." */
function placeEndSentence(end: PlaceEnd): string {
  const area = getArea(end.area);
  const name = area?.shortName ?? end.area;
  const successors = (area?.replacedBy ?? []).map((code) => getArea(code)?.shortName ?? code);
  const by = successors.length === 0 ? '' : ` by ${successors.join(' or ')}`;
  const role = end.role === 'residence' ? 'where they live' : 'the council that looked after them';
  const ask = end.role === 'residence' ? 'the council they live in then' : 'the council that took over their care';
  return `These stop on ${formatLongDate(addDays(end.date, -1))}: ${name}, ${role}, is replaced${by} on ${formatLongDate(end.date)}. For what follows, ask again from that date with ${ask}.`;
}

function sourcesSection(sources: SourceNumbers): string {
  if (sources.list.length === 0) return '';
  const items = sources.list.map((s, i) => {
    const title = s.url === undefined ? e(s.title) : `<a class="govuk-link" href="${e(s.url)}" rel="noreferrer noopener">${e(s.title)}</a>`;
    const extra = [s.publisher, s.date === undefined ? undefined : formatLongDate(s.date), s.locator].filter((x): x is string => x !== undefined && x !== '');
    const unlinked = s.url === undefined ? ' (a printed or PDF publication: look it up by its title and publisher)' : '';
    return `<li id="source-${i + 1}">${title}${extra.length === 0 ? '' : ` (${e(extra.join(', '))})`}${unlinked}</li>`;
  });
  return `<h2 class="govuk-heading-m" id="sources">Sources</h2>\n<ol class="govuk-list govuk-list--number">\n${items.join('\n')}\n</ol>`;
}

/**
 * The answer to a checked query as HTML: the entitlements table (or, with a move, the before →
 * after table with a kept / gained / lost / changed / neither / unknown tag, "probably" where the
 * change is not firm), what would settle the unknowns (with links answering each fact in place),
 * the next changes over a year, and the numbered sources. Every string from the data is escaped.
 *
 * @param query - the checked query (from {@link checkWebQuery})
 * @param asked - the query as asked, for the links that answer a fact
 * @param dataset - the offers to answer from: the embedded dataset, or (in the browser) the part of
 * it the question's places need (`embeddedDatasetFor`), which gives the same answer
 * @returns the HTML
 * @example
 * ```ts
 * const asked = parseWebQuery(new URLSearchParams('born=2004-06-15&responsible=Bolton&lives-in=Bolton&on=2026-11-23'), '2026-11-23');
 * const check = checkWebQuery(asked);
 * if (check.ok) renderAnswer(check.query, asked, embeddedDataset).includes('govuk-table'); // true
 * ```
 */
export function renderAnswer(query: CheckedWebQuery, asked: WebQuery, dataset: Dataset): string {
  const sources = new SourceNumbers();
  const notes = query.notes.map((n) => `<p class="govuk-body">Note: ${e(n)}</p>`).join('\n');
  const status = WEB_STATUSES.find((s) => s.value === query.person.category)?.label.split(':')[0]?.toLowerCase() ?? query.person.category;
  const age = `Aged ${ageOn(query.person.dateOfBirth, query.on)} (born ${formatLongDate(query.person.dateOfBirth)}), ${status}, looked after by ${query.responsible.name}, living in the area of ${query.livesIn.name}`;
  // What was given about them, so that a printed or shared answer says what it depends on.
  const given = [
    ...(Object.keys(asked.choices ?? {}) as WebChoiceName[]).flatMap((name) => {
      const label = WEB_CHOICES[name].options.find((o) => o.value === asked.choices?.[name])?.label;
      return label === undefined ? [] : [`${WEB_CHOICES[name].question} ${label}`];
    }),
    ...(Object.entries(asked.facts) as [WebFactName, 'yes' | 'no' | undefined][]).flatMap(([name, answer]) =>
      answer === undefined || WEB_FACTS[name] === undefined ? [] : [`${WEB_FACTS[name].question} ${answer === 'yes' ? 'Yes' : 'No'}`],
    ),
  ];
  const givenText = given.length === 0 ? '' : `\n<p class="govuk-body">Given: ${e(given.join('; '))}.</p>`;
  // Narrowed to some kinds: said, with the way back to every kind (the same question without them).
  const kindsText =
    query.kinds === null
      ? ''
      : `\n<p class="govuk-body">Only ${e(query.kinds.map(label).join(', '))}. <a class="govuk-link" href="${e(answerAddress({ ...asked, kinds: [] }))}">Show every kind</a></p>`;
  let main: string;
  let shownEntitlements: Entitlement[];
  // The kinds left unknown only because nothing is encoded, with their reasons (both sides of a move), which name the councils.
  let hidden: { kind: Kind; reasons: Entitlement['reasons'] }[];
  if (query.to !== null && query.compareWith.length > 0) {
    const places = [query.to, ...query.compareWith];
    const moves = places.map((to) => ({ to, changes: compareMove(query.person, { to: to.code, on: query.on }, dataset, { messages: WEB_MESSAGES, ...kindsOption(query) }).changes }));
    // A kind nothing is encoded of, before or after, for any place: named under the table, as for one move.
    const everywhere = (kind: Kind) => moves.every((m) => m.changes.some((c) => c.kind === kind && isUnencoded(c.before) && isUnencoded(c.after)));
    const kinds = moves[0]!.changes.map((c) => c.kind);
    const shown = kinds.filter((kind) => !everywhere(kind));
    const hiddenKinds = kinds.filter(everywhere);
    return [
      `<h2 class="govuk-heading-l" id="answer-heading">The answer</h2>`,
      `<p class="govuk-body">${e(age)}</p>${givenText}${kindsText}`,
      notes,
      placesCompared(moves, shown, asked, query),
      hiddenKinds.length === 0
        ? ''
        : `<p class="govuk-body">Unknown in every place, as nothing of these kinds is encoded for the councils concerned: ${e(hiddenKinds.map(label).join(', '))}.</p>`,
      // Where they live now once, and each place after the move.
      settleList(
        [
          ...moves[0]!.changes.filter((c) => shown.includes(c.kind)).map((c) => c.before),
          ...moves.flatMap((m) => m.changes.filter((c) => shown.includes(c.kind)).map((c) => c.after)),
        ],
        asked,
      ),
    ]
      .filter((part) => part !== '')
      .join('\n');
  }
  if (query.to === null) {
    const result = evaluate(query.person, query.on, dataset, { messages: WEB_MESSAGES, ...kindsOption(query) });
    const shown = result.entitlements.filter((x) => !isUnencoded(x));
    hidden = result.entitlements.filter((x) => isUnencoded(x));
    shownEntitlements = shown;
    main = entitlementsTable(shown, sources, query.on);
  } else {
    const result = compareMove(query.person, { to: query.to.code, on: query.on }, dataset, { messages: WEB_MESSAGES, ...kindsOption(query) });
    const shown = result.changes.filter((c) => !(isUnencoded(c.before) && isUnencoded(c.after)));
    hidden = result.changes
      .filter((c) => isUnencoded(c.before) && isUnencoded(c.after))
      .map((c) => ({ kind: c.kind, reasons: [...c.before.reasons, ...c.after.reasons] }));
    shownEntitlements = shown.flatMap((c) => [c.before, c.after]);
    main = `${moveSummary(result.changes)}\n${moveTable(shown, sources, query.livesIn.name, query.to.name, query.on)}`;
  }
  // As the command line does: one line for each set of councils nothing of the kinds is encoded for.
  const hiddenText = unencodedGroups(hidden)
    .map((g) => `<p class="govuk-body">Unknown, as nothing is encoded for ${e(g.where)}: ${e(g.kinds.map(label).join(', '))}.</p>`)
    .join('\n');
  return [
    `<h2 class="govuk-heading-l" id="answer-heading">The answer</h2>`,
    `<p class="govuk-body">${e(age)}</p>${givenText}${kindsText}`,
    notes,
    main,
    hiddenText,
    settleList(shownEntitlements, asked),
    timelineSection(query, dataset),
    sourcesSection(sources),
  ]
    .filter((part) => part !== '')
    .join('\n');
}
