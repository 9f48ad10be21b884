import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import {
  exists,
  type ExportFixture,
  exportFixtures,
  makeExportFixture,
  rejection,
  treeOf,
} from './export-fixture';

let fixture: ExportFixture;

afterEach(async () => {
  await fixture.cleanup();
});

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function jekyll(files: Record<string, string | Buffer>): Promise<string> {
  fixture = await makeExportFixture(join(exportFixtures, 'repos', 'jekyll'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(fixture.workspace, path, '..'), { recursive: true });
    await writeFile(join(fixture.workspace, path), content);
  }
  return (await fixture.backend.addExportTarget({ path: fixture.repo, preset: 'jekyll' })).id;
}

test('two posts that go to one file cannot be applied together: nothing is written', async () => {
  const targetId = await jekyll({
    'a/post.md': '---\ntitle: A\ndate: 2024-01-03\n---\n\nText of A.\n',
    'b/post.md': '---\ntitle: B\ndate: 2024-01-03\n---\n\nText of B.\n',
  });
  const plan = await fixture.backend.planExport({ targetId, paths: ['a/post.md', 'b/post.md'] });
  expect(plan.warnings.map((warning) => warning.code)).toContain('path-collision');
  const before = await treeOf(fixture.repo);
  const error = await rejection(fixture.backend.applyExport({ planId: plan.id }));
  expect(error.code).toBe('E_EXISTS');
  expect(error.details).toMatchObject({
    reason: 'path-collision',
    path: '_posts/2024-01-03-post.md',
    posts: 'a/post.md, b/post.md',
  });
  expect(await treeOf(fixture.repo)).toEqual(before);
  // Exported one at a time, the first is Postwright's and the second must ask to replace it.
  const first = await fixture.backend.planExport({ targetId, paths: ['a/post.md'] });
  await fixture.backend.applyExport({ planId: first.id });
  const second = await fixture.backend.planExport({ targetId, paths: ['b/post.md'] });
  expect(second.files[0]?.isForeign).toBe(true);
});

test('a post left alone (exists, not Postwright’s, not replaced) copies none of its images', async () => {
  const targetId = await jekyll({
    'second.md': '---\ntitle: Second\ndate: 2024-01-03\n---\n\n![a](img/a.png) ![b](img/b.png)\n',
    'img/a.png': png,
    'img/b.png': Buffer.concat([png, Buffer.from('b')]),
  });
  await writeFile(join(fixture.repo, '_posts/2024-01-03-second.md'), 'My own text.\n');
  const before = await treeOf(fixture.repo);
  const plan = await fixture.backend.planExport({ targetId, paths: ['second.md'] });
  expect(plan.files[0]?.isForeign).toBe(true);
  expect(plan.assets.map((asset) => asset.postPaths)).toEqual([['second.md'], ['second.md']]);
  const result = await fixture.backend.applyExport({ planId: plan.id });
  expect(result).toEqual({
    written: [],
    copied: [],
    removed: [],
    skipped: ['_posts/2024-01-03-second.md'],
  });
  expect(await treeOf(fixture.repo)).toEqual(before);
});

test('an image shared with a post that is written is still copied when the other is left alone', async () => {
  const targetId = await jekyll({
    'one.md': '---\ntitle: One\ndate: 2024-01-03\n---\n\n![a](/img/a.png)\n',
    'two.md': '---\ntitle: Two\ndate: 2024-01-04\n---\n\n![a](/img/a.png)\n',
    'img/a.png': png,
  });
  await writeFile(join(fixture.repo, '_posts/2024-01-03-one.md'), 'Mine.\n');
  const plan = await fixture.backend.planExport({ targetId, paths: ['one.md', 'two.md'] });
  expect(plan.assets.map((asset) => [asset.targetPath, asset.postPaths])).toEqual([
    ['img/a.png', ['one.md', 'two.md']],
  ]);
  const result = await fixture.backend.applyExport({ planId: plan.id });
  expect(result.written).toEqual(['_posts/2024-01-04-two.md']);
  expect(result.copied).toEqual(['img/a.png']);
  expect(await readFile(join(fixture.repo, 'img/a.png'))).toEqual(png);
});

test('an image replaced after planning refuses the export (E_CONFLICT): nothing is written', async () => {
  const targetId = await jekyll({
    'pic.md': '---\ntitle: Pic\ndate: 2024-01-03\n---\n\n![a](img/a.png)\n',
    'img/a.png': png,
  });
  const plan = await fixture.backend.planExport({ targetId, paths: ['pic.md'] });
  expect(plan.assets.map((asset) => asset.size)).toEqual([png.byteLength]);
  const before = await treeOf(fixture.repo);
  await writeFile(join(fixture.workspace, 'img/a.png'), 'twenty-two bytes, new.');
  const error = await rejection(fixture.backend.applyExport({ planId: plan.id }));
  expect(error.code).toBe('E_CONFLICT');
  expect(error.details).toMatchObject({ reason: 'source-changed', paths: ['img/a.png'] });
  expect(await treeOf(fixture.repo)).toEqual(before);
  // Planned again, the new image is what is shown and written.
  const again = await fixture.backend.planExport({ targetId, paths: ['pic.md'] });
  await fixture.backend.applyExport({ planId: again.id });
  const copied = again.assets[0]?.targetPath ?? '';
  expect(await readFile(join(fixture.repo, copied), 'utf8')).toBe('twenty-two bytes, new.');
});

test('a post edited after planning refuses the export (E_CONFLICT): nothing is written', async () => {
  const targetId = await jekyll({
    'edited.md': '---\ntitle: Edited\ndate: 2024-01-03\n---\n\nReviewed text.\n',
  });
  const plan = await fixture.backend.planExport({ targetId, paths: ['edited.md'] });
  await writeFile(
    join(fixture.workspace, 'edited.md'),
    '---\ntitle: Edited\ndate: 2024-01-03\n---\n\nNot reviewed.\n',
  );
  const error = await rejection(fixture.backend.applyExport({ planId: plan.id }));
  expect(error.code).toBe('E_CONFLICT');
  expect(error.details).toMatchObject({ reason: 'source-changed', paths: ['edited.md'] });
  expect(await exists(join(fixture.repo, '_posts/2024-01-03-edited.md'))).toBe(false);
});
