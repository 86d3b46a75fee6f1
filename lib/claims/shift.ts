/**
 * Moving what a reading found in a part of a text (a slice, the lines kept by the focus) to
 * where it stands in the whole text.
 */
import type { Claim, Span } from '../types';

/** `span` moved `by` characters (the same object when `by` is 0). */
export function shiftSpan<T extends Span>(span: T, by: number): T {
  return by === 0 ? span : { ...span, start: span.start + by, end: span.end + by };
}

/** `claim` and its figures moved `by` characters. */
export function shiftClaim(claim: Claim, by: number): Claim {
  return by === 0
    ? claim
    : { ...shiftSpan(claim, by), figures: claim.figures.map((f) => shiftSpan(f, by)) };
}
