/** Order statistics for the benchmark scripts. */

/**
 * The `q` quantile of `values` (0..1), interpolated between neighbours; NaN when empty.
 * @param {number[]} values @param {number} q
 */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** @param {number[]} values */
export const median = (values) => quantile(values, 0.5);
