import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/node/fs/atomic-write';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'postwright-atomic-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the content and keeps the permission bits', async () => {
    const file = join(dir, 'post.md');
    await writeFile(file, 'old');
    await chmod(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['post.md']);
  });

  it('refuses to replace a read-only file (EACCES, as a plain write), leaving it as it was', async () => {
    const file = join(dir, 'post.md');
    await writeFile(file, 'old');
    await chmod(file, 0o444);
    await expect(writeFileAtomic(file, 'new')).rejects.toMatchObject({ code: 'EACCES' });
    expect(await readFile(file, 'utf8')).toBe('old');
    expect((await stat(file)).mode & 0o777).toBe(0o444);
    expect(await readdir(dir)).toEqual(['post.md']);
  });

  it('leaves the old file whole when the write fails before the rename, and cleans the temp file', async () => {
    const file = join(dir, 'post.md');
    await writeFile(file, 'old content');
    const failure = writeFileAtomic(file, 'new content', {
      beforeRename: () => {
        throw Object.assign(new Error('disk gone'), { code: 'EIO' });
      },
    });
    await expect(failure).rejects.toMatchObject({ code: 'EIO' });
    expect(await readFile(file, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['post.md']);
  });

  it('leaves the old file whole when the process dies between the temp file and the rename', async () => {
    const file = join(dir, 'post.md');
    await writeFile(file, 'old content');
    // A real crash: a child process is killed at that very moment (tsx-free: esbuild bundles the module).
    const { build } = await import('esbuild');
    const script = join(dir, 'crash.mjs');
    await build({
      stdin: {
        contents: `import { writeFileAtomic } from ${JSON.stringify(join(process.cwd(), 'electron/node/fs/atomic-write.ts'))};
await writeFileAtomic(process.argv[2], 'new content', { beforeRename: () => process.kill(process.pid, 'SIGKILL') });`,
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: script,
      logLevel: 'silent',
    });
    const result = spawnSync(process.execPath, [script, file]);
    expect(result.signal).toBe('SIGKILL');
    expect(await readFile(file, 'utf8')).toBe('old content');
  });

  it('creates a new file', async () => {
    const file = join(dir, '新文章.md');
    await writeFileAtomic(file, Buffer.from('内容'));
    expect(await readFile(file, 'utf8')).toBe('内容');
  });
});
