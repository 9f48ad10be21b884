import { expect, test } from 'vitest';
import type { GeneratorId } from '../../../core/api';
import { isConfinedTargetPath } from '../../../core/export/safe-path';
import { planScenario } from './plan-harness';

const hostileSlugs = [
  '../../../outside',
  '/etc/passwd',
  'C:\\Windows\\evil',
  'CON',
  'a/b',
  '..',
  'x\u0000y',
  '.git',
];
const hostileImages = [
  '../../../../etc/passwd.png',
  'C:\\secret.png',
  '\\\\server\\share\\x.png',
  'file:///etc/x.png',
  '../outside.png',
];

const presets: GeneratorId[] = [
  'jekyll-academicpages',
  'hugo',
  'hugo-bundle',
  'hexo',
  'astro',
  'eleventy',
  'plain',
];

test.each(presets)(
  '%s: hostile slugs, images and permalinks never leave the repository or the workspace',
  (preset) => {
    const posts: Record<string, string> = {};
    hostileSlugs.forEach((slug, index) => {
      posts[`posts/p${index}.md`] = [
        '---',
        `title: Hostile ${index}`,
        'date: 2024-01-01',
        `slug: ${JSON.stringify(slug)}`,
        `permalink: ${JSON.stringify('../../../etc/x')}`,
        `image: ${JSON.stringify(hostileImages[index % hostileImages.length])}`,
        '---',
        '',
        ...hostileImages.map((image) => `![x](<${image}>)`),
        '',
      ].join('\n');
    });
    const lookedUp: string[] = [];
    const draft = planScenario({
      preset,
      posts,
      images: new Proxy({}, { get: (_target, key) => (lookedUp.push(String(key)), undefined) }),
    });
    expect(draft.files).toHaveLength(hostileSlugs.length);
    for (const path of [
      ...draft.files.map((file) => file.targetPath),
      ...draft.assets.map((asset) => asset.targetPath),
    ]) {
      expect(isConfinedTargetPath(path, [''])).toBe(true);
      expect(path.split('/')).not.toContain('.git');
    }
    // No lookup of a workspace file above the root was ever made.
    for (const path of lookedUp) {
      expect(
        path.startsWith('..') ||
          path.startsWith('/') ||
          /^[A-Za-z]:/.test(path) ||
          path.includes('\\'),
      ).toBe(false);
    }
    const unsafe = draft.warnings.filter((warning) => warning.code === 'unsafe-path');
    expect(unsafe.length).toBeGreaterThan(hostileSlugs.length);
    for (const file of draft.files) {
      expect(file.content).not.toContain('permalink: "../../../etc/x"');
    }
  },
);

test('a safe slug is used as written', () => {
  const draft = planScenario({
    preset: 'hugo',
    posts: { 'x.md': '---\ntitle: x\ndate: 2024-01-01\nslug: my-post\n---\n' },
  });
  expect(draft.files[0]?.targetPath).toBe('content/posts/my-post.md');
  expect(draft.warnings).toEqual([]);
});

test('isConfinedTargetPath refuses escapes, absolute and reserved paths', () => {
  expect(isConfinedTargetPath('_posts/a.md', ['_posts'])).toBe(true);
  expect(isConfinedTargetPath('_posts/../a.md', ['_posts'])).toBe(false);
  expect(isConfinedTargetPath('/_posts/a.md', ['_posts'])).toBe(false);
  expect(isConfinedTargetPath('C:/x.md', [''])).toBe(false);
  expect(isConfinedTargetPath('_posts\\a.md', ['_posts'])).toBe(false);
  expect(isConfinedTargetPath('_posts/CON.md', ['_posts'])).toBe(false);
  expect(isConfinedTargetPath('.git/config', [''])).toBe(false);
  expect(isConfinedTargetPath('other/a.md', ['_posts'])).toBe(false);
});
