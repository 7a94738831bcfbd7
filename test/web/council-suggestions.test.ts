import { describe, expect, it } from 'vitest';
import { listAreas, resolveArea } from '../../src/index.js';
import { type CouncilField, MAX_COUNCIL_SUGGESTIONS, councilFieldValue, councilSuggestionLabel, councilSuggestions } from '../../src/web/council-suggestions.js';

const FIELDS: readonly CouncilField[] = ['responsible', 'lives-in', 'to'];
const councils = listAreas({ current: true, nation: 'England' }).filter((a) => a.tier !== 'nation');

describe('the council fields\' suggestions', () => {
  it('suggest, first, the council a name, short name, GSS code or register code names, as the command line resolves it', () => {
    expect(councilSuggestions('to', 'E08000035').map((a) => a.code)).toEqual(['E08000035']);
    expect(councilSuggestions('responsible', 'BOL')[0]?.code).toBe('E08000001');
    expect(councilSuggestions('lives-in', 'Bolton Council')[0]?.code).toBe('E08000001');
    expect(councilSuggestions('lives-in', 'manchester').map((a) => a.shortName)).toEqual(['Manchester']);
    expect(councilSuggestions('lives-in', 'tyne').map((a) => a.shortName)).toEqual(['Newcastle upon Tyne', 'North Tyneside', 'South Tyneside']);
    for (const area of councils) {
      for (const text of [area.code, area.name, area.shortName]) {
        const resolved = resolveArea(text);
        if (!resolved.ok || resolved.area.code !== area.code) continue; // a name shared with another area
        for (const field of FIELDS) {
          // Only where the council can answer the field: a county is no place to live, a district looks after no one.
          const fits = field === 'responsible' ? area.childrensServices : !['combined', 'nation', 'upper'].includes(area.tier);
          if (fits) expect(councilSuggestions(field, text)[0]?.code, `${field}: ${text}`).toBe(area.code);
          else expect(councilSuggestions(field, text).map((a) => a.code), `${field}: ${text}`).not.toContain(area.code);
        }
      }
    }
  });

  it('put in the field a text the command line resolves to the council chosen', () => {
    for (const area of councils) {
      const value = councilFieldValue(area);
      const resolved = resolveArea(value);
      expect(resolved.ok && resolved.area.code, value).toBe(area.code);
    }
    expect(councilFieldValue(councilSuggestions('to', 'E08000035')[0]!)).toBe('Leeds');
  });

  it('offer, for part of a name, only councils that can answer the field, each with a value that resolves to it', () => {
    for (const query of ['bol', 'man', 'york', 'shire', 'lon', 'north', 'E06', 'st']) {
      for (const field of FIELDS) {
        const found = councilSuggestions(field, query);
        expect(found.length).toBeLessThanOrEqual(MAX_COUNCIL_SUGGESTIONS);
        for (const area of found) {
          const resolved = resolveArea(councilFieldValue(area));
          expect(resolved.ok && resolved.area.code).toBe(area.code);
          if (field === 'responsible') expect(area.childrensServices, `${query}: ${area.name}`).toBe(true);
          else expect(['combined', 'nation', 'upper']).not.toContain(area.tier);
        }
      }
    }
    expect(councilSuggestions('responsible', 'bol').map((a) => a.shortName)).toEqual(['Bolton']); // Bolsover has no children's services
    expect(councilSuggestions('lives-in', 'bol').map((a) => a.shortName)).toEqual(['Bolton', 'Bolsover']);
    expect(councilSuggestions('lives-in', 'Nowhereshire')).toEqual([]);
    // A name that names a council of the wrong kind exactly is not suggested for the field.
    expect(councilSuggestions('lives-in', 'Surrey').map((a) => a.code)).not.toContain('E10000030');
    expect(councilSuggestions('responsible', 'Maidstone').map((a) => a.code)).not.toContain('E07000110');
    expect(councilSuggestions('lives-in', '  ')).toEqual([]);
  });

  it('read as the full name and code, with the date a former council was abolished', () => {
    expect(councilSuggestionLabel(councilSuggestions('to', 'Leeds')[0]!)).toBe('Leeds City Council (E08000035)');
    const former = councilSuggestions('to', 'Richmond').find((a) => a.endDate !== undefined);
    expect(former === undefined ? undefined : councilSuggestionLabel(former)).toMatch(/^Richmondshire District Council \(E07000166\), abolished 2023-04-01$/);
  });
});
