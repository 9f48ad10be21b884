import type { UserSettings } from '../../core/api';

/** What the UI uses until (or if) the backend's user settings can be read. */
export const defaultUserSettings: UserSettings = {
  recentWorkspaces: [],
  language: null,
  theme: 'system',
  viewMode: 'split',
  showPostList: true,
  showFrontMatter: true,
  splitRatio: 0.5,
  postListWidth: 300,
  editorFontSize: 15,
  lineWrapping: true,
  allowRemoteImages: true,
  autosaveDelayMs: 800,
};
