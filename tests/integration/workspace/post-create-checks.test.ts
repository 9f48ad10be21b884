import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { invokeApi } from '../../../electron/node/backend';
import { nameRefusal } from '../../../electron/node/posts/post-create';
import { nameProblem } from '../../../renderer/app/invalid-name';
import { tempBackends } from '../support/temp-workspace';

const temp = tempBackends();

describe('createPost refuses what the UI and the CLI refuse', () => {
  it.each([[''], ['   '], ['\t\n']])('a blank title %j', async (title) => {
    const api = await temp.open();
    // Through the API as the UI calls it.
    expect(await invokeApi(api, 'createPost', { title })).toMatchObject({
      ok: false,
      error: { code: 'E_INVALID_ARGUMENT', details: { key: 'title', reason: 'blank-title' } },
    });
    expect(await readdir(temp.workspace.root)).toEqual([]);
  });

  it.each([['notadate'], ['2025-13-45'], ['2025-03-01 25:61:00'], ['2023-02-29']])(
    'the date %j',
    async (date) => {
      const api = await temp.open();
      expect(await invokeApi(api, 'createPost', { title: 'T', date })).toMatchObject({
        ok: false,
        error: {
          code: 'E_INVALID_ARGUMENT',
          details: { key: 'date', reason: 'bad-date', value: date },
        },
      });
      expect(await readdir(temp.workspace.root)).toEqual([]);
    },
  );

  it('still takes no date (now) and an empty one, as the UI sends them', async () => {
    const api = await temp.open();
    const today = new Date().getFullYear();
    expect((await api.createPost({ title: 'A' })).path).toMatch(new RegExp(`^${today}-`));
    expect((await api.createPost({ title: 'B', date: ' ' })).path).toMatch(/-b\.md$/);
  });
});

describe('a refused post name says why in its details', () => {
  it('gives the reason and the character to the UI', async () => {
    const api = await temp.open({ 'a.md': '---\ntitle: a\n---\n' });
    await expect(api.renamePost({ path: 'a.md', newPath: 'a*b.md' })).rejects.toMatchObject({
      code: 'E_INVALID_NAME',
      details: { name: 'a*b.md', reason: 'bad-character', character: '*' },
    });
    await expect(api.renamePost({ path: 'a.md', newPath: 'con.md' })).rejects.toMatchObject({
      details: { reason: 'reserved-name', stem: 'con' },
    });
    await expect(
      api.renamePost({ path: 'a.md', newPath: `${'好'.repeat(90)}.md` }),
    ).rejects.toMatchObject({ details: { reason: 'too-long', bytes: 273 } });
  });

  it.each([
    ['a*b?.md', { kind: 'character', character: '*' }],
    ['a:b.md', { kind: 'character', character: ':' }],
    ['con.md', { kind: 'reserved', stem: 'con' }],
    ['COM1.tar.md', { kind: 'reserved', stem: 'COM1' }],
    ['.hidden.md', { kind: 'hidden' }],
    ['note.txt', { kind: 'extension' }],
    ['a\u0001.md', { kind: 'character', character: 'U+0001' }],
    ['post.md.', { kind: 'ends' }],
    [' post.md', { kind: 'ends' }],
    ['cafe\u0301.md', { kind: 'normalization' }],
  ])('%j is explained the same way in the UI', (name, problem) => {
    expect(nameProblem({ name, ...nameRefusal(name) })).toEqual(problem);
  });
});
