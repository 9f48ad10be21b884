// Only the contract's channels exist, and each answers only the app's own main frame.
import { describe, expect, it } from 'vitest';
import { apiMethods, type ApiMethod } from '../../../core/api';
import { chooseFolderChannel, dropPathChannel, methodChannel } from '../../../core/ipc-channels';
import { CallTracker } from '../../../electron/main/call-tracker';
import {
  createDropHandler,
  createInvokeHandlers,
  untrustedResponse,
  type IpcEventLike,
  type IpcHandlerDeps,
} from '../../../electron/main/ipc-handlers';
import { isTrustedSender } from '../../../electron/main/ipc-sender';

const appUrl = 'app://postwright/index.html';
const mainFrame = (id: number, url = appUrl): IpcEventLike => ({
  sender: { id },
  senderFrame: { url, parent: null },
});

function setup() {
  const calls: { method: ApiMethod; args: unknown }[] = [];
  const dropped: string[] = [];
  const settled: ApiMethod[] = [];
  const tracker = new CallTracker();
  const deps: IpcHandlerDeps = {
    invoke: (method, args) => {
      calls.push({ method, args });
      return Promise.resolve({ ok: true, value: { method } });
    },
    trustedIds: () => new Set([7]),
    tracker,
    chooseFolder: () => Promise.resolve('/home/li/博客'),
    openDroppedPath: (path) => dropped.push(path),
    onSettled: (method) => settled.push(method),
  };
  return { deps, calls, dropped, settled, tracker, handlers: createInvokeHandlers(deps) };
}

describe('IPC channels', () => {
  it('are exactly one per contract method, plus the folder picker', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(
      [...apiMethods.map(methodChannel), chooseFolderChannel].sort(),
    );
  });

  it('pass a trusted call to the backend and hand back its response', async () => {
    const { handlers, calls, settled } = setup();
    const response = await handlers.get(methodChannel('readPost'))?.(mainFrame(7), {
      path: '文章.md',
    });
    expect(response).toEqual({ ok: true, value: { method: 'readPost' } });
    expect(calls).toEqual([{ method: 'readPost', args: { path: '文章.md' } }]);
    expect(settled).toEqual(['readPost']);
  });

  it.each<[string, IpcEventLike]>([
    ['another web contents', mainFrame(8)],
    ['a subframe (the preview)', { sender: { id: 7 }, senderFrame: { url: appUrl, parent: {} } }],
    ['a page that is not the app', mainFrame(7, 'https://evil.example/')],
    ['a file page', mainFrame(7, 'file:///tmp/index.html')],
    ['a frame that is gone', { sender: { id: 7 }, senderFrame: null }],
    [
      'a frame Electron has disposed',
      {
        sender: { id: 7 },
        get senderFrame(): never {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      },
    ],
  ])('refuse %s without calling the backend', async (_name, event) => {
    const { handlers, calls } = setup();
    expect(await handlers.get(methodChannel('savePost'))?.(event, {})).toEqual(untrustedResponse);
    expect(await handlers.get(chooseFolderChannel)?.(event, undefined)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('show the folder picker to the app', async () => {
    const { handlers } = setup();
    expect(await handlers.get(chooseFolderChannel)?.(mainFrame(7), undefined)).toBe(
      '/home/li/博客',
    );
  });

  it('count a call as in flight until it settles (closing waits for a save)', async () => {
    const { deps, tracker } = setup();
    let finish: () => void = () => undefined;
    const slow = createInvokeHandlers({
      ...deps,
      invoke: () =>
        new Promise((resolve) => {
          finish = () => resolve({ ok: true, value: null });
        }),
    });
    const pending = slow.get(methodChannel('savePost'))?.(mainFrame(7), {});
    expect(tracker.count(7)).toBe(1);
    finish();
    await pending;
    expect(tracker.count(7)).toBe(0);
  });

  it('tell the tracker when a save failed, so closing can ask the user', async () => {
    const { deps, tracker } = setup();
    const failing = createInvokeHandlers({
      ...deps,
      invoke: () =>
        Promise.resolve({ ok: false, error: { code: 'E_CONFLICT', message: 'changed' } }),
    });
    const waiting = tracker.whenIdle(7, { settleMs: 0, timeoutMs: 1000 });
    await failing.get(methodChannel('savePost'))?.(mainFrame(7), {});
    expect(await waiting).toBe('failed');
    const listing = tracker.whenIdle(7, { settleMs: 0, timeoutMs: 1000 });
    await failing.get(methodChannel('listPosts'))?.(mainFrame(7), {});
    expect(await listing).toBe('saved');
  });

  it('accept dropped paths only from the app, and only strings', () => {
    const { deps, dropped } = setup();
    const [channel, handler] = createDropHandler(deps);
    expect(channel).toBe(dropPathChannel);
    handler(mainFrame(7), '/home/li/博客');
    handler(mainFrame(8), '/etc');
    handler(mainFrame(7), { path: '/etc' });
    handler(mainFrame(7), '');
    expect(dropped).toEqual(['/home/li/博客']);
  });
});

describe('isTrustedSender', () => {
  const trusted = new Set([1]);
  it('needs our window, its main frame and the app origin all at once', () => {
    expect(
      isTrustedSender({ webContentsId: 1, frameUrl: appUrl, isMainFrame: true }, trusted),
    ).toBe(true);
    expect(
      isTrustedSender({ webContentsId: 2, frameUrl: appUrl, isMainFrame: true }, trusted),
    ).toBe(false);
    expect(
      isTrustedSender({ webContentsId: 1, frameUrl: appUrl, isMainFrame: false }, trusted),
    ).toBe(false);
    expect(isTrustedSender({ webContentsId: 1, frameUrl: null, isMainFrame: true }, trusted)).toBe(
      false,
    );
    expect(
      isTrustedSender(
        { webContentsId: 1, frameUrl: 'app://postwright.evil/', isMainFrame: true },
        trusted,
      ),
    ).toBe(false);
  });
});
