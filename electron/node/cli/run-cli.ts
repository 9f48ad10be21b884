import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runExportCommand } from '../export/export-command';
import { toApiError } from '../errors';
import { errorText } from './cli-error-text';
import { isCliLanguage, languageFromEnv, languageOption, translator } from './cli-i18n';
import { exitCode, UsageError, type CliContext } from './cli-io';
import { helpText } from './help';
import { runOpen } from './open-command';
import { runList, runNew } from './post-commands';
import { runServe } from './serve-command';

const commands: Record<string, (argv: string[], context: CliContext) => Promise<number>> = {
  serve: runServe,
  list: runList,
  new: runNew,
  export: (argv, context) => runExportCommand(argv, context),
};

/**
 * Runs one `postwright` command line and returns the exit code (errors are printed, not thrown).
 *
 * Messages are in the language of `--lang` (on any command, or before it), else the environment's
 * (see languageFromEnv); a `--lang` the CLI does not speak is a usage error said in the latter.
 */
export async function runCli(argv: string[], givenContext: CliContext): Promise<number> {
  const fromEnv = languageFromEnv(givenContext.env);
  const chosen = languageOption(argv);
  const language = chosen !== undefined && isCliLanguage(chosen) ? chosen : fromEnv;
  const context: CliContext = { ...givenContext, language };
  const t = translator(language);
  // `postwright --lang zh-CN list DIR`: the option before the command is for every command.
  const leading = argv[0] === '--lang' ? 2 : argv[0]?.startsWith('--lang=') === true ? 1 : 0;
  const [first, ...rest] = argv.slice(leading);
  try {
    if (chosen !== undefined && !isCliLanguage(chosen)) {
      const command = first !== undefined && Object.hasOwn(commands, first) ? first : '';
      throw chosen.trim() === ''
        ? new UsageError(command, 'cli:usage.needsValue', { option: '--lang' })
        : new UsageError(command, 'cli:usage.badLang', { value: chosen });
    }
    if (first === '-h' || first === '--help' || first === 'help') {
      context.stdout(helpText('main', language));
      return exitCode.ok;
    }
    if (first === '-v' || first === '--version') {
      context.stdout(`${version(context.appDir)}\n`);
      return exitCode.ok;
    }
    const command = first === undefined ? undefined : commands[first];
    if (command !== undefined) {
      // A leading `--lang` goes to the command too: serve's also sets the app's language.
      return await command([...argv.slice(0, leading), ...rest], context);
    }
    if (first?.startsWith('-') === true) {
      throw new UsageError('', 'cli:usage.unknownOption', { option: first });
    }
    return await runOpen(withoutLanguage(argv), context);
  } catch (error) {
    if (error instanceof UsageError) {
      const name = error.command === '' ? 'postwright' : `postwright ${error.command}`;
      context.stderr(
        `${name}: ${t(error.key, error.values)}\n${t('cli:usage.hint', { command: name })}\n`,
      );
      return exitCode.usage;
    }
    const apiError = toApiError(error);
    context.stderr(
      `postwright${first === undefined ? '' : ` ${first}`}: ${errorText(apiError, t)}\n`,
    );
    return exitCode.error;
  }
}

/** `postwright DIR --lang zh-CN`: the folders and commands, without the language option. */
function withoutLanguage(argv: readonly string[]): string[] {
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(index));
      break;
    }
    if (arg === '--lang') {
      index += 1;
    } else if (!arg.startsWith('--lang=')) {
      rest.push(arg);
    }
  }
  return rest;
}

function version(appDir: string): string {
  try {
    return (JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}
