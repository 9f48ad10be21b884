import { useEffect, useRef } from 'react';
import type { AppCommand, PostwrightHost } from '../../core/api';

/** Carries out one command (from the native menu, the OS or a shortcut). */
export type CommandHandler = (command: AppCommand) => void;

/** Whether the platform's command key is Cmd (macOS) rather than Ctrl. */
const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Subscribes to the host's commands and the app-wide shortcuts (Ctrl/Cmd+N new post, Ctrl/Cmd+S
 * save); both end in the same handler, so a menu item and its shortcut never differ.
 */
export function useAppCommands(host: PostwrightHost, handler: CommandHandler): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });

  useEffect(() => host.onCommand((command) => latest.current(command)), [host]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (!mod || event.altKey || event.isComposing) {
        return;
      }
      const key = event.key.toLowerCase();
      if (key === 's' && !event.shiftKey) {
        event.preventDefault();
        latest.current({ id: 'save' });
      } else if (key === 'n' && !event.shiftKey) {
        event.preventDefault();
        latest.current({ id: 'newPost' });
      } else if (key === 'e' && event.shiftKey) {
        event.preventDefault();
        latest.current({ id: 'export' });
      }
    };
    // Capture: the editor must not swallow the app's shortcuts.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
