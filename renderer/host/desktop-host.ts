/**
 * The renderer's host inside Electron: the preload's bridge, turned into the contract's API.
 *
 * The bridge carries every outcome as data (`ApiResponse`), because Electron's IPC loses an
 * Error's class and fields; here it becomes a value again, or a thrown `ApiError`.
 */
import {
  ApiError,
  apiMethods,
  isApiErrorData,
  type ApiEventName,
  type ApiEvents,
  type ApiMethod,
  type ApiResponse,
  type PostwrightApi,
  type PostwrightHost,
  type PreloadBridge,
  type WorkspacePath,
} from '../../core/api';

/** Wraps the preload bridge (`window.postwright`) into the host the app runs on. */
export function createDesktopHost(bridge: PreloadBridge): PostwrightHost {
  return {
    api: desktopApi(bridge),
    on: <E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) =>
      bridge.on(event, (payload) => listener(payload as ApiEvents[E])),
    kind: 'desktop',
    workspaceFileUrl: (path: WorkspacePath) => workspaceFileUrl(bridge.workspaceFileUrlBase, path),
    chooseFolder: () => bridge.chooseFolder(),
    onCommand: (listener) => bridge.onCommand(listener),
  };
}

/**
 * The URL the preview loads a workspace file from: each path segment percent-encoded, so Chinese
 * names, spaces, `#` and `?` survive, and `/` stays the separator.
 */
export function workspaceFileUrl(base: string, path: WorkspacePath): string {
  return base + path.split('/').map(encodeURIComponent).join('/');
}

function desktopApi(bridge: PreloadBridge): PostwrightApi {
  const api: Partial<Record<ApiMethod, (args: unknown) => Promise<unknown>>> = {};
  for (const method of apiMethods) {
    api[method] = async (args: unknown) => unwrap(await bridge.invoke(method, args), method);
  }
  return api as PostwrightApi;
}

function unwrap(response: ApiResponse<unknown>, method: ApiMethod): unknown {
  if (response.ok) {
    return response.value;
  }
  if (isApiErrorData(response.error)) {
    throw ApiError.fromData(response.error);
  }
  // A malformed answer is a bug on the other side; it still reaches the UI as a contract error.
  throw new ApiError('E_INTERNAL', `Malformed answer from ${method}`, { method });
}
