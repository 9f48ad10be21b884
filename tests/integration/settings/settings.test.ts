import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { invokeApi } from '../../../electron/node/backend';
import { writeSettingsFile } from '../../../electron/node/settings/json-settings';
import type * as JsonSettings from '../../../electron/node/settings/json-settings';
import { tempBackends } from '../support/temp-workspace';

// The real writer, wrapped so that a test can hold one write back.
vi.mock('../../../electron/node/settings/json-settings', async (importOriginal) => {
  const real = await importOriginal<typeof JsonSettings>();
  return { ...real, writeSettingsFile: vi.fn(real.writeSettingsFile) };
});

const temp = tempBackends();

describe('settings', () => {
  it('writes user settings as readable JSON and remembers the workspace', async () => {
    const backend = await temp.open();
    const settings = await backend.updateUserSettings({
      patch: { theme: 'dark', language: 'zh-CN' },
    });
    expect(settings).toMatchObject({
      theme: 'dark',
      language: 'zh-CN',
      recentWorkspaces: [backend.root],
    });
    const file = await readFile(join(temp.workspace.userDataDir, 'settings.json'), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ theme: 'dark', language: 'zh-CN' });
    expect(file).toContain('\n  "theme": "dark"');
  });

  it('remembers the workspace on disk even when the first open did not wait for that write', async () => {
    const workspace = await temp.makeWorkspace();
    // The recent-workspace write starts with the open and is not awaited. Held back until a
    // settings change has been asked for, it would land last and undo that change were the
    // writes not made one after another.
    const write = vi.mocked(writeSettingsFile);
    const realWrite = write.getMockImplementation() ?? writeSettingsFile;
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let heldWritten: Promise<void> = Promise.resolve();
    write.mockImplementationOnce((filePath, value) => {
      heldWritten = held.then(() => realWrite(filePath, value));
      return heldWritten;
    });
    const backend = await temp.openBackend();
    const change = backend.updateUserSettings({ patch: { theme: 'dark' } });
    // Time for the change's write to land first, if nothing makes it wait.
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await change;
    await heldWritten;
    const root = backend.root;
    await temp.close();
    const file: unknown = JSON.parse(
      await readFile(join(workspace.userDataDir, 'settings.json'), 'utf8'),
    );
    expect(file).toMatchObject({ theme: 'dark', recentWorkspaces: [root] });
  });

  it('refuses an invalid patch without changing anything', async () => {
    const backend = await temp.open();
    await expect(backend.updateUserSettings({ patch: { theme: 'purple' } })).rejects.toMatchObject({
      code: 'E_INVALID_ARGUMENT',
    });
    await expect(backend.updateUserSettings({ patch: { nope: 1 } })).rejects.toMatchObject({
      code: 'E_INVALID_ARGUMENT',
    });
    expect((await backend.getUserSettings({})).theme).toBe('system');
  });

  it('backs up a broken workspace settings file, warns, and uses defaults', async () => {
    const backend = await temp.open({
      '.postwright/workspace.json': '{ "slugStyle": "keep", oops',
    });
    const info = await backend.getWorkspace({});
    expect(info.settingsWarning).toMatch(/workspace\.json\.broken-.*\.json$/);
    expect(info.settings.slugStyle).toBe('pinyin');
    expect(await readFile(info.settingsWarning ?? '', 'utf8')).toBe('{ "slugStyle": "keep", oops');
  });

  it('keeps the valid fields of a file with one wrong field (and still backs it up)', async () => {
    const backend = await temp.open({
      '.postwright/workspace.json': JSON.stringify({ slugStyle: 'keep', assetFolder: 42 }),
    });
    const info = await backend.getWorkspace({});
    expect(info.settings).toMatchObject({ slugStyle: 'keep', assetFolder: 'images' });
    expect(info.settingsWarning).not.toBeNull();
  });

  it('backs up a broken user settings file before using defaults', async () => {
    const workspace = await temp.makeWorkspace();
    await mkdir(workspace.userDataDir, { recursive: true });
    await writeFile(join(workspace.userDataDir, 'settings.json'), '[not an object]');
    const logged: string[] = [];
    const backend = await temp.openBackend({ log: (message) => logged.push(message) });
    expect(logged).toEqual([expect.stringContaining('user settings file was broken')]);
    const settings = await backend.getUserSettings({});
    expect(settings.theme).toBe('system');
    const names = await readdir(workspace.userDataDir);
    const backup = names.find((name) => name.startsWith('settings.json.broken-'));
    expect(backup).toBeDefined();
    // The UI is told too, with the backup's path, so it can say where the old file went.
    expect(settings.warning).toBe(join(workspace.userDataDir, backup ?? ''));
    expect(await readFile(settings.warning ?? '', 'utf8')).toBe('[not an object]');
  });

  it('starts with defaults when a settings file is a folder, and says so', async () => {
    const workspace = await temp.makeWorkspace({ '.postwright/workspace.json/x': 'not a file' });
    await mkdir(join(workspace.userDataDir, 'settings.json'), { recursive: true });
    const backend = await temp.openBackend({ log: () => undefined });
    expect((await backend.getUserSettings({})).warning).toBe(
      join(workspace.userDataDir, 'settings.json'),
    );
    const info = await backend.getWorkspace({});
    expect(info.settingsWarning).toBe(join(workspace.root, '.postwright', 'workspace.json'));
    expect(info.settings.slugStyle).toBe('pinyin');
  });

  it('backs up a settings file that is not UTF-8 instead of keeping mojibake', async () => {
    const workspace = await temp.makeWorkspace();
    await mkdir(workspace.userDataDir, { recursive: true });
    // {"recentWorkspaces":["/home/文档"]} with 文档 in GBK (CE C4 B5 B5).
    const gbk = Buffer.concat([
      Buffer.from('{"recentWorkspaces":["/home/'),
      Buffer.from([0xce, 0xc4, 0xb5, 0xb5]),
      Buffer.from('"]}'),
    ]);
    await writeFile(join(workspace.userDataDir, 'settings.json'), gbk);
    const backend = await temp.openBackend({ log: () => undefined });
    const settings = await backend.getUserSettings({});
    expect(settings.recentWorkspaces.some((path) => path.includes('\uFFFD'))).toBe(false);
    expect((await readFile(settings.warning ?? '')).equals(gbk)).toBe(true);
  });

  it('gives no user settings warning when the file is fine or absent', async () => {
    const backend = await temp.open();
    expect((await backend.getUserSettings({})).warning).toBeNull();
    await backend.updateUserSettings({ patch: { theme: 'dark' } });
    await temp.close();
    const again = await temp.openBackend();
    expect(await again.getUserSettings({})).toMatchObject({ theme: 'dark', warning: null });
  });

  it('refuses an asset folder outside the workspace', async () => {
    const backend = await temp.open();
    await expect(
      backend.updateWorkspaceSettings({ patch: { assetFolder: '../x' } }),
    ).rejects.toMatchObject({
      code: 'E_INVALID_ARGUMENT',
    });
  });
});

describe('the journal', () => {
  it('keeps unsaved text until the post is saved', async () => {
    const backend = await temp.open({ 'a.md': 'one\n' });
    const document = await backend.readPost({ path: 'a.md' });
    await backend.writeJournal({ path: 'a.md', text: 'one two\n', baseVersion: document.version });
    expect(await backend.listJournal({})).toMatchObject([
      { root: backend.root, path: 'a.md', text: 'one two\n', baseVersion: document.version },
    ]);
    await backend.savePost({ path: 'a.md', text: 'one two\n', baseVersion: document.version });
    expect(await backend.listJournal({})).toEqual([]);
  });
});

describe('the contract wrapper', () => {
  it('validates arguments and packs errors for transports', async () => {
    const backend = await temp.open({ 'a.md': 'x' });
    expect(await invokeApi(backend, 'readPost', { path: 42 })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID_ARGUMENT' },
    });
    expect(await invokeApi(backend, 'noSuchMethod', {})).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID_ARGUMENT' },
    });
    expect(await invokeApi(backend, 'readPost', { path: 'missing.md' })).toMatchObject({
      ok: false,
      error: { code: 'E_NOT_FOUND' },
    });
    expect(await invokeApi(backend, 'readPost', { path: 'a.md' })).toMatchObject({
      ok: true,
      value: { text: 'x' },
    });
  });

  it('opens another workspace and announces it', async () => {
    const backend = await temp.open({ 'a.md': 'x' });
    const other = join(temp.workspace.base, 'other');
    await mkdir(other);
    await writeFile(join(other, 'b.md'), '# B\n');
    const announced: string[] = [];
    backend.on('workspaceChanged', (info) => announced.push(info.name));
    const info = await backend.openWorkspace({ root: other });
    expect(info.name).toBe('other');
    expect(announced).toEqual(['other']);
    expect((await backend.listPosts({})).map((post) => post.path)).toEqual(['b.md']);
    expect((await backend.getUserSettings({})).recentWorkspaces[0]).toBe(backend.root);
    await expect(backend.openWorkspace({ root: 'relative' })).rejects.toMatchObject({
      code: 'E_INVALID_ARGUMENT',
    });
  });
});
