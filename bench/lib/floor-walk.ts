import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The floor of the index targets: `readdir` of every folder and `stat` of every Markdown file,
 * nothing else. Returns how many files it stat'ed (so the work cannot be optimised away).
 */
export function readdirStatWalk(root: string): number {
  let count = 0;
  const pending = [root];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    for (const dirent of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, dirent.name);
      if (dirent.isDirectory()) {
        if (!dirent.name.startsWith('.')) {
          pending.push(path);
        }
      } else if (dirent.name.endsWith('.md')) {
        count += statSync(path).size >= 0 ? 1 : 0;
      }
    }
  }
  return count;
}
