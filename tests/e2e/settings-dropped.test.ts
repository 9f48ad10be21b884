import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, uiTimeout, type OpenedApp } from './support';

const defaultFixture = new URL('../fixtures/workspace', import.meta.url).pathname;

describe('a workspace settings file with one invalid value', () => {
  let opened: OpenedApp | undefined;
  let fixture: string | undefined;

  afterEach(async () => {
    await opened?.close();
    if (fixture !== undefined) {
      await rm(fixture, { recursive: true, force: true });
    }
  });

  it('keeps the valid settings and names the one that was reset', async () => {
    fixture = await mkdtemp(join(tmpdir(), 'postwright-settings-'));
    await cp(defaultFixture, fixture, { recursive: true });
    await mkdir(join(fixture, '.postwright'), { recursive: true });
    await writeFile(
      join(fixture, '.postwright', 'workspace.json'),
      JSON.stringify({ slugStyle: 'no-such-style', postsFolder: 'drafts/kept' }),
    );
    opened = await openApp({ fixture });
    const note = opened.page.getByRole('note').filter({ hasText: 'slugStyle' });
    await note.waitFor({ timeout: uiTimeout });
    expect(await note.textContent()).toMatch(
      /^Some workspace settings had invalid values and were reset to their defaults: slugStyle\. The other settings were kept/,
    );
    const info = (await opened.app.callApi('getWorkspace', {})) as {
      settings: { postsFolder: string };
    };
    expect(info.settings.postsFolder).toBe('drafts/kept');
  });
});
