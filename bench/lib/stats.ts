/** Summary of one series of measurements, in milliseconds (or bytes for memory). */
export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/**
 * The `p`-th percentile (0–100) of a series, by the nearest-rank method.
 *
 * Nearest rank always returns a value that was actually measured, which keeps a p95 of few
 * samples honest (it is the worst-but-one, not an interpolation).
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  if (p < 0 || p > 100) {
    throw new RangeError(`percentile ${p} is outside 0..100`);
  }
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** n, p50, p95, max and mean of a series; NaN fields for an empty one. */
export function summarize(values: readonly number[]): Summary {
  const n = values.length;
  const mean = n === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / n;
  return {
    n,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    max: n === 0 ? Number.NaN : Math.max(...values),
    mean,
  };
}

/** Rounds for display: two decimals below 10, one below 1000, none above. */
export function formatMs(value: number): string {
  if (!Number.isFinite(value)) {
    return '—';
  }
  if (Math.abs(value) < 10) {
    return value.toFixed(2);
  }
  return Math.abs(value) < 1000 ? value.toFixed(1) : value.toFixed(0);
}
