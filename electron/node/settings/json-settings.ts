import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { ApiError } from '../../../core/api';
import { errorCode, writeFileAtomic } from '../fs/atomic-write';

/** Field-by-field schema of a settings object: each field is validated on its own. */
export type SettingsShape<T> = { [K in keyof T]: z.ZodType<T[K]> };

/** A settings file as read: the values to use, and the backup path when the file was broken. */
export interface LoadedSettings<T> {
  value: T;
  /** The path the broken file was copied to, or null when the file was fine or missing. */
  backupPath: string | null;
  /**
   * The settings whose values were dropped (set back to their defaults) because they were
   * invalid; every other setting of the file was kept. Empty when the file was fine, missing, or
   * could not be read at all (then `backupPath` alone says so).
   */
  dropped: string[];
}

/**
 * Reads a JSON settings file a person may have edited by hand.
 *
 * A missing file gives the defaults; one that cannot be read (a folder, no permission) gives the
 * defaults with its own path as `backupPath`. A file that is not JSON, not an object, or has a field of the
 * wrong type is copied to `<file>.broken-<time>.json` first (so nothing the user wrote is lost),
 * then every field that is still valid is kept and only the invalid ones (`dropped`) fall back to
 * their defaults. A file with nothing invalid is never copied.
 */
export async function readSettingsFile<T extends object>(
  filePath: string,
  shape: SettingsShape<T>,
  defaults: T,
): Promise<LoadedSettings<T>> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return { value: { ...defaults }, backupPath: null, dropped: [] };
    }
    // A folder or an unreadable file in its place must not stop the app: defaults are used, the
    // thing itself stays untouched where it is, and that path is the warning.
    return { value: { ...defaults }, backupPath: filePath, dropped: [] };
  }
  let raw: unknown;
  try {
    // Strict UTF-8: a file saved in another encoding is broken (and backed up), never mojibake kept.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    raw = undefined;
  }
  const { value, isBroken, dropped } = pickValidFields(raw, shape, defaults);
  if (!isBroken) {
    return { value, backupPath: null, dropped };
  }
  const backupPath = `${filePath}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  await copyFile(filePath, backupPath);
  return { value, backupPath, dropped };
}

/** Validates a patch from the UI: every key must be a known field with a valid value. */
export function validateSettingsPatch<T extends object>(
  patch: Record<string, unknown>,
  shape: SettingsShape<T>,
): Partial<T> {
  const result: Partial<T> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (!Object.hasOwn(shape, key)) {
      throw new ApiError('E_INVALID_ARGUMENT', `Unknown setting: ${key}`, { key });
    }
    const parsed = shape[key as keyof T].safeParse(value);
    if (!parsed.success) {
      throw new ApiError('E_INVALID_ARGUMENT', `Invalid value for setting ${key}`, {
        key,
        issues: parsed.error.issues.map((issue) => issue.message),
      });
    }
    result[key as keyof T] = parsed.data;
  }
  return result;
}

/** Writes settings as readable JSON (two-space indent, final newline), atomically. */
export async function writeSettingsFile(filePath: string, value: object): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true });
  await writeFileAtomic(filePath, `${JSON.stringify(value, null, 2)}\n`);
}

function pickValidFields<T extends object>(
  raw: unknown,
  shape: SettingsShape<T>,
  defaults: T,
): { value: T; isBroken: boolean; dropped: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { value: { ...defaults }, isBroken: true, dropped: [] };
  }
  const value = { ...defaults };
  const dropped: string[] = [];
  for (const key of Object.keys(shape) as (keyof T & string)[]) {
    if (!Object.hasOwn(raw, key)) {
      continue;
    }
    const parsed = shape[key].safeParse((raw as Record<keyof T, unknown>)[key]);
    if (parsed.success) {
      value[key] = parsed.data;
    } else {
      dropped.push(key);
    }
  }
  // Keys this version does not know (a newer version's, a typo) are left alone: nothing is
  // dropped for them, and the file is not called broken.
  return { value, isBroken: dropped.length > 0, dropped };
}
