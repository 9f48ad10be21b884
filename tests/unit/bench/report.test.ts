import { describe, expect, it } from 'vitest';
import {
  checkPasses,
  isGrossBreach,
  markdownTable,
  ratioOf,
  type TargetCheck,
} from '../../../bench/lib/report';

const base: TargetCheck = {
  id: 'T1',
  what: 'keystroke → editor painted, 1mb',
  statistic: 'p95',
  measured: 20,
  unit: 'ms',
  target: 25,
  floor: 16,
  floorName: 'bare CodeMirror',
  maxRatio: 1.25,
};

describe('bench target checks', () => {
  it('divides measured by floor', () => {
    expect(ratioOf(base)).toBe(1.25);
    expect(ratioOf({ ...base, floor: null })).toBeNull();
  });

  it('passes only within both the absolute target and the ratio', () => {
    expect(checkPasses(base)).toBe(true);
    expect(checkPasses({ ...base, measured: 24, floor: 16 })).toBe(false);
    expect(checkPasses({ ...base, measured: 26, floor: 30 })).toBe(false);
    expect(checkPasses({ ...base, failures: ['2 keystrokes dropped'] })).toBe(false);
  });

  it('calls a breach gross only above twice the allowed ratio or on a hard failure', () => {
    expect(isGrossBreach({ ...base, measured: 40, floor: 16 })).toBe(false);
    expect(isGrossBreach({ ...base, measured: 41, floor: 16 })).toBe(true);
    expect(
      isGrossBreach({ ...base, measured: 1000, target: 25, floor: null, maxRatio: null }),
    ).toBe(false);
    expect(isGrossBreach({ ...base, failures: ['dropped keystroke'] })).toBe(true);
    expect(isGrossBreach({ ...base, measured: 1000, notMeasured: 'no root' })).toBe(false);
  });

  it('prints one table row per check with its verdict', () => {
    const table = markdownTable([
      base,
      { ...base, id: 'T6', measured: 200, floor: 10, maxRatio: 6, target: 700 },
    ]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain('1.25× (≤ 1.25×)');
    expect(lines[2]).toContain('| pass |');
    expect(lines[3]).toContain('FAIL (gross)');
  });
});
