import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchContext, ScenarioRunner } from './lib/context';
import {
  isGrossBreach,
  markdownTable,
  printMeasurements,
  writeResult,
  type ScenarioResult,
  type TargetCheck,
} from './lib/report';
import { machineSummary } from './lib/machine';

/** Every scenario in the order it runs, and the targets of issue 6 it checks. */
const scenarios: { name: string; targets: [string, string][] }[] = [
  { name: 'render', targets: [] },
  {
    name: 'index',
    targets: [
      ['T6', 'index 10k posts, first open'],
      ['T7', 'index 10k posts from the persistent index'],
      ['T8', 'one post changed → list updated'],
    ],
  },
  { name: 'export', targets: [] },
  {
    name: 'typing',
    targets: [
      ['T1', 'keystroke → editor painted, 15 KB / 1 MB'],
      ['T2', 'keystroke → editor painted, 10 MB'],
      ['T3', 'keystroke → preview painted, 15 KB'],
      ['T4', 'keystroke → preview painted, 1 MB'],
    ],
  },
  { name: 'open-post', targets: [['T5', 'open a post until editor and preview are painted']] },
  { name: 'navigation', targets: [['T9', 'serve mode: navigation → last post painted']] },
  { name: 'memory', targets: [['T10', 'memory with the seed post open']] },
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const profile = args.includes('--profile');
const onlyArg = args.find((arg) => arg.startsWith('--only='));
const only = onlyArg === undefined ? null : new Set(onlyArg.slice('--only='.length).split(','));
const projectRoot = process.cwd();
const distDir = join(projectRoot, 'dist', 'bench');
const resultsDir = join(projectRoot, 'bench-results');
const buildErrors = JSON.parse(readFileSync(join(distDir, 'build-errors.json'), 'utf8')) as Record<
  string,
  string
>;

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function unavailable(name: string, reason: string, targets: [string, string][]): ScenarioResult {
  return {
    scenario: name,
    measurements: [],
    notes: [`not run: ${reason}`],
    checks: targets.map(([id, what]) => ({
      id,
      what,
      statistic: '',
      measured: Number.NaN,
      unit: 'ms',
      target: null,
      floor: null,
      floorName: null,
      maxRatio: null,
      notMeasured: `scenario ${name} not run (${reason.split('\n')[0] ?? ''})`,
    })),
  };
}

async function runOne(
  name: string,
  targets: [string, string][],
  ctx: BenchContext,
): Promise<ScenarioResult> {
  const buildError = buildErrors[name];
  if (buildError !== undefined) {
    return unavailable(name, `the app code it drives is not there yet: ${buildError}`, targets);
  }
  const file = join(distDir, 'scenarios', `${name}.mjs`);
  if (!existsSync(file)) {
    return unavailable(name, 'not built', targets);
  }
  try {
    const module = (await import(pathToFileURL(file).href)) as { runScenario: ScenarioRunner };
    return await module.runScenario(ctx);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return unavailable(name, `failed: ${message}`, targets);
  }
}

const machine = machineSummary();
log(
  `Postwright bench (${quick ? 'quick' : 'full'}) on ${machine.cpuModel}, ${machine.cores} cores, Node ${process.version}`,
);
const checks: TargetCheck[] = [];
for (const { name, targets } of scenarios) {
  if (only !== null && !only.has(name)) {
    continue;
  }
  const workDir = mkdtempSync(join(tmpdir(), `postwright-bench-${name}-`));
  log(`\n## ${name}`);
  const started = performance.now();
  try {
    const result = await runOne(name, targets, { quick, profile, projectRoot, workDir, log });
    printMeasurements(result, log);
    writeResult(resultsDir, result, { quick, machine, ranAt: new Date().toISOString() });
    checks.push(...result.checks);
  } finally {
    rmSync(workDir, { recursive: true, force: true, maxRetries: 3 });
  }
  log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

const table = markdownTable(checks);
log(`\n${table}\n`);
const machineLine = `${machine.cpuModel}, nproc ${machine.cores}, ${machine.memoryGb} GB RAM, ${machine.chromium}, Node ${process.version}`;
if (only === null) {
  // The table of a whole run, ready for bench/README.md.
  writeFileSync(
    join(resultsDir, 'summary.md'),
    `${quick ? 'Quick' : 'Full'} run of ${new Date().toISOString().slice(0, 16)} UTC on ${machineLine}\n\n${table}\n`,
  );
}
log(
  `Machine: ${machine.cpuModel}, ${cpus().length} cores (nproc ${machine.cores}), ${machine.memoryGb} GB RAM, ${machine.chromium}, Node ${process.version}`,
);
const gross = checks.filter(isGrossBreach);
if (gross.length > 0) {
  log(`Gross breaches: ${gross.map((check) => check.id).join(', ')}`);
}
// Only the quick bench gates (CI-like use); the full bench reports and exits 0.
process.exitCode = quick && gross.length > 0 ? 1 : 0;
