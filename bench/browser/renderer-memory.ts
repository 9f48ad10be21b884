import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/** Memory of the page after a forced garbage collection, in MB. */
export interface MemorySample {
  /** V8 heap in use by the page (CDP Performance.getMetrics JSHeapUsedSize). */
  jsHeapMb: number;
  /** Proportional set size of every renderer process of this browser (from /proc), summed. */
  rendererPssMb: number;
  /** PSS of the largest renderer: the app's page (the spare and utility renderers are small). */
  largestRendererPssMb: number;
  rendererCount: number;
}

const mb = 1024 * 1024;

/** PSS of one process in bytes (smaps_rollup), or its RSS when PSS is unavailable; 0 when gone. */
function processBytes(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const pss = /^Pss:\s+(\d+) kB/m.exec(rollup);
    if (pss?.[1] !== undefined) {
      return Number(pss[1]) * 1024;
    }
  } catch {
    // Fall through to RSS.
  }
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Collects garbage in the page, then reads its JS heap and the renderer processes' memory. */
export async function sampleMemory(browser: Browser, page: Page): Promise<MemorySample> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  await session.detach();
  const browserSession = await browser.newBrowserCDPSession();
  const info = (await browserSession.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  await browserSession.detach();
  const renderers = info.processInfo.filter((process) => process.type === 'renderer');
  const sizes = renderers.map((process) => processBytes(process.id));
  const pss = sizes.reduce((sum, bytes) => sum + bytes, 0);
  return {
    jsHeapMb: heap / mb,
    rendererPssMb: pss / mb,
    largestRendererPssMb: Math.max(0, ...sizes) / mb,
    rendererCount: renderers.length,
  };
}
