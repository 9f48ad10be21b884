// Bundles the Node side with esbuild: the Electron main process, the sandboxed preload (one
// CommonJS file that requires nothing but `electron`, as a sandboxed preload must be), and the
// `postwright` CLI that also runs serve mode on plain Node.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

const jobs = [
  {
    entryPoints: ['electron/node/cli.ts'],
    outfile: 'dist/cli.mjs',
    format: 'esm',
    packages: 'external',
    banner: {
      js: "import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);",
    },
  },
];
if (existsSync('electron/main/main.ts')) {
  jobs.push({
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.cjs',
    format: 'cjs',
    external: ['electron'],
    packages: 'external',
  });
}
if (existsSync('electron/preload/preload.ts')) {
  jobs.push({
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  });
}
await Promise.all(
  jobs.filter((job) => existsSync(job.entryPoints[0])).map((job) => build({ ...common, ...job })),
);
