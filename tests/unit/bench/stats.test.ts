import { describe, expect, it } from 'vitest';
import { formatMs, percentile, summarize } from '../../../bench/lib/stats';

describe('bench stats', () => {
  it('takes percentiles by nearest rank, independent of input order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(10);
  });

  it('returns a measured value even for tiny series', () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 9], 50)).toBe(3);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
  });

  it('refuses a percentile outside 0..100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('summarizes n, p50, p95, max and mean', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(values)).toEqual({ n: 100, p50: 50, p95: 95, max: 100, mean: 50.5 });
  });

  it('formats milliseconds for the table', () => {
    expect(formatMs(1.234)).toBe('1.23');
    expect(formatMs(123.45)).toBe('123.5');
    expect(formatMs(4321.6)).toBe('4322');
    expect(formatMs(Number.NaN)).toBe('—');
  });
});
