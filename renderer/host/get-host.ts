import type { PostwrightHost, PreloadBridge } from '../../core/api';
import { createDesktopHost } from './desktop-host';
import { createServeHost } from './serve-host';

declare global {
  interface Window {
    /** The sandboxed preload's bridge; present only inside Electron. */
    postwright?: PreloadBridge;
  }
}

/** The host the renderer runs in: Electron's preload bridge when present, else serve mode's HTTP client. */
export function getHost(): PostwrightHost {
  // The only place that reads `window.postwright` (the preload exposes it with contextBridge).
  const bridge = window.postwright;
  return bridge === undefined ? createServeHost() : createDesktopHost(bridge);
}
