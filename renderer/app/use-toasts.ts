import { useCallback, useMemo, useRef, useState } from 'react';

/** A short message at the bottom of the window, optionally with one action (Undo). */
export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void };
}

/** What components use to show messages. */
export interface ToastApi {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>) => void;
  dismiss: (id: number) => void;
}

// Long enough to read a sentence and reach Undo; errors stay until dismissed.
const infoLifetimeMs = 10_000;

/** The toast queue. */
export function useToasts(): ToastApi {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const show = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = nextId.current;
      nextId.current += 1;
      setToasts((current) => [...current.slice(-3), { ...toast, id }]);
      if (toast.kind === 'info') {
        setTimeout(() => dismiss(id), infoLifetimeMs);
      }
    },
    [dismiss],
  );

  return useMemo(() => ({ toasts, show, dismiss }), [toasts, show, dismiss]);
}
