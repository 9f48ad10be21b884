import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceSettingsStore } from '../../../electron/node/settings/workspace-settings';
import { tempBackends } from '../support/temp-workspace';

const temp = tempBackends();

async function writeUserSettings(value: unknown): Promise<string> {
  const { userDataDir } = temp.workspace;
  await mkdir(userDataDir, { recursive: true });
  const text = JSON.stringify(value, null, 2);
  await writeFile(join(userDataDir, 'settings.json'), text);
  return text;
}

async function backups(folder: string, name: string): Promise<string[]> {
  return (await readdir(folder)).filter((file) => file.startsWith(`${name}.broken-`));
}

describe('one invalid setting costs only itself', () => {
  it('keeps every valid user setting, names the dropped ones and backs up the original', async () => {
    const workspace = await temp.makeWorkspace({ 'a.md': '---\ntitle: A\n---\n' });
    const original = await writeUserSettings({
      theme: 'purple',
      editorFontSize: 200,
      viewMode: 'preview',
      lineWrapping: false,
      language: 'zh-CN',
      lastOpenPosts: { [workspace.root]: 'a.md' },
      recentWorkspaces: [workspace.root],
    });
    const backend = await temp.openBackend({ log: () => undefined });
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
    const workspace = await temp.makeWorkspace();
    await writeUserSettings({ theme: 'dark', someFutureSetting: 1 });
    const backend = await temp.openBackend();
    const settings = await backend.getUserSettings({});
    expect(settings).toMatchObject({ theme: 'dark', warning: null, droppedSettings: [] });
    expect(await backups(workspace.userDataDir, 'settings.json')).toEqual([]);
  });

  it('does the same for workspace settings', async () => {
    const workspace = await temp.makeWorkspace({
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
