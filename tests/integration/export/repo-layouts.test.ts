import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { exitCodes, runExportCommand } from '../../../electron/node/export/export-command';
import { captureOutput, type CommandRun } from '../support/captured-cli';
import { exists, makeExportFixture, type ExportFixture } from './export-fixture';

let fixture: ExportFixture;

beforeEach(async () => {
  fixture = await makeExportFixture(null);
  // An empty repository the tests fill in.
  await rm(fixture.repo, { recursive: true, force: true });
  await mkdir(fixture.repo);
});

afterEach(async () => {
  await fixture.cleanup();
});

async function write(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
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

test('a Hugo site with contentDir and no content folder gets the post inside contentDir', async () => {
  await write(fixture.repo, {
    'hugo.toml': 'baseURL = "https://e.org/"\ncontentDir = "mycontent"\n',
  });
  const { code, stdout } = await run('math-and-images.md', '--to', fixture.repo);
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toContain(`Export to ${fixture.repo} (hugo)`);
  expect(await exists(join(fixture.repo, 'mycontent/posts/math-and-images.md'))).toBe(true);
  expect(await exists(join(fixture.repo, 'math-and-images.md'))).toBe(false);
});

test('Jekyll source: and collections_dir: receive the post, and the images go under the source', async () => {
  await write(fixture.repo, {
    '_config.yml': 'title: Blog\nsource: site\ncollections_dir: my_collections\n',
    'site/my_collections/_posts/2020-01-01-hello.md': '---\ntitle: Hello\n---\n',
  });
  const { code, stdout } = await run('math-and-images.md', '--to', fixture.repo);
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toContain(`Export to ${fixture.repo} (jekyll)`);
  const post = await readFile(
    join(fixture.repo, 'site/my_collections/_posts/2024-05-01-math-and-images.md'),
    'utf8',
  );
  expect(post).toContain('](/assets/images/math-and-images/diagram.png)');
  expect(await exists(join(fixture.repo, 'site/assets/images/math-and-images/diagram.png'))).toBe(
    true,
  );
  expect(await exists(join(fixture.repo, '_posts'))).toBe(false);
});

test('a Hugo bundle and its translation are both written, side by side, one after the other', async () => {
  await write(fixture.repo, {
    'hugo.toml': 'baseURL = "https://e.org/"\n',
    'content/posts/a/index.md': '---\ntitle: A\n---\n',
    'content/posts/b/index.md': '---\ntitle: B\n---\n',
  });
  await write(fixture.workspace, {
    'gallery/index.md': '---\ntitle: Gallery\ndate: 2024-03-01\n---\n\nEnglish\n',
    'gallery/index.zh.md': '---\ntitle: 画廊\ndate: 2024-03-01\n---\n\n中文\n',
  });
  expect((await run('gallery/index.md', '--to', fixture.repo, '--workspace', '.')).code).toBe(
    exitCodes.ok,
  );
  const zh = await run('gallery/index.zh.md', '--to', fixture.repo, '--workspace', '.');
  expect(zh.code).toBe(exitCodes.ok);
  expect(await readFile(join(fixture.repo, 'content/posts/gallery/index.md'), 'utf8')).toContain(
    'English',
  );
  expect(await readFile(join(fixture.repo, 'content/posts/gallery/index.zh.md'), 'utf8')).toContain(
    '中文',
  );
});
