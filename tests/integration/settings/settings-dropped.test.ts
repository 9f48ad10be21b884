import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/node/backend';
import { WorkspaceSettingsStore } from '../../../electron/node/settings/workspace-settings';
import { makeWorkspace, openBackend, type TempWorkspace } from '../support/temp-workspace';

let workspace: TempWorkspace;
let backend: Backend | undefined;

afterEach(async () => {
  await backend?.close();
  backend = undefined;
  await workspace.cleanup();
});

async function writeUserSettings(value: unknown): Promise<string> {
  await mkdir(workspace.userDataDir, { recursive: true });
  const text = JSON.stringify(value, null, 2);
  await writeFile(join(workspace.userDataDir, 'settings.json'), text);
  return text;
}

async function backups(folder: string, name: string): Promise<string[]> {
  return (await readdir(folder)).filter((file) => file.startsWith(`${name}.broken-`));
}

describe('one invalid setting costs only itself', () => {
  it('keeps every valid user setting, names the dropped ones and backs up the original', async () => {
    workspace = await makeWorkspace({ 'a.md': '---\ntitle: A\n---\n' });
    const original = await writeUserSettings({
      theme: 'purple',
      editorFontSize: 200,
      viewMode: 'preview',
      lineWrapping: false,
      language: 'zh-CN',
      lastOpenPosts: { [workspace.root]: 'a.md' },
      recentWorkspaces: [workspace.root],
    });
    backend = await openBackend(workspace, { log: () => undefined });
    const settings = await backend.getUserSettings({});
    expect(settings).toMatchObject({
      theme: 'system',
      editorFontSize: 15,
      viewMode: 'preview',
      lineWrapping: false,
      language: 'zh-CN',
      lastOpenPosts: { [workspace.root]: 'a.md' },
      droppedSettings: ['theme', 'editorFontSize'],
    });
    const [backup] = await backups(workspace.userDataDir, 'settings.json');
    expect(settings.warning).toBe(join(workspace.userDataDir, backup ?? ''));
    expect(await readFile(settings.warning ?? '', 'utf8')).toBe(original);

    // The next write keeps the valid settings on disk, not just in memory.
    await backend.updateUserSettings({ patch: { showPostList: false } });
    expect(
      JSON.parse(await readFile(join(workspace.userDataDir, 'settings.json'), 'utf8')),
    ).toMatchObject({
      viewMode: 'preview',
      lineWrapping: false,
      lastOpenPosts: { [workspace.root]: 'a.md' },
      showPostList: false,
      theme: 'system',
    });
  });

  it('makes no backup and no warning when nothing was dropped (unknown keys are no reason)', async () => {
    workspace = await makeWorkspace();
    await writeUserSettings({ theme: 'dark', someFutureSetting: 1 });
    backend = await openBackend(workspace);
    const settings = await backend.getUserSettings({});
    expect(settings).toMatchObject({ theme: 'dark', warning: null, droppedSettings: [] });
    expect(await backups(workspace.userDataDir, 'settings.json')).toEqual([]);
  });

  it('does the same for workspace settings', async () => {
    workspace = await makeWorkspace({
      '.postwright/workspace.json': JSON.stringify({
        slugStyle: 'keep',
        postsFolder: '../outside',
        assetFolder: 'img',
      }),
    });
    const store = await WorkspaceSettingsStore.open(workspace.root);
    expect(store.get()).toMatchObject({ slugStyle: 'keep', postsFolder: '', assetFolder: 'img' });
    expect(store.dropped).toEqual(['postsFolder']);
    expect(store.backupPath).toMatch(/workspace\.json\.broken-.*\.json$/);

    await writeFile(
      join(workspace.root, '.postwright', 'workspace.json'),
      JSON.stringify({ slugStyle: 'keep' }),
    );
    const clean = await WorkspaceSettingsStore.open(workspace.root);
    expect([clean.dropped, clean.backupPath]).toEqual([[], null]);
    expect(await backups(join(workspace.root, '.postwright'), 'workspace.json')).toHaveLength(1);
  });
});
