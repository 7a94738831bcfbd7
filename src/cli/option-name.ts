import { nameWords } from '../validation/name-words.js';

/**
 * How an option is written once dashes, case and underscores are set aside, to look it up among
 * the options' other names (`--dateOfBirth` is `date-of-birth`).
 *
 * @param option - the option as typed (with or without its dashes, without `=VALUE`)
 * @returns the name as the table writes names
 * @example
 * ```ts
 * optionNameOf('--dateOfBirth'); // 'date-of-birth'
 * optionNameOf('--lives_in'); // 'lives-in'
 * ```
 */
export function optionNameOf(option: string): string {
  return nameWords(option).join('-');
}
