import { areaNotes, noteLines } from '../area-notes.js';
import { guaranteeReport } from '../../explain/guarantee-report.js';
import type { GuaranteeItem } from '../../engine/guarantee-report.js';
import { formatLongDate } from '../../dates/calendar-date.js';
import { describeValue } from '../../explain/describe-value.js';
import type { OfferValue } from '../../schema/value.js';
import { printJson, printText } from '../cli-context.js';
import { kindLabel, styleOutcome } from '../entitlement-output.js';
import { DATA_OPTION_GROUP, datasetFromOptions } from '../data-option.js';
import { defineCommand } from '../command.js';
import { renderTable } from '../render-table.js';
import { resolveAreaOption } from '../resolve-area-option.js';


function valueText(value: OfferValue | null): string {
  if (value === null) return '—';
  if (value.type !== 'depends-on-household') return describeValue(value);
  return value.cases.map((c) => `${describeValue(c.value)} (${c.households.join(', ')})`).join('; ');
}

/** A line saying that the item has a later version whose start is not known (or is itself only known to be in force by its date), or nothing. */
function laterVersionLine(item: GuaranteeItem): string {
  const start = item.startNotKnown;
  if (start !== null) {
    const bound = start.notBefore === null ? '' : `, and not before ${formatLongDate(start.notBefore)}`;
    return `  In force by ${formatLongDate(start.inForceBy)} from a date not known${bound}: it may not yet apply on this date; each member is compared with it as if it did.\n`;
  }
  const later = item.laterVersion;
  if (later === null) return '';
  const value = valueText(later.value) === valueText(item.value) ? '' : ` (${valueText(later.value)})`;
  return `  A later version${value}, in force by ${formatLongDate(later.versionDate)} from a date not known, may already apply: each member is compared with both.\n`;
}

/**
 * The `guarantee` command: a region's guarantee against each member council's own offers.
 *
 * @example
 * ```ts
 * await guaranteeCommand.run(['Greater Manchester', '--on', '2026-11-23'], context); // 0
 * ```
 */
export const guaranteeCommand = defineCommand({
  name: 'guarantee',
  usage: ['guarantee AREA [--member COUNCIL ...] [--on DATE] [--data PATH [--only-data]] [--json]'],
  about: `A region's guarantee (such as Greater Manchester's, "Greater Manchester" or E47000001) against
each member council's own offers: for each item of the guarantee in force on the date, whether
the council's best offer of that kind in force exceeds it (a better value or wider eligibility),
meets it, falls short of it, or is unknown (nothing of the council's own is encoded), and why.
An item its provider gives itself (a transport authority's bus pass) is "delivered" to each
member whose care leavers it reaches, unless the member's own offer exceeds it.
The members are every council within the region on the date and any council an item names as
one whose care leavers it covers (North Somerset takes part in the West of England's WESTpass), or
the councils given with --member (a council outside the region too, to see how it would compare).
What one care leaver would gain or lose moving between any two of them: "move --between AREA".`,
  positionals: { name: 'AREA', min: 1, max: 1, field: 'region' },
  options: [
    {
      heading: 'Options',
      options: [
        {
          name: 'member',
          type: 'string',
          multiple: true,
          value: 'COUNCIL',
          field: 'members',
          help: [
            'compare this council (a name or code) instead of every council within the region;',
            'give --member again for each council',
          ],
        },
      ],
    },
    DATA_OPTION_GROUP,
  ],
  on: ['the date (default: today)'],
  json: `{"on", "region": {"code", "name"}, "notes": [string], "members": [{"code", "name"}],
  "items": [{"offerId", "kind", "title", "provider": {"code", "name"},
    "deliveredBy": "provider" or "members", "value",
    "laterVersion": null or {"versionDate", "value"},
    "startNotKnown": null or {"inForceBy", "notBefore"}, "members":
    [{"code", "name", "result", "offerId", "value", "reasons": [{"code", …, "message"}]}]}]};
  each reason has its code, what it compares (such as "mine" and "theirs" values, age bands,
  categories, or the "conditions" a member adds) and its message;
  "notes" are the "Note:" lines of the text output (which area a name was taken to mean, a
  council since abolished, an embedded document a --data document replaces), empty when there
  are none.`,
  examples: ['guarantee "Greater Manchester" --on 2026-11-23', 'guarantee "West of England" --member Bristol --member Leeds'],
  run: async ({ values, positionals, on, json }, context) => {
    const region = resolveAreaOption('AREA', positionals[0]!, on, { test: (area) => area.tier === 'combined', what: 'a region' });
    const { dataset, notes: dataNotes } = await datasetFromOptions(values, undefined, context.today);
    const given = (values.member as string[] | undefined) ?? [];
    const members = given.map((query) => resolveAreaOption('--member', query, on));
    const notes = [...areaNotes([region, ...members]), ...dataNotes];
    const report = guaranteeReport(region.code, { on }, dataset, given.length === 0 ? {} : { members: members.map((m) => m.code) });
    if (json) {
      printJson(context, {
        on: report.on,
        region: report.region,
        notes,
        members: report.members,
        items: report.items.map((item) => ({
          offerId: item.offerId,
          kind: item.kind,
          title: item.title,
          provider: { code: item.provider.code, name: item.provider.name },
          deliveredBy: item.deliveredBy,
          value: item.value,
          laterVersion: item.laterVersion,
          startNotKnown: item.startNotKnown,
          members: item.members.map((m) => ({
            code: m.member.code,
            name: m.member.name,
            result: m.result,
            offerId: m.offerId,
            value: m.value,
            reasons: m.reasons,
          })),
        })),
      });
      return 0;
    }
    const { style } = context;
    const heading = `${style.bold(`${report.region.name}: guarantee against its members' own offers on ${formatLongDate(on)}`)}\n${noteLines(notes)}`;
    if (report.items.length === 0) {
      printText(context, `${heading}\nNo guarantee of ${report.region.name} is encoded as in force on ${formatLongDate(on)}.\n`);
      return 0;
    }
    const totals = { exceeds: 0, meets: 0, 'falls-short': 0, unknown: 0, delivered: 0 };
    const sections = report.items.map((item) => {
      const rows = item.members.map((m) => {
        totals[m.result]++;
        return [m.member.name, styleOutcome(m.result, style), valueText(m.value), m.reasons.map((r) => r.message).join('; ')];
      });
      return (
        `${style.bold(`${kindLabel(item.kind)}: ${item.title}`)} (${valueText(item.value)}${item.provider.code === report.region.code ? '' : `, from ${item.provider.name}`})\n` +
        laterVersionLine(item) +
        renderTable(['member', 'result', 'own offer', 'why'], rows, { heading: style.bold, width: context.width })
      );
    });
    const summary = Object.entries(totals)
      .map(([result, n]) => `${n} ${result}`)
      .join(', ');
    printText(context, `${heading}${report.members.length} members, ${report.items.length} ${report.items.length === 1 ? 'item' : 'items'} in force\n\n${sections.join('\n')}\nIn all: ${summary}.\n`);
    return 0;
  },
});
