/**
 * The options of the app's window, following Electron's security checklist.
 *
 * https://www.electronjs.org/docs/latest/tutorial/security — every renderer is sandboxed and
 * isolated from the preload, has no Node, keeps web security, loads nothing insecure, and cannot
 * embed `<webview>`s.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowBounds } from './window-state';

/** What the window's options depend on. */
export interface WindowOptionsInput {
  /** Absolute path of the built preload (`dist/electron/preload.cjs`). */
  preloadPath: string;
  bounds: WindowBounds;
  /** Background painted before the first frame, so a dark theme does not flash white. */
  backgroundColor: string;
  /** The window icon on Linux (Windows and macOS take it from the executable). */
  iconPath?: string;
}

/** The smallest window the layout still works in. */
export const minWindowSize = { width: 640, height: 400 } as const;

/** The hardened web preferences of every window. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Dropped files never navigate the app away; the preload turns folder drops into commands.
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** The options of the main window. */
export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  const { bounds } = input;
  const options: BrowserWindowConstructorOptions = {
    width: bounds.width,
    height: bounds.height,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: 'Postwright',
    backgroundColor: input.backgroundColor,
    // Shown once the first frame is ready, so the window never appears blank.
    show: false,
    webPreferences: secureWebPreferences(input.preloadPath),
  };
  if (bounds.x !== undefined && bounds.y !== undefined) {
    options.x = bounds.x;
    options.y = bounds.y;
  }
  if (input.iconPath !== undefined) {
    options.icon = input.iconPath;
  }
  return options;
}

/** The window's background before the page paints: the theme's page color, so nothing flashes. */
export function windowBackgroundColor(isDark: boolean): string {
  return isDark ? '#1e1e1e' : '#ffffff';
}
