import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api';
import type { Backend } from '../../../electron/node/backend';
import {
  hostileExpectations,
  hostileFiles,
  makeHostileWorkspace,
} from '../support/hostile-workspace';
import { openBackend, type TempWorkspace } from '../support/temp-workspace';

let workspace: TempWorkspace;
let api: Backend;

beforeAll(async () => {
  workspace = await makeHostileWorkspace();
  api = await openBackend(workspace);
}, 60_000);

afterAll(async () => {
  await api.close();
  await workspace.cleanup();
});

const bytesOf = (path: string) => readFile(join(workspace.root, path));
const isRoot = process.getuid?.() === 0;

async function readError(path: string): Promise<ApiError> {
  const error: unknown = await api.readPost({ path }).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, path).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('a hostile workspace', () => {
  it('lists every readable post, broken ones with their error, and nothing outside', async () => {
    const posts = await api.listPosts({});
    const byPath = new Map(posts.map((post) => [post.path, post]));
    for (const path of Object.keys(hostileFiles)) {
      expect(byPath.has(path.normalize('NFC')) || byPath.has(path), path).toBe(true);
    }
    for (const [path, expected] of Object.entries(hostileExpectations)) {
      const listed = byPath.get(path);
      if (expected.kind === 'frontMatterError') {
        expect(listed?.frontMatterError, path).not.toBeNull();
      }
      if (expected.kind === 'error') {
        // A file the app cannot decode is listed under its file name.
        expect(listed?.title, path).toBe(path.replace(/\.md$/, ''));
      }
    }
    expect(byPath.get('folder.md/inner.md')?.title).toBe('Inside a .md folder');
    for (const notPost of ['passwd.md', 'loop-a.md', 'dangling.md', 'folder.md', 'pipe.md']) {
      expect(byPath.has(notPost), notPost).toBe(false);
    }
    expect(byPath.get('huge.md')?.title).toBe('Huge post');
  });

  it('opens every listed path as it is listed (odd names included)', async () => {
    for (const { path } of await api.listPosts({})) {
      const outcome = await api.readPost({ path }).then(
        () => 'read',
        (error: unknown) => (error as ApiError).code,
      );
      expect(['read', 'E_ENCODING', 'E_TOO_LARGE', 'E_PERMISSION'], path).toContain(outcome);
    }
  });

  it('reads each post or refuses it with the right code and encoding', async () => {
    for (const [path, expected] of Object.entries(hostileExpectations)) {
      if (expected.kind === 'error') {
        const error = await readError(path);
        expect(error.code, path).toBe(expected.code);
        if (expected.encoding !== undefined) {
          expect(error.details?.encoding, path).toBe(expected.encoding);
        }
      } else {
        const document = await api.readPost({ path });
        expect(Buffer.from(document.text).equals(await bytesOf(path)), path).toBe(true);
      }
    }
  });

  it('says a non-UTF-8 file is not UTF-8 text, naming a binary file as such', async () => {
    expect((await readError('binary.md')).message).toBe(
      'binary.md is not UTF-8 text (it looks like a binary file).',
    );
  });

  it('calls UTF-8 with a few damaged bytes damaged UTF-8, with the line, not another encoding', async () => {
    const error = await readError('bad-utf8-middle.md');
    expect(error.details).toMatchObject({ encoding: 'UTF-8', damaged: true, line: 4 });
    expect(error.message).toMatch(/damaged bytes \(the first on line 4\)/);
    // Converting from a guessed code page would turn its good Chinese into mojibake.
    await expect(
      api.convertPostEncoding({ path: 'bad-utf8-middle.md', from: 'UTF-8' }),
    ).rejects.toMatchObject({ code: 'E_ENCODING' });
  });

  it('refuses a 50 MB post with its size and the limit', async () => {
    const error = await readError('huge.md');
    expect(error.code).toBe('E_TOO_LARGE');
    expect(error.message).toBe('huge.md is 50 MB; Postwright opens posts up to 16 MB.');
    expect(error.details).toMatchObject({ size: 50 * 1024 * 1024, limit: 16 * 1024 * 1024 });
  });

  it('gives each odd path its own code', async () => {
    expect((await readError('passwd.md')).code).toBe('E_OUTSIDE_WORKSPACE');
    expect((await readError('dangling.md')).code).toBe('E_NOT_FOUND');
    const loop = await readError('loop-a.md');
    expect(loop.code).toBe('E_NOT_FOUND');
    expect(loop.message).toBe('loop-a.md is a loop of symbolic links.');
    expect((await readError('folder.md')).code).toBe('E_INVALID_ARGUMENT');
    expect((await readError('missing.md')).code).toBe('E_NOT_FOUND');
    expect((await api.readPost({ path: 'link-inside.md' })).text).toBe(
      (await bytesOf('ok.md')).toString(),
    );
  });

  it('follows a dangling link only while it stays inside the workspace', async () => {
    const { mkdtemp, symlink } = await import('node:fs/promises');
    const outside = await mkdtemp(join(workspace.base, 'outside-'));
    await symlink(outside, join(workspace.root, 'folder-out'));
    await symlink('folder-out/new.md', join(workspace.root, 'sneaky.md'));
    await symlink('drafts/later.md', join(workspace.root, 'later-link.md'));
    await expect(
      api.savePost({ path: 'sneaky.md', text: 'x', baseVersion: null }),
    ).rejects.toMatchObject({ code: 'E_OUTSIDE_WORKSPACE' });
    expect(await readdir(outside)).toEqual([]);
    await api.savePost({ path: 'later-link.md', text: 'later\n', baseVersion: null });
    expect((await bytesOf('drafts/later.md')).toString()).toBe('later\n');
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a FIFO named .md without waiting for a writer',
    async () => {
      expect((await readError('pipe.md')).code).toBe('E_INVALID_ARGUMENT');
    },
  );

  it.skipIf(isRoot)('refuses an unreadable post with E_PERMISSION', async () => {
    expect((await readError('unreadable.md')).code).toBe('E_PERMISSION');
  });

  it('never writes over a file it could not read', async () => {
    const refused = [
      ...Object.entries(hostileExpectations)
        .filter(([, expected]) => expected.kind === 'error')
        .map(([path]) => path),
      'huge.md',
    ];
    for (const path of refused) {
      const before = await bytesOf(path);
      await expect(
        api.savePost({ path, text: '', baseVersion: null }),
        path,
      ).rejects.toBeInstanceOf(ApiError);
      expect((await bytesOf(path)).equals(before), path).toBe(true);
    }
    await expect(
      api.savePost({ path: 'passwd.md', text: 'x', baseVersion: null }),
    ).rejects.toMatchObject({ code: 'E_OUTSIDE_WORKSPACE' });
  });

  it('saves every readable post byte-identical when nothing was edited', async () => {
    const readable = Object.keys(hostileFiles).filter(
      (path) => hostileExpectations[path]?.kind !== 'error',
    );
    for (const path of [...readable, 'folder.md/inner.md', 'link-inside.md']) {
      const before = await bytesOf(path);
      const document = await api.readPost({ path });
      const result = await api.savePost({
        path,
        text: document.text,
        baseVersion: document.version,
      });
      expect(result.written, path).toBe(false);
      expect((await bytesOf(path)).equals(before), path).toBe(true);
    }
  });

  it('keeps a lone CR exactly through an edit elsewhere', async () => {
    const document = await api.readPost({ path: 'lone-cr.md' });
    expect(document.lineEnding).toBe('lf');
    const text = `${document.text}added\n`;
    await api.savePost({ path: 'lone-cr.md', text, baseVersion: document.version });
    expect((await bytesOf('lone-cr.md')).toString()).toBe(
      '---\ntitle: Lone CR\n---\nline one\rstill one\nline two\nadded\n',
    );
  });

  it('leaves the workspace with the files it had (nothing created, nothing lost)', async () => {
    const names = await readdir(workspace.root);
    expect(names.filter((name) => name.startsWith('.') && name !== '.postwright')).toEqual([]);
    expect(names).toContain('A.md');
    expect(names).toContain('a.md');
  });
});
