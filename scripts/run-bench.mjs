// `npm run bench [-- --quick] [-- --only=render,index]`: bundles the benchmark with esbuild and runs
// it on plain Node. Each scenario is its own bundle, so a scenario whose app code has not landed
// (or does not build) is reported as not run instead of breaking the others.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const out = 'dist/bench';

if (!existsSync('dist/renderer') || !existsSync('dist/cli.mjs')) {
  console.log('bench: building the app first (npm run build)...');
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) {
    console.log('bench: the app build failed; the browser scenarios will report "not run".');
  }
}

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'silent',
  // Bundled CommonJS dependencies of app code may call require().
  banner: {
    js: "import { createRequire as __pwCreateRequire } from 'node:module'; const require = __pwCreateRequire(import.meta.url);",
  },
};

mkdirSync(join(out, 'scenarios'), { recursive: true });
await build({ ...node, entryPoints: ['bench/main.ts'], outfile: join(out, 'main.mjs') });

const buildErrors = {};
const scenarioFiles = readdirSync('bench/scenarios').filter((file) => file.endsWith('.ts'));
for (const file of scenarioFiles) {
  const name = file.replace(/\.ts$/, '');
  try {
    await build({
      ...node,
      entryPoints: [join('bench/scenarios', file)],
      outfile: join(out, 'scenarios', `${name}.mjs`),
    });
  } catch (error) {
    buildErrors[name] = (error.errors ?? []).map((e) => e.text).join('; ') || String(error);
  }
}
// The bare CodeMirror pages (the floors of T1/T2) run in the browser: bundle everything in.
for (const page of readdirSync('bench/pages').filter((file) => file.endsWith('.ts'))) {
  await build({
    entryPoints: [join('bench/pages', page)],
    outfile: join(out, 'pages', page.replace(/\.ts$/, '.js')),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
}
writeFileSync(join(out, 'build-errors.json'), `${JSON.stringify(buildErrors, null, 2)}\n`);

const run = spawnSync(process.execPath, ['--expose-gc', join(out, 'main.mjs'), ...args], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
