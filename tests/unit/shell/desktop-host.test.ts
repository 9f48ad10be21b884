// The renderer's desktop host: the bridge's envelopes become values or ApiErrors again.
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  apiMethods,
  type ApiMethod,
  type ApiResponse,
  type AppCommand,
  type PreloadBridge,
} from '../../../core/api';
import { createDesktopHost, workspaceFileUrl } from '../../../renderer/host/desktop-host';

function fakeBridge(answer: (method: ApiMethod, args: unknown) => ApiResponse<unknown>) {
  const calls: [ApiMethod, unknown][] = [];
  const eventListeners = new Map<string, (payload: unknown) => void>();
  let commandListener: ((command: AppCommand) => void) | null = null;
  const bridge: PreloadBridge = {
    invoke: (method, args) => {
      calls.push([method, args]);
      return Promise.resolve(answer(method, args));
    },
    on: (event, listener) => {
      eventListeners.set(event, listener);
      return () => eventListeners.delete(event);
    },
    onCommand: (listener) => {
      commandListener = listener;
      return () => {
        commandListener = null;
      };
    },
    chooseFolder: () => Promise.resolve('/home/li/博客'),
    workspaceFileUrlBase: 'postwright-file://workspace/',
  };
  return {
    bridge,
    calls,
    eventListeners,
    command: (command: AppCommand) => commandListener?.(command),
  };
}

describe('createDesktopHost', () => {
  it('has every contract method, each calling the bridge with its own name', async () => {
    const { bridge, calls } = fakeBridge((method) => ({ ok: true, value: method }));
    const host = createDesktopHost(bridge);
    expect(Object.keys(host.api).sort()).toEqual([...apiMethods].sort());
    expect(await host.api.listPosts({})).toBe('listPosts');
    expect(await host.api.readPost({ path: '文章.md' })).toBe('readPost');
    expect(calls).toEqual([
      ['listPosts', {}],
      ['readPost', { path: '文章.md' }],
    ]);
    expect(host.kind).toBe('desktop');
  });

  it('throws the ApiError that crossed the bridge, code and details intact', async () => {
    const { bridge } = fakeBridge(() => ({
      ok: false,
      error: { code: 'E_CONFLICT', message: 'changed on disk', details: { path: 'a.md' } },
    }));
    const error: unknown = await createDesktopHost(bridge)
      .api.savePost({ path: 'a.md', text: 'x', baseVersion: null })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'E_CONFLICT', details: { path: 'a.md' } });
  });

  it('turns a malformed error into E_INTERNAL rather than a crash', async () => {
    const { bridge } = fakeBridge(() => ({ ok: false, error: { nonsense: true } as never }));
    await expect(createDesktopHost(bridge).api.listPosts({})).rejects.toMatchObject({
      code: 'E_INTERNAL',
    });
  });

  it('passes events, commands and the folder picker through', async () => {
    const { bridge, eventListeners, command } = fakeBridge(() => ({ ok: true, value: null }));
    const host = createDesktopHost(bridge);
    const removed: string[][] = [];
    const off = host.on('postChangedOnDisk', (payload) => removed.push([payload.path]));
    eventListeners.get('postChangedOnDisk')?.({ path: '你好.md', version: null });
    off();
    expect(removed).toEqual([['你好.md']]);
    expect(eventListeners.has('postChangedOnDisk')).toBe(false);
    const commands: AppCommand[] = [];
    host.onCommand((received) => commands.push(received));
    command({ id: 'setLanguage', language: 'zh-CN' });
    expect(commands).toEqual([{ id: 'setLanguage', language: 'zh-CN' }]);
    expect(await host.chooseFolder?.()).toBe('/home/li/博客');
  });

  it('serves workspace files from the privileged protocol, each segment encoded', () => {
    const { bridge } = fakeBridge(() => ({ ok: true, value: null }));
    expect(createDesktopHost(bridge).workspaceFileUrl('images/配图/封面 #1?.png')).toBe(
      'postwright-file://workspace/images/%E9%85%8D%E5%9B%BE/%E5%B0%81%E9%9D%A2%20%231%3F.png',
    );
    expect(workspaceFileUrl('postwright-file://workspace/', 'a/../b.png')).toBe(
      'postwright-file://workspace/a/../b.png',
    );
  });
});
