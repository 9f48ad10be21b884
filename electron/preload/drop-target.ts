/**
 * Which dropped item opens in the app: a single folder (as the workspace) or a single Markdown
 * file (a post). Everything else, images above all, is left to the renderer (the editor pastes them).
 */

/** What the preload knows about one dropped item. */
export interface DroppedItem {
  name: string;
  isDirectory: boolean;
}

const markdownExtension = /\.(md|markdown)$/i;

/** The index of the item to open, or null when the drop is not for the shell. */
export function dropTargetIndex(items: readonly DroppedItem[]): number | null {
  if (items.length !== 1) {
    return null;
  }
  const [item] = items;
  if (item === undefined) {
    return null;
  }
  return item.isDirectory || markdownExtension.test(item.name) ? 0 : null;
}

/**
 * The few DOM types the preload's drop listener touches. electron/ type-checks without the DOM
 * library (it is Node code), and the preload needs no more of it than this.
 */
export interface PageWindow {
  addEventListener(
    type: 'dragover' | 'drop',
    listener: (event: PageDragEvent) => void,
    capture: boolean,
  ): void;
}

/** A `DragEvent`, as far as the preload reads it. */
export interface PageDragEvent {
  dataTransfer: {
    types: readonly string[];
    files: ArrayLike<{ name: string }>;
    items: ArrayLike<{ kind: string; webkitGetAsEntry(): { isDirectory: boolean } | null }>;
  } | null;
  preventDefault(): void;
  stopPropagation(): void;
}
