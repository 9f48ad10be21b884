/** How long after the last change the unsaved text is journaled for crash recovery. */
export const journalDelayMs = 2000;

/**
 * Extra wait per megabyte above the first, for autosave and journal: each sends the whole text,
 * which for a 10 MB post costs seconds of serialization and transfer, so huge posts do it less.
 */
const largePostDelayMsPerMb = 2000;

/** The extra autosave and journal wait for a post of `length` characters (0 up to 1 MB). */
export function largePostDelayMs(length: number): number {
  const megabytes = length / 1_000_000;
  return megabytes > 1 ? Math.round(megabytes * largePostDelayMsPerMb) : 0;
}

/** The first wait before a save that could not reach the backend is tried again (then doubled). */
export const retryFirstMs = 1000;

/** The longest wait between tries of a save that could not reach the backend. */
export const retryMaxMs = 30_000;
