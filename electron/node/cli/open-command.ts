import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { exitCode, UsageError, type CliContext } from './cli-io';
import { translator } from './cli-i18n';

/** `postwright [DIR]`: starts the desktop app (Electron) on DIR and returns at once. */
export async function runOpen(positionals: string[], context: CliContext): Promise<number> {
  if (positionals.length > 1) {
    throw new UsageError('', 'cli:usage.tooManyFolders', { arguments: positionals.join(' ') });
  }
  const [dir] = positionals;
  const args = [context.appDir];
  if (dir !== undefined) {
    const root = resolve(context.cwd, dir);
    const info = await stat(root).catch(() => null);
    if (info === null) {
      throw new UsageError('', 'cli:usage.noSuchFolderOrCommand', { dir });
    }
    if (!info.isDirectory()) {
      throw new UsageError('', 'cli:usage.openNotAFolder', { dir });
    }
    args.push(root);
  }
  const t = translator(context.language ?? 'en');
  const binary = electronBinary(context.appDir, context.env);
  if (binary === null) {
    context.stderr(`postwright: ${t('cli:open.noElectron')}\n`);
    return exitCode.error;
  }
  if (!existsSync(join(context.appDir, 'dist', 'electron', 'main.cjs'))) {
    context.stderr(`postwright: ${t('cli:open.notBuilt')}\n`);
    return exitCode.error;
  }
  const child = spawn(binary, args, { detached: true, stdio: 'ignore', env: context.env });
  child.unref();
  return exitCode.ok;
}

/**
 * The path of the Electron binary the `electron` package installed, or null when it is missing.
 * Read from the package's `path.txt` like its own index.js does, but without that file's habit of
 * starting a download when the binary is missing.
 */
function electronBinary(appDir: string, env: NodeJS.ProcessEnv): string | null {
  let packageDir: string;
  try {
    packageDir = dirname(
      createRequire(join(appDir, 'package.json')).resolve('electron/package.json'),
    );
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary =
    override !== undefined && override !== ''
      ? join(override, executable === '' ? 'electron' : executable)
      : executable === ''
        ? null
        : join(packageDir, 'dist', executable);
  return binary !== null && existsSync(binary) ? binary : null;
}
