import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchHome, openBenchApp } from '../browser/bench-app';
import { benchPostPath, benchTitle, writeBrowserWorkspace } from '../browser/bench-workspace';
import { openPostAndSettle, pageIdle } from '../browser/settle';
import { profilePage } from '../browser/page-profiler';
import { armOpenProbe, firstHeading, openProbeResult } from '../browser/open-probe';
import type { PostSize } from '../fixtures/workspaces';
import type { BenchContext } from '../lib/context';
import { measure, type Measurement, type ScenarioResult, type TargetCheck } from '../lib/report';
import { percentile } from '../lib/stats';

const sizes: PostSize[] = ['15kb-zh', '1mb', '10mb'];
const targets: Partial<Record<PostSize, number>> = { '1mb': 300, '10mb': 600 };

/**
 * T5: click a post in the list until the editor and the preview both show its first heading
 * (and the window title names it), painted. Each sample opens the 200 KB post first, so every
 * open replaces a different post.
 */
export async function runScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const n = ctx.quick ? 3 : 10;
  const root = join(ctx.workDir, 'workspace');
  writeBrowserWorkspace(root, ctx.quick ? 200 : 1000);
  const opened = await openBenchApp(ctx.projectRoot, root, benchHome(ctx.workDir, 'open'));
  const measurements: Measurement[] = [];
  const notes: string[] = [];
  const p95 = new Map<PostSize, number>();
  let hasPreview = true;
  try {
    await openPostAndSettle(opened.app, benchTitle('200kb'));
    hasPreview = (await opened.app.preview().locator('iframe').count()) > 0;
    if (!hasPreview) {
      notes.push(
        'no preview frame (region "Preview" with an iframe): opens timed until the editor is painted only',
      );
    }
    for (const size of sizes) {
      const heading = firstHeading(readFileSync(join(root, benchPostPath(size)), 'utf8'));
      const samples: number[] = [];
      let timeouts = 0;
      ctx.log(`  open ${size} × ${n}`);
      for (let i = 0; i < n; i++) {
        await openPostAndSettle(opened.app, benchTitle('200kb'));
        await armOpenProbe(
          opened.page,
          { title: benchTitle(size), heading, withList: false, withPreview: hasPreview },
          false,
          60_000,
        );
        // With --profile, the last open of each size is profiled (the earlier ones are timed clean).
        const ms = await profilePage(
          opened.page,
          ctx.profile && i === n - 1,
          join(ctx.projectRoot, 'bench-results', `open-${size}.cpuprofile`),
          ctx.log,
          async () => {
            await opened.app.post(benchTitle(size)).click();
            return openProbeResult(opened.page);
          },
        );
        await pageIdle(opened.page);
        if (ms < 0) {
          timeouts += 1;
        } else {
          samples.push(ms);
        }
      }
      if (timeouts > 0) {
        notes.push(`${size}: ${timeouts} of ${n} opens not painted within 60 s`);
      }
      const painted = hasPreview ? 'editor and preview painted' : 'editor painted (no preview)';
      measurements.push(measure(`open ${size}: click → ${painted}`, samples));
      p95.set(size, percentile(samples, 95));
    }
    if (opened.pageErrors.length > 0) {
      notes.push(`page errors: ${opened.pageErrors.slice(0, 3).join(' | ')}`);
    }
  } finally {
    await opened.close();
  }
  const checks: TargetCheck[] = (['1mb', '10mb'] as const).map((size) => ({
    id: 'T5',
    what: `open a post until editor and preview are painted, ${size}`,
    statistic: 'p95',
    measured: p95.get(size) ?? Number.NaN,
    unit: 'ms',
    target: targets[size] ?? null,
    floor: null,
    floorName: null,
    maxRatio: null,
    ...(hasPreview
      ? {}
      : { notMeasured: 'the app shows no preview frame (editor-only opens are in the results)' }),
  }));
  return { scenario: 'open-post', measurements, checks, notes };
}
