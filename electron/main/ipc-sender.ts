/**
 * Who may call the backend: only the main frame of one of our windows showing the app.
 *
 * An iframe (the preview), a window the app did not create, or a page that somehow navigated
 * elsewhere gets nothing, even if it reached `ipcRenderer`.
 */
import { isAppUrl } from './navigation-policy';

/** What is known about the sender of an IPC message (from `IpcMainInvokeEvent`). */
export interface IpcSenderFacts {
  /** `event.sender.id`. */
  webContentsId: number;
  /** `event.senderFrame?.url`; null when the frame is gone. */
  frameUrl: string | null;
  /** Whether `event.senderFrame` is its page's main frame. */
  isMainFrame: boolean;
}

/** Whether a message comes from the app's own main frame in a window the app created. */
export function isTrustedSender(
  facts: IpcSenderFacts,
  trustedWebContentsIds: ReadonlySet<number>,
): boolean {
  return (
    trustedWebContentsIds.has(facts.webContentsId) &&
    facts.isMainFrame &&
    facts.frameUrl !== null &&
    isAppUrl(facts.frameUrl)
  );
}
