import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/**
 * Empties the kernel's page cache so the next reads hit the disk (Linux, root only).
 *
 * Returns null when it worked, else why not: containers usually mount /proc/sys read-only, and
 * then the cold figures are reported as not measured instead of being faked with warm ones.
 */
export function dropCaches(): string | null {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return `cannot drop the page cache (${code} on /proc/sys/vm/drop_caches)`;
  }
}
