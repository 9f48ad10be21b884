import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostwrightHost } from '../../core/api';
import type { TextStore } from '../document/text-store';
import { frontMatterErrorText } from '../form/front-matter-error-text';
import { buildFrameDocument, workspaceImageSource } from './frame-document';
import { katexStyles } from './katex-styles';
import { PreviewController, type PreviewCallbacks } from './preview-controller';
import { PreviewFeed } from './preview-feed';
import { warmPreviewWorker } from './preview-worker-client';
import { loadMath } from './render-resources';
import { whenIdle } from '../lazy/lazy-module';

/** Props of the live preview. */
export interface PreviewPaneProps {
  /** The open post's text; followed without re-rendering this component. */
  text: TextStore;
  postPath: string;
  host: PostwrightHost;
  theme: 'light' | 'dark';
  allowRemoteImages: boolean;
  /** Fractional source line (0-based) the editor shows at its top. */
  scrollToLine?: number;
  /** The fractional source line at the top of the preview after the user scrolled it. */
  onScrollLine?: (line: number) => void;
  /** A double-click in the preview: put the editor's cursor on this line. */
  onDoubleClickLine?: (line: number) => void;
  onOpenPost: (path: string) => void;
  /** An http(s)/mailto link was clicked: the app shows the destination and asks before opening. */
  onOpenExternal: (url: string) => void;
}

/**
 * The post as the blog would show it, live, in an isolated frame.
 *
 * The frame is sandboxed without scripts and carries its own strict CSP; the app writes into it
 * (same origin) block by block, and listens to it for clicks and scrolling. A keystroke reaches
 * it through the text store (`PreviewFeed`), never through a React render.
 */
export function PreviewPane(props: PreviewPaneProps): React.JSX.Element {
  const { t, i18n } = useTranslation('preview');
  const { host, postPath, allowRemoteImages, text, theme, scrollToLine } = props;
  const frameRef = useRef<HTMLIFrameElement>(null);
  const controllerRef = useRef<PreviewController | null>(null);
  const [initialTheme] = useState(theme);
  const themeRef = useRef(theme);
  const callbacksRef = useRef<PreviewCallbacks | null>(null);

  useLayoutEffect(() => {
    themeRef.current = theme;
    callbacksRef.current = {
      onOpenExternal: props.onOpenExternal,
      onOpenPost: props.onOpenPost,
      onDoubleClickLine: props.onDoubleClickLine,
      onScrollLine: props.onScrollLine,
      labels: {
        tags: t('tags'),
        categories: t('categories'),
        frontMatterError: (error) =>
          t('frontMatterError', { message: frontMatterErrorText(error, t) }),
      },
    };
  });

  const srcDoc = useMemo(() => {
    const imageSources = [workspaceImageSource(host.workspaceFileUrl, document.baseURI)];
    if (allowRemoteImages) {
      imageSources.push('https:');
    }
    return buildFrameDocument({
      theme: initialTheme,
      language: i18n.language,
      imageSources,
      katexStyles,
    });
  }, [host, allowRemoteImages, initialTheme, i18n.language]);

  useEffect(() => {
    const controller = new PreviewController(
      {
        postPath,
        allowRemoteImages,
        workspaceFileUrl: host.workspaceFileUrl,
        labels: {
          siteLink: (url) => t('link.site', { url }),
          blocked: (reason) => t(`link.blocked.${reason}`),
        },
      },
      () => callbacksRef.current as PreviewCallbacks,
    );
    controllerRef.current = controller;
    const feed = new PreviewFeed(text, controller);
    feed.start();
    const frameWindow = frameRef.current?.contentWindow;
    if (
      frameWindow?.document.readyState === 'complete' &&
      frameWindow.document.querySelector('.pw-post-body') !== null
    ) {
      controller.attach(frameWindow, themeRef.current);
    }
    return () => {
      feed.dispose();
      controller.dispose();
      controllerRef.current = null;
    };
    // `t` changes with the language, and so does `srcDoc`: the controller is rebuilt either way.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, postPath, allowRemoteImages, srcDoc, text]);
  // Once the window is idle after the first preview: the worker starts, so that opening a long
  // post does not wait for it, and KaTeX loads, so that typing a formula shows it at once (a post
  // with math asks for both at once; the first paint of any other post does without them).
  useEffect(
    () =>
      whenIdle(() => {
        warmPreviewWorker();
        void loadMath();
      }),
    [],
  );
  useEffect(() => controllerRef.current?.setTheme(theme), [theme]);
  useEffect(() => {
    if (scrollToLine !== undefined) {
      controllerRef.current?.scrollToLine(scrollToLine);
    }
  }, [scrollToLine]);

  const onLoad = (): void => {
    const frameWindow = frameRef.current?.contentWindow;
    if (frameWindow != null) {
      controllerRef.current?.attach(frameWindow, themeRef.current);
    }
  };

  return (
    <section
      role="region"
      aria-label={t('region')}
      className="preview-pane"
      style={{ display: 'flex', height: '100%', minHeight: 0 }}
    >
      <iframe
        ref={frameRef}
        title={t('frameTitle')}
        sandbox="allow-same-origin"
        srcDoc={srcDoc}
        onLoad={onLoad}
        className="preview-frame"
        style={{ flex: 1, width: '100%', height: '100%', border: 0 }}
      />
    </section>
  );
}
