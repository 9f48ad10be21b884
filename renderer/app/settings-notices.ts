import type { TFunction } from 'i18next';
import type { UserSettingsResult, WorkspaceInfo } from '../../core/api';

/**
 * The banners about settings files that could not be used as they were: the user's and the
 * workspace's. A file with only some invalid values names them (those were reset, the others
 * kept); one that could not be read at all says its settings were reset.
 */
export function settingsNotices(
  userSettings: UserSettingsResult,
  workspace: WorkspaceInfo | null,
  t: TFunction,
): string[] {
  const notices: string[] = [];
  if (workspace?.settingsWarning != null) {
    notices.push(notice('app:settingsWarning', 'app:settingsDropped', workspace, t));
  }
  if (userSettings.warning != null) {
    notices.push(
      notice(
        'app:userSettingsWarning',
        'app:userSettingsDropped',
        {
          settingsWarning: userSettings.warning,
          droppedSettings: userSettings.droppedSettings,
        },
        t,
      ),
    );
  }
  return notices;
}

function notice(
  unreadable: string,
  dropped: string,
  source: { settingsWarning: string | null; droppedSettings?: string[] | undefined },
  t: TFunction,
): string {
  const keys = source.droppedSettings ?? [];
  const path = source.settingsWarning ?? '';
  return keys.length === 0 ? t(unreadable, { path }) : t(dropped, { path, keys: keys.join(', ') });
}
