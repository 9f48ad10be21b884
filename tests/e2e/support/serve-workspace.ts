import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (where `bin/postwright.js` lives). */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The default fixture workspace of the e2e tests. */
export const defaultFixture = join(projectRoot, 'tests/fixtures/workspace');

/** A running `postwright serve` on a fresh temporary copy of a fixture workspace. */
export interface ServedWorkspace {
  /** The URL printed by serve mode, token included. */
  url: string;
  /** `http://127.0.0.1:N` */
  origin: string;
  token: string;
  /** Absolute path of the temporary workspace copy (tests read and write files here). */
  root: string;
  /** Temporary home folder: user settings and journals of this run live below it. */
  home: string;
  /** Everything the server wrote to stderr so far (for failure messages). */
  stderr: () => string;
  /** Stops the server (SIGTERM, then SIGKILL) and removes the temporary folders. */
  stop: () => Promise<void>;
}

/** Options for `serveWorkspace`. */
export interface ServeOptions {
  /** Folder copied as the workspace; default `tests/fixtures/workspace`. */
  fixture?: string;
  /**
   * The workspace's files instead of a fixture (path with `/` → content), for tests that make
   * their posts: written into the temporary workspace, removed with it.
   */
  files?: Record<string, string>;
  /** `--lang` of serve mode. */
  lang?: 'en' | 'zh-CN';
  /** More command-line arguments. */
  args?: string[];
  /** Name of the workspace folder (what the app shows as the workspace's name); default 'workspace'. */
  workspaceName?: string;
}

// The line is in the terminal's language (English, or `Postwright 正在服务工作区 DIR，请在浏览器中
// 打开：URL`): only the URL is read.
const servingLine = /Postwright (.+?)(http:\/\/127\.0\.0\.1:(\d+)\/\?token=([^\s#]+)\S*)/;

/** Starts `node bin/postwright.js serve --workspace <copy> --port 0` and waits for its one line. */
export async function serveWorkspace(options: ServeOptions = {}): Promise<ServedWorkspace> {
  const base = await mkdtemp(join(tmpdir(), 'postwright-e2e-'));
  const root = join(base, options.workspaceName ?? 'workspace');
  const home = join(base, 'home');
  if (options.files === undefined) {
    await cp(options.fixture ?? defaultFixture, root, { recursive: true });
  } else {
    const files = Object.entries(options.files).map(
      ([path, content]) => [join(root, ...path.split('/')), content] as const,
    );
    for (const folder of new Set(files.map(([file]) => dirname(file)))) {
      await mkdir(folder, { recursive: true });
    }
    await Promise.all(files.map(([file, content]) => writeFile(file, content, 'utf8')));
  }
  const args = ['bin/postwright.js', 'serve', '--workspace', root, '--port', '0'];
  if (options.lang !== undefined) {
    args.push('--lang', options.lang);
  }
  args.push(...(options.args ?? []));
  // A private home and config folder: user settings of one test never leak into the next.
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: {
      ...process.env,
      HOME: home,
      USERPROFILE: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local/share'),
      POSTWRIGHT_USER_DATA: join(home, 'user-data'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const stop = async (): Promise<void> => {
    await stopChild(child);
    await rm(base, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const match = await waitForServingLine(child, () => stderr);
    const url = match[2] ?? '';
    return {
      url,
      origin: `http://127.0.0.1:${match[3] ?? ''}`,
      token: match[4] ?? '',
      root,
      home,
      stderr: () => stderr,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForServingLine(child: ChildProcess, stderr: () => string): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
      const match = servingLine.exec(stdout);
      if (match !== null) {
        resolve(match);
      }
    });
    child.once('exit', (code, signal) => {
      reject(
        new Error(
          `postwright serve exited (${String(code ?? signal)}) before serving.\n` +
            `stdout: ${stdout}\nstderr: ${stderr()}`,
        ),
      );
    });
    child.once('error', reject);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
