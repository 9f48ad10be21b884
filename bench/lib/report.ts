import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMs, summarize, type Summary } from './stats';

/** One named series of one scenario (e.g. "1mb keystroke→preview"). */
export interface Measurement extends Summary {
  name: string;
  unit: 'ms' | 'MB';
  samples: number[];
}

/** A target of issue 6 held against this run: its absolute figure and its ratio to the floor. */
export interface TargetCheck {
  id: string;
  what: string;
  /** Which statistic is compared ("p95", "p50", "once"...). */
  statistic: string;
  measured: number;
  unit: 'ms' | 'MB';
  target: number | null;
  /** The floor measured in the same run, and what it is. */
  floor: number | null;
  floorName: string | null;
  maxRatio: number | null;
  /** Set when the check could not be measured honestly (e.g. "cold: cannot drop caches"). */
  notMeasured?: string;
  /** Extra failure reasons beyond the numbers (e.g. dropped keystrokes). */
  failures?: string[];
}

/** What one scenario hands back. */
export interface ScenarioResult {
  scenario: string;
  measurements: Measurement[];
  checks: TargetCheck[];
  notes: string[];
}

/** Builds a measurement from raw samples. */
export function measure(name: string, samples: number[], unit: 'ms' | 'MB' = 'ms'): Measurement {
  return { name, unit, ...summarize(samples), samples };
}

/** The measured/floor ratio of a check, or null when it has no floor. */
export function ratioOf(check: TargetCheck): number | null {
  if (
    check.floor === null ||
    check.maxRatio === null ||
    !(check.floor > 0) ||
    !Number.isFinite(check.measured)
  ) {
    return null;
  }
  return check.measured / check.floor;
}

/** Whether a check meets both its absolute target and its ratio, and has no other failure. */
export function checkPasses(check: TargetCheck): boolean {
  if (check.notMeasured !== undefined) {
    return true;
  }
  const ratio = ratioOf(check);
  const withinTarget = check.target === null || check.measured <= check.target;
  const withinRatio = ratio === null || check.maxRatio === null || ratio <= check.maxRatio;
  return withinTarget && withinRatio && (check.failures ?? []).length === 0;
}

/**
 * Whether a check is a gross breach: its ratio above twice the allowed ratio, or a hard failure
 * such as a dropped keystroke. Only these fail the quick bench (the machine is noisy).
 */
export function isGrossBreach(check: TargetCheck): boolean {
  if (check.notMeasured !== undefined) {
    return false;
  }
  const ratio = ratioOf(check);
  const grossRatio = ratio !== null && check.maxRatio !== null && ratio > 2 * check.maxRatio;
  return grossRatio || (check.failures ?? []).length > 0;
}

/** Prints one line per measurement: n, p50, p95, max. */
export function printMeasurements(result: ScenarioResult, log: (line: string) => void): void {
  for (const m of result.measurements) {
    const unit = m.unit === 'ms' ? 'ms' : ' MB';
    log(
      `  ${m.name.padEnd(48)} n=${String(m.n).padStart(4)}  p50=${formatMs(m.p50)}${unit}  p95=${formatMs(m.p95)}${unit}  max=${formatMs(m.max)}${unit}`,
    );
  }
  for (const note of result.notes) {
    log(`  note: ${note}`);
  }
}

/** Writes `bench-results/<scenario>.json`. */
export function writeResult(
  dir: string,
  result: ScenarioResult,
  meta: Record<string, unknown>,
): void {
  mkdirSync(dir, { recursive: true });
  const checks = result.checks.map((check) => ({
    ...check,
    ratio: ratioOf(check),
    pass: checkPasses(check),
  }));
  writeFileSync(
    join(dir, `${result.scenario}.json`),
    `${JSON.stringify({ ...result, checks, meta }, null, 2)}\n`,
  );
}

function cell(value: number | null, unit: 'ms' | 'MB'): string {
  return value === null ? '—' : `${formatMs(value)} ${unit}`;
}

/** The Markdown table of every check: target, measured, floor, ratio, pass/fail. */
export function markdownTable(checks: TargetCheck[]): string {
  const rows = [
    '| # | what | measured | target | floor (same run) | ratio (max) | result |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const check of checks) {
    if (check.notMeasured !== undefined) {
      rows.push(
        `| ${check.id} | ${check.what} | not measured: ${check.notMeasured} | ${cell(check.target, check.unit)} | — | — | — |`,
      );
      continue;
    }
    const ratio = ratioOf(check);
    const ratioCell = ratio === null ? '—' : `${ratio.toFixed(2)}× (≤ ${String(check.maxRatio)}×)`;
    const floorCell =
      check.floor === null ? '—' : `${cell(check.floor, check.unit)} ${check.floorName ?? ''}`;
    const verdict = checkPasses(check)
      ? 'pass'
      : isGrossBreach(check)
        ? '**FAIL (gross)**'
        : '**fail**';
    const extra =
      (check.failures ?? []).length > 0 ? ` (${(check.failures ?? []).join('; ')})` : '';
    rows.push(
      `| ${check.id} | ${check.what} | ${check.statistic} ${cell(check.measured, check.unit)} | ${cell(check.target, check.unit)} | ${floorCell} | ${ratioCell} | ${verdict}${extra} |`,
    );
  }
  return rows.join('\n');
}
