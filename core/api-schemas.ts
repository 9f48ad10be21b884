/**
 * The argument schema of every backend method of the contract (core/api.ts), which the backend
 * validates each call against before running it. Only the backend imports this module: the
 * renderer trusts nothing it receives either, but has no arguments to check, and zod is a tenth
 * of its start script.
 */
import { z } from 'zod';
import type { ApiMethod } from './api';

const path = z.string().min(1).max(4096);
const version = z.object({
  mtimeMs: z.number(),
  size: z.number().int().nonnegative(),
  hash: z.string(),
});
const exportTargetId = z.string().min(1).max(200);

/** Every backend method and the schema of its single argument object. */
export const apiArgs = {
  getWorkspace: z.object({}),
  /** Open another folder as the workspace (absolute path; recent workspaces are remembered). */
  openWorkspace: z.object({ root: z.string().min(1).max(4096) }),
  listPosts: z.object({}),
  readPost: z.object({ path }),
  /** Write atomically; refused with E_CONFLICT when the file is no longer `baseVersion`. */
  savePost: z.object({ path, text: z.string(), baseVersion: version.nullable() }),
  createPost: z.object({
    title: z.string().max(1000),
    date: z.string().max(100).optional(),
    draft: z.boolean().optional(),
    folder: z.string().max(4096).optional(),
  }),
  renamePost: z.object({ path, newPath: path }),
  duplicatePost: z.object({ path }),
  /** Moves the post to the workspace trash; returns an id for `restorePost`. */
  deletePost: z.object({ path }),
  restorePost: z.object({ trashId: z.string().min(1).max(300) }),
  /**
   * The explicit "convert to UTF-8" action for a file E_ENCODING refused; refused with E_CONFLICT
   * when the file is no longer `baseVersion` (when given).
   */
  convertPostEncoding: z.object({
    path,
    from: z.string().min(1).max(40),
    baseVersion: version.optional(),
  }),
  /** Decodes a post E_ENCODING refused from `encoding` (the decoder the conversion uses), to show first. */
  previewPostEncoding: z.object({ path, encoding: z.string().min(1).max(40) }),
  /** Stores an image beside the post; `data` is base64. */
  savePostAsset: z.object({
    postPath: path,
    fileName: z.string().min(1).max(1000),
    data: z.string().max(64 * 1024 * 1024),
  }),
  getUserSettings: z.object({}),
  updateUserSettings: z.object({ patch: z.record(z.string(), z.unknown()) }),
  updateWorkspaceSettings: z.object({ patch: z.record(z.string(), z.unknown()) }),

  addExportTarget: z.object({ path: z.string().min(1).max(4096), preset: z.string().optional() }),
  updateExportTarget: z.object({
    id: exportTargetId,
    preset: z.string().optional(),
    name: z.string().optional(),
    draftStyle: z.enum(['drafts-folder', 'published-false']).optional(),
  }),
  removeExportTarget: z.object({ id: exportTargetId }),
  detectGenerator: z.object({ path: z.string().min(1).max(4096) }),
  /** Plans the export of the given posts (or, with `changedOnly`, of every post changed since its last export). */
  planExport: z.object({
    targetId: exportTargetId,
    paths: z.array(path).max(100_000).optional(),
    changedOnly: z.boolean().optional(),
    fixes: z.array(z.string()).optional(),
  }),
  /** Writes exactly the plan; `replace` lists foreign files the user chose to overwrite. */
  applyExport: z.object({
    planId: z.string().min(1).max(200),
    replace: z.array(z.string()).optional(),
  }),
  gitStatus: z.object({ targetId: exportTargetId }),
  gitCommit: z.object({
    targetId: exportTargetId,
    message: z.string().min(1).max(10_000),
    paths: z.array(z.string()),
  }),
  /** Asks the host to show a path in the system file manager (desktop only; no-op in serve mode). */
  revealPath: z.object({ path }),
  /** Crash recovery: unsaved editor text, journaled to the user-data folder a few seconds after each change. */
  writeJournal: z.object({ path, text: z.string(), baseVersion: version.nullable() }),
  listJournal: z.object({}),
  discardJournal: z.object({ path }),
} satisfies Record<ApiMethod, z.ZodType>;

/** The schemas' types, for `ApiArgs`. */
export type ApiArgSchemas = typeof apiArgs;
