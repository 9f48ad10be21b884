import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PostwrightHost, WorkspacePath } from '../../core/api';
import type { TextStore, ValueStore } from '../document/text-store';
import { PreviewPane } from '../preview/PreviewPane';
import { PreviewPacer } from './preview-pacer';
import type { ResolvedTheme } from './use-theme';

/** Props of the preview binding. */
export interface PreviewBindingProps {
  text: TextStore;
  /** The editor's top line, for scroll sync. */
  topLine: ValueStore<number>;
  postPath: WorkspacePath;
  host: PostwrightHost;
  theme: ResolvedTheme;
  allowRemoteImages: boolean;
  onScrollLine: (line: number) => void;
  onDoubleClickLine: (line: number) => void;
  onOpenPost: (path: WorkspacePath) => void;
  onOpenExternal: (url: string) => void;
}

/**
 * Feeds the preview the editor's text and top line. A short post's preview is updated with the
 * keystroke, painted in the same frame; a longer post's is a transition (the keystroke is painted
 * first and the preview follows), paced for huge posts, so typing never waits for it.
 */
export function PreviewBinding(props: PreviewBindingProps): React.JSX.Element {
  const { text, topLine } = props;
  // Only a counter changes per keystroke; the text is read while rendering (for a long post in the
  // transition, after the keystroke was painted: reading 1 MB inside the editor's update delays it).
  const [, setChanges] = useState(0);
  const [line, setLine] = useState(() => topLine.get());

  const shownLength = useRef(0);
  const pacer = useRef<PreviewPacer | null>(null);

  useEffect(() => {
    const next = (count: number): number => count + 1;
    const paced = new PreviewPacer((sameFrame) => {
      if (sameFrame) {
        setChanges(next);
      } else {
        startTransition(() => setChanges(next));
      }
    });
    pacer.current = paced;
    const unsubscribe = text.subscribe(() => paced.changed(shownLength.current));
    return () => {
      unsubscribe();
      paced.dispose();
    };
  }, [text]);
  const value = text.get();
  shownLength.current = value.length;
  // After the preview's own layout effect (children first): the update's cost includes the patch.
  useLayoutEffect(() => pacer.current?.committed());
  useEffect(() => {
    setLine(topLine.get());
    return topLine.subscribe(() => setLine(topLine.get()));
  }, [topLine]);

  return (
    <PreviewPane
      text={value}
      postPath={props.postPath}
      host={props.host}
      theme={props.theme}
      allowRemoteImages={props.allowRemoteImages}
      scrollToLine={line}
      onScrollLine={props.onScrollLine}
      onDoubleClickLine={props.onDoubleClickLine}
      onOpenPost={props.onOpenPost}
      onOpenExternal={props.onOpenExternal}
    />
  );
}
