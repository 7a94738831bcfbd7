import { listAreas } from '../../areas/list-areas.js';
import { searchAreas } from '../../areas/search-areas.js';
import { resolveArea } from '../../areas/resolve-area.js';
import { UsageError } from '../usage-error.js';
import { printJson, printText } from '../cli-context.js';
import { defineCommand } from '../command.js';
import { renderTable } from '../render-table.js';


/**
 * The `areas` command: lists or searches the areas the library knows.
 *
 * @example
 * ```ts
 * await areasCommand.run(['Manchester'], context); // 0
 * ```
 */
export const areasCommand = defineCommand({
  name: 'areas',
  usage: ['areas [QUERY] [--on DATE] [--json]'],
  about: `Lists every UK area the library knows (councils, counties, combined authorities, nations), or
those whose name, short name, other spellings or GSS code match QUERY. Any of these can be
given wherever a command takes an AREA.`,
  positionals: { name: 'QUERY', min: 0, max: 1 },
  options: [],
  on: ['only areas that exist on this date (default: every area, past and present)'],
  json: `{"query": string | null, "areas": [{"code", "name", "shortName", "type", "tier",
  "nation", "county"?, "combinedAuthorities": [{"code", "from"?, "until"?}],
  "startDate"?, "endDate"?, "replacedBy": [code]}]}`,
  examples: ['areas manchester', 'areas E08000001 --json'],
  run: ({ positionals, on: date, onGiven, json }, context) => {
    const query = positionals[0];
    const options = onGiven ? { on: date } : {};
    const found = query === undefined ? listAreas(options) : searchAreas(query, options);
    if (query !== undefined && found.length === 0) {
      const result = resolveArea(query, options);
      // A name of an area that did not exist on the date asked (Cumbria in 2026): say what became of it.
      if (result.ok && result.note !== undefined && onGiven) throw new UsageError(`no area matching "${query}" exists on ${date}: ${result.note}`);
      const suggestions = result.ok ? [] : 'suggestions' in result.issue ? result.issue.suggestions : result.issue.candidates;
      throw new UsageError(
        `no area matches "${query}"; ${suggestions.length > 0 ? `did you mean ${suggestions.slice(0, 3).map((a) => `${a.name} (${a.code})`).join(', ')}? ` : ''}try part of the name, or a GSS code such as E08000001`,
      );
    }
    if (json) {
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
    // The "ended" column (the date an area ended, and what replaced it) only when an area listed has ended.
    const ended = found.some((a) => a.endDate !== undefined);
    const rows = found.map((a) => [
      a.code,
      a.shortName,
      a.tier,
      a.name,
      ...(ended ? [a.endDate === undefined ? '' : style.dim(`${a.endDate}${a.replacedBy.length > 0 ? `, now ${a.replacedBy.join(', ')}` : ''}`)] : []),
    ]);
    printText(context, 
      `${style.bold(query === undefined ? `${found.length} areas` : `${found.length} area${found.length === 1 ? '' : 's'} matching "${query}"`)}\n\n` +
        renderTable(['code', 'short name', 'tier', 'name', ...(ended ? ['ended'] : [])], rows, { heading: style.bold, width: context.width }),
    );
    return 0;
  },
});
