import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, projectRoot, uiTimeout, type OpenedApp } from './support';
import { treeOf } from '../integration/export/export-fixture';

const fixtures = join(projectRoot, 'tests/fixtures/export');
const target = '_posts/2024-05-01-math-and-images.md';
const theirs = 'Text of my own, not written by Postwright.\n';

describe('a post whose file in the blog is not Postwright’s', () => {
  let opened: OpenedApp;
  let repoBase: string;
  let repo: string;

  beforeEach(async () => {
    repoBase = await mkdtemp(join(tmpdir(), 'postwright-e2e-repo-'));
    repo = join(repoBase, 'blog');
    await cp(join(fixtures, 'repos/jekyll-academicpages'), repo, { recursive: true });
    await writeFile(join(repo, target), theirs);
  });

  afterEach(async () => {
    await opened.close();
    await rm(repoBase, { recursive: true, force: true });
  });

  it('is left alone with its images: Export is off and says why until Replace is ticked', async () => {
    opened = await openApp({ fixture: join(fixtures, 'workspace') });
    const { app, page } = opened;
    const before = await treeOf(repo);
    await app.openPost('数学与图片');
    await page.getByRole('button', { name: 'Export', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('textbox', { name: 'Repository folder' }).fill(repo);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    const replace = dialog.getByRole('checkbox', { name: `Replace ${target}` });
    await replace.waitFor({ timeout: uiTimeout });

    const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
    expect(await exportButton.isDisabled()).toBe(true);
    const describedBy = (await exportButton.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).innerText()).toContain(
      `nothing would be written. ${target} exists in the repository and was not written by Postwright`,
    );
    expect(await treeOf(repo)).toEqual(before);

    await replace.check();
    await exportButton.click();
    await dialog
      .getByRole('status')
      .filter({ hasText: 'Exported.' })
      .waitFor({ timeout: uiTimeout });
    expect(await readFile(join(repo, target), 'utf8')).toContain('title: 数学与图片');
    expect(await readFile(join(repo, 'images/math-and-images/diagram.png'))).toEqual(
      await readFile(join(fixtures, 'workspace/images/diagram.png')),
    );
  });
});
