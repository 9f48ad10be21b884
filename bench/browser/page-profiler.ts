import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hottestFunctions, type CpuProfile } from '../lib/cpu-profile';

/** Records a CPU profile of the page while `fn` runs (CDP Profiler), when `enabled`. */
export async function profilePage<T>(
  page: Page,
  enabled: boolean,
  file: string,
  log: (line: string) => void,
  fn: () => Promise<T>,
): Promise<T> {
  if (!enabled) {
    return fn();
  }
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  try {
    return await fn();
  } finally {
    const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
    await session.detach();
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, JSON.stringify(profile));
    log(`  CPU profile: ${file}; hottest functions (self time):`);
    for (const hot of hottestFunctions(profile, 12)) {
      log(`    ${hot.selfMs.toFixed(1).padStart(8)} ms  ${hot.name}  ${hot.location}`);
    }
  }
}
