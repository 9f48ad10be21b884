import type { ElementHandle, Page } from 'playwright-core';
import { createRandom } from '../lib/prng';
import { timeKeystroke } from './probe';

/** What typing `n` characters measured. */
export interface TypingSamples {
  editor: number[];
  preview: number[];
  /** Keys the editor never painted within the timeout. */
  droppedByEditor: number;
  /** Keys whose text never reached the preview within the timeout (0 when no preview is watched). */
  droppedByPreview: number;
}

const letters = 'postwrightbench';

/** Two display frames at 60 Hz, in whole milliseconds: the span of the pause's jitter. */
const jitterMs = 34;

/**
 * Starts a new paragraph at the end of the post and types `n` letters one by one, timing each.
 *
 * A short pause between keys stands for a fast typist; the expected preview text is everything
 * typed so far, so a key the preview skips counts as dropped.
 *
 * The pause has a seeded jitter of up to two frames. A fixed pause phase-locks the keys to the
 * display's frames: each key then comes at the same point of a frame, and a frame a few
 * milliseconds longer (say, with a preview shown) moved every key from just before a frame to
 * just after one, which doubled the measured latency (trace in bench/README.md). A typist's keys
 * land anywhere in a frame; the same seed gives the floor pages and the app the same pauses.
 */
export async function typeAndTime(
  page: Page,
  editor: ElementHandle,
  frame: ElementHandle | null,
  n: number,
): Promise<TypingSamples> {
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Q');
  await page.waitForTimeout(300);
  const samples: TypingSamples = {
    editor: [],
    preview: [],
    droppedByEditor: 0,
    droppedByPreview: 0,
  };
  const random = createRandom(0x7e57);
  let typed = 'Q';
  for (let i = 0; i < n; i++) {
    const char = letters.charAt(i % letters.length);
    typed += char;
    const timing = await timeKeystroke(page, editor, frame, char, typed);
    if (timing.editor === null) {
      samples.droppedByEditor += 1;
    }
    if (!timing.reflected) {
      samples.droppedByPreview += 1;
    }
    if (timing.editor !== null) {
      samples.editor.push(timing.editor);
    }
    if (timing.preview !== null) {
      samples.preview.push(timing.preview);
    }
    await page.waitForTimeout(20 + random.int(0, jitterMs - 1));
  }
  return samples;
}
