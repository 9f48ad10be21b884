import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { watch } from 'chokidar';
import { createBackend } from '../../electron/node/backend';
import { tick } from '../lib/context';

/** What T8 measured. */
export interface WatchTimings {
  fromWrite: number[];
  fromRawEvent: number[];
  notes: string[];
}

/**
 * Changes one post's title on disk `n` times (as another editor would) and times the backend's
 * `postsChanged` event from the write and from a bare chokidar watcher's event for the same file.
 * The bare watcher has no settling delay: it stands for the moment the OS reported the change.
 */
export async function timeWatcherUpdates(
  root: string,
  userDataDir: string,
  n: number,
): Promise<WatchTimings> {
  const backend = await createBackend({ root, userDataDir, watch: true, log: () => undefined });
  const posts = await backend.listPosts({});
  const target = posts[Math.floor(posts.length / 2)]?.path ?? '';
  const absPath = join(root, target);
  const raw = watch(absPath, { ignoreInitial: true });
  await new Promise<void>((resolve) => raw.once('ready', () => resolve()));
  let rawAt = 0;
  let changedAt = 0;
  raw.on('change', () => {
    rawAt ||= performance.now();
  });
  const unsubscribe = backend.on('postsChanged', (event) => {
    if (event.changed.some((entry) => entry.path === target)) {
      changedAt ||= performance.now();
    }
  });
  const result: WatchTimings = { fromWrite: [], fromRawEvent: [], notes: [] };
  const original = readFileSync(absPath, 'utf8');
  let missed = 0;
  try {
    for (let i = 0; i < n; i++) {
      rawAt = 0;
      changedAt = 0;
      const wroteAt = performance.now();
      // `title: x` (YAML) or `title = "x"` (TOML, Hugo).
      writeFileSync(absPath, original.replace(/^title(\s*[:=]\s*).*$/m, `title$1"Changed ${i}"`));
      const deadline = wroteAt + 3000;
      while ((changedAt === 0 || rawAt === 0) && performance.now() < deadline) {
        await tick(1);
      }
      if (changedAt === 0 || rawAt === 0) {
        missed += 1;
      } else {
        result.fromWrite.push(changedAt - wroteAt);
        result.fromRawEvent.push(changedAt - rawAt);
      }
      await tick(300);
    }
  } finally {
    unsubscribe();
    await raw.close();
    await backend.close();
    writeFileSync(absPath, original);
  }
  if (missed > 0) {
    result.notes.push(`T8: ${missed} of ${n} changes produced no postsChanged within 3 s`);
  }
  return result;
}
