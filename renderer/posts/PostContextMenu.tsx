import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** An action of the post context menu. */
export type PostAction = 'open' | 'rename' | 'duplicate' | 'delete' | 'reveal';

/** Props of the post context menu. */
export interface PostContextMenuProps {
  x: number;
  y: number;
  title: string;
  actions: readonly PostAction[];
  onAction: (action: PostAction) => void;
  onClose: () => void;
}

const shortcuts: Partial<Record<PostAction, string>> = { rename: 'F2', delete: 'Del' };

/** The context menu of a post (right click, Shift+F10, the context-menu key). */
export function PostContextMenu(props: PostContextMenuProps): React.JSX.Element {
  const { t } = useTranslation();
  const menuRef = useRef<HTMLDivElement>(null);
  const { onClose } = props;

  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: PointerEvent): void => {
      if (!(event.target instanceof Node) || menuRef.current?.contains(event.target) !== true) {
        onClose();
      }
    };
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent): void => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const current = items.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number): void => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') {
      focus(current + 1);
    } else if (event.key === 'ArrowUp') {
      focus(current - 1);
    } else if (event.key === 'Home') {
      focus(0);
    } else if (event.key === 'End') {
      focus(items.length - 1);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      onClose();
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={menuRef}
      role="menu"
      aria-label={t('list:menuLabel', { title: props.title })}
      className="context-menu"
      style={{ left: props.x, top: props.y }}
      onKeyDown={onKeyDown}
    >
      {props.actions.map((action) => (
        <button
          key={action}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={action === 'delete' ? 'menu-item danger' : 'menu-item'}
          onClick={() => props.onAction(action)}
        >
          <span>{t(`list:action_${action}`)}</span>
          {shortcuts[action] !== undefined && <kbd>{shortcuts[action]}</kbd>}
        </button>
      ))}
    </div>
  );
}
