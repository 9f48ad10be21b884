import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/** Props of a vertical splitter between two panes. */
export interface SplitterProps {
  label: string;
  /** Current position for assistive technology, 0–100. */
  valueNow: number;
  /** A pointer drag moved to this client x. */
  onDrag: (clientX: number) => void;
  /** Arrow keys: move by one step left (-1) or right (+1). */
  onStep: (direction: -1 | 1) => void;
}

/** A draggable, keyboard-operable separator (role separator) between two panes. */
export function Splitter(props: SplitterProps): React.JSX.Element {
  const dragging = useRef(false);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    event.preventDefault();
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    document.body.classList.add('is-resizing');
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (dragging.current) {
      props.onDrag(event.clientX);
    }
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>): void => {
    if (!dragging.current) {
      return;
    }
    dragging.current = false;
    event.currentTarget.releasePointerCapture(event.pointerId);
    document.body.classList.remove('is-resizing');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      props.onStep(event.key === 'ArrowLeft' ? -1 : 1);
    }
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={props.label}
      aria-valuenow={Math.round(props.valueNow)}
      aria-valuemin={0}
      aria-valuemax={100}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
