import { useEffect, useState } from 'react';
import type { PostwrightHost, WorkspacePath } from '../../core/api';
import type { TextStore, ValueStore } from '../document/text-store';
import { PreviewPane } from '../preview/PreviewPane';
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
 * Feeds the preview the editor's text and top line. The text store goes to the preview as is: it
 * follows each keystroke itself (a short post in the keystroke's frame, a long one through the
 * preview worker), so typing never re-renders React.
 */
export function PreviewBinding(props: PreviewBindingProps): React.JSX.Element {
  const { topLine } = props;
  const [line, setLine] = useState(() => topLine.get());
  useEffect(() => {
    setLine(topLine.get());
    return topLine.subscribe(() => setLine(topLine.get()));
  }, [topLine]);

  return (
    <PreviewPane
      text={props.text}
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
