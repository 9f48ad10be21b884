import { join } from 'node:path';
import { benchHome, openBenchApp } from '../browser/bench-app';
import { benchTitle, writeBrowserWorkspace } from '../browser/bench-workspace';
import { sampleMemory, type MemorySample } from '../browser/renderer-memory';
import type { BenchContext } from '../lib/context';
import { measure, type ScenarioResult } from '../lib/report';

/**
 * T10: the renderer's memory with the seed post (the 15 KB Chinese post) open, and what opening the
 * 1 MB post adds. Measured after a forced GC: the page's JS heap (CDP) and the PSS of every
 * renderer process of the browser (/proc), which over-counts slightly when Chromium keeps a spare
 * renderer: it is an upper bound, never an estimate.
 */
export async function runScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const root = join(ctx.workDir, 'workspace');
  writeBrowserWorkspace(root, 200);
  const opened = await openBenchApp(ctx.projectRoot, root, benchHome(ctx.workDir, 'memory'));
  let seed: MemorySample;
  let large: MemorySample;
  try {
    await opened.app.openPost(benchTitle('15kb-zh'));
    await opened.page.waitForTimeout(1000);
    seed = await sampleMemory(opened.browser.browser, opened.page);
    await opened.app.openPost(benchTitle('1mb'));
    await opened.page.waitForTimeout(2000);
    large = await sampleMemory(opened.browser.browser, opened.page);
  } finally {
    await opened.close();
  }
  const added = large.rendererPssMb - seed.rendererPssMb;
  return {
    scenario: 'memory',
    measurements: [
      measure('seed post open: renderer processes PSS', [seed.rendererPssMb], 'MB'),
      measure('seed post open: page JS heap used', [seed.jsHeapMb], 'MB'),
      measure('1 MB post open: renderer processes PSS', [large.rendererPssMb], 'MB'),
      measure('1 MB post open: page JS heap used', [large.jsHeapMb], 'MB'),
    ],
    notes: [
      `renderer processes counted: ${seed.rendererCount} (seed), ${large.rendererCount} (1 MB)`,
    ],
    checks: [
      {
        id: 'T10',
        what: `memory, seed post open (PSS of ${seed.rendererCount} renderer processes)`,
        statistic: 'once',
        measured: seed.rendererPssMb,
        unit: 'MB',
        target: 200,
        floor: null,
        floorName: null,
        maxRatio: null,
      },
      {
        id: 'T10',
        what: 'memory added by the 1 MB post (renderer PSS)',
        statistic: 'once',
        measured: added,
        unit: 'MB',
        target: 60,
        floor: null,
        floorName: null,
        maxRatio: null,
      },
    ],
  };
}
