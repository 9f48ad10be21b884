import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../electron/node/backend';
import { generatePost } from '../fixtures/post-generator';
import { benchSeed } from '../fixtures/workspaces';
import type { BenchContext } from '../lib/context';
import { measure, type ScenarioResult } from '../lib/report';

const postCount = 1000;

/** A plain workspace of posts in `posts/`, with the images they link to beside them. */
function writeExportWorkspace(root: string): string[] {
  mkdirSync(join(root, 'posts', 'images'), { recursive: true });
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  for (let i = 1; i <= 40; i++) {
    writeFileSync(join(root, 'posts', 'images', `figure-${i}.png`), png);
  }
  const paths: string[] = [];
  for (let i = 0; i < postCount; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const path = `posts/export-${i}.md`;
    writeFileSync(
      join(root, path),
      generatePost({
        seed: benchSeed + 7 * i,
        targetBytes: 3000,
        chineseShare: i % 2 === 0 ? 0.8 : 0.2,
        date: `2024-05-${day}`,
      }),
    );
    paths.push(path);
  }
  return paths;
}

function writeJekyllRepo(repo: string): void {
  mkdirSync(join(repo, '_posts'), { recursive: true });
  writeFileSync(join(repo, '_config.yml'), 'title: Export target\n');
  writeFileSync(join(repo, 'Gemfile'), "source 'https://rubygems.org'\ngem 'jekyll'\n");
}

/**
 * Exporting 1,000 posts into a Jekyll repository through the backend: `planExport` (every post)
 * then `applyExport`, into a fresh repository each time, beside a floor that reads each post and
 * writes it into `_posts/` unchanged.
 */
export async function runScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const n = ctx.quick ? 1 : 3;
  const root = join(ctx.workDir, 'workspace');
  const paths = writeExportWorkspace(root);
  const plan: number[] = [];
  const apply: number[] = [];
  const floor: number[] = [];
  const notes: string[] = [];
  for (let i = 0; i < n; i++) {
    const repo = join(ctx.workDir, `repo-${i}`);
    writeJekyllRepo(repo);
    let start = performance.now();
    for (const path of paths) {
      const name = path.slice(path.lastIndexOf('/') + 1);
      writeFileSync(
        join(repo, '_posts', `2024-05-01-floor-${name}`),
        readFileSync(join(root, path)),
      );
    }
    copyFileSync(join(root, 'posts/images/figure-1.png'), join(repo, 'floor.png'));
    floor.push(performance.now() - start);

    const backend = await createBackend({
      root,
      userDataDir: join(ctx.workDir, `user-data-${i}`),
      watch: false,
      log: () => undefined,
    });
    try {
      const target = await backend.addExportTarget({ path: repo, preset: 'jekyll' });
      start = performance.now();
      const planned = await backend.planExport({ targetId: target.id, paths });
      plan.push(performance.now() - start);
      start = performance.now();
      const result = await backend.applyExport({ planId: planned.id });
      apply.push(performance.now() - start);
      if (i === 0) {
        notes.push(
          `plan: ${planned.files.length} files, ${planned.assets.length} images, ${planned.warnings.length} warnings; applied: ${result.written.length} written, ${result.copied.length} copied`,
        );
      }
    } finally {
      await backend.close();
    }
  }
  return {
    scenario: 'export',
    measurements: [
      measure(`floor: read ${postCount} posts, write them into _posts/`, floor),
      measure(`planExport of ${postCount} posts (Jekyll)`, plan),
      measure(`applyExport of ${postCount} posts (Jekyll)`, apply),
    ],
    checks: [],
    notes,
  };
}
