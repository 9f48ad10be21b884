import { isSafeFileName } from '../workspace/safe-name';

/** Folder names export never writes into, wherever they are. */
const forbiddenFolders = new Set(['.git', '.postwright', 'node_modules', '.hg', '.svn']);

/**
 * Whether a folder name is one export never writes into (`.git`, `.postwright`, `node_modules`,
 * `.hg`, `.svn`, in any case): checked on the path as written here, and on where it leads after
 * symbolic links when writing.
 */
export function isForbiddenFolderName(name: string): boolean {
  return forbiddenFolders.has(name.toLowerCase());
}

/**
 * Whether a target-relative path is plain (no `..`, no absolute or drive path, every segment a
 * name valid on every OS, no `.git`) and lies inside one of `roots` ('' allows the whole target).
 */
export function isConfinedTargetPath(path: string, roots: readonly string[]): boolean {
  if (path === '' || path.startsWith('/') || /^[a-zA-Z]:/.test(path) || path.includes('\\')) {
    return false;
  }
  const segments = path.split('/');
  if (
    segments.some(
      (segment) => !isSafeFileName(segment) || segment === '..' || isForbiddenFolderName(segment),
    )
  ) {
    return false;
  }
  return roots.some((root) => root === '' || path.startsWith(`${root}/`));
}

/**
 * Why an untrusted `slug` cannot be used as one path segment, or null when it can.
 *
 * Anything with a separator, `..`, a drive, control characters or a Windows device name is
 * refused; the caller then derives a slug from the value's words instead.
 */
export function unsafeSlugReason(value: string): string | null {
  if (/[\\/]/.test(value)) {
    return 'contains a path separator';
  }
  if (value.includes('..')) {
    return 'contains ..';
  }
  if (value.startsWith('.')) {
    return 'starts with a dot (a hidden file)';
  }
  if (!isSafeFileName(value)) {
    return 'not a valid file name on every system';
  }
  return null;
}

/** A permalink without `..` segments, backslashes or a drive letter; `changed` when it had any. */
export function sanitizePermalink(value: string): { value: string; changed: boolean } {
  const cleaned = value
    .replace(/\\/g, '/')
    .replace(/^[a-zA-Z]:/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]/g, '')
    .split('/')
    .filter((segment) => segment !== '..' && segment !== '.')
    .join('/')
    // `//server/share` would be a link to another host.
    .replace(/\/{2,}/g, '/');
  return { value: cleaned, changed: cleaned !== value };
}
