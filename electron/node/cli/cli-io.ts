import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CommandIo } from '../export/export-command';
import { translator } from './cli-i18n';

/** Where the CLI writes and what it runs with; tests pass their own. */
export interface CliContext extends CommandIo {
  env: NodeJS.ProcessEnv;
  /** The app's folder (package root: `assets/`, `dist/renderer/`). */
  appDir: string;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); serve mode waits for it. */
  stopSignal: () => Promise<string>;
}

/** Exit codes a shell user expects. */
export const exitCode = { ok: 0, error: 1, usage: 2 } as const;

/**
 * A usage mistake: printed with a hint to `--help`, exit code 2. It carries its catalog key
 * (`cli:usage.*`) and values so that it is printed in the terminal's language; its message is the
 * English sentence.
 */
export class UsageError extends Error {
  constructor(
    readonly command: string,
    readonly key: string,
    readonly values: Record<string, unknown> = {},
  ) {
    super(translator('en')(key, values));
    this.name = 'UsageError';
  }
}

/**
 * The package root above `start`: the first folder with the `postwright` package.json. Works from
 * the sources (`electron/node/cli/`) and from the bundle (`dist/cli.mjs`).
 */
export function findAppDir(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if (
          (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'postwright'
        ) {
          return dir;
        }
      } catch {
        // An unreadable package.json is not ours; keep looking upwards.
      }
    }
    if (dirname(dir) === dir) {
      return start;
    }
  }
}
