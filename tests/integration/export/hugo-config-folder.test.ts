import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { exitCodes, runExportCommand } from '../../../electron/node/export/export-command';
import { captureOutput, type CommandRun } from '../support/captured-cli';
import { exists, makeExportFixture, type ExportFixture } from './export-fixture';

// Hugo's configuration folder (PaperMod, Blowfish, Congo, Stack): `config/_default/hugo.toml`
// holds the top level, and `params.toml`, `languages.toml`, `permalinks.toml` beside it hold the
// table of their name. Reading only `hugo.toml` put posts where the site never builds them.

let fixture: ExportFixture;

beforeEach(async () => {
  fixture = await makeExportFixture(null);
  await rm(fixture.repo, { recursive: true, force: true });
  await mkdir(fixture.repo);
});

afterEach(async () => {
  await fixture.cleanup();
});

async function write(files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(fixture.repo, path)), { recursive: true });
    await writeFile(join(fixture.repo, path), text);
  }
}

function run(...argv: string[]): Promise<CommandRun> {
  return captureOutput((streams) =>
    runExportCommand(argv, {
      ...streams,
      cwd: fixture.workspace,
      env: { POSTWRIGHT_USER_DATA: fixture.userData },
    }),
  );
}

test('mainSections in config/_default/params.toml choose the section the post goes to', async () => {
  await write({
    'config/_default/hugo.toml': 'baseURL = "https://e.org/"\ntitle = "Blog"\n',
    'config/_default/params.toml': 'mainSections = ["blog"]\nShowReadingTime = true\n',
    'content/blog/old.md': '---\ntitle: Old\n---\n',
  });
  const { code, stdout } = await run('math-and-images.md', '--to', fixture.repo);
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toContain('create  content/blog/math-and-images.md');
  expect(await exists(join(fixture.repo, 'content/blog/math-and-images.md'))).toBe(true);
  expect(await exists(join(fixture.repo, 'content/posts'))).toBe(false);
});

test('a language with its own contentDir in config/_default/languages.toml receives the post', async () => {
  await write({
    'config/_default/hugo.toml':
      'baseURL = "https://e.org/"\ndefaultContentLanguage = "zh"\n[permalinks]\n  posts = "/:year/:month/:contentbasename/"\n',
    'config/_default/languages.toml':
      '[zh]\n  languageName = "中文"\n  weight = 1\n  contentDir = "content/zh"\n[en]\n  languageName = "English"\n  weight = 2\n  contentDir = "content/en"\n',
    'content/zh/posts/old/index.md': '+++\ntitle = "旧文"\n+++\n',
    'content/zh/posts/other/index.md': '+++\ntitle = "另一篇"\n+++\n',
  });
  const { code, stdout } = await run('math-and-images.md', '--to', fixture.repo);
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toContain('create  content/zh/posts/math-and-images/index.md');
  expect(stdout).toContain('address on the blog: /2024/05/math-and-images/');
  expect(await exists(join(fixture.repo, 'content/zh/posts/math-and-images/index.md'))).toBe(true);
  expect(await exists(join(fixture.repo, 'content/posts'))).toBe(false);
});

test('config/_default/permalinks.toml gives the post its address', async () => {
  await write({
    'config/_default/hugo.toml': 'baseURL = "https://e.org/blog/"\n',
    'config/_default/permalinks.toml': 'posts = "/:year/:month/:contentbasename/"\n',
    'content/posts/old.md': '---\ntitle: Old\n---\n',
  });
  const { code, stdout } = await run('math-and-images.md', '--to', fixture.repo, '--dry-run');
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toContain('address on the blog: /blog/2024/05/math-and-images/');
});

test('the configuration file at the root wins over the same key in the folder', async () => {
  await write({
    'hugo.toml': 'baseURL = "https://e.org/"\n[params]\n  mainSections = ["notes"]\n',
    'config/_default/params.toml': 'mainSections = ["blog"]\n',
  });
  const { code, stdout } = await run('math-and-images.md', '--to', fixture.repo, '--dry-run');
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toContain('create  content/notes/math-and-images.md');
});

test('an invalid params.toml is a config-error warning naming that file, and the defaults are used', async () => {
  await write({
    'config/_default/hugo.toml': 'baseURL = "https://e.org/"\n',
    'config/_default/params.toml': 'mainSections = ["blog"\n',
  });
  const { code, stdout } = await run('math-and-images.md', '--to', fixture.repo, '--dry-run');
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toContain('config/_default/params.toml in the repository cannot be read');
  expect(stdout).toContain('create  content/posts/math-and-images.md');
});
