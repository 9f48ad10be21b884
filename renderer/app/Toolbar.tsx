import { useTranslation } from 'react-i18next';
import type { Language, ThemePreference, UserSettings, ViewMode } from '../../core/api';
import { Icon, type IconName } from './Icon';

/** Props of the toolbar. */
export interface ToolbarProps {
  settings: UserSettings;
  language: Language;
  workspaceName: string;
  onNewPost: () => void;
  onOpenFolder: () => void;
  onExport: () => void;
  /** Every post changed since its last export, in one reviewed plan. */
  onExportChanged: () => void;
  onSettings: (patch: Partial<UserSettings>) => void;
  onLanguage: (language: Language) => void;
  /** Opens the Settings dialog (the settings without a control of their own). */
  onOpenSettings: () => void;
}

const viewModes: { mode: ViewMode; icon: IconName }[] = [
  { mode: 'editor', icon: 'editor' },
  { mode: 'split', icon: 'split' },
  { mode: 'preview', icon: 'preview' },
];
const themes: readonly ThemePreference[] = ['system', 'light', 'dark'];

/**
 * The window's toolbar: New post, Open folder, panels, view mode, theme, language, Settings,
 * Export.
 *
 * In a narrow window the buttons drop their visible labels (less used first), keeping them as
 * their accessible names and tooltips, so nothing overlaps and the selects keep their width.
 */
export function Toolbar(props: ToolbarProps): React.JSX.Element {
  const { t } = useTranslation();
  const { settings, onSettings } = props;
  return (
    <header className="toolbar" aria-label={t('app:toolbar')}>
      <div className="toolbar-group">
        <span className="brand" title={props.workspaceName}>
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          <span className="brand-workspace">{props.workspaceName}</span>
        </span>
        <button
          type="button"
          className="button primary"
          onClick={props.onNewPost}
          title={t('app:newPostShortcut')}
        >
          <Icon name="plus" />
          <span className="button-label label-narrow">{t('app:newPost')}</span>
        </button>
        <button
          type="button"
          className="button ghost"
          onClick={props.onOpenFolder}
          title={t('app:openFolder')}
        >
          <Icon name="folder" />
          <span className="button-label label-wide">{t('app:openFolder')}</span>
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="icon-button toggle"
          aria-pressed={settings.showPostList}
          aria-label={t('app:togglePostList')}
          title={t('app:togglePostList')}
          onClick={() => onSettings({ showPostList: !settings.showPostList })}
        >
          <Icon name="sidebar" />
        </button>
        <button
          type="button"
          className="icon-button toggle"
          aria-pressed={settings.showFrontMatter}
          aria-label={t('app:toggleFrontMatter')}
          title={t('app:toggleFrontMatter')}
          onClick={() => onSettings({ showFrontMatter: !settings.showFrontMatter })}
        >
          <Icon name="form" />
        </button>
        <div className="segmented" role="group" aria-label={t('app:viewMode')}>
          {viewModes.map(({ mode, icon }) => (
            <button
              key={mode}
              type="button"
              className="segment"
              aria-pressed={settings.viewMode === mode}
              aria-label={t(`app:view_${mode}`)}
              title={t(`app:view_${mode}`)}
              onClick={() => onSettings({ viewMode: mode })}
            >
              <Icon name={icon} />
            </button>
          ))}
        </div>
        <select
          className="select compact"
          aria-label={t('app:theme')}
          value={settings.theme}
          onChange={(event) => onSettings({ theme: event.target.value as ThemePreference })}
        >
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {t(`app:theme_${theme}`)}
            </option>
          ))}
        </select>
        <select
          className="select compact"
          aria-label={t('app:language')}
          value={props.language}
          onChange={(event) => props.onLanguage(event.target.value as Language)}
        >
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
        <button
          type="button"
          className="icon-button"
          aria-label={t('app:settings')}
          title={t('app:settings')}
          onClick={props.onOpenSettings}
        >
          <Icon name="settings" />
        </button>
        <button
          type="button"
          className="button export-changed"
          onClick={props.onExportChanged}
          title={t('app:exportChanged')}
        >
          <Icon name="exportChanged" />
          <span className="button-label label-narrow">{t('app:exportChanged')}</span>
        </button>
        <button type="button" className="button" onClick={props.onExport} title={t('app:export')}>
          <Icon name="export" />
          <span className="button-label label-wide">{t('app:export')}</span>
        </button>
      </div>
    </header>
  );
}
