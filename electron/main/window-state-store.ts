/**
 * The window state file in the user-data folder, written atomically so that a crash while
 * saving never leaves a half file (a broken file only costs the saved position).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../node/fs/atomic-write';
import type { WindowState } from './window-state';

/** The file's name inside the user-data folder. */
export const windowStateFileName = 'window-state.json';

/** The saved state as written, or null when there is none or it is not JSON. */
export async function readSavedWindowState(userDataDir: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(userDataDir, windowStateFileName), 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** Saves the state for the next run. */
export async function saveWindowState(userDataDir: string, state: WindowState): Promise<void> {
  await writeFileAtomic(
    join(userDataDir, windowStateFileName),
    `${JSON.stringify(state, null, 2)}\n`,
  );
}
