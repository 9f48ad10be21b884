import { execFileSync } from 'node:child_process';
import {
  chmod,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  realpath,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type ApiError } from '../../../core/api';
import { createBackend, type Backend } from '../../../electron/node/backend';
import { writeFailure } from '../../../electron/node/export/write-preflight';
import { exists, exportFixtures, hasGit, rejection, treeOf } from './export-fixture';

const hostile = join(exportFixtures, 'hostile');
const isRoot = process.getuid?.() === 0;
let base = '';
const backends: Backend[] = [];

afterEach(async () => {
  for (const backend of backends.splice(0)) {
    await backend.close();
  }
  await chmod(base, 0o755).catch(() => undefined);
  await rm(base, { recursive: true, force: true });
});

/** A temp folder with a workspace holding one post (and an image), and a copy of `repoSource`. */
async function setup(
  repoSource: string,
  post = '---\ntitle: Hostile\ndate: 2024-01-02\n---\n\nText ![p](p.png)\n',
): Promise<{ workspace: string; repo: string; backend: Backend; targetId: string }> {
  base = await realpath(await mkdtemp(join(tmpdir(), 'pw-hostile-')));
  const workspace = join(base, 'workspace');
  const repo = join(base, 'repo');
  await mkdir(workspace);
  await writeFile(join(workspace, 'post.md'), post);
  await writeFile(join(workspace, 'p.png'), 'PNG');
  await cp(repoSource, repo, { recursive: true });
  const backend = await open(workspace);
  const target = await backend.addExportTarget({ path: repo });
  return { workspace, repo, backend, targetId: target.id };
}

async function open(root: string): Promise<Backend> {
  const backend = await createBackend({ root, userDataDir: join(base, 'user-data'), watch: false });
  backends.push(backend);
  return backend;
}

const academic = join(exportFixtures, 'repos', 'jekyll-academicpages');

describe('the target and the workspace', () => {
  test('the workspace itself, or a folder inside it, is refused as a target with a reason', async () => {
    const { workspace, backend } = await setup(academic);
    const same = await rejection(backend.addExportTarget({ path: workspace }));
    expect(same.code).toBe('E_INVALID_ARGUMENT');
    expect(same.details).toMatchObject({ reason: 'target-is-workspace' });
    await mkdir(join(workspace, 'blog'));
    const inside = await rejection(backend.addExportTarget({ path: join(workspace, 'blog') }));
    expect(inside.details).toMatchObject({ reason: 'target-inside-workspace' });
    expect(inside.message).toContain('Move the blog repository out of the workspace');
  });

  test('a repository that contains the workspace is used, unless the export would write into the workspace', async () => {
    const { repo } = await setup(academic);
    // Drafts kept in a folder of the blog: exporting writes _posts/, outside the workspace.
    const notes = join(repo, 'notes');
    await mkdir(notes);
    await writeFile(join(notes, 'n.md'), '---\ntitle: N\ndate: 2024-01-02\n---\nx\n');
    const notesBackend = await open(notes);
    const ok = await notesBackend.addExportTarget({ path: repo });
    const plan = await notesBackend.planExport({ targetId: ok.id, paths: ['n.md'] });
    expect(plan.files.map((file) => file.targetPath)).toEqual(['_posts/2024-01-02-n.md']);

    // A workspace that is the blog's _posts: the exported copy would become a post of its own.
    const posts = join(repo, '_posts');
    await writeFile(join(posts, 'mine.md'), '---\ntitle: Mine\ndate: 2024-01-03\n---\nx\n');
    const postsBackend = await open(posts);
    const target = await postsBackend.addExportTarget({ path: repo });
    const before = await treeOf(repo);
    const refused = await rejection(
      postsBackend.planExport({ targetId: target.id, paths: ['mine.md'] }),
    );
    expect(refused.details).toMatchObject({ reason: 'writes-into-workspace' });
    expect(await treeOf(repo)).toEqual(before);
  });
});

describe('repositories that cannot take the files', () => {
  test('a _posts that is a file is said while reviewing; nothing is written', async () => {
    const { repo, backend, targetId } = await setup(academic);
    await rm(join(repo, '_posts'), { recursive: true });
    await writeFile(join(repo, '_posts'), 'not a folder');
    const before = await treeOf(repo);
    const error = await rejection(backend.planExport({ targetId, paths: ['post.md'] }));
    expect(error.details).toMatchObject({ path: '_posts', reason: 'not-a-folder' });
    expect(error.message).toContain('Rename or remove it');
    expect(await treeOf(repo)).toEqual(before);
  });

  test('a _posts symlinked outside the repository is never written through', async () => {
    const { repo, backend, targetId } = await setup(academic);
    const outside = join(base, 'elsewhere');
    await mkdir(outside);
    await rm(join(repo, '_posts'), { recursive: true });
    await symlink(outside, join(repo, '_posts'));
    const error = await rejection(backend.planExport({ targetId, paths: ['post.md'] }));
    expect(error.code).toBe('E_OUTSIDE_WORKSPACE');
    expect(error.details).toMatchObject({ reason: 'outside-repository' });
    expect(await readdir(outside)).toEqual([]);
  });

  test.skipIf(isRoot)(
    'a read-only folder fails the review, and fails the export before anything is written',
    async () => {
      const { repo, backend, targetId } = await setup(academic);
      await chmod(join(repo, '_posts'), 0o555);
      const error = await rejection(backend.planExport({ targetId, paths: ['post.md'] }));
      expect(error.code).toBe('E_PERMISSION');
      expect(error.details).toMatchObject({ path: '_posts', reason: 'read-only' });
      await chmod(join(repo, '_posts'), 0o755);

      const plan = await backend.planExport({ targetId, paths: ['post.md'] });
      const before = await treeOf(repo);
      await chmod(join(repo, '_posts'), 0o555);
      const late = await rejection(backend.applyExport({ planId: plan.id }));
      expect(late.details).toMatchObject({ reason: 'read-only' });
      await chmod(join(repo, '_posts'), 0o755);
      // The image would have been writable, but nothing was written.
      expect(await treeOf(repo)).toEqual(before);
    },
  );

  test('a folder that became a file after the review fails the export before any file (or image) is written', async () => {
    const { repo, backend, targetId } = await setup(academic);
    const plan = await backend.planExport({ targetId, paths: ['post.md'] });
    expect(plan.assets).toHaveLength(1);
    await rm(join(repo, '_posts'), { recursive: true });
    await writeFile(join(repo, '_posts'), 'not a folder');
    const before = await treeOf(repo);
    const error = await rejection(backend.applyExport({ planId: plan.id }));
    expect(error.details).toMatchObject({ reason: 'not-a-folder' });
    expect(await treeOf(repo)).toEqual(before);
  });

  test('write failures are named with the path and what to do', () => {
    const failure = (code: string) =>
      writeFailure(Object.assign(new Error(code), { code }), '_posts/x.md') as ApiError;
    expect(failure('EACCES')).toMatchObject({
      code: 'E_PERMISSION',
      details: { reason: 'read-only' },
    });
    expect(failure('EROFS').details).toMatchObject({ reason: 'read-only' });
    expect(failure('ENOSPC')).toMatchObject({ code: 'E_IO', details: { reason: 'disk-full' } });
    expect(failure('ENOTDIR').details).toMatchObject({ reason: 'not-a-folder' });
    expect(failure('EIO')).toBeInstanceOf(Error);
  });
});

describe('hostile configuration', () => {
  test('a YAML alias bomb in _config.yml is refused (bounded), reported, and the defaults are used', async () => {
    const { backend, targetId } = await setup(join(hostile, 'yaml-bomb'));
    const plan = await backend.planExport({ targetId, paths: ['post.md'] });
    const warning = plan.warnings.find((candidate) => candidate.code === 'config-error');
    expect(warning?.details).toMatchObject({ file: '_config.yml' });
    expect(plan.files.map((file) => file.targetPath)).toEqual(['_posts/2024-01-02-post.md']);
  });

  test('an invalid _config.yml and an invalid Hugo config/_default/hugo.toml are config-error warnings', async () => {
    const yaml = await setup(join(hostile, 'bad-yaml'));
    const yamlPlan = await yaml.backend.planExport({ targetId: yaml.targetId, paths: ['post.md'] });
    expect(
      yamlPlan.warnings.filter((w) => w.code === 'config-error').map((w) => w.details?.file),
    ).toEqual(['_config.yml']);
    await afterEachManually();
    const toml = await setup(join(hostile, 'hugo-bad-toml'));
    const tomlPlan = await toml.backend.planExport({ targetId: toml.targetId, paths: ['post.md'] });
    expect(
      tomlPlan.warnings.filter((w) => w.code === 'config-error').map((w) => w.details?.file),
    ).toEqual(['config/_default/hugo.toml']);
    expect(tomlPlan.files.map((file) => file.targetPath)).toEqual(['content/posts/post.md']);
  });

  test('an .eleventy.js and an astro.config.mjs are read as text, never run', async () => {
    const eleventy = await setup(join(hostile, 'eleventy-code'));
    await expect(eleventy.backend.detectGenerator({ path: eleventy.repo })).resolves.toMatchObject({
      preset: 'eleventy',
    });
    const plan = await eleventy.backend.planExport({
      targetId: eleventy.targetId,
      paths: ['post.md'],
    });
    // The input folder was read from the configuration's text.
    expect(plan.files[0]?.url).toBe('/blog/post/');
    expect(await exists(join(eleventy.repo, 'RAN-ELEVENTY-CONFIG'))).toBe(false);
    await afterEachManually();
    const astro = await setup(join(hostile, 'astro-code'));
    await astro.backend.planExport({ targetId: astro.targetId, paths: ['post.md'] });
    expect(await exists(join(astro.repo, 'RAN-ASTRO-CONFIG'))).toBe(false);
  });

  test('a _config.yml with a byte-order mark and CRLF posts: detected, its permalink style used, collisions found', async () => {
    const { backend, targetId } = await setup(
      join(hostile, 'bom-crlf-jekyll'),
      '---\ntitle: Copied\ndate: 2024-01-02\npermalink: /posts/2013/08/blog-post-2/\ncategories: [Notes]\n---\nx\n',
    );
    const plan = await backend.planExport({ targetId, paths: ['post.md'] });
    expect(plan.target.preset).toBe('jekyll-academicpages');
    expect(plan.warnings.map((warning) => warning.code)).toContain('permalink-collision');
    expect(plan.warnings.map((warning) => warning.code)).not.toContain('config-error');
  });
});

describe('links out of the repository', () => {
  test('a post or a _config.yml linked to a file outside the repository is never read', async () => {
    const post = '---\ntitle: Linked\ndate: 2024-01-02\npermalink: /outside/secret/\n---\nText\n';
    const { repo, backend, targetId } = await setup(academic, post);
    // Outside the repository: a post with the same permalink, and a configuration that is broken.
    await writeFile(
      join(base, 'secret.md'),
      '---\ntitle: Secret\npermalink: /outside/secret/\n---\n',
    );
    await writeFile(join(base, 'secret.yml'), 'permalink: [unclosed\n');
    await symlink(join(base, 'secret.md'), join(repo, '_posts', '2020-01-01-secret.md'));
    await rm(join(repo, '_config.yml'));
    await symlink(join(base, 'secret.yml'), join(repo, '_config.yml'));
    const plan = await backend.planExport({ targetId, paths: ['post.md'] });
    const codes = plan.warnings.map((warning) => warning.code);
    expect(codes).not.toContain('permalink-collision');
    expect(codes).not.toContain('config-error');
    // A link that stays inside the repository is an ordinary post and still collides.
    await writeFile(join(repo, '_drafts-kept.md'), post);
    await symlink(join(repo, '_drafts-kept.md'), join(repo, '_posts', '2020-01-02-kept.md'));
    const again = await backend.planExport({ targetId, paths: ['post.md'] });
    expect(again.warnings.map((warning) => warning.code)).toContain('permalink-collision');
  });
});

async function afterEachManually(): Promise<void> {
  for (const backend of backends.splice(0)) {
    await backend.close();
  }
  await rm(base, { recursive: true, force: true });
}

describe('hostile posts', () => {
  test('a composed (NFC) image link finds the file stored decomposed (NFD) and copies it', async () => {
    const { workspace, repo, backend, targetId } = await setup(
      academic,
      '---\ntitle: Café\ndate: 2024-01-02\n---\n\n![c](café.png)\n',
    );
    await writeFile(join(workspace, 'café.png'.normalize('NFD')), 'NFD-PNG');
    const plan = await backend.planExport({ targetId, paths: ['post.md'] });
    expect(plan.warnings.map((warning) => warning.code)).not.toContain('missing-image');
    const result = await backend.applyExport({ planId: plan.id });
    expect(result.copied).toHaveLength(1);
    expect(Object.keys(await treeOf(join(repo, 'images')))).toContain(
      `post/${'café.png'.normalize('NFC')}`,
    );
  });

  test('huge front matter plans and exports whole', async () => {
    const tags = Array.from({ length: 20_000 }, (_, i) => `  - 标签${i}`).join('\n');
    const { repo, backend, targetId } = await setup(
      academic,
      `---\ntitle: Big\ndate: 2024-01-02\ntags:\n${tags}\n---\n\nBody\n`,
    );
    const plan = await backend.planExport({ targetId, paths: ['post.md'] });
    await backend.applyExport({ planId: plan.id });
    const tree = await treeOf(join(repo, '_posts'));
    const written = Buffer.from(tree['2024-01-02-post.md'] ?? '', 'base64').toString('utf8');
    expect(written).toContain('  - 标签19999\n');
    expect(written.endsWith('Body\n')).toBe(true);
  });

  test('permalinks and slugs that point elsewhere stay inside the repository', async () => {
    const { repo, backend, targetId, workspace } = await setup(academic);
    const values: [string, string][] = [
      ['permalink', '../../../etc/x'],
      ['permalink', 'C:\\\\Windows\\\\x'],
      ['permalink', '\\\\\\\\server\\\\share'],
      ['slug', 'CON'],
      ['slug', 'aux.md'],
      ['slug', 'x'.repeat(300)],
      ['slug', '../../../etc/passwd'],
    ];
    for (const [index, [key, value]] of values.entries()) {
      await writeFile(
        join(workspace, `h${index}.md`),
        `---\ntitle: H${index}\ndate: 2024-01-02\n${key}: "${value}"\n---\nx\n`,
      );
    }
    const plan = await backend.planExport({
      targetId,
      paths: values.map((_, index) => `h${index}.md`),
    });
    for (const file of plan.files) {
      expect(file.targetPath).toMatch(/^_posts\/2024-01-02-[a-z0-9-]{1,100}\.md$/);
      expect(file.targetPath).not.toMatch(/-(?:con|aux)\.md$/i);
      expect(file.url ?? '').not.toMatch(/\.\.|\\|^\/\//);
    }
    expect(plan.warnings.filter((warning) => warning.code === 'unsafe-path')).toHaveLength(
      values.length,
    );
    await backend.applyExport({ planId: plan.id });
    expect(await exists(join(base, 'etc'))).toBe(false);
    expect(Object.keys(await treeOf(repo)).every((path) => !path.includes('..'))).toBe(true);
  });
});

describe.skipIf(!hasGit)('git', () => {
  test('with a dirty index, committing the export commits only the exported files and leaves the rest staged', async () => {
    const { repo, backend, targetId } = await setup(academic);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.name', 'Tester');
    git('config', 'user.email', 'tester@example.com');
    git('add', '-A');
    git('commit', '-qm', 'init');
    await writeFile(join(repo, 'staged.txt'), 'the user is in the middle of something\n');
    git('add', 'staged.txt');
    const plan = await backend.planExport({ targetId, paths: ['post.md'] });
    const result = await backend.applyExport({ planId: plan.id });
    const paths = [...result.written, ...result.copied];
    await backend.gitCommit({ targetId, message: 'Add post', paths });
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(
      paths.sort(),
    );
    expect(git('diff', '--cached', '--name-only').trim()).toBe('staged.txt');
  });
});

test('with git missing from PATH, committing says so plainly and the export itself still works', async () => {
  const { backend, targetId } = await setup(academic);
  const path = process.env.PATH;
  process.env.PATH = join(base, 'no-bin');
  try {
    const plan = await backend.planExport({ targetId, paths: ['post.md'] });
    const result = await backend.applyExport({ planId: plan.id });
    expect(result.written).toEqual(['_posts/2024-01-02-post.md']);
    expect(await backend.gitStatus({ targetId })).toMatchObject({ gitAvailable: false });
    const error = await rejection(
      backend.gitCommit({ targetId, message: 'Add post', paths: result.written }),
    );
    expect(error.code).toBe('E_GIT');
    expect(error.message).toContain('git is not installed');
  } finally {
    process.env.PATH = path;
  }
});
