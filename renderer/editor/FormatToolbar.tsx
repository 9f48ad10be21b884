import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/format-toolbar.css';
import type { EditorCommandName } from './editor-commands';
import { formatGlyphs, groupStarts } from './format-glyphs';
import { ariaShortcut, formatShortcuts, shortcutText, usesMacKeys } from './shortcut-list';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Icon } from '../app/Icon';

/** Props of the formatting toolbar. */
export interface FormatToolbarProps {
  onCommand: (command: EditorCommandName) => void;
  disabled?: boolean;
}

/**
 * The formatting toolbar above the editor ("Formatting"): bold, italic, strikethrough, code, link,
 * headings, lists and quote, each named and with its shortcut in the tooltip, and a "Keyboard
 * shortcuts" button (also F1) that lists every shortcut.
 */
export function FormatToolbar(props: FormatToolbarProps): React.JSX.Element {
  const { t } = useTranslation('editor');
  const [showShortcuts, setShowShortcuts] = useState(false);
  const mac = usesMacKeys(navigator.platform);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'F1' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        setShowShortcuts(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="format-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {formatShortcuts.map(({ command, labelKey, key }) => {
        if (command === null) {
          return null;
        }
        const label = t(labelKey);
        const glyph = formatGlyphs[command];
        return (
          <span key={command} className="format-group">
            {groupStarts.has(command) && <span className="format-separator" aria-hidden="true" />}
            <button
              type="button"
              className="format-button"
              aria-label={label}
              aria-keyshortcuts={ariaShortcut(key, mac)}
              title={t('toolbar.withShortcut', { label, shortcut: shortcutText(key, mac) })}
              disabled={props.disabled}
              // Keep the editor's focus and selection: the command formats what is selected.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => props.onCommand(command)}
            >
              {glyph === undefined || 'text' in glyph ? (
                <span className={`format-glyph ${glyph?.className ?? ''}`} aria-hidden="true">
                  {glyph?.text ?? label}
                </span>
              ) : (
                <Icon path={glyph.path} />
              )}
            </button>
          </span>
        );
      })}
      <button
        type="button"
        className="format-button format-help"
        aria-label={t('shortcuts.show')}
        aria-keyshortcuts="F1"
        title={t('toolbar.withShortcut', { label: t('shortcuts.show'), shortcut: 'F1' })}
        onClick={() => setShowShortcuts(true)}
      >
        <span className="format-glyph" aria-hidden="true">
          ?
        </span>
      </button>
      {showShortcuts && <ShortcutsDialog mac={mac} onClose={() => setShowShortcuts(false)} />}
    </div>
  );
}
