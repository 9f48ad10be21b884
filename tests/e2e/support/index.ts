export { AppPage, names, uiTimeout } from './app-page';
export { bundleEditorHarness } from './editor-harness';
export { openApp, type OpenAppOptions, type OpenedApp } from './open-app';
export { launchBrowser, chromiumArgs, chromiumPath, type LaunchedBrowser } from './launch-browser';
export {
  serveWorkspace,
  defaultFixture,
  projectRoot,
  type ServeOptions,
  type ServedWorkspace,
} from './serve-workspace';
