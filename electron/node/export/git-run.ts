import { spawn } from 'node:child_process';
import { gitEnvironment, hardenedGitOptions } from './git-safety';

/** How a git run ended. */
export interface GitRun {
  code: number;
  stdout: string;
  stderr: string;
  missing: boolean;
}

/** Output beyond this is cut off (the run then counts as failed). */
const maxOutputBytes = 64 * 1024 * 1024;

/**
 * Runs git without a shell, hardened against the repository's own settings (`git-safety`); never
 * rejects (the caller decides what a failure means). Its input is the null device: a setting
 * that includes `/dev/stdin` reads nothing instead of waiting or failing. `timeoutMs` ends a run
 * that still waits (a settings file that is a named pipe).
 */
export function runGit(cwd: string, args: string[], timeoutMs = 0): Promise<GitRun> {
  return new Promise((resolve) => {
    const child = spawn('git', [...hardenedGitOptions, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      env: gitEnvironment(process.env),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let failure: string | null = null;
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxOutputBytes) {
        failure = 'git printed more than Postwright reads';
        child.kill();
      } else {
        into.push(chunk);
      }
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            failure = `git did not finish within ${timeoutMs / 1000} s`;
            child.kill();
          }, timeoutMs)
        : null;
    let done = false;
    const finish = (run: GitRun): void => {
      if (!done) {
        done = true;
        if (timer !== null) {
          clearTimeout(timer);
        }
        resolve(run);
      }
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish({ code: 1, stdout: '', stderr: error.message, missing: error.code === 'ENOENT' });
    });
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8');
      finish({
        code: failure === null ? (code ?? 1) : 1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: failure ?? stderr,
        missing: false,
      });
    });
  });
}
