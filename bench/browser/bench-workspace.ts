import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  generateSizedPost,
  postSizes,
  writeJekyllWorkspace,
  type PostSize,
} from '../fixtures/workspaces';

/** The title the bench gives each sized post, so the list finds it by name. */
export function benchTitle(size: PostSize): string {
  return `Bench ${size}`;
}

/** The workspace path of a sized post. */
export function benchPostPath(size: PostSize): string {
  return `_posts/2026-11-01-bench-${size}.md`;
}

/**
 * Writes the browser scenarios' workspace: a Jekyll blog of `count` generated posts plus the four
 * sized posts, dated newest so they head the list, titled `Bench <size>`.
 */
export function writeBrowserWorkspace(root: string, count: number): void {
  mkdirSync(root, { recursive: true });
  writeJekyllWorkspace(root, count);
  for (const size of Object.keys(postSizes) as PostSize[]) {
    const text = generateSizedPost(size)
      .replace(/^title: .*$/m, `title: "${benchTitle(size)}"`)
      .replace(/^date: .*$/m, 'date: 2026-11-01');
    writeFileSync(join(root, benchPostPath(size)), text);
  }
}

/** Writes one sized post as `<size>.md` for the bare CodeMirror floor page. */
export function writeFloorDoc(dir: string, size: PostSize): void {
  writeFileSync(
    join(dir, `${size}.md`),
    generateSizedPost(size).replace(/^title: .*$/m, `title: "${benchTitle(size)}"`),
  );
}
