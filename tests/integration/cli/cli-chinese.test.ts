import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAppDir } from '../../../electron/node/cli/cli-io';
import { runCli } from '../../../electron/node/cli/run-cli';
import { exportFixtures, makeExportFixture, type ExportFixture } from '../export/export-fixture';
import { captureOutput, englishLocale, type CommandRun } from '../support/captured-cli';

const appDir = findAppDir(fileURLToPath(new URL('.', import.meta.url)));
const builtCli = join(appDir, 'dist', 'cli.mjs');
const chineseLocale = { LANG: 'zh_CN.UTF-8' };

let fixture: ExportFixture;

beforeAll(async () => {
  fixture = await makeExportFixture(join(exportFixtures, 'repos', 'hexo'));
});

afterAll(async () => {
  await fixture.cleanup();
});

type Runner = (argv: string[], env?: Record<string, string>) => Promise<CommandRun>;

/** The environment of a run: an English locale unless `env` says otherwise, the fixture's data. */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...englishLocale, POSTWRIGHT_USER_DATA: fixture.userData, ...env };
}

/** `runCli` in this process, from the fixture's workspace folder. */
const inProcess: Runner = (argv, env = {}) =>
  captureOutput((streams) =>
    runCli(argv, {
      ...streams,
      cwd: fixture.workspace,
      env: environment(env),
      appDir,
      stopSignal: () => new Promise(() => undefined),
    }),
  );

/** `node bin/postwright.js` (the built dist/cli.mjs) as a shell runs it, from the workspace. */
const spawned: Runner = (argv, env = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(appDir, 'bin/postwright.js'), ...argv], {
      cwd: fixture.workspace,
      env: environment(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });

describe.each([
  { name: 'runCli', run: inProcess, isAvailable: true },
  { name: 'the built command', run: spawned, isAvailable: existsSync(builtCli) },
])('postwright in Simplified Chinese ($name)', ({ run, isAvailable }) => {
  /** The same command with LANG=zh_CN.UTF-8 and with --lang zh-CN: both must say the same. */
  async function inChinese(...argv: string[]): Promise<CommandRun> {
    const byLang = await run(argv, chineseLocale);
    expect(await run([...argv, '--lang', 'zh-CN']), 'with --lang zh-CN').toEqual(byLang);
    return byLang;
  }

  it.runIf(isAvailable)('shows the help in Chinese, columns aligned', async () => {
    const main = await inChinese('--help');
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(
      /^用法：postwright \[DIR\]\n {6}postwright <command> \[options\]\n/,
    );
    expect(main.stdout).toContain('\n命令：\n  postwright [DIR]            在桌面应用中打开 DIR');
    expect(main.stdout).toContain('\n选项：\n  -h, --help                  显示帮助');
    const list = await inChinese('list', '--help');
    expect(list.stdout).toContain('列出 DIR 下的文章：日期、标题和路径（草稿会标出）。');
    expect(list.stdout).toContain('  --json       以 JSON 格式输出（与语言无关）\n');
    const exportHelp = await run(['export', '--help'], chineseLocale);
    expect(exportHelp.stdout).toMatch(/^用法：postwright export POST --to REPO/);
    expect(exportHelp.stdout).toContain('  --to REPO        博客仓库文件夹\n');
  });

  it.runIf(isAvailable)('says a usage error in Chinese with exit code 2', async () => {
    expect(await inChinese('list', '.', '--bogus')).toEqual({
      code: 2,
      stdout: '',
      stderr: "postwright list: 未知选项：--bogus\n运行 'postwright list --help' 查看用法。\n",
    });
    expect(await run(['--lang', 'zh-CN', '--bogus'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "postwright: 未知选项：--bogus\n运行 'postwright --help' 查看用法。\n",
    });
  });

  it.runIf(isAvailable)('refuses a blank title for new in Chinese', async () => {
    expect(await inChinese('new', '.', '   ')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "postwright new: TITLE 为空（请为文章提供标题）\n运行 'postwright new --help' 查看用法。\n",
    });
  });

  it.runIf(isAvailable)(
    'says a missing folder for list in Chinese, the path as given',
    async () => {
      expect(await inChinese('list', 'no-such-folder')).toEqual({
        code: 2,
        stdout: '',
        stderr:
          "postwright list: 文件夹不存在：no-such-folder\n运行 'postwright list --help' 查看用法。\n",
      });
    },
  );

  it.runIf(isAvailable)(
    'says export errors in Chinese; the --json error stays the same',
    async () => {
      const missingPost = await inChinese('export', 'nope.md', '--to', fixture.repo);
      expect(missingPost).toEqual({
        code: 1,
        stdout: '',
        stderr: `postwright export: ${join(fixture.workspace, 'nope.md')} 不是文件。请给出 Markdown 文章的路径。\n`,
      });
      const missingRepo = await inChinese('export', 'math-and-images.md', '--to', '../nope');
      expect(missingRepo.code).toBe(1);
      expect(missingRepo.stderr).toMatch(/^postwright export: 文件或文件夹不存在：\/.*nope\n$/);
      const noRepo = await inChinese('export', 'math-and-images.md');
      expect(noRepo.code).toBe(2);
      expect(noRepo.stderr).toMatch(/^postwright export: 请用 --to REPO 指定博客仓库。\n\n用法：/);
      const argv = ['export', 'nope.md', '--to', fixture.repo, '--json'];
      const english = await run(argv);
      expect((await run(argv, chineseLocale)).stdout).toBe(english.stdout);
      expect(JSON.parse(english.stdout)).toMatchObject({ error: { code: 'E_NOT_FOUND' } });
    },
  );

  it.runIf(isAvailable)('prints the export plan in Chinese, paths untouched', async () => {
    const plan = await inChinese('export', 'math-and-images.md', '--to', fixture.repo, '--dry-run');
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain(`导出到 ${fixture.repo}（hexo）\n`);
    expect(plan.stdout).toContain('  新建    source/_posts/math-and-images.md\n');
    expect(plan.stdout).toContain(
      '  图片    source/_posts/math-and-images/diagram.png <- images/diagram.png (新建)',
    );
    expect(plan.stdout).toMatch(/\n {10}博客上的地址：\/\d{4}\/\d{2}\/\d{2}\/math-and-images\/\n/);
  });

  it.runIf(isAvailable)('prints list --json byte for byte the same in every language', async () => {
    const english = await run(['list', '.', '--json']);
    expect(english.code).toBe(0);
    expect(english.stdout.length).toBeGreaterThan(2);
    expect((await run(['list', '.', '--json'], chineseLocale)).stdout).toBe(english.stdout);
    expect((await run(['list', '.', '--json', '--lang', 'zh-CN'])).stdout).toBe(english.stdout);
    expect((await run(['list', '.', '--json', '--lang', 'en'], chineseLocale)).stdout).toBe(
      english.stdout,
    );
  });

  it.runIf(isAvailable)(
    'lets --lang win over LANG, and refuses a language it does not speak',
    async () => {
      expect((await run(['--help', '--lang', 'en'], chineseLocale)).stdout).toMatch(/^Usage: /);
      expect(await run(['list', '.', '--lang', 'fr'], chineseLocale)).toEqual({
        code: 2,
        stdout: '',
        stderr:
          "postwright list: --lang 只能是 en 或 zh-CN，而不是 fr\n运行 'postwright list --help' 查看用法。\n",
      });
    },
  );
});

describe.runIf(existsSync(builtCli))('postwright serve in Simplified Chinese', () => {
  it('prints its one line in Chinese with --lang zh-CN, the URL as the e2e helper reads it', async () => {
    const child = spawn(
      process.execPath,
      [
        join(appDir, 'bin/postwright.js'),
        'serve',
        '-w',
        fixture.workspace,
        '-p',
        '0',
        '-l',
        'zh-CN',
      ],
      { env: environment({}), stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    let stdout = '';
    child.stdout.setEncoding('utf8');
    try {
      stdout = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk;
          if (stdout.includes('\n')) {
            resolve(stdout);
          }
        });
        child.once('exit', () => reject(new Error(`serve exited: ${stdout}`)));
      });
    } finally {
      child.kill('SIGTERM');
    }
    expect(stdout).toMatch(
      new RegExp(
        `^Postwright 正在服务工作区 ${fixture.workspace.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}，请在浏览器中打开：http://127\\.0\\.0\\.1:\\d+/\\?token=\\S+\\n$`,
      ),
    );
    expect(await exited).toBe(0);
  });
});
