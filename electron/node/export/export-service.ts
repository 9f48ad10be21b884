import type { PostEntry, PostwrightApi, WorkspaceSettings } from '../../../core/api';
import { ApiError } from '../../../core/api';
import { applyPlan } from './apply-plan';
import { gitCommitPaths, gitStatusOf } from './git';
import { makePlan, type StoredPlan } from './plan-runner';
import { readExportState, writeExportState } from './state-store';
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

/** How long a reviewed plan can still be applied. */
const planLifetimeMs = 30 * 60 * 1000;

/** Builds the export methods for one open workspace. */
export function createExportService(ctx: ExportServiceContext): ExportMethods {
  const settings: TargetSettings = {
    get: () => ctx.getWorkspaceSettings().exportTargets,
    set: async (exportTargets) => {
      await ctx.updateWorkspaceSettings({ exportTargets });
    },
  };
  const target = (id: string) => requireTarget(settings.get(), id);
  const plans = new Map<string, StoredPlan>();
  // Applies run one at a time: two overlapping applies could each pass the conflict check.
  let applying: Promise<unknown> = Promise.resolve();
  const forgetExpired = (): void => {
    const now = Date.now();
    for (const [id, stored] of plans) {
      if (stored.expiresAt < now) {
        plans.delete(id);
      }
    }
  };
  return {
    addExportTarget: ({ path, preset }) => addTarget(settings, ctx.root, path, preset),
    updateExportTarget: ({ id, preset, name, draftStyle }) =>
      updateTarget(settings, id, { preset, name, draftStyle }),
    removeExportTarget: async ({ id }) => {
      await removeTarget(settings, id);
      return { ok: true };
    },
    detectGenerator: ({ path }) => detectFolder(path),
    planExport: async ({ targetId, paths, changedOnly, fixes }) => {
      forgetExpired();
      const state = await readExportState(ctx.stateDir);
      const { plan, draft, adopted } = await makePlan(ctx, target(targetId), state, {
        paths,
        changedOnly,
        fixes,
      });
      plans.set(plan.id, {
        plan,
        draft,
        adopted,
        workspaceRoot: ctx.root,
        expiresAt: Date.now() + planLifetimeMs,
      });
      return plan;
    },
    applyExport: ({ planId, replace }) => {
      const run = applying.then(async () => {
        forgetExpired();
        const stored = plans.get(planId);
        if (stored === undefined) {
          throw new ApiError(
            'E_NOT_FOUND',
            'This export plan has expired or was already applied. Review the export again.',
            { planId },
          );
        }
        const state = await readExportState(ctx.stateDir);
        const applied = await applyPlan(stored, replace ?? [], state, (path) =>
          ctx.readPostText(path),
        );
        plans.delete(planId);
        await writeExportState(ctx.stateDir, applied.state);
        return applied.result;
      });
      applying = run.catch(() => undefined);
      return run;
    },
    gitStatus: async ({ targetId }) => gitStatusOf(target(targetId).path),
    gitCommit: async ({ targetId, message, paths }) =>
      gitCommitPaths(target(targetId).path, message, paths),
  };
}
