import { expect, test } from 'vitest';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { planScenario } from './plan-harness';

// Chirpy (the most used Jekyll theme) names a post's preview image `image.path` (with
// `image.alt`, `image.lqip`). It was neither copied nor rewritten: the card showed no image.

const chirpy = {
  '_config.yml': 'theme: jekyll-theme-chirpy\nbaseurl: "/blog"\n',
  '_posts/2019-08-08-text-and-typography.md': '---\ntitle: Text\n---\n',
};

test('Chirpy image.path is copied and rewritten in place; alt and the body stay as written', () => {
  const draft = planScenario({
    repo: chirpy,
    posts: {
      'chirpy.md':
        '---\ntitle: 封面\ndate: 2024-03-03 10:00:00 +0800\nimage:\n  path: images/cover.png\n  alt: 封面图\n---\n\nText only.\n',
    },
    images: { 'images/cover.png': 'PNG' },
  });
  expect(draft.assets.map((asset) => [asset.sourcePath, asset.targetPath])).toEqual([
    ['images/cover.png', 'assets/images/chirpy/cover.png'],
  ]);
  const content = draft.files[0]?.content ?? '';
  // Chirpy passes the path through relative_url itself: no base path in the front matter.
  expect(content).toContain(
    'image:\n  path: "/assets/images/chirpy/cover.png"\n  alt: 封面图\n---\n\nText only.\n',
  );
  expect(parseFrontMatter(content).data.image).toEqual({
    path: '/assets/images/chirpy/cover.png',
    alt: '封面图',
  });
});

test('a missing image.path is a missing-image warning', () => {
  const draft = planScenario({
    repo: chirpy,
    posts: { 'p.md': '---\ntitle: P\ndate: 2024-03-03\nimage:\n  path: gone.png\n---\n' },
  });
  expect(draft.warnings.map((warning) => warning.code)).toContain('missing-image');
});
