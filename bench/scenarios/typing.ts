import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchHome, openBenchApp, type BenchApp } from '../browser/bench-app';
import { openPostAndSettle, pageIdle, previewSettled } from '../browser/settle';
import { benchPostPath, benchTitle, writeBrowserWorkspace } from '../browser/bench-workspace';
import { serveFloorPage, typeOnFloorPage } from '../browser/floor-page';
import { profilePage } from '../browser/page-profiler';
import { installProbe } from '../browser/probe';
import { typeAndTime, type TypingSamples } from '../browser/typing-session';
import { launchBrowser } from '../../tests/e2e/support';
import type { PostSize } from '../fixtures/workspaces';
import type { BenchContext } from '../lib/context';
import { measure, type Measurement, type ScenarioResult, type TargetCheck } from '../lib/report';
import { percentile } from '../lib/stats';

const sizes: PostSize[] = ['15kb-zh', '1mb', '10mb'];

/**
 * Typing in the app (serve mode, split view, preview on) against bare CodeMirror pages with the
 * same document: T1 and T2 (keystroke → editor painted), T3 and T4 (keystroke → preview painted,
 * every key reflected).
 */
export async function runScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const keys = (size: PostSize): number =>
    size === '10mb' ? (ctx.quick ? 15 : 60) : ctx.quick ? 40 : 200;
  const measurements: Measurement[] = [];
  const notes: string[] = [];
  const floors = new Map<string, TypingSamples>();
  const app = new Map<PostSize, TypingSamples>();
  const editorOnly = new Map<PostSize, TypingSamples>();

  const floorServer = await serveFloorPage(ctx.projectRoot, join(ctx.workDir, 'floor'), sizes);
  const browser = await launchBrowser();
  try {
    for (const size of sizes) {
      for (const withMarkdown of size === '10mb' ? [false, true] : [true]) {
        const key = `${size}${withMarkdown ? '' : ' no-language'}`;
        ctx.log(`  floor: bare CodeMirror ${key}`);
        const samples = await typeOnFloorPage(
          browser.page,
          floorServer.origin,
          size,
          withMarkdown,
          keys(size),
        );
        floors.set(key, samples);
        measurements.push(
          measure(
            `floor: bare CodeMirror${withMarkdown ? ' + markdown' : ''}, ${size}`,
            samples.editor,
          ),
        );
      }
      if (size !== '10mb') {
        // Not a floor: where between the floor and the app a keystroke's cost comes from.
        ctx.log(`  diagnostic: the app's editor alone, ${size}`);
        const alone = await typeOnFloorPage(
          browser.page,
          floorServer.origin,
          size,
          'app-editor',
          keys(size),
        );
        measurements.push(
          measure(
            `diagnostic: the app's editor alone (no React, no preview), ${size}`,
            alone.editor,
          ),
        );
      }
    }
  } finally {
    await browser.close();
    await floorServer.close();
  }

  const workspace = join(ctx.workDir, 'workspace');
  writeBrowserWorkspace(workspace, ctx.quick ? 200 : 1000);
  try {
    await typeInApp(ctx, workspace, keys, { app, editorOnly }, measurements, notes);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    notes.push(`app: not measured: ${reason}`);
    return {
      scenario: 'typing',
      measurements,
      notes,
      checks: checksOf(floors, app, editorOnly).map((check) => ({
        ...check,
        notMeasured: `app failed: ${reason}`,
      })),
    };
  }
  return {
    scenario: 'typing',
    measurements,
    checks: checksOf(floors, app, editorOnly),
    notes,
  };
}

async function typeInApp(
  ctx: BenchContext,
  workspace: string,
  keys: (size: PostSize) => number,
  results: { app: Map<PostSize, TypingSamples>; editorOnly: Map<PostSize, TypingSamples> },
  measurements: Measurement[],
  notes: string[],
): Promise<void> {
  const opened = await openBenchApp(ctx.projectRoot, workspace, benchHome(ctx.workDir, 'typing'));
  try {
    for (const size of sizes) {
      ctx.log(`  app: ${size}`);
      try {
        const samples = await typeInPost(ctx, opened, workspace, size, keys(size), notes);
        results.app.set(size, samples);
        measurements.push(
          measure(`app: keystroke → editor painted, ${size}`, samples.editor),
          measure(`app: keystroke → preview painted, ${size}`, samples.preview),
        );
        notes.push(
          `${size}: of ${keys(size)} keys, ${samples.droppedByEditor} never painted by the editor and ${samples.droppedByPreview} never shown by the preview within 3 s`,
        );
        if (size !== '10mb') {
          ctx.log(`  app, editor only: ${size}`);
          const alone = await typeWithEditorOnly(opened, keys(size));
          results.editorOnly.set(size, alone);
          measurements.push(
            measure(`app, editor only: keystroke → editor painted, ${size}`, alone.editor),
          );
        }
      } catch (error) {
        notes.push(
          `${size}: not measured: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`,
        );
      }
    }
    if (opened.pageErrors.length > 0) {
      notes.push(`page errors: ${opened.pageErrors.slice(0, 3).join(' | ')}`);
    }
  } finally {
    await opened.close();
  }
}

/** Opens one sized post in the app and types into it, timing editor and preview. */
async function typeInPost(
  ctx: BenchContext,
  opened: BenchApp,
  workspace: string,
  size: PostSize,
  n: number,
  notes: string[],
): Promise<TypingSamples> {
  await openPostAndSettle(opened.app, benchTitle(size));
  // T1-T4 are about typing in an open post: the first key waits until the preview has the whole
  // post (a 10 MB post's first render in the worker takes seconds; opening is T5's business).
  const text = readFileSync(join(workspace, benchPostPath(size)), 'utf8');
  const lastLine = text.trimEnd().split('\n').length - 1;
  await previewSettled(opened.page, lastLine).catch(() => {
    notes.push(`${size}: the preview had not settled after 60 s; typing started anyway`);
  });
  await installProbe(opened.page);
  const editor = await opened.app.editor().elementHandle({ timeout: 60_000 });
  const frame = await opened.app
    .preview()
    .locator('iframe')
    .elementHandle({ timeout: 10_000 })
    .catch(() => null);
  if (frame === null) {
    notes.push(
      `${size}: no preview frame (region "Preview" with an iframe) found: preview not timed`,
    );
  }
  return profilePage(
    opened.page,
    ctx.profile,
    join(ctx.projectRoot, 'bench-results', `typing-${size}.cpuprofile`),
    ctx.log,
    () => typeAndTime(opened.page, editor, frame, n),
  );
}

/**
 * Types into the open post with the preview hidden (the view "Editor only"), then shows it again:
 * the editor-only keystroke that T3 and T4 hold the preview's keystroke against.
 */
async function typeWithEditorOnly(opened: BenchApp, n: number): Promise<TypingSamples> {
  const view = opened.page.getByRole('group', { name: 'View' });
  await view.getByRole('button', { name: 'Editor only', exact: true }).click();
  await opened.app.preview().waitFor({ state: 'detached', timeout: 10_000 });
  await pageIdle(opened.page);
  await opened.page.waitForTimeout(500);
  try {
    await installProbe(opened.page);
    const editor = await opened.app.editor().elementHandle({ timeout: 10_000 });
    return await typeAndTime(opened.page, editor, null, n);
  } finally {
    await view.getByRole('button', { name: 'Editor and preview', exact: true }).click();
    await opened.app.preview().waitFor({ timeout: 10_000 });
  }
}

function p(samples: TypingSamples | undefined, which: 'editor' | 'preview', q: number): number {
  return samples === undefined ? Number.NaN : percentile(samples[which], q);
}

function dropped(samples: TypingSamples | undefined): string[] {
  if (samples === undefined) {
    return [];
  }
  const lost = samples.droppedByEditor + samples.droppedByPreview;
  return lost > 0
    ? [
        `${samples.droppedByEditor} keys never painted by the editor, ${samples.droppedByPreview} never shown by the preview`,
      ]
    : [];
}

function checksOf(
  floors: Map<string, TypingSamples>,
  app: Map<PostSize, TypingSamples>,
  editorOnly: Map<PostSize, TypingSamples>,
): TargetCheck[] {
  const base = { unit: 'ms' as const, floorName: 'bare CodeMirror + markdown' };
  const checks: TargetCheck[] = [];
  for (const size of ['15kb-zh', '1mb'] as const) {
    checks.push({
      ...base,
      id: 'T1',
      what: `keystroke → editor painted, ${size}, preview on`,
      statistic: 'p95',
      measured: p(app.get(size), 'editor', 95),
      target: 25,
      floor: p(floors.get(size), 'editor', 95),
      maxRatio: 1.25,
    });
  }
  checks.push({
    ...base,
    id: 'T2',
    what: 'keystroke → editor painted, 10mb',
    statistic: 'p95',
    measured: p(app.get('10mb'), 'editor', 95),
    target: 50,
    floor: p(floors.get('10mb no-language'), 'editor', 95),
    floorName: 'bare CodeMirror, no language',
    maxRatio: 3,
    // The preview may pause for a 10 MB post; only keys the editor never painted count here.
    failures:
      (app.get('10mb')?.droppedByEditor ?? 0) > 0
        ? [`${app.get('10mb')?.droppedByEditor} keys never painted by the editor within 3 s`]
        : [],
  });
  const small = app.get('15kb-zh');
  const large = app.get('1mb');
  // T3 and T4 hold the preview's keystroke against the editor-only keystroke (the floor
  // for them): the app typed with the preview hidden. Without that series, bare CodeMirror.
  const editorOnlyFloor = (size: PostSize) => {
    const alone = editorOnly.get(size);
    return alone === undefined || alone.editor.length === 0
      ? { floor: p(floors.get(size), 'editor', 95), floorName: base.floorName }
      : { floor: p(alone, 'editor', 95), floorName: 'the app, editor only' };
  };
  checks.push(
    {
      ...base,
      id: 'T3',
      what: 'keystroke → preview painted, 15kb-zh',
      statistic: 'p50',
      measured: p(small, 'preview', 50),
      target: 10,
      floor: null,
      maxRatio: null,
    },
    {
      ...base,
      id: 'T3',
      what: 'keystroke → preview painted, 15kb-zh',
      statistic: 'p95',
      measured: p(small, 'preview', 95),
      target: 16,
      ...editorOnlyFloor('15kb-zh'),
      maxRatio: 1.25,
      failures: dropped(small),
    },
    {
      ...base,
      id: 'T4',
      what: 'keystroke → preview painted, 1mb',
      statistic: 'p50',
      measured: p(large, 'preview', 50),
      target: 25,
      floor: null,
      maxRatio: null,
    },
    {
      ...base,
      id: 'T4',
      what: 'keystroke → preview painted, 1mb, every key',
      statistic: 'p95',
      measured: p(large, 'preview', 95),
      target: 40,
      ...editorOnlyFloor('1mb'),
      maxRatio: 2,
      failures: dropped(large),
    },
  );
  return checks;
}
