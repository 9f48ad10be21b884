import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ApiArgs, WorkspacePath } from '../../../core/api';
import { ApiError } from '../../../core/api';
import { slugifyTitle } from '../../../core/post/slug';
import { foldName, isSafeFileName, utf8Length } from '../../../core/workspace/safe-name';
import { errorCode, renameWithRetry } from '../fs/atomic-write';
import { toWorkspacePath } from '../fs/confine';
import { renameNoReplace } from '../fs/rename-no-replace';
import { sha256 } from '../fs/text-codec';
import { isPostFileName } from '../index/scan';
import type { WorkspaceSession } from '../workspace/workspace-session';
import { assertPostPath } from '../workspace/post-path';
import { copyAssetFolder, moveAssetFolder } from './asset-folder';
import { freeNameIn, namesIn, writeNewFile } from './free-name';
import { fillTemplate } from './post-template';

/**
 * Creates a post `YYYY-MM-DD-<slug>.md` (`<slug>.md` in a `_drafts` folder) in the given folder
 * (default: the workspace's posts folder) from the workspace's template. The name is made unique,
 * so nothing is overwritten.
 */
export async function createPost(
  session: WorkspaceSession,
  { title, date, draft, folder }: ApiArgs<'createPost'>,
): Promise<{ path: WorkspacePath }> {
  checkNewPost(title, date);
  const settings = session.settings.get();
  const folderPath = await session.resolve(folder ?? ((await session.postsFolder()) || '.'));
  await mkdir(folderPath, { recursive: true });
  const dateText =
    date !== undefined && date.trim() !== '' ? date.trim() : formatLocalDate(new Date());
  const day = /^\d{4}-\d{2}-\d{2}/.exec(dateText)?.[0] ?? formatLocalDate(new Date()).slice(0, 10);
  const slug = slugifyTitle(title, settings.slugStyle);
  // Jekyll's and Hexo's `_drafts/` hold undated names: the date is given when the draft is published.
  const isDraftsFolder = /(^|[\\/])_drafts$/.test(folderPath);
  const name = await freeNameIn(folderPath, isDraftsFolder ? `${slug}.md` : `${day}-${slug}.md`);
  const absPath = join(folderPath, name);
  const text = fillTemplate(settings.postTemplate, {
    title,
    date: dateText,
    draft: draft === true,
  });
  await writeNewFile(absPath, text);
  const path = toWorkspacePath(session.root, absPath);
  session.ownWrites.record(path, sha256(text));
  session.commit([path]);
  return { path };
}

/**
 * Refuses what would make a broken post: a blank title (the UI's Create button is disabled for
 * one) or a date that is not a real calendar date and time. The CLI runs the same check.
 */
export function checkNewPost(title: string, date: string | undefined): void {
  if (title.trim() === '') {
    throw new ApiError('E_INVALID_ARGUMENT', 'The title is empty.', {
      key: 'title',
      reason: 'blank-title',
    });
  }
  if (date !== undefined && date.trim() !== '' && !isPostDate(date.trim())) {
    throw new ApiError(
      'E_INVALID_ARGUMENT',
      `Not a date: ${date} (write it as 2025-03-01 or 2025-03-01 10:00:00)`,
      { key: 'date', reason: 'bad-date', value: date },
    );
  }
}

// YYYY-MM-DD, optionally with a time (space or T), seconds, fraction and a zone: what Jekyll,
// Hugo and Hexo read in front matter.
const postDate =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** Whether `text` is a date (and time) that exists on the calendar and the clock. */
export function isPostDate(text: string): boolean {
  const match = postDate.exec(text);
  if (match === null) {
    return false;
  }
  const [year, month, day, hour, minute, second, zoneHour, zoneMinute] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  const daysInMonth = new Date(Date.UTC(year ?? 0, month ?? 0, 0)).getUTCDate();
  return (
    month !== undefined &&
    month >= 1 &&
    month <= 12 &&
    day !== undefined &&
    day >= 1 &&
    day <= daysInMonth &&
    (hour ?? 0) <= 23 &&
    (minute ?? 0) <= 59 &&
    (second ?? 0) <= 59 &&
    (zoneHour ?? 0) <= 14 &&
    (zoneMinute ?? 0) <= 59
  );
}

/** Renames or moves a post to a name the user chose; refused when something is already there. */
export async function renamePost(
  session: WorkspaceSession,
  { path, newPath }: ApiArgs<'renamePost'>,
): Promise<{ path: WorkspacePath }> {
  // Checked before the paths are resolved, to say which name is too long and by how much.
  const name = newPath.slice(newPath.replace(/\\/g, '/').lastIndexOf('/') + 1);
  const tooLong = newPath.split(/[\\/]/).find((segment) => utf8Length(segment) > 255);
  if (tooLong !== undefined) {
    throw new ApiError(
      'E_INVALID_NAME',
      `A name is ${utf8Length(tooLong)} bytes long; file and folder names can have at most 255 bytes (about 80 Chinese characters).`,
      { name: tooLong, bytes: utf8Length(tooLong), reason: 'too-long' },
    );
  }
  const from = await session.resolvePost(path);
  const to = await session.resolve(newPath);
  if (!isSafeFileName(name) || !isPostFileName(name)) {
    throw new ApiError('E_INVALID_NAME', `Not a usable post file name: ${name}`, {
      name,
      ...nameRefusal(name),
    });
  }
  // Nor into a hidden folder, or through a symlink to one.
  assertPostPath(toWorkspacePath(session.root, to), newPath);
  const source = await stat(from).catch(() => null);
  if (source === null || !source.isFile()) {
    throw new ApiError('E_NOT_FOUND', `The post does not exist: ${path}`, { path });
  }
  const target = await stat(to).catch(() => null);
  // On a case-insensitive disk `a.md` -> `A.md` finds the post itself at the target: that is fine.
  const isSameFile = target !== null && target.ino === source.ino && target.dev === source.dev;
  // A name that differs only by case would collide on macOS and Windows (and in a synced copy).
  const clash = (await namesIn(dirname(to))).some(
    (existing) => foldName(existing) === foldName(name) && join(dirname(to), existing) !== from,
  );
  if ((target !== null && !isSameFile) || clash) {
    throw new ApiError('E_EXISTS', `Something already exists at ${newPath}`, { path: newPath });
  }
  await mkdir(dirname(to), { recursive: true });
  const fromPath = toWorkspacePath(session.root, from);
  const toPath = toWorkspacePath(session.root, to);
  session.ownWrites.record(fromPath, null);
  if (isSameFile) {
    await renameWithRetry(from, to);
  } else {
    await renameNoReplace(from, to, newPath);
  }
  // The post is renamed either way: its asset folder following is a convenience, not a failure.
  await moveAssetFolder(from, to).catch(() => false);
  session.commit([fromPath, toPath], [{ from: fromPath, to: toPath }]);
  return { path: toPath };
}

// The rules of core/workspace/safe-name.ts and isPostFileName, one by one, to say which failed.
// eslint-disable-next-line no-control-regex
const forbiddenCharacter = /[\u0000-\u001f\u007f<>:"/\\|?*]/;
const reservedStem = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

/**
 * Why a post file name is refused, for E_INVALID_NAME's details: `reason` (with the `character`
 * or the reserved `stem`), so the UI can say it in its language without knowing the rules.
 */
export function nameRefusal(name: string): { reason: string; character?: string; stem?: string } {
  if (name === '') {
    return { reason: 'empty-name' };
  }
  const character = forbiddenCharacter.exec(name)?.[0];
  if (character !== undefined) {
    return { reason: 'bad-character', character };
  }
  if (name.startsWith('.')) {
    return { reason: 'hidden-name' };
  }
  const stem = (name.split('.')[0] ?? '').trimEnd();
  if (reservedStem.test(stem)) {
    return { reason: 'reserved-name', stem };
  }
  if (name !== name.trimStart() || /[. \s]$/u.test(name)) {
    return { reason: 'bad-ends' };
  }
  if (name.normalize('NFC') !== name) {
    return { reason: 'not-nfc' };
  }
  if (!isPostFileName(name)) {
    return { reason: 'not-post-extension' };
  }
  return { reason: utf8Length(name) > 255 ? 'too-long' : 'unsafe-name' };
}

/** Copies a post beside itself under a free name (`name-2.md`); the bytes are copied exactly. */
export async function duplicatePost(
  session: WorkspaceSession,
  { path }: ApiArgs<'duplicatePost'>,
): Promise<{ path: WorkspacePath }> {
  const from = await session.resolvePost(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(from);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      throw new ApiError('E_NOT_FOUND', `The post does not exist: ${path}`, { path });
    }
    throw error;
  }
  const folder = dirname(from);
  const name = await freeNameIn(folder, from.slice(folder.length + 1));
  const absPath = join(folder, name);
  await writeNewFile(absPath, bytes);
  // The copy is made either way: its asset folder following is a convenience, not a failure.
  await copyAssetFolder(from, absPath).catch(() => false);
  const copy = toWorkspacePath(session.root, absPath);
  session.ownWrites.record(copy, sha256(bytes));
  session.commit([copy]);
  return { path: copy };
}

/** `YYYY-MM-DD HH:mm:ss` in local time, the form Jekyll, Hugo and Hexo all read. */
export function formatLocalDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}
