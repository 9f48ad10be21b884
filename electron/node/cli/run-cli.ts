import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExportCommand } from '../export/export-command';
import { toApiError } from '../errors';
import { exitCode, UsageError, type CliContext } from './cli-io';
import { helpTexts } from './help';
import { runOpen } from './open-command';
import { runList, runNew } from './post-commands';
import { runServe } from './serve-command';

const commands: Record<string, (argv: string[], context: CliContext) => Promise<number>> = {
  serve: runServe,
  list: runList,
  new: runNew,
  export: (argv, context) => runExportCommand(argv, context),
};

/** Runs one `postwright` command line and returns the exit code (errors are printed, not thrown). */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === '-h' || first === '--help' || first === 'help') {
      context.stdout(helpTexts.main ?? '');
      return exitCode.ok;
    }
    if (first === '-v' || first === '--version') {
      context.stdout(`${version(context.appDir)}\n`);
      return exitCode.ok;
    }
    const command = first === undefined ? undefined : commands[first];
    if (command !== undefined) {
      return await command(rest, context);
    }
    if (first?.startsWith('-') === true) {
      throw new UsageError('', `unknown option: ${first}`);
    }
    return await runOpen(argv, context);
  } catch (error) {
    if (error instanceof UsageError) {
      const name = error.command === '' ? 'postwright' : `postwright ${error.command}`;
      context.stderr(`${name}: ${error.message}\nTry '${name} --help'.\n`);
      return exitCode.usage;
    }
    const apiError = toApiError(error);
    context.stderr(`postwright${first === undefined ? '' : ` ${first}`}: ${apiError.message}\n`);
    return exitCode.error;
  }
}

function version(appDir: string): string {
  try {
    return (JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}
