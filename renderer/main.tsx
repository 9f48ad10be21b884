import './node-globals';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Language, UserSettings } from '../core/api';
import { App } from './App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { defaultUserSettings } from '../core/settings-defaults';
import { getHost } from './host/get-host';
import { serveLanguage } from './host/serve-host';
import { initI18n, languageFromTag } from './i18n/setup';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/post-list.css';
import './styles/form.css';
import './styles/dialogs.css';

/** Chooses the first language: serve mode's `--lang`, else the user's choice, else the OS's. */
function firstLanguage(settings: UserSettings): Language {
  return serveLanguage() ?? settings.language ?? languageFromTag(navigator.language);
}

async function start(): Promise<void> {
  const host = getHost();
  // Asked for now, answered while settings and translations load (App reads it at mount).
  const firstWorkspace = host.api.getWorkspace({});
  // Handled by App; this keeps an early failure from being reported as unhandled meanwhile.
  firstWorkspace.catch(() => undefined);
  // Settings decide the language and theme of the first paint; defaults if they cannot be read.
  const settings = await host.api.getUserSettings({}).catch(() => defaultUserSettings);
  const language = firstLanguage(settings);
  await initI18n(language);
  const container = document.getElementById('root');
  if (container === null) {
    throw new Error('index.html has no #root');
  }
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary scope="window">
        <App
          host={host}
          initialSettings={settings}
          initialLanguage={language}
          firstWorkspace={firstWorkspace}
        />
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
