import type { Reason, ReasonData } from '../schema/reason.js';
import type { OfferAssessment } from './entitlement.js';

/**
 * An offer's assessment with other reasons (re-dated, or put into words), written out field by
 * field in the engine's order: every field but the optional `recommendation` is required here, so
 * one added later is a compile error, and a copy this way costs a fraction of a spread of a shared,
 * frozen assessment.
 *
 * @param offer - the assessment
 * @param reasons - the reasons it is to have
 * @returns a new assessment, the same in every other field
 * @example
 * ```ts
 * assessmentWithReasons(decided.offers[0]!, []).reasons; // []
 * ```
 */
export function assessmentWithReasons<R extends Reason | ReasonData>(offer: OfferAssessment<Reason | ReasonData>, reasons: readonly R[]): OfferAssessment<R> {
  const copy: Required<Omit<OfferAssessment<R>, 'recommendation'>> = {
    offerId: offer.offerId,
    title: offer.title,
    provider: offer.provider,
    layer: offer.layer,
    status: offer.status,
    versionDate: offer.versionDate,
    state: offer.state,
    conditionsHold: offer.conditionsHold,
    value: offer.value,
    reasons,
    sources: offer.sources,
    lastChecked: offer.lastChecked,
    confidence: offer.confidence,
    assumptions: offer.assumptions,
    partial: offer.partial,
  };
  return offer.recommendation === true ? { ...copy, recommendation: true } : copy;
}
