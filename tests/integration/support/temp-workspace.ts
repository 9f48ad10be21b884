import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
