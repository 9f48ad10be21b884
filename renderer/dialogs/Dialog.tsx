import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

/** Props of a modal dialog. */
export interface DialogProps {
  title: string;
  onCancel: () => void;
  children: ReactNode;
  /** Extra class for sizing (e.g. 'dialog-wide'). */
  className?: string;
  /** Accessible description (the first paragraph is usually enough). */
  describedBy?: string;
}

/**
 * A modal dialog on the native `<dialog>` element: it is named by its heading, traps focus,
 * makes the page behind it inert, and Escape cancels it.
 */
export function Dialog(props: DialogProps): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { onCancel } = props;

  // A layout effect: its cleanup closes the dialog before React removes it from the document.
  // Chromium keeps the rest of the page inert when an open modal dialog is removed instead.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog === null) {
      return;
    }
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      dialog.close();
      previous?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog ${props.className ?? ''}`}
      aria-labelledby={titleId}
      aria-describedby={props.describedBy}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {props.title}
      </h2>
      {props.children}
    </dialog>
  );
}
