import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** A running `postwright serve` on a workspace folder the bench generated (not copied). */
export interface BenchServer {
  url: string;
  /** Milliseconds from spawning the process to its "serving" line. */
  startMs: number;
  stop: () => Promise<void>;
}

// In the terminal's language: the URL is what counts.
const servingLine = /Postwright .+?(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

/** Starts serve mode with a private home (fresh user data unless `home` is reused). */
export async function startServer(
  projectRoot: string,
  root: string,
  home: string,
): Promise<BenchServer> {
  mkdirSync(home, { recursive: true });
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['bin/postwright.js', 'serve', '--workspace', root, '--port', '0'],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_DATA_HOME: join(home, '.local/share'),
        POSTWRIGHT_USER_DATA: join(home, 'user-data'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
  });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const match = servingLine.exec(stdout);
      if (match?.[1] !== undefined) {
        resolve(match[1]);
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`postwright serve exited (${String(code)}): ${stderr.slice(0, 500)}`)),
    );
  });
  return { url, startMs: performance.now() - started, stop };
}
