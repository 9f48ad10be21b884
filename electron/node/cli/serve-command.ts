import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../../core/api';
import { createBackend } from '../backend';
import { startServer } from '../serve/server';
import { defaultUserDataDir } from '../settings/user-settings';
import { exitCode, UsageError, type CliContext } from './cli-io';
import { translator } from './cli-i18n';
import { helpText } from './help';
import { parseCommandLine } from './cli-args';
import { existingFolder, helpOption } from './post-commands';

/** `postwright serve [--workspace DIR] [--port N] [--lang en|zh-CN]`: runs until SIGINT/SIGTERM. */
export async function runServe(argv: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine('serve', argv, {
    ...helpOption,
    workspace: { type: 'string', short: 'w' },
    port: { type: 'string', short: 'p' },
    lang: { type: 'string', short: 'l' },
  });
  const t = translator(context.language ?? 'en');
  if (values.help === true) {
    context.stdout(helpText('serve', context.language ?? 'en'));
    return exitCode.ok;
  }
  if (positionals.length > 0) {
    throw new UsageError('serve', 'cli:usage.unexpectedServeArgument', {
      argument: positionals[0] ?? '',
    });
  }
  const port = parsePort(values.port);
  const lang = parseLanguage(values.lang);
  const root =
    values.workspace === undefined
      ? null
      : await existingFolder('serve', values.workspace, context.cwd);
  const rendererDir = join(context.appDir, 'dist', 'renderer');
  const isBuilt = existsSync(join(rendererDir, 'index.html'));
  if (!isBuilt) {
    context.stderr(`postwright serve: ${t('cli:serve.notBuilt')}\n`);
  }
  const backend = await createBackend({
    root,
    userDataDir: defaultUserDataDir(context.env),
    appDir: context.appDir,
    log: (message, error) => context.stderr(`${message}: ${String(error)}\n`),
  });
  let server;
  try {
    server = await startServer({ backend, rendererDir: isBuilt ? rendererDir : null, port, lang });
  } catch (error) {
    await backend.close();
    throw error;
  }
  // Listening for SIGTERM before the line is printed: a script that stops the server as soon as it
  // reads the line would otherwise kill it before it closes (exit by signal, not 0).
  const stopped = context.stopSignal();
  context.stdout(`${t('cli:serve.serving', { root: backend.root, url: server.url })}\n`);
  await stopped;
  await server.close();
  await backend.close();
  return exitCode.ok;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) {
    return 0;
  }
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new UsageError('serve', 'cli:usage.badPort', { value });
  }
  return port;
}

function parseLanguage(value: string | undefined): Language | null {
  if (value === undefined) {
    return null;
  }
  if (value === 'en' || value === 'zh-CN') {
    return value;
  }
  throw new UsageError('serve', 'cli:usage.badLang', { value });
}
