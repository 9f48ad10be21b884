import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { UserSettings, UserSettingsResult } from '../../../core/api';
import { defaultUserSettings } from '../../../core/settings-defaults';
import {
  readSettingsFile,
  validateSettingsPatch,
  writeSettingsFile,
  type LoadedSettings,
  type SettingsShape,
} from './json-settings';

/** How many recent workspaces are remembered. */
const maxRecent = 10;

export { defaultUserSettings };

const userSettingsShape: SettingsShape<UserSettings> = {
  recentWorkspaces: z.array(z.string().min(1)).max(100),
  language: z.enum(['en', 'zh-CN']).nullable(),
  theme: z.enum(['system', 'light', 'dark']),
  viewMode: z.enum(['editor', 'split', 'preview']),
  showPostList: z.boolean(),
  showFrontMatter: z.boolean(),
  splitRatio: z.number().min(0.1).max(0.9),
  postListWidth: z.number().int().min(120).max(1200),
  editorFontSize: z.number().min(8).max(48),
  lineWrapping: z.boolean(),
  allowRemoteImages: z.boolean(),
  autosaveDelayMs: z.number().int().min(200).max(60_000),
  // Workspace root → its last open post (a few dozen at most, kept by the UI).
  lastOpenPosts: z.record(z.string().min(1), z.string().min(1)),
};

/**
 * Where Postwright keeps per-user data: `POSTWRIGHT_USER_DATA` when set, else the folder Electron
 * uses for an app named Postwright on this platform, so the CLI, serve mode and the desktop app share it.
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.POSTWRIGHT_USER_DATA;
  if (override !== undefined && override !== '') {
    return override;
  }
  if (process.platform === 'win32') {
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Postwright');
  }
  if (process.platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', 'Postwright');
  }
  const config = env.XDG_CONFIG_HOME;
  return join(
    config !== undefined && config !== '' ? config : join(homedir(), '.config'),
    'Postwright',
  );
}

/** The user's settings file (`<userDataDir>/settings.json`), read once and written on each change. */
export class UserSettingsStore {
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly filePath: string,
    private current: UserSettings,
    /** Backup path when the file was broken at startup. */
    readonly backupPath: string | null,
    /** The settings whose invalid values were dropped at startup (the rest were kept). */
    readonly dropped: readonly string[] = [],
  ) {}

  /** Loads the settings (a file with invalid values is backed up; only those are reset). */
  static async open(userDataDir: string): Promise<UserSettingsStore> {
    const filePath = join(userDataDir, 'settings.json');
    const loaded: LoadedSettings<UserSettings> = await readSettingsFile(
      filePath,
      userSettingsShape,
      defaultUserSettings,
    );
    return new UserSettingsStore(filePath, loaded.value, loaded.backupPath, loaded.dropped);
  }

  /** A copy of the current settings, for code that uses them (no warning attached). */
  get(): UserSettings {
    return structuredClone(this.current);
  }

  /**
   * The settings as the UI gets them: with the backup path when the file was broken at startup,
   * and which settings were dropped from it.
   */
  forUi(): UserSettingsResult {
    return { ...this.get(), warning: this.backupPath, droppedSettings: [...this.dropped] };
  }

  /** Validates and applies a patch from the UI, then writes the file. */
  async update(patch: Record<string, unknown>): Promise<UserSettings> {
    const valid = validateSettingsPatch(patch, userSettingsShape);
    this.current = { ...this.current, ...valid };
    await this.persist();
    return this.forUi();
  }

  /** Resolves once every write asked for so far has ended (failed or not). */
  flush(): Promise<void> {
    return this.writing;
  }

  // Writes run one after another, each with the settings as they are when it starts, so a write
  // nobody awaited (the recent-workspace list at startup) can never land after a later one.
  private persist(): Promise<void> {
    const write = this.writing.then(() => writeSettingsFile(this.filePath, this.current));
    this.writing = write.catch(() => undefined);
    return write;
  }

  /** Puts a workspace first in the recent list; the returned write never rejects. */
  async rememberWorkspace(root: string): Promise<void> {
    if (this.current.recentWorkspaces[0] === root) {
      return;
    }
    const recent = [root, ...this.current.recentWorkspaces.filter((item) => item !== root)];
    try {
      await this.update({ recentWorkspaces: recent.slice(0, maxRecent) });
    } catch {
      // The list is kept in memory (update sets it before writing): a settings file that cannot be
      // written (a folder in its place, a read-only disk) must not stop a workspace from opening.
    }
  }
}
