import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findAppDir } from '../../../electron/node/cli/cli-io';
import { englishLocale, runCapturedCli } from '../support/captured-cli';
import { httpRequest } from '../serve/http-client';
import { makeWorkspace, waitFor, type TempWorkspace } from '../support/temp-workspace';

const appDir = findAppDir(fileURLToPath(new URL('.', import.meta.url)));
let workspace: TempWorkspace;

beforeEach(async () => {
  workspace = await makeWorkspace({
    '_posts/2024-01-01-first.md': '---\ntitle: First\ndate: 2024-01-01\n---\n',
    '_posts/2024-02-01-second.md': '---\ntitle: 第二篇\ndraft: true\n---\n',
  });
});

afterEach(async () => {
  await workspace.cleanup();
});

/** Runs the CLI in-process and captures what it prints. */
async function cli(...argv: string[]) {
  return cliWithEnv({}, ...argv);
}

function cliWithEnv(env: Record<string, string>, ...argv: string[]) {
  return runCapturedCli(workspace, argv, env);
}

describe('postwright list and new', () => {
  it('lists posts newest first, drafts marked', async () => {
    const result = await cli('list', 'workspace');
    expect(result).toEqual({
      code: 0,
      stdout:
        '2024-02-01  第二篇 [draft]  (_posts/2024-02-01-second.md)\n' +
        '2024-01-01  First  (_posts/2024-01-01-first.md)\n',
      stderr: '',
    });
  });

  it('lists by time, not by the text of the dates (a space sorts before T), as the app does', async () => {
    await workspace.write('late.md', '---\ntitle: Late\ndate: 2025-01-01 23:00:00\n---\n');
    await workspace.write('early.md', '---\ntitle: Early\ndate: 2025-01-01T01:00:00\n---\n');
    await workspace.write('noon.md', '---\ntitle: Noon\ndate: 2025-01-01T12:00:00+08:00\n---\n');
    const result = await cli('list', 'workspace');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      '2025-01-01  Late  (late.md)',
      '2025-01-01  Noon  (noon.md)',
      '2025-01-01  Early  (early.md)',
    ]);
  });

  it('lists as JSON', async () => {
    const result = await cli('list', workspace.root, '--json');
    expect(result.code).toBe(0);
    const posts = JSON.parse(result.stdout) as { path: string }[];
    expect(posts.map((post) => post.path)).toEqual([
      '_posts/2024-01-01-first.md',
      '_posts/2024-02-01-second.md',
    ]);
  });

  it('creates a post in the posts folder and prints its path', async () => {
    const result = await cli('new', 'workspace', '你好 World', '--date', '2024-03-05');
    expect(result).toEqual({ code: 0, stdout: '_posts/2024-03-05-ni-hao-world.md\n', stderr: '' });
    const text = await readFile(join(workspace.root, '_posts/2024-03-05-ni-hao-world.md'), 'utf8');
    expect(text).toContain('title: 你好 World\n');
  });

  it('does not add one-shot commands to the recent workspaces', async () => {
    await cli('list', 'workspace');
    expect(existsSync(join(workspace.userDataDir, 'settings.json'))).toBe(false);
  });
});

describe('usage, help and exit codes', () => {
  it('shows help for every command with exit code 0', async () => {
    for (const argv of [['--help'], ['serve', '--help'], ['list', '-h'], ['new', '--help']]) {
      const result = await cli(...argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: postwright/);
    }
  });

  it('answers wrong usage with exit code 2 and a hint', async () => {
    expect(await cli('list')).toMatchObject({
      code: 2,
      stderr: "postwright list: missing DIR\nTry 'postwright list --help'.\n",
    });
    expect((await cli('list', 'workspace', '--color')).code).toBe(2);
    expect((await cli('new', 'workspace')).code).toBe(2);
    expect((await cli('serve', '--port', 'abc')).code).toBe(2);
    expect((await cli('serve', '--lang', 'fr')).code).toBe(2);
    expect((await cli('--nope')).code).toBe(2);
    expect((await cli('list', 'no-such-folder')).code).toBe(2);
  });

  it('reports a failure with exit code 1', async () => {
    const result = await cli('new', 'workspace', 'Escape', '--folder', '../elsewhere');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^postwright new: The path is outside the workspace/);
  });

  it('says plainly when the desktop app cannot start here', async () => {
    // Points Electron's own override at an empty folder, so the binary is missing on every machine.
    const result = await cliWithEnv({ ELECTRON_OVERRIDE_DIST_PATH: workspace.base }, 'workspace');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('postwright serve');
  });
});

const builtCli = join(appDir, 'dist', 'cli.mjs');

describe.runIf(existsSync(builtCli))('postwright serve (the built command)', () => {
  it('prints exactly one line, refuses requests without the token, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [join(appDir, 'bin/postwright.js'), 'serve', '--workspace', workspace.root, '--port', '0'],
      {
        env: { ...process.env, ...englishLocale, POSTWRIGHT_USER_DATA: workspace.userDataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    try {
      const line = await waitFor(
        () => (stdout.includes('\n') ? stdout : undefined),
        'the serving line',
        15_000,
      );
      const match =
        /^Postwright is serving (.+) at http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)\n$/.exec(line);
      expect(match?.[1]).toBe(workspace.root);
      const port = Number(match?.[2]);
      const host = { Host: `127.0.0.1:${port}` };
      expect((await httpRequest(port, '/', { headers: host })).status).toBe(401);
      const login = await httpRequest(port, `/?token=${match?.[3] ?? ''}`, { headers: host });
      expect(login.status).toBe(303);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stdout.split('\n').filter((line) => line !== '')).toHaveLength(1);
  });
});
