import type { ResponsibleAuthorityCondition } from '../schema/condition.js';
import { type ConditionCheck, type ConditionContext, MET, conditionCheck } from './condition-check.js';
import { someOf } from '../lists/frozen-lists.js';

/**
 * Checks which council looked after the person: the provider's own care leavers (`own`), those
 * of councils within some areas (`within`, leaving out any within its `except`), or any
 * council's (`any`).
 *
 * @param condition - the scope
 * @param context - the person, the offer's provider and the geography
 * @returns met or not-met
 * @example
 * ```ts
 * checkResponsibleAuthority({ type: 'responsible-authority', scope: 'own' }, context).state;
 * ```
 */
export function checkResponsibleAuthority(
  condition: ResponsibleAuthorityCondition,
  context: ConditionContext,
): ConditionCheck {
  const { person, geography, on, offerId, offerTitle, providerCode } = context;
  if (condition.scope === 'any') return MET;
  const lookedAfterWithin = context.responsibleWithin ?? ((area: string) => geography.isWithin(person.responsibleAuthority, area, on));
  // "Own" is the one area most offers name: tested without building a list of it.
  if (condition.scope === 'own' ? lookedAfterWithin(providerCode) : someOf(condition.areas ?? [], lookedAfterWithin)) {
    if (condition.except === undefined || !someOf(condition.except, lookedAfterWithin)) return MET;
    return conditionCheck('not-met', { code: 'responsible-authority-excepted', offerId, offerTitle, except: condition.except, responsibleAuthority: person.responsibleAuthority });
  }
  const areas = condition.scope === 'own' ? [providerCode] : (condition.areas ?? []);
  return conditionCheck('not-met', { code: 'responsible-authority-outside', offerId, offerTitle, areas, responsibleAuthority: person.responsibleAuthority });
}
