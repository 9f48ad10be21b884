import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PostSize } from '../fixtures/workspaces';
import { installProbe } from './probe';
import { serveStatic, type StaticServer } from './static-server';
import { typeAndTime, type TypingSamples } from './typing-session';
import { writeFloorDoc } from './bench-workspace';

/**
 * The bare CodeMirror page (bench/pages/bare-editor.ts) and the app's editor alone
 * (bench/pages/app-editor.ts), served from a temp folder.
 */
export async function serveFloorPage(
  projectRoot: string,
  dir: string,
  sizes: PostSize[],
): Promise<StaticServer> {
  mkdirSync(dir, { recursive: true });
  for (const page of ['bare-editor', 'app-editor']) {
    copyFileSync(join(projectRoot, `dist/bench/pages/${page}.js`), join(dir, `${page}.js`));
    writeFileSync(
      join(dir, `${page}.html`),
      `<!doctype html><meta charset="utf-8"><title>loading</title><style>html,body{height:100%;margin:0}.cm-editor{height:100vh}</style><script src="/${page}.js"></script>\n`,
    );
  }
  for (const size of sizes) {
    writeFloorDoc(dir, size);
  }
  return serveStatic(dir);
}

/**
 * Types `n` keys into the bare editor with or without the Markdown language, or (`'app-editor'`)
 * into the app's editor alone.
 */
export async function typeOnFloorPage(
  page: Page,
  origin: string,
  size: PostSize,
  withMarkdown: boolean | 'app-editor',
  n: number,
): Promise<TypingSamples> {
  const path =
    withMarkdown === 'app-editor'
      ? `/app-editor.html?doc=${size}`
      : `/bare-editor.html?doc=${size}${withMarkdown ? '&language=markdown' : ''}`;
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: 60_000 });
  await installProbe(page);
  const editor = await page.waitForSelector('.cm-content');
  return typeAndTime(page, editor, null, n);
}
