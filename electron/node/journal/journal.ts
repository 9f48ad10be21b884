import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { JournalEntry, PostVersion, WorkspacePath } from '../../../core/api';
import { writeFileAtomic } from '../fs/atomic-write';
import { sha256 } from '../fs/text-codec';

const entrySchema = z.object({
  root: z.string(),
  path: z.string(),
  text: z.string(),
  baseVersion: z.object({ mtimeMs: z.number(), size: z.number(), hash: z.string() }).nullable(),
  savedAt: z.string(),
});

/**
 * Unsaved editor text kept in `<userDataDir>/journal/` so that a crash loses at most a few
 * seconds of typing. One file per post (named by a hash of root and path), written atomically,
 * removed once the post is saved.
 */
export class Journal {
  private readonly folder: string;

  constructor(userDataDir: string) {
    this.folder = join(userDataDir, 'journal');
  }

  /** Stores the latest unsaved text of a post. */
  async write(
    root: string,
    path: WorkspacePath,
    text: string,
    baseVersion: PostVersion | null,
  ): Promise<void> {
    const entry: JournalEntry = {
      root,
      path,
      text,
      baseVersion,
      savedAt: new Date().toISOString(),
    };
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(this.fileOf(root, path), JSON.stringify(entry));
  }

  /** Every journaled post (of every workspace), newest first; unreadable files are skipped. */
  async list(): Promise<JournalEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const entries: JournalEntry[] = [];
    for (const name of names.filter((item) => item.endsWith('.json'))) {
      try {
        entries.push(
          entrySchema.parse(JSON.parse(await readFile(join(this.folder, name), 'utf8'))),
        );
      } catch {
        // A journal half-written by a crash of its own is worth nothing; the next write replaces it.
      }
    }
    return entries.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  }

  /** Forgets a post's unsaved text (after a save, or when the user discards it). */
  async discard(root: string, path: WorkspacePath): Promise<void> {
    await rm(this.fileOf(root, path), { force: true });
  }

  private fileOf(root: string, path: WorkspacePath): string {
    return join(this.folder, `${sha256(`${root}\0${path}`).slice(0, 40)}.json`);
  }
}
