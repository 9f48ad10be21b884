// The `postwright` command (bundled to dist/cli.mjs, started by bin/postwright.js).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAppDir } from './cli/cli-io';
import { runCli } from './cli/run-cli';

const stopSignal = () =>
  new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });

// `postwright list DIR | head`: a reader that stops early is not an error (as for any shell tool).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      process.exit(process.exitCode ?? 0);
    }
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  appDir: findAppDir(dirname(fileURLToPath(import.meta.url))),
  stopSignal,
});
