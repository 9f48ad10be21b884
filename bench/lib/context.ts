import type { ScenarioResult } from './report';

/** What every scenario is handed by the runner. */
export interface BenchContext {
  /** `--quick`: fewer samples and smaller workspaces, a few minutes in all. */
  quick: boolean;
  /** `--profile`: record CPU profiles of the app while it is timed (slows it down a little). */
  profile: boolean;
  /** The project root (where package.json and dist/ are). */
  projectRoot: string;
  /** A temporary folder for this run's fixtures; removed at the end. */
  workDir: string;
  /** Prints one progress line. */
  log: (line: string) => void;
}

/** The function each scenario module exports. */
export type ScenarioRunner = (ctx: BenchContext) => Promise<ScenarioResult>;

/** Resolves after the event loop has had a turn (lets watchers and timers run). */
export function tick(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
