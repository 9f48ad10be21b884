#!/usr/bin/env node
// The `postwright` command. The CLI itself is bundled to dist/ by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('postwright: the app is not built yet. Run `npm run build` first.\n');
  process.exit(2);
}
await import(pathToFileURL(cli).href);
