import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { exists, type ExportFixture, exportFixtures, makeExportFixture } from './export-fixture';

let fixture: ExportFixture;

afterEach(async () => {
  await fixture.cleanup();
});

const post = (slug: string, body: string): string =>
  `---\ntitle: Post\ndate: 2024-01-03\nslug: ${slug}\n---\n\n${body}\n`;

async function exportedAs(slug: string): Promise<{ targetId: string }> {
  fixture = await makeExportFixture(join(exportFixtures, 'repos', 'jekyll'));
  await mkdir(join(fixture.workspace, 'img'), { recursive: true });
  await writeFile(join(fixture.workspace, 'img/a.png'), 'A');
  await writeFile(join(fixture.workspace, 'img/b.png'), 'B');
  await writeFile(
    join(fixture.workspace, 'post.md'),
    post(slug, '![a](img/a.png) ![b](img/b.png)'),
  );
  const { backend } = fixture;
  const targetId = (await backend.addExportTarget({ path: fixture.repo, preset: 'jekyll' })).id;
  const plan = await backend.planExport({ targetId, paths: ['post.md'] });
  await backend.applyExport({ planId: plan.id });
  return { targetId };
}

test('a new slug removes the old copy and the images Postwright wrote for it, and the plan lists them', async () => {
  const { targetId } = await exportedAs('post');
  const { backend, repo, workspace } = fixture;
  expect(await exists(join(repo, 'assets/images/post/a.png'))).toBe(true);
  await writeFile(join(workspace, 'post.md'), post('renamed', '![a](img/a.png) ![b](img/b.png)'));
  const plan = await backend.planExport({ targetId, paths: ['post.md'] });
  expect(plan.files.map((file) => [file.kind, file.targetPath, file.removedImages])).toEqual([
    [
      'rename',
      '_posts/2024-01-03-renamed.md',
      ['assets/images/post/a.png', 'assets/images/post/b.png'],
    ],
  ]);
  const result = await backend.applyExport({ planId: plan.id });
  expect(result.removed).toEqual([
    '_posts/2024-01-03-post.md',
    'assets/images/post/a.png',
    'assets/images/post/b.png',
  ]);
  expect(await exists(join(repo, 'assets/images/post/a.png'))).toBe(false);
  expect(await readFile(join(repo, 'assets/images/renamed/a.png'), 'utf8')).toBe('A');
});

test('an old image changed in the repository, or used by another post, stays, and the plan says why', async () => {
  const other = post('other', '![a](/assets/images/post/a.png)').replace('title: Post', 'title: O');
  const { targetId } = await exportedAs('post');
  const { backend, repo, workspace } = fixture;
  // Another post now links the first image from the site root; the second was edited in the blog.
  await mkdir(join(workspace, 'assets/images/post'), { recursive: true });
  await writeFile(join(workspace, 'assets/images/post/a.png'), 'A');
  await writeFile(join(workspace, 'other.md'), other);
  const first = await backend.planExport({ targetId, paths: ['other.md'] });
  await backend.applyExport({ planId: first.id });
  await writeFile(join(repo, 'assets/images/post/b.png'), 'edited in the blog');
  await writeFile(join(workspace, 'post.md'), post('renamed', '![a](img/a.png) ![b](img/b.png)'));
  const plan = await backend.planExport({ targetId, paths: ['post.md'] });
  expect(plan.files[0]?.removedImages).toBeUndefined();
  expect(
    plan.warnings
      .filter((warning) => warning.code === 'left-behind-image')
      .map((warning) => warning.details),
  ).toEqual([
    { path: 'assets/images/post/a.png', variant: 'shared' },
    { path: 'assets/images/post/b.png', variant: 'changed' },
  ]);
  await backend.applyExport({ planId: plan.id });
  expect(await readFile(join(repo, 'assets/images/post/a.png'), 'utf8')).toBe('A');
  expect(await readFile(join(repo, 'assets/images/post/b.png'), 'utf8')).toBe('edited in the blog');
});

test('an image the post no longer links (same file) is left in place and the plan says so', async () => {
  const { targetId } = await exportedAs('post');
  const { backend, repo, workspace } = fixture;
  await writeFile(join(workspace, 'post.md'), post('post', '![a](img/a.png)'));
  const plan = await backend.planExport({ targetId, paths: ['post.md'] });
  expect(plan.files.map((file) => [file.kind, file.removedImages])).toEqual([
    ['update', undefined],
  ]);
  expect(plan.warnings.map((warning) => [warning.code, warning.details])).toEqual([
    ['left-behind-image', { path: 'assets/images/post/b.png', variant: 'unlinked' }],
  ]);
  await backend.applyExport({ planId: plan.id });
  expect(await exists(join(repo, 'assets/images/post/b.png'))).toBe(true);
});
