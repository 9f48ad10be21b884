import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  exists,
  type ExportFixture,
  exportFixtures,
  hasGit,
  makeExportFixture,
  rejection,
  sharedRepos,
  treeOf,
} from './export-fixture';

const interview = '2025-02-14-deepseek-interview.md';
const math = 'math-and-images.md';
let fixture: ExportFixture;

afterEach(async () => {
  await fixture.cleanup();
});

async function academicpages(): Promise<{ targetId: string }> {
  fixture = await makeExportFixture(join(exportFixtures, 'repos', 'jekyll-academicpages'));
  const target = await fixture.backend.addExportTarget({ path: fixture.repo });
  expect(target.preset).toBe('jekyll-academicpages');
  return { targetId: target.id };
}

test('academicpages: the Chinese post lands in _posts/2025-02-14-<slug>.md with its permalink, images are copied', async () => {
  const { targetId } = await academicpages();
  const { backend, repo, workspace } = fixture;
  const plan = await backend.planExport({ targetId, paths: [interview, math] });
  expect(plan.files.map((file) => [file.kind, file.targetPath])).toEqual([
    ['create', '_posts/2025-02-14-deepseek-interview.md'],
    ['create', '_posts/2024-05-01-math-and-images.md'],
  ]);
  const result = await backend.applyExport({ planId: plan.id });
  expect(result.written).toEqual([
    '_posts/2025-02-14-deepseek-interview.md',
    '_posts/2024-05-01-math-and-images.md',
  ]);
  expect(result.copied).toEqual(['images/math-and-images/diagram.png', 'images/site-logo.png']);
  const written = await readFile(join(repo, '_posts/2025-02-14-deepseek-interview.md'), 'utf8');
  expect(written).toBe(await readFile(join(workspace, interview), 'utf8'));
  expect(written).toContain('permalink: /posts/2025/02/deepseek-interview/');
  expect(await readFile(join(repo, 'images/math-and-images/diagram.png'))).toEqual(
    await readFile(join(workspace, 'images/diagram.png')),
  );
  expect(await readFile(join(repo, '_posts/2024-05-01-math-and-images.md'), 'utf8')).toContain(
    '![示意图](/images/math-and-images/diagram.png)',
  );
  const state = JSON.parse(
    await readFile(join(workspace, '.postwright', 'export-state.json'), 'utf8'),
  ) as { targets: Record<string, Record<string, { path: string }>> };
  expect(state.targets[targetId]?.[interview]?.path).toBe(
    '_posts/2025-02-14-deepseek-interview.md',
  );
  // The post itself is untouched: export state lives in the workspace's state folder.
  expect(await readFile(join(workspace, interview), 'utf8')).not.toContain('_posts');
});

test('planning (a dry run) writes nothing to the repository', async () => {
  const { targetId } = await academicpages();
  const before = await treeOf(fixture.repo);
  const plan = await fixture.backend.planExport({ targetId, paths: [interview, math] });
  expect(plan.files).toHaveLength(2);
  expect(await treeOf(fixture.repo)).toEqual(before);
});

test('re-exporting after the title changed updates the same file; a new date renames it', async () => {
  const { targetId } = await academicpages();
  const { backend, repo, workspace } = fixture;
  await backend.applyExport({ planId: (await backend.planExport({ targetId, paths: [math] })).id });
  const original = await readFile(join(workspace, math), 'utf8');
  await writeFile(
    join(workspace, math),
    original.replace('title: 数学与图片', 'title: 全新的标题'),
  );
  const again = await backend.planExport({ targetId, paths: [math] });
  expect(again.files.map((file) => [file.kind, file.targetPath, file.isForeign])).toEqual([
    ['update', '_posts/2024-05-01-math-and-images.md', false],
  ]);
  expect(again.assets.every((asset) => asset.kind === 'unchanged')).toBe(true);
  await backend.applyExport({ planId: again.id });
  expect(await readFile(join(repo, '_posts/2024-05-01-math-and-images.md'), 'utf8')).toContain(
    'title: 全新的标题',
  );

  await writeFile(join(workspace, math), original.replace('date: 2024-05-01', 'date: 2024-05-09'));
  const moved = await backend.planExport({ targetId, paths: [math] });
  expect(moved.files.map((file) => [file.kind, file.targetPath, file.previousPath])).toEqual([
    ['rename', '_posts/2024-05-09-math-and-images.md', '_posts/2024-05-01-math-and-images.md'],
  ]);
  // The dialog shows the rename as a diff against the copy it replaces.
  expect(moved.files[0]?.currentContent).toContain('date: 2024-05-01');
  const result = await backend.applyExport({ planId: moved.id });
  expect(result.removed).toEqual(['_posts/2024-05-01-math-and-images.md']);
  expect((await readdir(join(repo, '_posts'))).sort()).toEqual([
    '2012-08-14-blog-post-1.md',
    '2013-08-14-blog-post-2.md',
    '2024-05-09-math-and-images.md',
  ]);
});

test('a file Postwright did not write is not overwritten without Replace', async () => {
  const { targetId } = await academicpages();
  const { backend, repo } = fixture;
  const theirs = '---\ntitle: Theirs\n---\n\nHand-written.\n';
  await writeFile(join(repo, '_posts/2025-02-14-deepseek-interview.md'), theirs);
  const plan = await backend.planExport({ targetId, paths: [interview] });
  expect(plan.files[0]).toMatchObject({ kind: 'update', isForeign: true, currentContent: theirs });
  expect(plan.warnings.map((warning) => warning.code)).toEqual(['foreign-file']);
  const result = await backend.applyExport({ planId: plan.id });
  expect(result).toMatchObject({
    written: [],
    skipped: ['_posts/2025-02-14-deepseek-interview.md'],
  });
  expect(await readFile(join(repo, '_posts/2025-02-14-deepseek-interview.md'), 'utf8')).toBe(
    theirs,
  );

  const replace = await backend.planExport({ targetId, paths: [interview] });
  await backend.applyExport({
    planId: replace.id,
    replace: ['_posts/2025-02-14-deepseek-interview.md'],
  });
  expect(await readFile(join(repo, '_posts/2025-02-14-deepseek-interview.md'), 'utf8')).toContain(
    'deepseek创始人的专访',
  );
});

test('applying refuses with E_CONFLICT when the repository changed after planning, and writes nothing', async () => {
  const { targetId } = await academicpages();
  const { backend, repo } = fixture;
  const plan = await backend.planExport({ targetId, paths: [interview, math] });
  await writeFile(join(repo, '_posts/2024-05-01-math-and-images.md'), 'someone was quicker\n');
  const before = await treeOf(repo);
  const error = await rejection(backend.applyExport({ planId: plan.id }));
  expect(error.code).toBe('E_CONFLICT');
  expect(error.details?.paths).toEqual(['_posts/2024-05-01-math-and-images.md']);
  expect(await treeOf(repo)).toEqual(before);
});

test('a plan is applied once; an unknown plan is E_NOT_FOUND', async () => {
  const { targetId } = await academicpages();
  const plan = await fixture.backend.planExport({ targetId, paths: [interview] });
  await fixture.backend.applyExport({ planId: plan.id });
  expect((await rejection(fixture.backend.applyExport({ planId: plan.id }))).code).toBe(
    'E_NOT_FOUND',
  );
});

test('"Export changed posts" plans every post changed since its last export, and only those', async () => {
  const { targetId } = await academicpages();
  const { backend, workspace } = fixture;
  await backend.applyExport({
    planId: (await backend.planExport({ targetId, paths: [interview, math] })).id,
  });
  expect((await backend.planExport({ targetId, changedOnly: true })).files).toEqual([]);
  await writeFile(
    join(workspace, interview),
    `${await readFile(join(workspace, interview), 'utf8')}\n追加一段。\n`,
  );
  const changed = await backend.planExport({ targetId, changedOnly: true });
  expect(changed.files.map((file) => file.postPath)).toEqual([interview]);
});

test('a symlink out of the workspace is never copied; a repository folder linking outside is never written', async () => {
  const { targetId } = await academicpages();
  const { backend, workspace, repo } = fixture;
  const outside = join(workspace, '..', 'outside');
  await mkdir(outside);
  await writeFile(join(outside, 'secret.png'), 'secret');
  await symlink(join(outside, 'secret.png'), join(workspace, 'images', 'leak.png'));
  await writeFile(
    join(workspace, 'leaky.md'),
    '---\ntitle: Leaky\ndate: 2024-01-01\n---\n\n![x](images/leak.png)\n',
  );
  const plan = await backend.planExport({ targetId, paths: ['leaky.md'] });
  expect(plan.assets).toEqual([]);
  expect(plan.warnings.map((warning) => warning.code)).toEqual(['unsafe-path']);

  await mkdir(join(outside, 'drafts'));
  await symlink(join(outside, 'drafts'), join(repo, '_drafts'));
  await writeFile(join(workspace, 'draft.md'), '---\ntitle: D\ndraft: true\n---\n\nbody\n');
  // Refused while reviewing, before anything could be written.
  const refused = await rejection(backend.planExport({ targetId, paths: ['draft.md'] }));
  expect(refused.code).toBe('E_OUTSIDE_WORKSPACE');
  expect(refused.details).toMatchObject({ path: '_drafts/draft.md', reason: 'outside-repository' });
  expect(await readdir(join(outside, 'drafts'))).toEqual([]);
});

describe.skipIf(!hasGit)('git', () => {
  test('shows the exported files as new, commits exactly them, never pushes', async () => {
    const { targetId } = await academicpages();
    const { backend, repo } = fixture;
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'init');
    git('config', 'user.name', 'Tester');
    git('config', 'user.email', 'tester@example.com');
    await writeFile(join(repo, 'unrelated.txt'), 'not ours\n');
    await backend.applyExport({
      planId: (await backend.planExport({ targetId, paths: [math] })).id,
    });
    const status = await backend.gitStatus({ targetId });
    expect(status).toMatchObject({ isRepository: true, gitAvailable: true });
    expect(status.entries).toEqual(
      expect.arrayContaining([
        { path: '_posts/2024-05-01-math-and-images.md', status: 'new' },
        { path: 'images/math-and-images/diagram.png', status: 'new' },
        { path: 'images/site-logo.png', status: 'new' },
      ]),
    );
    const exported = [
      '_posts/2024-05-01-math-and-images.md',
      'images/math-and-images/diagram.png',
      'images/site-logo.png',
    ];
    const { commit } = await backend.gitCommit({
      targetId,
      message: 'Add post: 数学与图片',
      paths: exported,
    });
    expect(git('rev-parse', 'HEAD').trim()).toBe(commit);
    expect(git('log', '-1', '--format=%s').trim()).toBe('Add post: 数学与图片');
    expect((await backend.gitStatus({ targetId })).entries).toEqual([
      { path: 'unrelated.txt', status: 'new' },
    ]);
  });
});

test('git missing and not a repository are said plainly', async () => {
  const { targetId } = await academicpages();
  expect(await fixture.backend.gitStatus({ targetId })).toEqual(
    hasGit
      ? { isRepository: false, gitAvailable: true, entries: [] }
      : { isRepository: false, gitAvailable: false, entries: [] },
  );
  const path = process.env.PATH;
  process.env.PATH = join(fixture.workspace, 'no-such-bin');
  try {
    expect(await fixture.backend.gitStatus({ targetId })).toEqual({
      isRepository: false,
      gitAvailable: false,
      entries: [],
    });
  } finally {
    process.env.PATH = path;
  }
});

describe.skipIf(!existsSync(sharedRepos))('the shared real repository skeletons', () => {
  test.each([
    [
      'jekyll-academicpages',
      'jekyll-academicpages',
      '_posts/2024-05-01-math-and-images.md',
      'images/math-and-images/diagram.png',
    ],
    [
      'jekyll-minimal-mistakes',
      'jekyll-minimal-mistakes',
      '_posts/2024-05-01-math-and-images.md',
      'assets/images/math-and-images/diagram.png',
    ],
    [
      'hugo-toml',
      'hugo',
      'content/posts/math-and-images.md',
      'static/images/math-and-images/diagram.png',
    ],
    [
      'hugo-config-dir',
      'hugo',
      'content/post/math-and-images.md',
      'static/images/math-and-images/diagram.png',
    ],
    [
      'hugo-yaml-legacy-config',
      'hugo',
      'content/posts/math-and-images.md',
      'static/images/math-and-images/diagram.png',
    ],
    [
      'hexo',
      'hexo',
      'source/_posts/math-and-images.md',
      'source/_posts/math-and-images/diagram.png',
    ],
    [
      'astro',
      'astro',
      'src/content/blog/math-and-images.md',
      'src/assets/math-and-images/diagram.png',
    ],
    [
      'eleventy',
      'eleventy',
      'content/blog/math-and-images.md',
      'public/img/math-and-images/diagram.png',
    ],
  ])(
    '%s (%s): the post and its image are written where the generator reads them',
    async (folder, preset, postFile, image) => {
      fixture = await makeExportFixture(join(sharedRepos, folder));
      const target = await fixture.backend.addExportTarget({ path: fixture.repo });
      expect(target.preset).toBe(preset);
      await fixture.backend.applyExport({
        planId: (await fixture.backend.planExport({ targetId: target.id, paths: [math] })).id,
      });
      expect(await exists(join(fixture.repo, postFile))).toBe(true);
      expect(await exists(join(fixture.repo, image))).toBe(true);
    },
  );
});
