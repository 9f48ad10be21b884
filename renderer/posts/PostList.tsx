import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { PostEntry, WorkspacePath } from '../../core/api';
import { PostContextMenu, type PostAction } from './PostContextMenu';
import { PostRow } from './PostRow';
import {
  draftFilters,
  matchesDraftFilter,
  matchesQuery,
  matchesTag,
  rowLocation,
  sharedTitles,
  type DraftFilter,
} from './post-filter';
import { postSorts, sortPosts, type PostSort } from './sort-posts';
import { useVirtualWindow } from './use-virtual-window';
import { pinyinTools } from './pinyin-tools';
import { useLazyModule } from '../lazy/use-lazy-module';

/** Props of the post list. */
export interface PostListProps {
  entries: readonly PostEntry[];
  openPath: WorkspacePath | null;
  /** Whether "Reveal in file manager" is offered (desktop). */
  canReveal: boolean;
  onAction: (action: PostAction, entry: PostEntry) => void;
}

const rowHeight = 62;

/**
 * The list of posts ("Posts"): filter, draft and tag filters, sort, virtualized rows, keyboard and context menu.
 *
 * Memoized: the app re-renders when the open post's save state changes, which the list ignores.
 */
export const PostList = memo(function PostList(props: PostListProps): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | null>(null);
  const [sort, setSort] = useState<PostSort>('date');
  const [status, setStatus] = useState<DraftFilter>('all');
  const [activeIndex, setActiveIndex] = useState(0);
  const [menu, setMenu] = useState<{ entry: PostEntry; x: number; y: number } | null>(null);
  const deferredQuery = useDeferredValue(query);
  // Pinyin matching needs pinyin-pro: loaded when the list is idle, or at once on a first filter.
  const pinyin = useLazyModule(pinyinTools, query.trim() !== '');
  const { entries, openPath, onAction } = props;

  const sorted = useMemo(
    () => sortPosts(entries, sort, i18n.language),
    [entries, sort, i18n.language],
  );
  const visible = useMemo(
    () =>
      sorted.filter(
        (entry) =>
          matchesDraftFilter(entry, status) &&
          matchesTag(entry, tag) &&
          matchesQuery(entry, deferredQuery, pinyin),
      ),
    [sorted, status, tag, deferredQuery, pinyin],
  );
  const shared = useMemo(() => sharedTitles(entries), [entries]);
  const allTags = useMemo(() => {
    const set = new Set<string>();
    for (const entry of entries) {
      entry.tags.forEach((value) => set.add(value));
      entry.categories.forEach((value) => set.add(value));
    }
    return [...set].sort((a, b) => a.localeCompare(b, i18n.language));
  }, [entries, i18n.language]);

  const win = useVirtualWindow(visible.length, rowHeight);
  const { scrollToIndex } = win;
  const active = Math.min(activeIndex, Math.max(0, visible.length - 1));

  // Bring the open post into view once when it changes from elsewhere (menu, New post), as soon as
  // it is listed; later list updates (every save changes an entry) must not scroll the list back.
  const pendingReveal = useRef<WorkspacePath | null>(null);
  useEffect(() => {
    pendingReveal.current = openPath;
  }, [openPath]);
  useEffect(() => {
    if (pendingReveal.current === null) {
      return;
    }
    const index = visible.findIndex((entry) => entry.path === pendingReveal.current);
    if (index >= 0) {
      pendingReveal.current = null;
      setActiveIndex(index);
      scrollToIndex(index);
    }
  }, [openPath, visible, scrollToIndex]);

  const moveTo = useCallback(
    (index: number) => {
      const clamped = Math.max(0, Math.min(visible.length - 1, index));
      setActiveIndex(clamped);
      scrollToIndex(clamped);
    },
    [visible.length, scrollToIndex],
  );

  const closeMenu = useCallback(() => {
    setMenu(null);
    document.getElementById('post-listbox')?.focus();
  }, []);

  const openMenu = (entry: PostEntry, index: number, event: MouseEvent): void => {
    event.preventDefault();
    setActiveIndex(index);
    setMenu({ entry, x: event.clientX, y: event.clientY });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const entry = visible[active];
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      Home: () => moveTo(0),
      End: () => moveTo(visible.length - 1),
      PageDown: () => moveTo(active + win.pageSize),
      PageUp: () => moveTo(active - win.pageSize),
    };
    if (entry !== undefined) {
      keys['Enter'] = () => onAction('open', entry);
      keys[' '] = () => onAction('open', entry);
      keys['F2'] = () => onAction('rename', entry);
      keys['Delete'] = () => onAction('delete', entry);
      keys['ContextMenu'] = () => showMenuAtRow(entry, active);
    }
    const isShiftF10 = event.key === 'F10' && event.shiftKey;
    const handler =
      isShiftF10 && entry !== undefined ? () => showMenuAtRow(entry, active) : keys[event.key];
    if (handler !== undefined && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      handler();
    }
  };

  const showMenuAtRow = (entry: PostEntry, index: number): void => {
    const row = document.getElementById(rowId(index));
    const box = row?.getBoundingClientRect();
    setMenu({ entry, x: (box?.left ?? 0) + 24, y: (box?.bottom ?? 0) - 8 });
  };

  const menuActions: PostAction[] = ['open', 'rename', 'duplicate', 'delete'];
  if (props.canReveal) {
    menuActions.push('reveal');
  }

  return (
    <div className="post-list">
      <div className="post-list-tools">
        <input
          type="search"
          className="input post-filter"
          aria-label={t('list:filter')}
          placeholder={t('list:filterPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              document.getElementById('post-listbox')?.focus();
            } else if (event.key === 'Escape' && query !== '') {
              event.preventDefault();
              setQuery('');
            }
          }}
        />
        <div className="post-list-selects">
          <select
            className="select"
            aria-label={t('list:statusFilter')}
            value={status}
            onChange={(event) => setStatus(event.target.value as DraftFilter)}
          >
            {draftFilters.map((value) => (
              <option key={value} value={value}>
                {t(`list:status_${value}`)}
              </option>
            ))}
          </select>
          <select
            className="select"
            aria-label={t('list:tagFilter')}
            value={tag ?? ''}
            onChange={(event) => setTag(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{t('list:allTags')}</option>
            {allTags.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
          <select
            className="select"
            aria-label={t('list:sortBy')}
            value={sort}
            onChange={(event) => setSort(event.target.value as PostSort)}
          >
            {postSorts.map((value) => (
              <option key={value} value={value}>
                {t(`list:sort_${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {visible.length === 0 && (
        <p className="post-list-empty">
          {entries.length === 0 ? t('list:emptyWorkspace') : t('list:noMatch')}
        </p>
      )}
      <div
        ref={win.containerRef}
        id="post-listbox"
        className="post-list-scroll"
        role="listbox"
        aria-label={t('list:posts')}
        tabIndex={0}
        aria-activedescendant={visible.length > 0 ? rowId(active) : undefined}
        onScroll={win.onScroll}
        onKeyDown={onKeyDown}
      >
        <div role="presentation" className="post-list-spacer" style={{ height: win.totalHeight }}>
          {visible.slice(win.start, win.end).map((entry, offset) => {
            const index = win.start + offset;
            return (
              <PostRow
                key={entry.path}
                id={rowId(index)}
                entry={entry}
                location={rowLocation(entry, shared.has(entry.title))}
                index={index}
                count={visible.length}
                top={index * rowHeight}
                height={rowHeight}
                isOpen={entry.path === openPath}
                isActive={index === active}
                onOpen={(clicked) => {
                  setActiveIndex(index);
                  onAction('open', clicked);
                }}
                onContextMenu={openMenu}
              />
            );
          })}
        </div>
      </div>
      <p className="post-list-count">
        {visible.length === entries.length
          ? t('list:count', { count: entries.length })
          : t('list:countFiltered', { count: visible.length, total: entries.length })}
      </p>
      {menu !== null && (
        <PostContextMenu
          x={menu.x}
          y={menu.y}
          title={menu.entry.title}
          actions={menuActions}
          onAction={(action) => {
            closeMenu();
            onAction(action, menu.entry);
          }}
          onClose={closeMenu}
        />
      )}
    </div>
  );
});

function rowId(index: number): string {
  return `post-row-${index}`;
}
