import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, projectRoot, uiTimeout, type OpenedApp } from './support';

const fixtures = join(projectRoot, 'tests/fixtures/export');
const title = 'deepseek创始人的专访和北风对技术的回顾';
const target = '_posts/2025-02-14-deepseek-interview.md';

describe('exporting from the Export dialog', () => {
  let opened: OpenedApp;
  let repoBase: string;
  let repo: string;

  beforeEach(async () => {
    repoBase = await mkdtemp(join(tmpdir(), 'postwright-e2e-repo-'));
    repo = join(repoBase, 'blog');
    await cp(join(fixtures, 'repos/jekyll-academicpages'), repo, { recursive: true });
  });

  afterEach(async () => {
    await opened.close();
    await rm(repoBase, { recursive: true, force: true });
  });

  it('adds the blog repository, shows the plan with its diff, exports, and the file is in the repository', async () => {
    opened = await openApp({ fixture: join(fixtures, 'workspace') });
    const { app, page, server } = opened;
    await app.openPost(title);
    await page.getByRole('button', { name: 'Export', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('textbox', { name: 'Repository folder' }).fill(repo);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog
      .getByText('Detected: Jekyll (academicpages)', { exact: false })
      .waitFor({ timeout: uiTimeout });

    // Review: the file, its diff against the (empty) repository file, no warnings.
    const files = dialog.getByRole('region', { name: 'Files' });
    await files.getByText(target).click();
    const diff = dialog.getByRole('region', { name: `Changes in ${target}` });
    await diff
      .getByText('permalink: /posts/2025/02/deepseek-interview/', { exact: false })
      .waitFor({ timeout: uiTimeout });
    expect(await dialog.getByRole('region', { name: 'Before you publish' }).innerText()).toContain(
      'No warnings.',
    );

    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: 'Exported.' })
      .waitFor({ timeout: uiTimeout });
    expect(await readFile(join(repo, target), 'utf8')).toBe(
      await readFile(join(server.root, '2025-02-14-deepseek-interview.md'), 'utf8'),
    );
    await dialog.getByText('This folder is not a git repository.').waitFor({ timeout: uiTimeout });
  });

  it('plans from what the editor shows: unsaved text is saved first and exported; the address on the blog is shown', async () => {
    opened = await openApp({ fixture: join(fixtures, 'workspace') });
    const { app, page } = opened;
    // A long autosave delay: the typed text is still unsaved when the dialog opens.
    await app.useSettings({ autosaveDelayMs: 60_000 });
    await app.openPost(title);
    await app.typeAtEnd('\n\nA line typed just before exporting.');
    await page.getByRole('button', { name: 'Export', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('textbox', { name: 'Repository folder' }).fill(repo);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    const files = dialog.getByRole('region', { name: 'Files' });
    await files
      .getByText('Address on the blog: /posts/2025/02/deepseek-interview/')
      .waitFor({ timeout: uiTimeout });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: 'Exported.' })
      .waitFor({ timeout: uiTimeout });
    expect(await readFile(join(repo, target), 'utf8')).toContain(
      'A line typed just before exporting.',
    );
  });

  it('shows the warnings of a post that deserves them, applies a chosen fix, and speaks Chinese', async () => {
    opened = await openApp({ fixture: join(fixtures, 'workspace'), lang: 'zh-CN' });
    const { app, page } = opened;
    await app.openPost('数学与图片');
    await page.getByRole('button', { name: '导出', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: '导出' });
    await dialog.getByRole('textbox', { name: '仓库文件夹' }).fill(repo);
    await dialog.getByRole('button', { name: '添加', exact: true }).click();
    const warnings = dialog.getByRole('region', { name: '发布前请注意' });
    await warnings
      .getByText('Jekyll 会把它当作 Liquid 执行', { exact: false })
      .waitFor({ timeout: uiTimeout });
    await warnings.getByRole('checkbox', { name: '用 {% raw %} 包住代码' }).check();
    await warnings
      .getByText('Jekyll 会把它当作 Liquid 执行', { exact: false })
      .waitFor({ state: 'detached', timeout: uiTimeout });
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: '已导出' }).waitFor({ timeout: uiTimeout });
    const written = await readFile(join(repo, '_posts/2024-05-01-math-and-images.md'), 'utf8');
    expect(written).toContain('{% raw %}\n```liquid\n{{ site.title }}\n```\n{% endraw %}');
    expect(written).toContain('![示意图](/images/math-and-images/diagram.png)');
    expect(await readFile(join(repo, 'images/math-and-images/diagram.png'))).toEqual(
      await readFile(join(fixtures, 'workspace/images/diagram.png')),
    );
  });

  it('exports the open post as one standalone HTML file with its image inlined', async () => {
    opened = await openApp({ fixture: join(fixtures, 'workspace') });
    const { app, page } = opened;
    await app.openPost('数学与图片');
    await page.getByRole('button', { name: 'Export', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: uiTimeout }),
      dialog.getByRole('button', { name: 'Export as HTML' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('math-and-images.html');
    const path = await download.path();
    const html = await readFile(path, 'utf8');
    expect(html).toContain('数学与图片');
    expect(html).toContain('data:image/png;base64,');
    expect(html).not.toContain('<script');
  });
});
