// Where the window reopens: the saved bounds made safe for today's displays, and the file that
// keeps them between runs.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { minWindowSize } from '../../../electron/main/window-options';
import {
  captureWindowState,
  defaultWindowSize,
  parseWindowState,
  restoreWindowState,
} from '../../../electron/main/window-state';
import {
  readSavedWindowState,
  saveWindowState,
  windowStateFileName,
} from '../../../electron/main/window-state-store';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1440 };
const saved = (x: number, y: number, width = 1000, height = 700, isMaximized = false) => ({
  bounds: { x, y, width, height },
  isMaximized,
});

describe('restoreWindowState', () => {
  it('reopens exactly where the window was when that still fits', () => {
    expect(restoreWindowState(saved(100, 100), [laptop])).toEqual(saved(100, 100));
    expect(restoreWindowState(saved(2000, 200, 1200, 900, true), [laptop, rightMonitor])).toEqual(
      saved(2000, 200, 1200, 900, true),
    );
  });

  it('centers a window whose monitor was unplugged', () => {
    expect(restoreWindowState(saved(2000, 200), [laptop])).toEqual({
      bounds: { width: 1000, height: 700 },
      isMaximized: false,
    });
  });

  it('pulls a window that hangs over an edge back onto its display', () => {
    expect(restoreWindowState(saved(1000, 500), [laptop]).bounds).toEqual({
      x: 440,
      y: 200,
      width: 1000,
      height: 700,
    });
  });

  it('centers a window whose title bar is off screen (it could not be dragged back)', () => {
    expect(restoreWindowState(saved(100, -650), [laptop]).bounds).not.toHaveProperty('x');
  });

  it('shrinks a window larger than its display, and keeps it on that display', () => {
    expect(restoreWindowState(saved(10, 30, 3000, 2000), [laptop]).bounds).toEqual({
      x: 0,
      y: 25,
      width: 1440,
      height: 875,
    });
  });

  it('grows a window below the minimum size', () => {
    const { bounds } = restoreWindowState(saved(100, 100, 200, 100), [laptop]);
    expect([bounds.width, bounds.height]).toEqual([minWindowSize.width, minWindowSize.height]);
  });

  it('starts at the default size, fitted to a small primary display, without a saved state', () => {
    expect(restoreWindowState(null, [laptop, rightMonitor])).toEqual({
      bounds: { width: defaultWindowSize.width, height: defaultWindowSize.height },
      isMaximized: false,
    });
    expect(restoreWindowState(undefined, [{ x: 0, y: 0, width: 1024, height: 600 }])).toEqual({
      bounds: { width: 1024, height: 600 },
      isMaximized: false,
    });
  });

  it('ignores garbage', () => {
    for (const value of [
      'x',
      42,
      [],
      { bounds: null, isMaximized: false },
      { bounds: { width: 'wide', height: 10 }, isMaximized: false },
      { bounds: { width: Number.NaN, height: 10 }, isMaximized: false },
      { bounds: { width: -5, height: 10 }, isMaximized: false },
      { bounds: { width: 800, height: 600 } },
    ]) {
      expect(parseWindowState(value)).toBeNull();
      expect(restoreWindowState(value, [laptop]).bounds).not.toHaveProperty('x');
    }
  });

  it('keeps a maximized state even when the position is dropped', () => {
    expect(restoreWindowState(saved(9000, 9000, 1000, 700, true), [laptop]).isMaximized).toBe(true);
  });

  it('captures the normal bounds of a maximized window', () => {
    expect(captureWindowState({ x: 1, y: 2, width: 900, height: 600 }, true)).toEqual(
      saved(1, 2, 900, 600, true),
    );
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pw-window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through the user-data folder, leaving no temp file', async () => {
    await saveWindowState(dir, saved(5, 6, 1100, 750, true));
    expect(await readSavedWindowState(dir)).toEqual(saved(5, 6, 1100, 750, true));
    expect(await readdir(dir)).toEqual([windowStateFileName]);
    expect(await readFile(join(dir, windowStateFileName), 'utf8')).toMatch(/\n$/);
  });

  it('reads a missing or broken file as nothing saved', async () => {
    expect(await readSavedWindowState(dir)).toBeNull();
    await writeFile(join(dir, windowStateFileName), '{"bounds":');
    expect(await readSavedWindowState(dir)).toBeNull();
  });
});
