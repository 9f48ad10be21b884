import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import type { ApiEventName, ApiEvents } from '../../../core/api';
import { createBackend, type Backend, type BackendOptions } from '../../../electron/node/backend';

/** A temporary workspace folder and user-data folder, removed by `cleanup`. */
export interface TempWorkspace {
  root: string;
  userDataDir: string;
  base: string;
  /** Writes a file below the root (creating folders). */
  write: (path: string, content: string | Uint8Array) => Promise<void>;
  cleanup: () => Promise<void>;
}

/** Creates a temp workspace with the given files (path relative to the root -> content). */
export async function makeWorkspace(
  files: Record<string, string | Uint8Array> = {},
): Promise<TempWorkspace> {
  const base = await mkdtemp(join(tmpdir(), 'postwright-it-'));
  const root = join(base, 'workspace');
  const userDataDir = join(base, 'user-data');
  await mkdir(root, { recursive: true });
  const write = async (path: string, content: string | Uint8Array) => {
    const absPath = join(root, ...path.split('/'));
    await mkdir(dirname(absPath), { recursive: true });
    await writeFile(absPath, content);
  };
  for (const [path, content] of Object.entries(files)) {
    await write(path, content);
  }
  return {
    root,
    userDataDir,
    base,
    write,
    cleanup: () => rm(base, { recursive: true, force: true, maxRetries: 3 }),
  };
}

/** Starts a backend on a temp workspace (no watcher unless asked). */
export function openBackend(
  workspace: TempWorkspace,
  options: Partial<BackendOptions> = {},
): Promise<Backend> {
  return createBackend({
    root: workspace.root,
    userDataDir: workspace.userDataDir,
    watch: false,
    ...options,
  });
}

/** The temp workspaces and backends of the running test, handed out by `tempBackends`. */
export interface TempBackends {
  /** The workspace made last in this test; throws before the test made one. */
  readonly workspace: TempWorkspace;
  /** Makes a temp workspace with these files; it becomes `workspace`. */
  makeWorkspace: (files?: Record<string, string | Uint8Array>) => Promise<TempWorkspace>;
  /** Opens a backend on `workspace` (no watcher unless asked; `root: null` lets it choose). */
  openBackend: (options?: Partial<BackendOptions>) => Promise<Backend>;
  /** Makes a workspace with these files and opens a backend on it. */
  open: (
    files?: Record<string, string | Uint8Array>,
    options?: Partial<BackendOptions>,
  ) => Promise<Backend>;
  /**
   * Closes the backends opened so far, now: before a test changes files or caches and opens
   * another. Tests close through this, never `backend.close()`, so that no backend closes twice.
   */
  close: () => Promise<void>;
}

/**
 * Gives each test of the file temp workspaces and backends, and after each test closes the
 * backends still open and removes the workspaces. Call it once, at the top of a test file.
 */
export function tempBackends(): TempBackends {
  const workspaces: TempWorkspace[] = [];
  // Each backend is closed once: a second close happens to be harmless today (the index cache is
  // written only when it changed), but Backend.close() promises nothing about a closed backend.
  let openBackends: Backend[] = [];
  const close = async () => {
    const closing = openBackends;
    openBackends = [];
    for (const backend of closing) {
      await backend.close();
    }
  };
  afterEach(async () => {
    try {
      await close();
    } finally {
      for (const workspace of workspaces.splice(0)) {
        await workspace.cleanup();
      }
    }
  });
  const temp: TempBackends = {
    get workspace() {
      const workspace = workspaces.at(-1);
      if (workspace === undefined) {
        throw new Error('No temp workspace yet: call open() or makeWorkspace() first');
      }
      return workspace;
    },
    makeWorkspace: async (files) => {
      const workspace = await makeWorkspace(files);
      workspaces.push(workspace);
      return workspace;
    },
    openBackend: async (options) => {
      const backend = await openBackend(temp.workspace, options);
      openBackends.push(backend);
      return backend;
    },
    open: async (files, options) => {
      await temp.makeWorkspace(files);
      return temp.openBackend(options);
    },
    close,
  };
  return temp;
}

/** Records every event of one kind a backend emits. */
export function recordEvents<E extends ApiEventName>(backend: Backend, event: E): ApiEvents[E][] {
  const log: ApiEvents[E][] = [];
  backend.on(event, (payload) => log.push(payload));
  return log;
}

/** Polls until `check` returns a value that is not undefined (no fixed sleeps in tests). */
export async function waitFor<T>(
  check: () => T | undefined,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
