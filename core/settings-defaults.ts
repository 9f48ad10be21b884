import type { UserSettings } from './api';

/**
 * What a user starts with. The backend fills in missing or invalid keys of the settings file from
 * it; the renderer uses it when the settings cannot be read at all.
 */
export const defaultUserSettings: UserSettings = {
  recentWorkspaces: [],
  language: null,
  theme: 'system',
  viewMode: 'split',
  showPostList: true,
  showFrontMatter: true,
  splitRatio: 0.5,
  postListWidth: 280,
  editorFontSize: 15,
  lineWrapping: true,
  allowRemoteImages: true,
  autosaveDelayMs: 1000,
  lastOpenPosts: {},
};
