import { afterEach, describe, expect, it } from 'vitest';
import {
  freshKey,
  readHeadsInWorker,
  type ReadOptions,
  type WorkerFile,
} from '../../../electron/node/index/head-worker';
import { entryFromHead, readEntry } from '../../../electron/node/index/post-entry';
import { walkPosts } from '../../../electron/node/index/scan';
import { makeWorkspace, type TempWorkspace } from '../support/temp-workspace';

let workspace: TempWorkspace;

afterEach(async () => {
  await workspace.cleanup();
});

async function collect(
  root: string,
  fresh: string[] = [],
  options: ReadOptions = {},
): Promise<WorkerFile[]> {
  const files: WorkerFile[] = [];
  await readHeadsInWorker(root, fresh, (batch) => files.push(...batch), options);
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

// A warm disk is read in turn, a cold one concurrently (many reads in flight), and a disk that
// turns out cold after the first probe switches from one to the other.
const readings: [string, ReadOptions][] = [
  ['in turn', {}],
  ['concurrent', { mode: 'concurrent' }],
  ['switching', { coldMicrosPerFile: 0 }],
];

describe.each(readings)('the index worker (%s reads)', (_name, options) => {
  it('finds exactly the posts the in-process walk finds, with the same entries', async () => {
    const files: Record<string, string> = {
      '_posts/2024-01-01-a.md': '---\ntitle: A\n---\n',
      '_drafts/b.markdown': '# B\n',
      '文章/中文.md': '---\ntitle: 中文\n---\n',
      'node_modules/x/readme.md': '# no',
      '.hidden/c.md': '# no',
      'themes/t/d.md': '# no',
      'notes/e.txt': 'no',
    };
    for (let i = 0; i < 600; i += 1) {
      files[`many/${String(i).padStart(3, '0')}.md`] = `---\ntitle: Post ${i}\n---\n`;
    }
    // Longer than the head, with a character cut at its end; and an empty post.
    files['long.md'] = `---\ntitle: 长\n---\n${'长'.repeat(3000)}`;
    files['empty.md'] = '';
    workspace = await makeWorkspace(files);
    const found = await collect(workspace.root, [], options);
    const walked = walkPosts(workspace.root).sort((a, b) => a.path.localeCompare(b.path));
    expect(found.map((file) => file.path)).toEqual(walked.map((file) => file.path));
    for (const file of found) {
      expect(file.head).not.toBeNull();
      expect(entryFromHead(workspace.root, file, file.head ?? new Uint8Array())).toEqual(
        readEntry(workspace.root, file),
      );
    }
  });

  it('does not read posts the cache still holds', async () => {
    workspace = await makeWorkspace({ 'a.md': '# A\n', 'b.md': '# B\n' });
    const [a] = walkPosts(workspace.root).filter((file) => file.path === 'a.md');
    const fresh = [freshKey('a.md', a?.size ?? 0, a?.mtimeMs ?? 0)];
    const found = await collect(workspace.root, fresh, options);
    expect(found.map((file) => [file.path, file.head === null])).toEqual([
      ['a.md', true],
      ['b.md', false],
    ]);
  });
});
