/**
 * The renderer's host in serve mode (`postwright serve`): the contract over HTTP.
 *
 * Every method is `POST /api/<method>` with the JSON argument, answered with an `ApiResponse`;
 * events arrive as Server-Sent Events on `/api/events`; workspace images are under `/files/`.
 * The session cookie (set when the printed URL with its token was opened) and the page's key
 * (from the printed URL's fragment, kept in this origin's storage) authenticate every request:
 * the cookie alone would be enough for any other service on 127.0.0.1, which receives it too.
 */
import {
  ApiError,
  apiEventNames,
  apiMethods,
  isApiErrorData,
  type ApiEventName,
  type ApiEvents,
  type ApiMethod,
  type ApiResponse,
  type Language,
  type PostwrightApi,
  type PostwrightHost,
  type WorkspacePath,
} from '../../core/api';
import {
  resyncEventName,
  serveClientHeader,
  serveKeyHeader,
  serveKeyParameter,
} from '../../core/serve-protocol';

/** The route prefix under which serve mode serves workspace images to the preview. */
export const serveFilesPrefix = '/files/';

/**
 * Names this page to the server (header on API calls, `client` on the event stream), so that a
 * save made by this tab is reported to the other tabs but not back to this one.
 */
export const serveClientId = newClientId();

function newClientId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const keyStorage = 'postwright-serve-key';

/**
 * Takes the key from the printed URL's fragment (`#key=…`) into this origin's storage and out of
 * the address bar. Storage, not memory: a reload or a second tab of the same server needs it too,
 * and another port of 127.0.0.1 cannot read it.
 */
function adoptKeyFromUrl(): void {
  const key = new URLSearchParams(location.hash.slice(1)).get(serveKeyParameter);
  if (key !== null && key !== '') {
    localStorage.setItem(keyStorage, key);
    history.replaceState(history.state, '', location.pathname + location.search);
  }
}

/** The page's key; read at each use, so a tab opened with a newer URL updates every tab. */
function serveKey(): string {
  return localStorage.getItem(keyStorage) ?? '';
}

/** Builds the host for a page served by `postwright serve`. */
export function createServeHost(): PostwrightHost {
  adoptKeyFromUrl();
  const events = new ServeEvents();
  return {
    api: serveApi(),
    on: (event, listener) => events.on(event, listener),
    kind: 'browser',
    workspaceFileUrl: (path: WorkspacePath) => {
      // Absolute, so it also resolves inside the preview's srcdoc frame.
      const url = new URL(
        serveFilesPrefix + path.split('/').map(encodeURIComponent).join('/'),
        location.href,
      );
      url.searchParams.set(serveKeyParameter, serveKey());
      return url.href;
    },
    chooseFolder: null,
    onCommand: () => () => undefined,
    onResync: (listener) => events.onResync(listener),
  };
}

/**
 * The language `postwright serve --lang` asked for, from `<meta name="postwright-lang">` (a meta
 * tag because the page's CSP allows no inline script); null when not given.
 */
export function serveLanguage(): Language | null {
  const value = document.querySelector('meta[name="postwright-lang"]')?.getAttribute('content');
  return value === 'en' || value === 'zh-CN' ? value : null;
}

function serveApi(): PostwrightApi {
  const api: Partial<Record<ApiMethod, (args: unknown) => Promise<unknown>>> = {};
  for (const method of apiMethods) {
    api[method] = (args: unknown) => call(method, args);
  }
  return api as PostwrightApi;
}

async function call(method: ApiMethod, args: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [serveClientHeader]: serveClientId,
        [serveKeyHeader]: serveKey(),
      },
      body: JSON.stringify(args ?? {}),
      credentials: 'same-origin',
    });
  } catch (error) {
    // The browser's words ("TypeError: Failed to fetch") mean nothing to a writer: the reason does.
    throw new ApiError('E_IO', `The Postwright server cannot be reached (${String(error)}).`, {
      method,
      reason: 'server-unreachable',
    });
  }
  if (response.status === 401) {
    // The server restarted with a new token (or the cookie is gone): this tab's session ended.
    throw new ApiError('E_PERMISSION', 'The Postwright server was restarted.', {
      method,
      status: 401,
      reason: 'serve-session-ended',
    });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('E_INTERNAL', `Malformed answer from ${method} (HTTP ${response.status})`, {
      method,
      status: response.status,
    });
  }
  const envelope = body as ApiResponse<unknown>;
  if (envelope.ok) {
    return envelope.value;
  }
  if (isApiErrorData(envelope.error)) {
    throw ApiError.fromData(envelope.error);
  }
  throw new ApiError('E_INTERNAL', `Malformed answer from ${method}`, { method });
}

/** One EventSource for all listeners, opened on the first subscription (it reconnects by itself). */
class ServeEvents {
  private source: EventSource | null = null;
  private readonly listeners = new Map<ApiEventName, Set<(payload: never) => void>>();
  private readonly resyncListeners = new Set<() => void>();

  /** Hears the server say that missed events are gone (see core/serve-protocol.ts). */
  onResync(listener: () => void): () => void {
    this.open();
    this.resyncListeners.add(listener);
    return () => {
      this.resyncListeners.delete(listener);
    };
  }

  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
    this.open();
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    const entry = listener as (payload: never) => void;
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  }

  private open(): void {
    if (this.source !== null) {
      return;
    }
    const query = new URLSearchParams({ client: serveClientId, [serveKeyParameter]: serveKey() });
    const source = new EventSource(`api/events?${query.toString()}`);
    for (const name of apiEventNames) {
      source.addEventListener(name, (message: MessageEvent<string>) => {
        let payload: unknown;
        try {
          payload = JSON.parse(message.data);
        } catch {
          return;
        }
        for (const listener of [...(this.listeners.get(name) ?? [])]) {
          (listener as (value: unknown) => void)(payload);
        }
      });
    }
    // EventSource reconnects by itself with Last-Event-ID, and the server replays what was missed.
    source.addEventListener(resyncEventName, () => {
      [...this.resyncListeners].forEach((listener) => listener());
    });
    this.source = source;
  }
}
