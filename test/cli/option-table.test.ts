import { describe, expect, it } from 'vitest';
import { FactName } from '../../src/index.js';
import { PERSON_HELP } from '../../src/cli/help.js';
import { OUTPUT_OPTION_TABLE, PERSON_OPTION_TABLE, optionForFact, optionSpecs } from '../../src/cli/option-table.js';
import { PERSON_OPTIONS } from '../../src/cli/person-options.js';

describe('the option table', () => {
  it('names every person fact as the option that gives it', () => {
    for (const fact of FactName.options) expect(optionForFact(fact), fact).toMatch(/^--[a-z-]+/);
    expect(optionForFact('household', { suggest: true })).toBe('--household alone|only-care-leavers|with-others');
    expect(optionForFact('noRecourseToPublicFunds')).toBe('--no-recourse-to-public-funds or --not-no-recourse-to-public-funds');
  });

  it('gives the parser every option it lists in the help, and the help every option the parser takes', () => {
    for (const option of [...PERSON_OPTION_TABLE, ...OUTPUT_OPTION_TABLE]) {
      expect(PERSON_OPTIONS[option.name]).toEqual(optionSpecs([option])[option.name]);
      expect(PERSON_HELP).toContain(`--${option.name}${option.value === undefined ? '' : ` ${option.value}`}`);
    }
    for (const name of Object.keys(PERSON_OPTIONS)) expect(PERSON_HELP).toContain(`--${name.replace(/^not-/, '')}`);
  });
});
