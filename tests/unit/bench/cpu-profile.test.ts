import { describe, expect, it } from 'vitest';
import { hottestFunctions, type CpuProfile } from '../../../bench/lib/cpu-profile';

const frame = (functionName: string, lineNumber: number) => ({
  functionName,
  url: 'file:///app/src/a.js',
  lineNumber,
});

describe('cpu profile summary', () => {
  it('adds self time per function and sorts heaviest first, without idle time', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)', -1) },
        { id: 2, callFrame: frame('render', 9) },
        { id: 3, callFrame: frame('', 19) },
      ],
      samples: [2, 1, 3, 2, 1, 2],
      timeDeltas: [1000, 50000, 2000, 3000, 50000, 500],
    };
    expect(hottestFunctions(profile)).toEqual([
      { name: 'render', location: 'src/a.js:10', selfMs: 4.5 },
      { name: '(anonymous)', location: 'src/a.js:20', selfMs: 2 },
    ]);
    expect(hottestFunctions(profile, 1)).toHaveLength(1);
  });
});
