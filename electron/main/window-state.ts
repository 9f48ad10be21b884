/**
 * Where the window opens: the saved size, position and maximized state, made safe for the
 * displays that exist now (a monitor may have been unplugged, a resolution lowered).
 */
import { minWindowSize } from './window-options';

/** A window's outer bounds; without x and y the window is centered. */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** What is saved between runs. */
export interface WindowState {
  bounds: WindowBounds;
  isMaximized: boolean;
}

/** The usable area of one display (`Display.workArea`), the primary display first. */
export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The size of the first window ever opened (shrunk to fit small screens). */
export const defaultWindowSize = { width: 1280, height: 820 } as const;

/**
 * Turns whatever was saved (possibly nothing, or garbage) into a state that fits the displays.
 *
 * A window keeps its position only if it lands on a display; it is then moved and shrunk as
 * little as possible to lie wholly inside that display's work area. Otherwise it is centered.
 */
export function restoreWindowState(saved: unknown, displays: readonly DisplayArea[]): WindowState {
  const parsed = parseWindowState(saved);
  const isMaximized = parsed?.isMaximized ?? false;
  const wanted: WindowBounds = parsed?.bounds ?? { ...defaultWindowSize };
  const primary = displays[0];
  if (primary === undefined) {
    return { bounds: { width: wanted.width, height: wanted.height }, isMaximized };
  }
  if (wanted.x !== undefined && wanted.y !== undefined) {
    const rect = { x: wanted.x, y: wanted.y, width: wanted.width, height: wanted.height };
    const host = bestDisplay(rect, displays);
    if (host !== undefined) {
      return { bounds: fitInto(rect, host), isMaximized };
    }
  }
  return {
    bounds: {
      width: clampSize(wanted.width, minWindowSize.width, primary.width),
      height: clampSize(wanted.height, minWindowSize.height, primary.height),
    },
    isMaximized,
  };
}

/** The state to save: the window's normal (unmaximized) bounds and whether it is maximized. */
export function captureWindowState(normalBounds: DisplayArea, isMaximized: boolean): WindowState {
  const { x, y, width, height } = normalBounds;
  return { bounds: { x, y, width, height }, isMaximized };
}

/** Reads a saved state, or null if it is not one. */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const { bounds, isMaximized } = value as Record<string, unknown>;
  if (typeof bounds !== 'object' || bounds === null || typeof isMaximized !== 'boolean') {
    return null;
  }
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isFiniteNumber(width) || !isFiniteNumber(height) || width <= 0 || height <= 0) {
    return null;
  }
  const result: WindowState = {
    bounds: { width: Math.round(width), height: Math.round(height) },
    isMaximized,
  };
  if (isFiniteNumber(x) && isFiniteNumber(y)) {
    result.bounds.x = Math.round(x);
    result.bounds.y = Math.round(y);
  }
  return result;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The display the window overlaps most, if its top edge (where one grabs it) is on one at all. */
function bestDisplay(rect: DisplayArea, displays: readonly DisplayArea[]): DisplayArea | undefined {
  // The strip one drags a window by: if none of it is on a display, the window is lost.
  const titleStrip = { x: rect.x, y: rect.y, width: rect.width, height: 32 };
  let best: DisplayArea | undefined;
  let bestArea = 0;
  for (const display of displays) {
    if (overlap(titleStrip, display) < 32 * 32) {
      continue;
    }
    const area = overlap(rect, display);
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  return best;
}

function overlap(a: DisplayArea, b: DisplayArea): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function fitInto(rect: DisplayArea, display: DisplayArea): Required<WindowBounds> {
  const width = clampSize(rect.width, minWindowSize.width, display.width);
  const height = clampSize(rect.height, minWindowSize.height, display.height);
  const x = Math.min(Math.max(rect.x, display.x), display.x + display.width - width);
  const y = Math.min(Math.max(rect.y, display.y), display.y + display.height - height);
  return { x, y, width, height };
}

function clampSize(size: number, min: number, max: number): number {
  // A display smaller than the minimum wins: the window must fit on it.
  return Math.max(Math.min(size, max), Math.min(min, max));
}
