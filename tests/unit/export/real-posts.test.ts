import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { generatorIds } from '../../../core/export/detect';
import { isConfinedTargetPath } from '../../../core/export/safe-path';
import { planScenario } from './plan-harness';

const realPosts = fileURLToPath(
  new URL('../../../../shared/fixtures/real-posts/', import.meta.url),
);

function postsUnder(root: string): Record<string, string> {
  const posts: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        walk(path);
      } else if (/\.mdx?$/.test(name)) {
        posts[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
      }
    }
  };
  walk(root);
  return posts;
}

describe.skipIf(!existsSync(realPosts))('real posts from real blogs', () => {
  const posts = existsSync(realPosts) ? postsUnder(realPosts) : {};

  test.each([...generatorIds])(
    'every one plans for %s without failing and stays in the repository',
    (preset) => {
      const draft = planScenario({ preset, posts });
      const refused = draft.warnings
        .filter((warning) => warning.code === 'front-matter-error')
        .map((warning) => warning.postPath);
      // Only code front matter (`---js`, which must never be evaluated) is refused.
      expect(refused).toEqual(['eleventy/fifthpost.md']);
      for (const file of draft.files) {
        expect(isConfinedTargetPath(file.targetPath, [''])).toBe(true);
      }
      expect(
        new Set(draft.files.map((file) => file.postPath)).size + refused.length,
      ).toBeLessThanOrEqual(Object.keys(posts).length);
    },
  );

  test('academicpages posts: a future post is flagged, an unpadded file-name date is padded', () => {
    const folder = 'jekyll-academicpages/';
    const selected = Object.fromEntries(
      Object.entries(posts).filter(([path]) => path.startsWith(folder)),
    );
    const draft = planScenario({
      preset: 'jekyll-academicpages',
      posts: selected,
      today: '2026-01-10 12:00:00',
    });
    const codes = (path: string) =>
      draft.warnings
        .filter((warning) => warning.postPath === folder + path)
        .map((warning) => warning.code);
    expect(codes('2199-01-01-future-post.md')).toContain('future-date');
    expect(
      draft.files.find((file) => file.postPath === `${folder}2025-06-2-blog-post-1.md`)?.targetPath,
    ).toBe('_posts/2025-06-02-blog-post-1.md');
  });
});
