import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
  type UIEvent,
} from 'react';

/** The rows a fixed-row-height list must render to fill its viewport. */
export interface VirtualWindow {
  containerRef: RefObject<HTMLDivElement | null>;
  onScroll: (event: UIEvent<HTMLDivElement>) => void;
  start: number;
  end: number;
  totalHeight: number;
  /** Scrolls the least needed to show row `index`. */
  scrollToIndex: (index: number) => void;
  /** How many rows fit in the viewport (for Page Up/Down). */
  pageSize: number;
}

const overscan = 8;

/** Windowing for a long list of equal-height rows: only the visible rows (plus a margin) are in the DOM. */
export function useVirtualWindow(count: number, rowHeight: number): VirtualWindow {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(600);

  useLayoutEffect(() => {
    const element = containerRef.current;
    if (element === null) {
      return;
    }
    const observer = new ResizeObserver(() => setViewportHeight(element.clientHeight));
    observer.observe(element);
    setViewportHeight(element.clientHeight);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    setScrollTop(event.currentTarget.scrollTop);
  }, []);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = containerRef.current;
      if (element === null) {
        return;
      }
      const top = index * rowHeight;
      if (top < element.scrollTop) {
        element.scrollTop = top;
      } else if (top + rowHeight > element.scrollTop + element.clientHeight) {
        element.scrollTop = top + rowHeight - element.clientHeight;
      }
      setScrollTop(element.scrollTop);
    },
    [rowHeight],
  );

  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return {
    containerRef,
    onScroll,
    start,
    end,
    totalHeight: count * rowHeight,
    scrollToIndex,
    pageSize: Math.max(1, Math.floor(viewportHeight / rowHeight) - 1),
  };
}
