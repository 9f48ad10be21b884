import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../../electron/node/backend';
import { invokeApi } from '../../../electron/node/backend';
import { writeSettingsFile } from '../../../electron/node/settings/json-settings';
import type * as JsonSettings from '../../../electron/node/settings/json-settings';
import { makeWorkspace, openBackend, type TempWorkspace } from '../support/temp-workspace';

// The real writer, wrapped so that a test can hold one write back.
vi.mock('../../../electron/node/settings/json-settings', async (importOriginal) => {
  const real = await importOriginal<typeof JsonSettings>();
  return { ...real, writeSettingsFile: vi.fn(real.writeSettingsFile) };
});

let workspace: TempWorkspace;
let backend: Backend | undefined;

afterEach(async () => {
  await backend?.close();
  backend = undefined;
  await workspace.cleanup();
});

describe('settings', () => {
  it('writes user settings as readable JSON and remembers the workspace', async () => {
    workspace = await makeWorkspace();
    backend = await openBackend(workspace);
    const settings = await backend.updateUserSettings({
      patch: { theme: 'dark', language: 'zh-CN' },
    });
    expect(settings).toMatchObject({
      theme: 'dark',
      language: 'zh-CN',
      recentWorkspaces: [backend.root],
    });
    const file = await readFile(join(workspace.userDataDir, 'settings.json'), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ theme: 'dark', language: 'zh-CN' });
    expect(file).toContain('\n  "theme": "dark"');
  });

  it('remembers the workspace on disk even when the first open did not wait for that write', async () => {
    workspace = await makeWorkspace();
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
    backend = await openBackend(workspace);
    const change = backend.updateUserSettings({ patch: { theme: 'dark' } });
    // Time for the change's write to land first, if nothing makes it wait.
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await change;
    await heldWritten;
    const root = backend.root;
    await backend.close();
    backend = undefined;
    const file: unknown = JSON.parse(
      await readFile(join(workspace.userDataDir, 'settings.json'), 'utf8'),
    );
    expect(file).toMatchObject({ theme: 'dark', recentWorkspaces: [root] });
  });

  it('refuses an invalid patch without changing anything', async () => {
    workspace = await makeWorkspace();
    backend = await openBackend(workspace);
    await expect(backend.updateUserSettings({ patch: { theme: 'purple' } })).rejects.toMatchObject({
      code: 'E_INVALID_ARGUMENT',
    });
    await expect(backend.updateUserSettings({ patch: { nope: 1 } })).rejects.toMatchObject({
      code: 'E_INVALID_ARGUMENT',
    });
    expect((await backend.getUserSettings({})).theme).toBe('system');
  });

  it('backs up a broken workspace settings file, warns, and uses defaults', async () => {
    workspace = await makeWorkspace({
      '.postwright/workspace.json': '{ "slugStyle": "keep", oops',
    });
    backend = await openBackend(workspace);
    const info = await backend.getWorkspace({});
    expect(info.settingsWarning).toMatch(/workspace\.json\.broken-.*\.json$/);
    expect(info.settings.slugStyle).toBe('pinyin');
    expect(await readFile(info.settingsWarning ?? '', 'utf8')).toBe('{ "slugStyle": "keep", oops');
  });

  it('keeps the valid fields of a file with one wrong field (and still backs it up)', async () => {
    workspace = await makeWorkspace({
      '.postwright/workspace.json': JSON.stringify({ slugStyle: 'keep', assetFolder: 42 }),
    });
    backend = await openBackend(workspace);
    const info = await backend.getWorkspace({});
    expect(info.settings).toMatchObject({ slugStyle: 'keep', assetFolder: 'images' });
    expect(info.settingsWarning).not.toBeNull();
  });

  it('backs up a broken user settings file before using defaults', async () => {
    workspace = await makeWorkspace();
    await mkdir(workspace.userDataDir, { recursive: true });
    await writeFile(join(workspace.userDataDir, 'settings.json'), '[not an object]');
    const logged: string[] = [];
    backend = await openBackend(workspace, { log: (message) => logged.push(message) });
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
    workspace = await makeWorkspace({ '.postwright/workspace.json/x': 'not a file' });
    await mkdir(join(workspace.userDataDir, 'settings.json'), { recursive: true });
    backend = await openBackend(workspace, { log: () => undefined });
    expect((await backend.getUserSettings({})).warning).toBe(
      join(workspace.userDataDir, 'settings.json'),
    );
    const info = await backend.getWorkspace({});
    expect(info.settingsWarning).toBe(join(workspace.root, '.postwright', 'workspace.json'));
    expect(info.settings.slugStyle).toBe('pinyin');
  });

  it('backs up a settings file that is not UTF-8 instead of keeping mojibake', async () => {
    workspace = await makeWorkspace();
    await mkdir(workspace.userDataDir, { recursive: true });
    // {"recentWorkspaces":["/home/文档"]} with 文档 in GBK (CE C4 B5 B5).
    const gbk = Buffer.concat([
      Buffer.from('{"recentWorkspaces":["/home/'),
      Buffer.from([0xce, 0xc4, 0xb5, 0xb5]),
      Buffer.from('"]}'),
    ]);
    await writeFile(join(workspace.userDataDir, 'settings.json'), gbk);
    backend = await openBackend(workspace, { log: () => undefined });
    const settings = await backend.getUserSettings({});
    expect(settings.recentWorkspaces.some((path) => path.includes('\uFFFD'))).toBe(false);
    expect((await readFile(settings.warning ?? '')).equals(gbk)).toBe(true);
  });

  it('gives no user settings warning when the file is fine or absent', async () => {
    workspace = await makeWorkspace();
    backend = await openBackend(workspace);
    expect((await backend.getUserSettings({})).warning).toBeNull();
    await backend.updateUserSettings({ patch: { theme: 'dark' } });
    await backend.close();
    backend = await openBackend(workspace);
    expect(await backend.getUserSettings({})).toMatchObject({ theme: 'dark', warning: null });
  });

  it('refuses an asset folder outside the workspace', async () => {
    workspace = await makeWorkspace();
    backend = await openBackend(workspace);
    await expect(
      backend.updateWorkspaceSettings({ patch: { assetFolder: '../x' } }),
    ).rejects.toMatchObject({
      code: 'E_INVALID_ARGUMENT',
    });
  });
});

describe('the journal', () => {
  it('keeps unsaved text until the post is saved', async () => {
    workspace = await makeWorkspace({ 'a.md': 'one\n' });
    backend = await openBackend(workspace);
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
    workspace = await makeWorkspace({ 'a.md': 'x' });
    backend = await openBackend(workspace);
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
    workspace = await makeWorkspace({ 'a.md': 'x' });
    backend = await openBackend(workspace);
    const other = join(workspace.base, 'other');
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
