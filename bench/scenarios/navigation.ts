import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, type LaunchedBrowser } from '../../tests/e2e/support';
import { AppPage } from '../../tests/e2e/support';
import { benchPostPath, benchTitle, writeBrowserWorkspace } from '../browser/bench-workspace';
import {
  armAtNavigationSource,
  firstHeading,
  openProbeResult,
  type PaintedPost,
} from '../browser/open-probe';
import { startServer } from '../browser/serve';
import type { BenchContext } from '../lib/context';
import { measure, type Measurement, type ScenarioResult } from '../lib/report';
import { percentile } from '../lib/stats';

/** Navigates a new page `n` times, timing each until `spec` is painted; stops at the first miss. */
async function navigations(
  browser: LaunchedBrowser,
  url: string,
  n: number,
  spec: PaintedPost,
): Promise<number[]> {
  const page = await browser.context.newPage();
  await page.addInitScript(armAtNavigationSource(spec, 10_000));
  const samples: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      await page.goto(url);
      const ms = await openProbeResult(page);
      if (ms < 0) {
        break;
      }
      samples.push(ms);
    }
  } finally {
    await page.close();
  }
  return samples;
}

/**
 * Cold start and T9 on a workspace of 10,000 posts (2,000 in the quick bench):
 * - cold start: spawn `postwright serve` with fresh user data until it prints its URL, then the
 *   first navigation of a fresh Chromium until the post list is painted;
 * - T9: with a post opened before, each navigation until that post is painted in the editor and
 *   the preview and the list is painted (from navigation start, in-page).
 */
export async function runScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const count = ctx.quick ? 2000 : 10_000;
  const n = ctx.quick ? 5 : 15;
  const root = join(ctx.workDir, 'workspace');
  ctx.log(`  writing ${count} posts`);
  writeBrowserWorkspace(root, count);
  const server = await startServer(ctx.projectRoot, root, join(ctx.workDir, 'home'));
  const measurements: Measurement[] = [
    measure(`serve start (spawn → URL printed), ${count} posts, fresh index`, [server.startMs]),
  ];
  const notes: string[] = [];
  const browser = await launchBrowser();
  const navigation: number[] = [];
  try {
    await browser.page.addInitScript(
      armAtNavigationSource({ title: '', heading: '', withList: true, listOnly: true }),
    );
    await browser.page.goto(server.url);
    const first = await openProbeResult(browser.page);
    measurements.push(
      measure('first navigation (fresh browser) → list painted', first < 0 ? [] : [first]),
    );
    const app = new AppPage(browser.page, root);
    const size = '15kb-zh';
    await app.openPost(benchTitle(size));
    const withPreview = (await app.preview().locator('iframe').count()) > 0;
    // Let the app remember the open post (settings are written after a short delay).
    await browser.page.waitForTimeout(1500);
    ctx.log(`  navigation × ${n}`);
    const listOnly = await navigations(browser, server.url, n, {
      title: '',
      heading: '',
      withList: true,
      listOnly: true,
    });
    measurements.push(measure('navigation → list painted', listOnly));
    const heading = firstHeading(readFileSync(join(root, benchPostPath(size)), 'utf8'));
    const spec = { title: benchTitle(size), heading, withList: true, withPreview };
    navigation.push(...(await navigations(browser, server.url, n, spec)));
    if (navigation.length === 0) {
      notes.push(
        'the first navigation did not show the last post within 10 s: the app does not reopen it',
      );
    }
    if (!withPreview) {
      notes.push('no preview frame in the app: "painted" means editor and list only');
    }
    measurements.push(
      measure(
        `navigation → last post (${size}) in editor${withPreview ? ', preview' : ''} and list painted`,
        navigation,
      ),
    );
  } finally {
    await browser.close();
    await server.stop();
  }
  const measured = percentile(navigation, 95);
  return {
    scenario: 'navigation',
    measurements,
    notes,
    checks: [
      // With no sample the measured value is NaN, which fails the check (it is not a gross breach).
      {
        id: 'T9',
        what: `serve mode: navigation → last post painted (${count} posts)`,
        statistic: 'p95',
        measured,
        unit: 'ms',
        target: 700,
        floor: null,
        floorName: null,
        maxRatio: null,
      },
    ],
  };
}
