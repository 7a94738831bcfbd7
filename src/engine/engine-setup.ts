import type { LeapDayBirthdayRule } from '../dates/birthday.js';
import type { Geography } from '../areas/geography.js';
import type { Kind } from '../schema/kind.js';
import type { Person } from '../schema/person.js';
import type { DatasetIndex } from './dataset-index.js';

/**
 * The settings every engine function works from, after checking its input (see `setUpEngine`).
 *
 * @example
 * ```ts
 * const setup: EngineSetup = setUpEngine(person, { on: '2026-11-23' }, embeddedDataset, {});
 * setup.kinds.length; // every kind, unless the options named some
 * ```
 */
export interface EngineSetup {
  readonly person: Person;
  readonly geography: Geography;
  readonly leapDayBirthday: LeapDayBirthdayRule;
  readonly index: DatasetIndex;
  readonly kinds: readonly Kind[];
}
