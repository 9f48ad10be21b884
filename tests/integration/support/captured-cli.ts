import { fileURLToPath } from 'node:url';
import { findAppDir } from '../../../electron/node/cli/cli-io';
import { runCli } from '../../../electron/node/cli/run-cli';
import type { TempWorkspace } from './temp-workspace';

const appDir = findAppDir(fileURLToPath(new URL('.', import.meta.url)));

/** What one run of a command printed, and its exit code. */
export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Where a command writes (the part of its IO that tests capture). */
export interface CapturedStreams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs a command with its output streams captured. */
export async function captureOutput(
  run: (streams: CapturedStreams) => Promise<number>,
): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** Locale variables that make the CLI speak English whatever the developer's own locale is. */
export const englishLocale = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', LANGUAGE: '' };

/**
 * Runs the CLI in-process from the workspace's parent folder, with the workspace's user-data
 * folder (and `env` on top of the process's environment with an English locale), and captures
 * what it prints.
 */
export function runCapturedCli(
  workspace: TempWorkspace,
  argv: string[],
  env: Record<string, string> = {},
): Promise<CommandRun> {
  return captureOutput((streams) =>
    runCli(argv, {
      ...streams,
      cwd: workspace.base,
      env: {
        ...process.env,
        ...englishLocale,
        POSTWRIGHT_USER_DATA: workspace.userDataDir,
        ...env,
      },
      appDir,
      stopSignal: () => new Promise(() => undefined),
    }),
  );
}
