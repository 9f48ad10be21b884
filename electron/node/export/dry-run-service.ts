import { join } from 'node:path';
import type { WorkspaceSettings } from '../../../core/api';
import type { Backend } from '../backend';
import { stateDirName } from '../settings/workspace-settings';
import { createExportService, type ExportMethods } from './export-service';

/**
 * The export methods of an open workspace whose settings changes stay in memory: a dry run may
 * add the repository as a target and choose its drafts style to make the plan, yet the
 * workspace's `.postwright/workspace.json` is left as it was (nothing is created either).
 */
export async function dryRunExportService(backend: Backend): Promise<ExportMethods> {
  let settings: WorkspaceSettings = (await backend.getWorkspace({})).settings;
  return createExportService({
    root: backend.root,
    stateDir: join(backend.root, stateDirName),
    listPosts: () => backend.listPosts({}),
    readPostText: async (path) => (await backend.readPost({ path })).text,
    getWorkspaceSettings: () => settings,
    updateWorkspaceSettings: (patch) => {
      settings = { ...settings, ...patch };
      return Promise.resolve(settings);
    },
  });
}
