/** The parts of a V8 `.cpuprofile` (Node --cpu-prof, CDP Profiler.stop) the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** One function's self time in a profile. */
export interface HotFunction {
  name: string;
  /** `file:line` of the function (the file's last two path parts). */
  location: string;
  selfMs: number;
}

/** The functions with the most self time, heaviest first (idle and program time excluded). */
export function hottestFunctions(profile: CpuProfile, limit = 15): HotFunction[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, HotFunction>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (
      frame === undefined ||
      frame.functionName === '(idle)' ||
      frame.functionName === '(program)'
    ) {
      return;
    }
    const location = `${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
    const key = `${frame.functionName}@${location}`;
    const entry = self.get(key) ?? {
      name: frame.functionName || '(anonymous)',
      location,
      selfMs: 0,
    };
    entry.selfMs += (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, entry);
  });
  return [...self.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, limit);
}
