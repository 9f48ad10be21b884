/**
 * The Electron main process's entry: security defaults, the single-instance lock, the app's
 * lifecycle, and the hand-over of folders and posts from the OS. Everything else is in
 * `desktop-app.ts` and the pure modules beside it.
 */
import { app, dialog, shell } from 'electron';
import { defaultUserDataDir } from '../node/settings/user-settings';
import { startDesktopApp, type DesktopApp } from './desktop-app';
import { createTranslator, resolveLanguage } from './i18n/translate';
import { findLaunchTarget, pathsFromArgv, type LaunchTarget } from './launch-target';
import { registerPrivilegedSchemes } from './protocols';
import { hardenWebContents } from './web-contents-policy';

/** What a second launch hands to the running one (`requestSingleInstanceLock`'s data). */
interface SecondLaunchData {
  argv: string[];
  cwd: string;
  isDefaultApp: boolean;
}

// The same user-data folder as the CLI and serve mode (`POSTWRIGHT_USER_DATA` overrides it, as
// tests do), whatever name Electron gives an unpackaged app; set before anything reads it.
app.setPath('userData', defaultUserDataDir());

const isDefaultApp = process.defaultApp === true;
const launchData: SecondLaunchData = { argv: process.argv, cwd: process.cwd(), isDefaultApp };

if (!app.requestSingleInstanceLock(launchData)) {
  app.quit();
} else {
  run();
}

function run(): void {
  app.enableSandbox();
  registerPrivilegedSchemes();
  let desktop: DesktopApp | null = null;
  let quitting = false;
  let cleanedUp = false;
  // macOS hands files over before the app is ready; they wait here.
  const early: string[] = [];

  const open = (target: LaunchTarget | null) => {
    if (target !== null && desktop !== null) {
      void desktop.openTarget(target);
    } else {
      void desktop?.showWindow();
    }
  };

  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => void shell.openExternal(url)),
  );
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (desktop === null) {
      early.push(path);
    } else {
      void findLaunchTarget([path], process.cwd()).then(open);
    }
  });
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const data = additionalData as Partial<SecondLaunchData> | null;
    const paths = pathsFromArgv(data?.argv ?? argv, data?.isDefaultApp ?? isDefaultApp);
    void findLaunchTarget(paths, data?.cwd ?? workingDirectory).then(open);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    if (cleanedUp || desktop === null) {
      return;
    }
    event.preventDefault();
    void desktop.shutdown().finally(() => {
      cleanedUp = true;
      app.quit();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') {
      app.quit();
    }
  });
  app.on('activate', () => void desktop?.showWindow());

  void app
    .whenReady()
    .then(async () => {
      const launch = await findLaunchTarget(
        [...pathsFromArgv(process.argv, isDefaultApp), ...early],
        process.cwd(),
      );
      desktop = await startDesktopApp(
        { bundleDir: __dirname, userDataDir: app.getPath('userData') },
        launch,
        {
          isQuitting: () => quitting,
          cancelQuit: () => {
            quitting = false;
          },
        },
      );
    })
    .catch((error: unknown) => {
      const t = createTranslator(resolveLanguage(null, app.getPreferredSystemLanguages()));
      dialog.showErrorBox(
        t('dialog.startFailed.message'),
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}
