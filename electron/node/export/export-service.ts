import type { PostEntry, PostwrightApi, WorkspaceSettings } from '../../../core/api';
import { ApiError } from '../../../core/api';
import { gitCommitPaths, gitStatusOf } from './git';
import {
  addTarget,
  detectFolder,
  removeTarget,
  requireTarget,
  updateTarget,
  type TargetSettings,
} from './targets';

/** What the export service needs from the open workspace (the backend provides it). */
export interface ExportServiceContext {
  root: string;
  /** `<root>/.postwright` */
  stateDir: string;
  listPosts(): Promise<PostEntry[]>;
  readPostText(path: string): Promise<string>;
  getWorkspaceSettings(): WorkspaceSettings;
  updateWorkspaceSettings(patch: Partial<WorkspaceSettings>): Promise<WorkspaceSettings>;
}

/** The contract methods the export service implements. */
export type ExportMethods = Pick<
  PostwrightApi,
  | 'addExportTarget'
  | 'updateExportTarget'
  | 'removeExportTarget'
  | 'detectGenerator'
  | 'planExport'
  | 'applyExport'
  | 'gitStatus'
  | 'gitCommit'
>;

/** Builds the export methods for one open workspace. */
export function createExportService(ctx: ExportServiceContext): ExportMethods {
  const settings: TargetSettings = {
    get: () => ctx.getWorkspaceSettings().exportTargets,
    set: async (exportTargets) => {
      await ctx.updateWorkspaceSettings({ exportTargets });
    },
  };
  const target = (id: string) => requireTarget(settings.get(), id);
  return {
    addExportTarget: ({ path, preset }) => addTarget(settings, path, preset),
    updateExportTarget: ({ id, preset, name }) => updateTarget(settings, id, { preset, name }),
    removeExportTarget: async ({ id }) => {
      await removeTarget(settings, id);
      return { ok: true };
    },
    detectGenerator: ({ path }) => detectFolder(path),
    planExport: () => Promise.reject(new ApiError('E_INTERNAL', 'Export planning is being built.')),
    applyExport: () =>
      Promise.reject(new ApiError('E_INTERNAL', 'Export planning is being built.')),
    gitStatus: async ({ targetId }) => gitStatusOf(target(targetId).path),
    gitCommit: async ({ targetId, message, paths }) =>
      gitCommitPaths(target(targetId).path, message, paths),
  };
}
