import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import {
  type ExportFixture,
  exportFixtures,
  makeExportFixture,
  rejection,
  treeOf,
} from './export-fixture';

const math = 'math-and-images.md';
const exported = '_posts/2024-05-01-math-and-images.md';
let fixture: ExportFixture;

afterEach(async () => {
  await fixture.cleanup();
});

// Runs as root here too: the file is judged by its permission bits (electron/node/fs/read-only.ts).
test('a post made read-only in the repository is not overwritten by a re-export; nothing is written', async () => {
  fixture = await makeExportFixture(join(exportFixtures, 'repos', 'jekyll-academicpages'));
  const { backend, repo, workspace } = fixture;
  const { id: targetId } = await backend.addExportTarget({ path: repo });
  await backend.applyExport({ planId: (await backend.planExport({ targetId, paths: [math] })).id });
  const original = await readFile(join(workspace, math), 'utf8');
  await writeFile(
    join(workspace, math),
    original.replace('title: 数学与图片', 'title: 全新的标题'),
  );
  await chmod(join(repo, exported), 0o444);
  const before = await treeOf(repo);

  const plan = await backend.planExport({ targetId, paths: [math] });
  expect(plan.files.map((file) => [file.kind, file.targetPath])).toEqual([['update', exported]]);
  const error = await rejection(backend.applyExport({ planId: plan.id }));
  expect(error.code).toBe('E_PERMISSION');
  expect(error.details).toMatchObject({ path: exported, reason: 'read-only' });
  expect(await treeOf(repo)).toEqual(before);
  expect((await stat(join(repo, exported))).mode & 0o777).toBe(0o444);

  await chmod(join(repo, exported), 0o644);
  const again = await backend.planExport({ targetId, paths: [math] });
  await backend.applyExport({ planId: again.id });
  expect(await readFile(join(repo, exported), 'utf8')).toContain('title: 全新的标题');
});
