import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import type { ExportPlan, ExportResult } from '../../../core/api';
import { sharedTargets } from '../../../core/export/shared-targets';
import { createBackend, type Backend } from '../../../electron/node/backend';
import { treeOf } from './export-fixture';

// A generated workspace of many posts with every per-post and cross-post case the planner handles
// (shared and missing images, covers, slug, path and permalink collisions, foreign files, TOML
// and Hexo-style front matter, broken front matter, drafts, Chinese names, Liquid, inline math),
// exported, edited and exported again. The digests pin the plans and the bytes written: a faster
// planner or writer must produce exactly the same plan and files.

const postCount = 90;
const png = (n: number): Buffer =>
  Buffer.from(`89504e470d0a1a0a${n.toString(16).padStart(8, '0')}`, 'hex');

let base = '';
let backend: Backend | null = null;

afterEach(async () => {
  await backend?.close();
  backend = null;
  await rm(base, { recursive: true, force: true });
});

function frontMatter(i: number): string {
  const day = String((i % 27) + 1).padStart(2, '0');
  const date =
    i % 5 === 0 ? `2024-03-${day} 10:${String(i % 60).padStart(2, '0')}:00` : `2024-03-${day}`;
  const lines = [
    `title: "第 ${i} 篇 Post number ${i}"`,
    `date: ${date}`,
    `tags: [t${i % 4}, 中文]`,
  ];
  if (i % 9 === 0) {
    lines.push(`slug: same-slug`);
  }
  if (i % 11 === 0) {
    lines.push(`permalink: /shared/permalink/`);
  } else if (i % 13 === 0) {
    lines.push(`permalink: /p/${i}/`);
  }
  if (i % 8 === 0) {
    lines.push(`image: images/cover-${i % 3}.png`);
  }
  if (i % 17 === 0) {
    lines.push('draft: true');
  }
  return lines.join('\n');
}

function body(i: number): string {
  const parts = [`# 标题 ${i}`, '', `正文第 ${i} 段，English text ${i}.`, ''];
  if (i % 2 === 0) {
    parts.push(`![图 ${i}](images/figure-${i % 6}.png)`, '');
  }
  if (i % 7 === 3) {
    parts.push(`![missing](images/missing-${i}.png)`, '');
  }
  if (i % 10 === 4) {
    parts.push('```liquid', '{{ page.title }}', '```', '');
  }
  if (i % 6 === 1) {
    parts.push(`Inline math $a_${i} + b$ here.`, '');
  }
  parts.push(`[ref]: images/figure-${(i + 1) % 6}.png`, '', `![r][ref]`, '');
  return parts.join('\n');
}

function postText(i: number): string {
  if (i === 44) {
    return '---\ntitle: [broken\n---\n\nBroken front matter.\n';
  }
  if (i % 15 === 2) {
    // Hexo-style block without the opening dashes.
    return `${frontMatter(i)}\n---\n\n${body(i)}`;
  }
  if (i % 12 === 5) {
    return `+++\ntitle = "TOML ${i}"\ndate = 2024-04-0${(i % 9) + 1}\ntags = ["a", "b"]\n+++\n\n${body(i)}`;
  }
  return `---\n${frontMatter(i)}\n---\n\n${body(i)}`;
}

function postName(i: number): string {
  return i % 7 === 0 ? `posts/中文文章-${i}.md` : `posts/post-${i}.md`;
}

async function setUp(): Promise<{ workspace: string; repo: string; paths: string[] }> {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-export-many-')));
  const workspace = join(base, 'workspace');
  const repo = join(base, 'repo');
  await mkdir(join(workspace, 'posts', 'images'), { recursive: true });
  for (let n = 0; n < 6; n++) {
    await writeFile(join(workspace, 'posts', 'images', `figure-${n}.png`), png(n));
  }
  for (let n = 0; n < 3; n++) {
    await writeFile(join(workspace, 'posts', 'images', `cover-${n}.png`), png(100 + n));
  }
  const paths: string[] = [];
  for (let i = 0; i < postCount; i++) {
    await writeFile(join(workspace, postName(i)), postText(i));
    paths.push(postName(i));
  }
  await mkdir(join(repo, '_posts'), { recursive: true });
  await mkdir(join(repo, 'assets', 'images', 'post-2'), { recursive: true });
  await writeFile(join(repo, '_config.yml'), 'title: Many\npermalink: /:year/:title/\n');
  await writeFile(join(repo, 'Gemfile'), "gem 'jekyll'\n");
  // Someone else's post in the way of post 3, one with a slug of ours, one with a permalink of ours.
  await writeFile(join(repo, '_posts', '2024-03-04-post-3.md'), '---\ntitle: Theirs\n---\n\nx\n');
  await writeFile(join(repo, '_posts', '2020-01-01-old.md'), '---\nslug: post-5\n---\n\nold\n');
  await writeFile(
    join(repo, '_posts', '2020-01-02-other.md'),
    '---\npermalink: /p/26\n---\n\nother\n',
  );
  // Post 2's image already there with the same bytes, and another post's image with other bytes.
  await writeFile(join(repo, 'assets', 'images', 'post-2', 'figure-2.png'), png(2));
  await mkdir(join(repo, 'assets', 'images', 'post-4'), { recursive: true });
  await writeFile(join(repo, 'assets', 'images', 'post-4', 'figure-4.png'), png(99));
  return { workspace, repo, paths };
}

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** The plan without its id and time, which differ on every run. */
function planDigest(plan: ExportPlan): string {
  return digest({ files: plan.files, assets: plan.assets, warnings: plan.warnings });
}

/** The paths but the posts that would write a file an earlier post writes (such a plan is refused). */
function oneWriterEach(plan: ExportPlan, paths: string[]): string[] {
  const writes = plan.files.map((file) => ({ postPath: file.postPath, path: file.targetPath }));
  const later = new Set(sharedTargets(writes).flatMap((shared) => shared.postPaths.slice(1)));
  return paths.filter((path) => !later.has(path));
}

async function treeDigest(repo: string): Promise<string> {
  const tree = await treeOf(repo);
  return digest(
    Object.keys(tree)
      .sort()
      .map((path) => [path, tree[path]]),
  );
}

test('exporting many posts plans and writes exactly the pinned plan and files, then re-exports edits the same way', async () => {
  const { workspace, repo, paths } = await setUp();
  backend = await createBackend({ root: workspace, userDataDir: join(base, 'user'), watch: false });
  const target = await backend.addExportTarget({ path: repo, preset: 'jekyll' });
  const plan = await backend.planExport({ targetId: target.id, paths });
  expect({
    files: plan.files.length,
    assets: plan.assets.length,
    warnings: plan.warnings.length,
    digest: planDigest(plan),
  }).toEqual({
    files: 89,
    assets: 132,
    // Includes the six same-slug posts of other days that permalink /:year/:title/ publishes at
    // one address (permalink-collision between a declared and a computed address).
    warnings: 69,
    digest: 'edc1072f3debc032ae061064a61994bca4d4e9e1f8b88af514dea6b72a384d49',
  });
  // Planning again from the same input gives the same plan.
  expect(planDigest(await backend.planExport({ targetId: target.id, paths }))).toBe(
    planDigest(plan),
  );
  // Posts with one slug and one day go to one file: that plan is refused, nothing is written.
  const empty = await treeDigest(repo);
  await expect(backend.applyExport({ planId: plan.id })).rejects.toMatchObject({
    code: 'E_EXISTS',
    details: { reason: 'path-collision', path: '_posts/2024-03-10-same-slug.md' },
  });
  expect(await treeDigest(repo)).toBe(empty);
  const exportable = oneWriterEach(plan, paths);
  expect(paths.length - exportable.length).toBe(6);
  const first = await backend.planExport({ targetId: target.id, paths: exportable });

  const result: ExportResult = await backend.applyExport({
    planId: first.id,
    replace: ['_posts/2024-03-04-post-3.md'],
  });
  expect({
    written: result.written.length,
    copied: result.copied.length,
    tree: await treeDigest(repo),
  }).toEqual({
    written: 83,
    copied: 130,
    tree: '56a1d0ea8cccafa471b9440323e91499cd87102e9e8d2e8ae63e7e6951855428',
  });

  // Edit a few posts: a new title (update), a new date (rename), a new image; re-export all.
  const edit = async (i: number, change: (text: string) => string): Promise<void> => {
    const path = join(workspace, postName(i));
    await writeFile(path, change(await readFile(path, 'utf8')));
  };
  await edit(1, (text) => text.replace('Post number 1"', 'Post number one"'));
  await edit(6, (text) => text.replace('date: 2024-03-07', 'date: 2024-03-20'));
  await edit(10, (text) => `${text}\n![新图](images/figure-5.png)\n`);
  await writeFile(join(workspace, 'posts', 'images', 'figure-5.png'), png(55));
  const again = await backend.planExport({ targetId: target.id, paths: exportable });
  expect({
    kinds: again.files.map((file) => `${file.kind} ${file.targetPath}`),
    digest: planDigest(again),
  }).toEqual({
    kinds: [
      'update _posts/2024-03-02-post-1.md',
      'rename _posts/2024-03-20-post-6.md',
      'update _posts/2024-03-11-post-10.md',
    ],
    digest: 'f0cbe7d428841d000159ba18e286668a9e6cd7f5afecbf0ce3639321ea2e7925',
  });
  const second = await backend.applyExport({ planId: again.id });
  expect({ removed: second.removed, tree: await treeDigest(repo) }).toEqual({
    removed: ['_posts/2024-03-07-post-6.md'],
    tree: 'b94f315c9e18e2c4b46d7e34371b1229a0088e614b0d87cc6c825b431a541cd7',
  });
});

test('a file that appeared after planning, even in a folder that did not exist, stops the apply before anything is written', async () => {
  const { workspace, repo, paths } = await setUp();
  backend = await createBackend({ root: workspace, userDataDir: join(base, 'user'), watch: false });
  const target = await backend.addExportTarget({ path: repo, preset: 'jekyll' });
  const all = await backend.planExport({ targetId: target.id, paths });
  const plan = await backend.planExport({ targetId: target.id, paths: oneWriterEach(all, paths) });
  const image = plan.assets.find((asset) => asset.kind === 'create')?.targetPath ?? '';
  expect(image).toMatch(/^assets\/images\/[^/]+\/figure-\d\.png$/);
  await mkdir(join(repo, image, '..'), { recursive: true });
  await writeFile(join(repo, image), 'someone else');
  const before = await treeOf(repo);
  await expect(backend.applyExport({ planId: plan.id })).rejects.toMatchObject({
    code: 'E_CONFLICT',
    details: { paths: [image] },
  });
  expect(await treeOf(repo)).toEqual(before);
});

test("a post that moves onto another post's old file keeps it: the old copy is removed only when nothing of the plan writes there", async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-export-swap-')));
  const workspace = join(base, 'workspace');
  const repo = join(base, 'repo');
  await mkdir(workspace);
  await mkdir(join(repo, '_posts'), { recursive: true });
  await writeFile(join(repo, '_config.yml'), 'title: Swap\n');
  const post = (slug: string, body: string): string =>
    `---\ntitle: ${body}\ndate: 2024-03-01\nslug: ${slug}\n---\n\n${body}\n`;
  await writeFile(join(workspace, 'a.md'), post('first', 'A'));
  await writeFile(join(workspace, 'b.md'), post('second', 'B'));
  backend = await createBackend({ root: workspace, userDataDir: join(base, 'user'), watch: false });
  const target = await backend.addExportTarget({ path: repo, preset: 'jekyll' });
  const paths = ['a.md', 'b.md'];
  await backend.applyExport({
    planId: (await backend.planExport({ targetId: target.id, paths })).id,
  });
  // A leaves 2024-03-01-first.md; B moves onto it (replacing A's old copy, so Replace is chosen).
  await writeFile(join(workspace, 'a.md'), post('third', 'A'));
  await writeFile(join(workspace, 'b.md'), post('first', 'B'));
  const plan = await backend.planExport({ targetId: target.id, paths });
  expect(plan.files.map((file) => [file.kind, file.targetPath, file.previousPath])).toEqual([
    ['rename', '_posts/2024-03-01-third.md', '_posts/2024-03-01-first.md'],
    ['rename', '_posts/2024-03-01-first.md', '_posts/2024-03-01-second.md'],
  ]);
  const result = await backend.applyExport({
    planId: plan.id,
    replace: ['_posts/2024-03-01-first.md'],
  });
  expect(result.removed).toEqual(['_posts/2024-03-01-first.md', '_posts/2024-03-01-second.md']);
  expect((await readdir(join(repo, '_posts'))).sort()).toEqual([
    '2024-03-01-first.md',
    '2024-03-01-third.md',
  ]);
  expect(await readFile(join(repo, '_posts', '2024-03-01-first.md'), 'utf8')).toContain('\nB\n');
  expect(await readFile(join(repo, '_posts', '2024-03-01-third.md'), 'utf8')).toContain('\nA\n');
});
