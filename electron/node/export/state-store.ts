import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  emptyExportState,
  parseExportState,
  type ExportState,
} from '../../../core/export/export-state';
import { errorCode, writeFileAtomic } from '../fs/atomic-write';

/** The file export remembers per post and target what it wrote (not in the post itself). */
export const exportStateFileName = 'export-state.json';

/** Reads `<stateDir>/export-state.json`; a missing or broken file is an empty state. */
export async function readExportState(stateDir: string): Promise<ExportState> {
  try {
    return parseExportState(await readFile(join(stateDir, exportStateFileName), 'utf8'));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return emptyExportState();
    }
    throw error;
  }
}

/** Writes the state atomically, creating the state folder when needed. */
export async function writeExportState(stateDir: string, state: ExportState): Promise<void> {
  await mkdir(stateDir, { recursive: true });
  await writeFileAtomic(join(stateDir, exportStateFileName), `${JSON.stringify(state, null, 2)}\n`);
}
