import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../../electron/node/cli/cli-args';
import { runCapturedCli } from '../support/captured-cli';
import { makeWorkspace, type TempWorkspace } from '../support/temp-workspace';

let workspace: TempWorkspace;

beforeEach(async () => {
  workspace = await makeWorkspace({ '_posts/.keep': '' });
});

afterEach(async () => {
  await workspace.cleanup();
});

function cli(...argv: string[]) {
  return runCapturedCli(workspace, argv, {});
}

/** What `postwright <command>` says for a usage mistake: the message and the hint, exit 2. */
function usage(command: string, message: string) {
  return {
    code: 2,
    stdout: '',
    stderr: `postwright ${command}: ${message}\nTry 'postwright ${command} --help'.\n`,
  };
}

async function posts(): Promise<string[]> {
  return (await readdir(join(workspace.root, '_posts'))).filter((name) => name !== '.keep');
}

describe('postwright new refuses what would make a broken post (exit 2)', () => {
  it.each([
    ['notadate'],
    ['2025-13-45'],
    ['2025-02-30'],
    ['2025-03-01 25:61:00'],
    ['2025-03-01T10:00:99'],
    ['2025/03/01'],
  ])('--date %j', async (date) => {
    expect(await cli('new', 'workspace', 'Title', '--date', date)).toEqual(
      usage(
        'new',
        `--date needs a date like 2025-03-01 or "2025-03-01 10:00:00", not ${JSON.stringify(date)}`,
      ),
    );
    expect(await posts()).toEqual([]);
  });

  it.each([[''], ['   ']])('a blank title %j', async (title) => {
    expect(await cli('new', 'workspace', title)).toEqual(
      usage('new', 'TITLE is empty (give the post a title)'),
    );
    expect(await posts()).toEqual([]);
  });

  it.each([
    ['2024-02-29', '2024-02-29-title.md'],
    ['2025-03-01 23:59:59', '2025-03-01-title.md'],
    ['2025-03-01T10:00:00+08:00', '2025-03-01-title.md'],
    ['2025-03-01T10:00:00.250Z', '2025-03-01-title.md'],
  ])('accepts --date %j', async (date, name) => {
    expect(await cli('new', 'workspace', 'Title', '--date', date)).toMatchObject({
      code: 0,
      stdout: `_posts/${name}\n`,
    });
  });
});

describe('option mistakes get short messages of our own', () => {
  it('names an unknown option without node wording', async () => {
    expect(await cli('serve', '--bogus')).toEqual(usage('serve', 'unknown option: --bogus'));
    expect(await cli('list', 'workspace', '-x')).toEqual(usage('list', 'unknown option: -x'));
  });

  it('says a bad port is a bad port, even one that starts with a dash', async () => {
    expect(await cli('serve', '--port', '-1')).toEqual(
      usage('serve', '--port needs a number from 0 to 65535, not -1'),
    );
    expect(await cli('serve', '--port=70000')).toEqual(
      usage('serve', '--port needs a number from 0 to 65535, not 70000'),
    );
  });

  it.each([
    [['serve', '--workspace='], 'serve', '--workspace needs a value'],
    [['serve', '--workspace', ''], 'serve', '--workspace needs a value'],
    [['serve', '-w'], 'serve', '--workspace needs a value'],
    [['serve', '--port'], 'serve', '--port needs a value'],
    [['serve', '--lang=', '--port', '0'], 'serve', '--lang needs a value'],
    [['new', 'workspace', 'T', '--date='], 'new', '--date needs a value'],
    [['new', 'workspace', 'T', '--folder', '--draft'], 'new', '--folder needs a value'],
    [['list', 'workspace', '--json=yes'], 'list', '--json takes no value'],
  ])('%j', async (argv, command, message) => {
    expect(await cli(...argv)).toEqual(usage(command, message));
  });

  it("says serve's errors in the language of its --lang, which also sets the app's (as --help documents)", async () => {
    expect(await cli('serve', '--lang', 'en', '--workspace', 'nope')).toEqual(
      usage('serve', 'no such folder: nope'),
    );
    expect(await cli('serve', '--lang', 'zh-CN', '--workspace', 'nope')).toEqual({
      code: 2,
      stdout: '',
      stderr: "postwright serve: 文件夹不存在：nope\n运行 'postwright serve --help' 查看用法。\n",
    });
    expect((await cli('serve', '--help')).stdout).toContain(
      'the language of the app and of these messages',
    );
  });
});

describe('parseCommandLine', () => {
  const options = {
    port: { type: 'string', short: 'p' },
    json: { type: 'boolean' },
  } as const;

  it('reads long, short, attached and separate values, and positionals after --', () => {
    expect(parseCommandLine('x', ['-p8', 'a', '--json', '--', '--port', '-'], options)).toEqual({
      values: { port: '8', json: true },
      positionals: ['a', '--port', '-'],
    });
    expect(parseCommandLine('x', ['--port=1', '-p', '2'], options).values.port).toBe('2');
  });
});
