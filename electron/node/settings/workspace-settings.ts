import { join } from 'node:path';
import { z } from 'zod';
import { generatorIds, type ExportTarget, type WorkspaceSettings } from '../../../core/api';
import {
  readSettingsFile,
  validateSettingsPatch,
  writeSettingsFile,
  type SettingsShape,
} from './json-settings';

/** The folder inside a workspace where Postwright keeps its own files. */
export const stateDirName = '.postwright';

/**
 * The front matter of a new post. `{{title}}` becomes the title as a YAML double-quoted string and
 * `{{date}}` the date as `YYYY-MM-DD HH:mm:ss` (Jekyll, Hugo and Hexo all read that form).
 */
export const defaultPostTemplate = '---\ntitle: {{title}}\ndate: {{date}}\ntags: []\n---\n\n';

const exportTargetShape = z.object({
  id: z.string().min(1),
  path: z.string().min(1),
  name: z.string(),
  preset: z.enum(generatorIds),
  draftStyle: z.enum(['drafts-folder', 'published-false']).optional(),
}) satisfies z.ZodType<ExportTarget>;

/** Relative folder names that stay inside the workspace. */
const relativeFolder = z
  .string()
  .max(1000)
  .refine((value) => !value.split(/[\\/]/).includes('..') && !/^([\\/]|[a-zA-Z]:)/.test(value), {
    message: 'must be a folder inside the workspace',
  });

const workspaceSettingsShape: SettingsShape<WorkspaceSettings> = {
  postTemplate: z.string().max(100_000),
  slugStyle: z.enum(['pinyin', 'keep']),
  postsFolder: relativeFolder,
  assetFolder: relativeFolder.refine((value) => value.trim() !== '', {
    message: 'must not be empty',
  }),
  exportTargets: z.array(exportTargetShape),
};

/**
 * Defaults for a workspace. `postsFolder: ''` is "where this blog keeps its posts": found when a
 * post is first created (`defaultPostsFolder`), not at every open, which it would slow by the
 * reading of the blog's configuration.
 */
export function defaultWorkspaceSettings(): WorkspaceSettings {
  return {
    postTemplate: defaultPostTemplate,
    slugStyle: 'pinyin',
    postsFolder: '',
    // Images in one top-level folder: academicpages and most Jekyll themes link `/images/x.png`.
    assetFolder: 'images',
    exportTargets: [],
  };
}

/** The workspace's settings file (`<root>/.postwright/workspace.json`). */
export class WorkspaceSettingsStore {
  private constructor(
    private readonly filePath: string,
    private current: WorkspaceSettings,
    /** Backup path when the file was broken when the workspace was opened. */
    readonly backupPath: string | null,
    /** The settings whose invalid values were dropped when it was opened (the rest were kept). */
    readonly dropped: readonly string[] = [],
  ) {}

  /** Loads the settings of the workspace at `root` (invalid values: file backed up, those reset). */
  static async open(root: string): Promise<WorkspaceSettingsStore> {
    const filePath = join(root, stateDirName, 'workspace.json');
    const loaded = await readSettingsFile(
      filePath,
      workspaceSettingsShape,
      defaultWorkspaceSettings(),
    );
    return new WorkspaceSettingsStore(filePath, loaded.value, loaded.backupPath, loaded.dropped);
  }

  /** A copy of the current settings. */
  get(): WorkspaceSettings {
    return structuredClone(this.current);
  }

  /** Validates and applies a patch, then writes the file (creating `.postwright/` if needed). */
  async update(patch: Record<string, unknown>): Promise<WorkspaceSettings> {
    const valid = validateSettingsPatch(patch, workspaceSettingsShape);
    this.current = { ...this.current, ...valid };
    await writeSettingsFile(this.filePath, this.current);
    return this.get();
  }
}
