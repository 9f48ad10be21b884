// A sandboxed preload can require nothing but `electron`: the preload must be one CommonJS file.
// Bundled here with the build's own settings (and the built file checked when it exists), then
// run in a VM with a fake `electron` to see what it exposes and which channels it uses.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppCommand, PreloadBridge } from '../../../core/api';
import { workspaceFileUrlBase } from '../../../core/ipc-channels';

const builtPreload = new URL('../../../dist/electron/preload.cjs', import.meta.url);

async function bundlePreload(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('../../../electron/preload/preload.ts', import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['electron'],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Every module the code requires. */
function requiredModules(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
    (match) => match[1] ?? '',
  );
}

interface FakeElectron {
  exposed: Map<string, unknown>;
  invoked: { channel: string; args: unknown[] }[];
  sent: { channel: string; args: unknown[] }[];
  listeners: Map<string, ((...args: unknown[]) => void)[]>;
  pageListeners: Map<string, (event: unknown) => void>;
}

/** Runs the bundle as Electron would, with a fake `electron` and a fake page. */
function runPreload(code: string): FakeElectron {
  const fake: FakeElectron = {
    exposed: new Map(),
    invoked: [],
    sent: [],
    listeners: new Map(),
    pageListeners: new Map(),
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        fake.invoked.push({ channel, args });
        return Promise.resolve({ ok: true, value: channel });
      },
      send: (channel: string, ...args: unknown[]) => fake.sent.push({ channel, args }),
      on: (channel: string, listener: (...args: unknown[]) => void) => {
        fake.listeners.set(channel, [...(fake.listeners.get(channel) ?? []), listener]);
      },
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
        fake.listeners.set(
          channel,
          (fake.listeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
        );
      },
    },
    webUtils: { getPathForFile: (file: { path: string }) => file.path },
  };
  const module = { exports: {} };
  runInNewContext(code, {
    module,
    exports: module.exports,
    require: (name: string) => {
      if (name !== 'electron') {
        throw new Error(`the preload required ${name}`);
      }
      return electron;
    },
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      fake.pageListeners.set(type, listener),
    Promise,
    TypeError,
    Array,
  });
  return fake;
}

const emit = (fake: FakeElectron, channel: string, ...args: unknown[]) => {
  for (const listener of fake.listeners.get(channel) ?? []) {
    listener({ sender: 'the IpcRendererEvent' }, ...args);
  }
};

let code = '';
beforeAll(async () => {
  code = await bundlePreload();
});

describe('the preload bundle', () => {
  it('is CommonJS that requires nothing but electron', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(new Set(requiredModules(code))).toEqual(new Set(['electron']));
  });

  it.skipIf(!existsSync(builtPreload))('is what the build wrote too', () => {
    const built = readFileSync(builtPreload, 'utf8');
    expect(built).not.toMatch(/^\s*(import|export)\s/m);
    expect(new Set(requiredModules(built))).toEqual(new Set(['electron']));
  });

  it('exposes exactly the bridge as window.postwright', () => {
    const fake = runPreload(code);
    expect([...fake.exposed.keys()]).toEqual(['postwright']);
    const bridge = fake.exposed.get('postwright') as PreloadBridge;
    expect(Object.keys(bridge).sort()).toEqual(
      ['chooseFolder', 'invoke', 'on', 'onCommand', 'workspaceFileUrlBase'].sort(),
    );
    expect(bridge.workspaceFileUrlBase).toBe(workspaceFileUrlBase);
  });

  it('invokes a method on its own channel and refuses anything that is not a method name', async () => {
    const fake = runPreload(code);
    const bridge = fake.exposed.get('postwright') as PreloadBridge;
    await bridge.invoke('listPosts', {});
    await bridge.chooseFolder();
    expect(fake.invoked).toEqual([
      { channel: 'postwright:listPosts', args: [{}] },
      { channel: 'postwright:chooseFolder', args: [] },
    ]);
    await expect(bridge.invoke('event:postsChanged' as never, {})).rejects.toThrow(TypeError);
    await expect(bridge.invoke(42 as never, {})).rejects.toThrow(TypeError);
    expect(fake.invoked).toHaveLength(2);
  });

  it('forwards events without the IPC event object, and unsubscribes', () => {
    const fake = runPreload(code);
    const bridge = fake.exposed.get('postwright') as PreloadBridge;
    const received: unknown[][] = [];
    const off = bridge.on('postsChanged', (...args: unknown[]) => received.push(args));
    emit(fake, 'postwright:event:postsChanged', { added: [] });
    off();
    emit(fake, 'postwright:event:postsChanged', { added: [1] });
    expect(received).toEqual([[{ added: [] }]]);
  });

  it('keeps commands that arrive before the renderer listens', () => {
    const fake = runPreload(code);
    const bridge = fake.exposed.get('postwright') as PreloadBridge;
    emit(fake, 'postwright:command', { id: 'openPost', path: '你好.md' });
    const received: AppCommand[] = [];
    bridge.onCommand((command) => received.push(command));
    emit(fake, 'postwright:command', { id: 'save' });
    expect(received).toEqual([{ id: 'openPost', path: '你好.md' }, { id: 'save' }]);
  });

  it('sends a dropped folder to the main process and leaves dropped images to the page', () => {
    const fake = runPreload(code);
    const drop = fake.pageListeners.get('drop');
    const dropEvent = (name: string, isDirectory: boolean) => ({
      prevented: false,
      stopped: false,
      dataTransfer: {
        types: ['Files'],
        files: [{ name, path: `/home/li/${name}` }],
        items: [{ kind: 'file', webkitGetAsEntry: () => ({ isDirectory }) }],
      },
      preventDefault() {
        this.prevented = true;
      },
      stopPropagation() {
        this.stopped = true;
      },
    });
    const folder = dropEvent('博客', true);
    const image = dropEvent('cover.png', false);
    drop?.(folder);
    drop?.(image);
    expect(fake.sent).toEqual([{ channel: 'postwright:dropPath', args: ['/home/li/博客'] }]);
    expect([folder.prevented, folder.stopped, image.prevented]).toEqual([true, true, false]);
  });
});
