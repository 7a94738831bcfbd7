import { listAreas } from '../../areas/list-areas.js';
import { searchAreas } from '../../areas/search-areas.js';
import { resolveArea } from '../../areas/resolve-area.js';
import { UsageError } from '../usage-error.js';
import { type CliContext, printJson } from '../cli-context.js';
import { parseDateOption } from '../parse-date-option.js';
import { parseOptions } from '../parse-options.js';
import { renderTable } from '../render-table.js';

/** The help for `areas`. */
export const AREAS_HELP = `Usage: care-leaver-entitlements areas [QUERY] [--on DATE] [--json]

Lists every UK area the library knows (councils, counties, combined authorities, nations), or
those whose name, short name, other spellings or GSS code match QUERY. Any of these can be
given wherever a command takes an AREA.

Options:
  --on DATE      only areas that exist on this date (default: every area, past and present)
  --json         print one JSON document:
                 {"query": string | null, "areas": [{"code", "name", "shortName", "type", "tier",
                  "nation", "county"?, "combinedAuthorities": [{"code", "from"?, "until"?}],
                  "startDate"?, "endDate"?, "replacedBy": [code]}]}
  -h, --help     show this help

Examples:
  care-leaver-entitlements areas manchester
  care-leaver-entitlements areas E08000001 --json
`;

/**
 * Runs `areas`.
 *
 * @param args - the arguments after the command name
 * @param context - output and colour
 * @returns the exit status (0)
 * @throws {@link UsageError} on bad input
 * @example
 * ```ts
 * runAreas(['Manchester'], context);
 * ```
 */
export function runAreas(args: readonly string[], context: CliContext): number {
  const { values, positionals } = parseOptions(
    'areas',
    args,
    { on: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    { name: 'QUERY', min: 0, max: 1 },
  );
  if (values.help === true) {
    context.out(AREAS_HELP);
    return 0;
  }
  const on = typeof values.on === 'string' ? parseDateOption('--on', values.on) : undefined;
  const query = positionals[0];
  const options = on === undefined ? {} : { on };
  const found = query === undefined ? listAreas(options) : searchAreas(query, options);
  if (query !== undefined && found.length === 0) {
    const result = resolveArea(query, options);
    const suggestions = result.ok ? [] : 'suggestions' in result.issue ? result.issue.suggestions : result.issue.candidates;
    throw new UsageError(
      `no area matches "${query}"; ${suggestions.length > 0 ? `did you mean ${suggestions.slice(0, 3).map((a) => `${a.name} (${a.code})`).join(', ')}? ` : ''}try part of the name, or a GSS code such as E08000001`,
    );
  }
  if (values.json === true) {
    printJson(context, {
      query: query ?? null,
      areas: found.map((a) => ({
        code: a.code,
        name: a.name,
        shortName: a.shortName,
        type: a.type,
        tier: a.tier,
        nation: a.nation,
        ...(a.county === undefined ? {} : { county: a.county }),
        combinedAuthorities: a.combinedAuthorities,
        ...(a.startDate === undefined ? {} : { startDate: a.startDate }),
        ...(a.endDate === undefined ? {} : { endDate: a.endDate }),
        replacedBy: a.replacedBy,
      })),
    });
    return 0;
  }
  const { style } = context;
  const rows = found.map((a) => [
    a.code,
    a.shortName,
    a.tier,
    a.name,
    a.endDate === undefined ? '' : style.dim(`ended ${a.endDate}${a.replacedBy.length > 0 ? `, now ${a.replacedBy.join(', ')}` : ''}`),
  ]);
  context.out(
    `${style.bold(query === undefined ? `${found.length} areas` : `${found.length} area${found.length === 1 ? '' : 's'} matching "${query}"`)}\n\n` +
      renderTable(['code', 'short name', 'tier', 'name', ''], rows, { heading: style.bold }),
  );
  return 0;
}
