import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createBackend } from '../../electron/node/backend';
import { writeHugoWorkspace, writeJekyllWorkspace } from '../fixtures/workspaces';
import type { BenchContext } from '../lib/context';
import { dropCaches } from '../lib/drop-caches';
import { readdirStatWalk } from '../lib/floor-walk';
import { measure, type Measurement, type ScenarioResult, type TargetCheck } from '../lib/report';
import { percentile } from '../lib/stats';
import { timeWatcherUpdates } from './index-watch';

const postCount = 10_000;

interface OpenTiming {
  ms: number;
  posts: number;
  /** The longest the event loop was blocked during the open (IPC/HTTP could not answer). */
  maxBlockMs: number;
  /** From the start of the open until the watcher is ready and the index reconciled (watching only). */
  watchingMs: number | null;
}

/**
 * Opens the workspace through `createBackend` and lists its posts. With `watch` (what serve mode
 * and the desktop app do) the time includes the watcher's start, which the backend awaits.
 */
async function timeOpen(root: string, userDataDir: string, watch: boolean): Promise<OpenTiming> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const start = performance.now();
  const backend = await createBackend({ root, userDataDir, watch, log: () => undefined });
  const posts = await backend.listPosts({});
  const ms = performance.now() - start;
  histogram.disable();
  let watchingMs: number | null = null;
  if (watch) {
    await backend.whenWatching();
    watchingMs = performance.now() - start;
  }
  await backend.close();
  return { ms, posts: posts.length, maxBlockMs: histogram.max / 1e6, watchingMs };
}

/**
 * Runs `fn` n times, dropping the page cache first when `cold`; null when caches cannot be dropped.
 * Each sample starts after a full garbage collection (the bench runs with `--expose-gc`): an open
 * of 10,000 posts leaves megabytes of garbage, and its collection landing in the next sample made
 * one warm reopen of ten take 117 ms instead of ~60.
 */
async function series(
  n: number,
  cold: boolean,
  fn: () => Promise<number> | number,
): Promise<number[] | string> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    if (cold) {
      const refused = dropCaches();
      if (refused !== null) {
        return refused;
      }
    }
    (globalThis as { gc?: () => void }).gc?.();
    samples.push(await fn());
  }
  return samples;
}

/**
 * Indexing 10,000 posts (Jekyll, and Hugo page bundles) through `createBackend` + `listPosts`,
 * beside the floor (readdir + stat of the same tree) measured in the same run: first open with no
 * persistent index, reopen from it, warm and (when the page cache can be dropped) cold; then T8.
 */
export async function runScenario(ctx: BenchContext): Promise<ScenarioResult> {
  // p95 of 20 is not the slowest sample: one outlier of a noisy machine does not decide it.
  const n = ctx.quick ? 3 : 20;
  // Dropping the page cache slows every process on the machine: few cold samples.
  const coldN = ctx.quick ? 2 : 5;
  const measurements: Measurement[] = [];
  const notes: string[] = [];
  const p95: Record<string, number> = {};
  let coldRefused: string | null = null;
  // The quick bench takes Hugo page bundles warm only (10,000 folders: the watcher's start and the
  // bundle list), with fewer samples; the full bench takes both workspaces warm and cold.
  for (const kind of ['jekyll', 'hugo'] as const) {
    const isBrief = ctx.quick && kind === 'hugo';
    const root = join(ctx.workDir, kind);
    ctx.log(`  writing ${postCount} ${kind} posts`);
    (kind === 'jekyll' ? writeJekyllWorkspace : writeHugoWorkspace)(root, postCount);
    const record = (name: string, samples: number[] | string): void => {
      if (typeof samples === 'string') {
        coldRefused = samples;
        notes.push(`${kind} ${name}: not measured: ${samples}`);
        return;
      }
      measurements.push(measure(`${kind}: ${name}`, samples));
      p95[`${kind} ${name}`] = percentile(samples, 95);
    };
    const blocks: number[] = [];
    const watching: number[] = [];
    const open = async (userDataDir: string, watch: boolean): Promise<number> => {
      const timing = await timeOpen(root, userDataDir, watch);
      blocks.push(timing.maxBlockMs);
      if (timing.watchingMs !== null) {
        watching.push(timing.watchingMs);
      }
      return timing.ms;
    };
    const briefN = isBrief ? 2 : n;
    const fresh = (): string => mkdtempSync(join(ctx.workDir, 'user-data-'));
    ctx.log(`  ${kind}: floor, first open, persistent index (warm, then cold)`);
    record(
      'floor: readdir + stat, warm',
      await series(briefN, false, () => timeSync(() => readdirStatWalk(root))),
    );
    if (!isBrief) {
      record(
        'first open, no persistent index, not watching',
        await series(n, false, () => open(fresh(), false)),
      );
    }
    record(
      'first open, no persistent index, warm disk',
      await series(briefN, false, () => open(fresh(), true)),
    );
    const persistent = fresh();
    await open(persistent, true);
    if (!isBrief) {
      record(
        'reopen from the persistent index, not watching',
        await series(n, false, () => open(persistent, false)),
      );
    }
    record(
      'reopen from the persistent index, warm disk',
      await series(briefN, false, () => open(persistent, true)),
    );
    measurements.push(measure(`${kind}: longest event-loop block during an open`, blocks));
    measurements.push(
      measure(`${kind}: open → watching (watcher ready, index reconciled), warm`, watching),
    );
    if (isBrief) {
      const watched = await timeWatcherUpdates(root, fresh(), 5);
      measurements.push(measure(`${kind}: file written → postsChanged`, watched.fromWrite));
      notes.push(...watched.notes);
      continue;
    }
    record(
      'floor: readdir + stat, cold',
      await series(coldN, true, () => timeSync(() => readdirStatWalk(root))),
    );
    record(
      'first open, no persistent index, cold, not watching',
      await series(coldN, true, () => open(fresh(), false)),
    );
    record(
      'first open, no persistent index, cold disk',
      await series(coldN, true, () => open(fresh(), true)),
    );
    record(
      'reopen from the persistent index, cold disk',
      await series(coldN, true, () => open(persistent, true)),
    );
    if (kind === 'jekyll') {
      ctx.log('  jekyll: one post changed on disk → postsChanged (T8)');
      const watched = await timeWatcherUpdates(root, fresh(), ctx.quick ? 10 : 30);
      measurements.push(
        measure('jekyll: file written → postsChanged', watched.fromWrite),
        measure(
          'jekyll: raw fs event (chokidar, no settling) → postsChanged',
          watched.fromRawEvent,
        ),
      );
      p95.t8 = percentile(watched.fromRawEvent, 95);
      notes.push(...watched.notes);
    }
  }
  return { scenario: 'index', measurements, notes, checks: checksOf(p95, coldRefused) };
}

function timeSync(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function checksOf(p95: Record<string, number>, coldRefused: string | null): TargetCheck[] {
  const base = { statistic: 'p95', unit: 'ms' as const };
  const cold = coldRefused === null ? {} : { notMeasured: `cold: ${coldRefused}` };
  const warmFloor = p95['jekyll floor: readdir + stat, warm'] ?? null;
  const coldFloor = p95['jekyll floor: readdir + stat, cold'] ?? null;
  const at = (key: string): number => p95[key] ?? Number.NaN;
  return [
    {
      ...base,
      ...cold,
      id: 'T6',
      what: 'index 10k posts, first open, cold disk',
      measured: at('jekyll first open, no persistent index, cold disk'),
      target: 700,
      floor: coldFloor,
      floorName: 'readdir+stat cold',
      maxRatio: 6,
    },
    {
      ...base,
      id: 'T6',
      what: 'index 10k posts, first open, warm disk (cold stand-in)',
      measured: at('jekyll first open, no persistent index, warm disk'),
      target: 700,
      floor: warmFloor,
      floorName: 'readdir+stat warm',
      maxRatio: 6,
    },
    {
      ...base,
      ...cold,
      id: 'T7',
      what: 'index 10k posts from the persistent index, cold',
      measured: at('jekyll reopen from the persistent index, cold disk'),
      target: 250,
      floor: coldFloor,
      floorName: 'readdir+stat cold',
      maxRatio: 2,
    },
    {
      ...base,
      id: 'T7',
      what: 'index 10k posts from the persistent index, warm',
      measured: at('jekyll reopen from the persistent index, warm disk'),
      target: 130,
      floor: warmFloor,
      floorName: 'readdir+stat warm',
      maxRatio: 2,
    },
    {
      ...base,
      id: 'T8',
      what: 'one post changed → postsChanged, after the raw fs event',
      measured: p95.t8 ?? Number.NaN,
      target: 50,
      floor: null,
      floorName: null,
      maxRatio: null,
    },
  ];
}
