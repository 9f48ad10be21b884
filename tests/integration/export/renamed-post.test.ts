import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { exists, type ExportFixture, exportFixtures, makeExportFixture } from './export-fixture';

let fixture: ExportFixture;

afterEach(async () => {
  await fixture.cleanup();
});

const text = '---\ntitle: Old name\ndate: 2024-01-03\n---\n\nFirst text.\n';

/** The post as the app names it (`YYYY-MM-DD-slug.md`). */
const oldPath = '2024-01-03-old-name.md';

async function exported(): Promise<string> {
  fixture = await makeExportFixture(join(exportFixtures, 'repos', 'jekyll'));
  const { backend } = fixture;
  const created = await backend.createPost({ title: 'Old name', date: '2024-01-03' });
  expect(created.path).toBe(oldPath);
  await edit(oldPath, () => text);
  const targetId = (await backend.addExportTarget({ path: fixture.repo, preset: 'jekyll' })).id;
  const plan = await backend.planExport({ targetId, paths: [oldPath] });
  await backend.applyExport({ planId: plan.id });
  expect(await exists(join(fixture.repo, '_posts/2024-01-03-old-name.md'))).toBe(true);
  return targetId;
}

async function edit(path: string, change: (text: string) => string): Promise<void> {
  const document = await fixture.backend.readPost({ path });
  await fixture.backend.savePost({
    path,
    text: change(document.text),
    baseVersion: document.version,
  });
}

test('a post renamed and edited in the app updates the file its earlier export wrote, and says so', async () => {
  const targetId = await exported();
  const { backend, repo } = fixture;
  await backend.renamePost({ path: oldPath, newPath: 'new-name.md' });
  await edit('new-name.md', (before) => before.replace('First text.', 'Second text.'));
  const plan = await backend.planExport({ targetId, paths: ['new-name.md'] });
  expect(plan.files.map((file) => [file.kind, file.targetPath, file.isForeign])).toEqual([
    ['update', '_posts/2024-01-03-old-name.md', false],
  ]);
  expect(plan.warnings.map((warning) => [warning.code, warning.details])).toEqual([
    ['earlier-export', { other: oldPath, path: '_posts/2024-01-03-old-name.md' }],
  ]);
  await backend.applyExport({ planId: plan.id });
  expect(await readFile(join(repo, '_posts/2024-01-03-old-name.md'), 'utf8')).toContain(
    'Second text.',
  );
  expect(await exists(join(repo, '_posts/2024-01-03-new-name.md'))).toBe(false);
  const state = JSON.parse(
    await readFile(join(fixture.workspace, '.postwright', 'export-state.json'), 'utf8'),
  ) as { targets: Record<string, Record<string, unknown>> };
  expect(Object.keys(state.targets[targetId] ?? {})).toEqual(['new-name.md']);
  // Exported under its new name, it is a post like any other: no more notes, changes found.
  await edit('new-name.md', (before) => before.replace('Second text.', 'Third text.'));
  const changed = await backend.planExport({ targetId, changedOnly: true });
  expect(changed.files.map((file) => [file.kind, file.postPath, file.targetPath])).toEqual([
    ['update', 'new-name.md', '_posts/2024-01-03-old-name.md'],
  ]);
  expect(changed.warnings).toEqual([]);
});

test('"Export changed posts" finds a post renamed and edited since its export', async () => {
  const targetId = await exported();
  const { backend } = fixture;
  await backend.renamePost({ path: oldPath, newPath: 'new-name.md' });
  const unchanged = await backend.planExport({ targetId, changedOnly: true });
  expect(unchanged.files).toEqual([]);
  await edit('new-name.md', (before) => before.replace('First text.', 'Second text.'));
  const plan = await backend.planExport({ targetId, changedOnly: true });
  expect(plan.files.map((file) => [file.kind, file.postPath, file.targetPath])).toEqual([
    ['update', 'new-name.md', '_posts/2024-01-03-old-name.md'],
  ]);
  expect(plan.warnings.map((warning) => warning.code)).toEqual(['earlier-export']);
});

test('a copy of a post (the original still there) is a new post, not a continuation', async () => {
  const targetId = await exported();
  const { backend } = fixture;
  await writeFile(join(fixture.workspace, 'copy.md'), text);
  const plan = await backend.planExport({ targetId, paths: ['copy.md'] });
  expect(plan.files.map((file) => [file.kind, file.targetPath])).toEqual([
    ['create', '_posts/2024-01-03-copy.md'],
  ]);
  expect(plan.warnings.map((warning) => warning.code)).not.toContain('earlier-export');
});
