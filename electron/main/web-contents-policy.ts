/**
 * Navigation hardening applied to every web contents the app creates (`web-contents-created`):
 * no navigation away from the app, no new windows, no `<webview>`.
 *
 * Takes what it needs as arguments, so tests drive it with a fake web contents.
 */
import type { WebContents } from 'electron';
import { decideNavigation, decideWindowOpen, type NavigationDecision } from './navigation-policy';

/** The parts of `WebContents` the policy hooks into. */
export type PolicyWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** An event that can be cancelled and names a URL (Electron's navigation events). */
interface NavigationEventLike {
  url: string;
  isMainFrame?: boolean;
  preventDefault: () => void;
}

/** Installs the policy; `openExternal` hands http(s)/mailto links to the OS (`shell.openExternal`). */
export function hardenWebContents(
  contents: PolicyWebContents,
  openExternal: (url: string) => void,
): void {
  const apply = (event: NavigationEventLike, decision: NavigationDecision) => {
    if (decision.action === 'allow') {
      return;
    }
    event.preventDefault();
    if (decision.action === 'open-external') {
      openExternal(decision.url);
    }
  };
  contents.on('will-navigate', (event) => apply(event, decideNavigation(event.url, true)));
  // Subframes (the preview) navigate through this event only; the main frame is handled above.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) {
      apply(event, decideNavigation(event.url, false));
    }
  });
  contents.on('will-redirect', (event) =>
    apply(event, decideNavigation(event.url, event.isMainFrame)),
  );
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.action === 'open-external') {
      openExternal(decision.url);
    }
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
