import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';

/** The machine a run was measured on, for the table and the JSON results. */
export interface MachineSummary {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  chromium: string;
}

function chromiumVersion(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'Chromium: not found';
  }
}

/** Describes this machine (`nproc`, CPU model name, memory, Chromium version). */
export function machineSummary(): MachineSummary {
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: availableParallelism(),
    memoryGb: Math.round(totalmem() / 2 ** 30),
    chromium: chromiumVersion(),
  };
}
