/**
 * File names that are valid on Windows, macOS and Linux alike.
 *
 * Postwright creates names from titles and pasted image names; a workspace is often synced between
 * systems (git, Dropbox), so a name must be safe on the strictest of them: no Windows reserved
 * characters or device names, no trailing dot or space, NFC (macOS would otherwise show two
 * "same" names), at most 255 bytes of UTF-8 (ext4's limit; about 80 Chinese characters).
 */

const maxBytes = 255;
// Control characters and the characters Windows forbids in a name.
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
// Device names Windows reserves whatever the extension (`con.md`, `COM1.tar.gz`).
const reservedStem = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;
const fallbackName = 'untitled';

/** Turns any text into a file name that is safe on every platform (never empty). */
export function safeFileName(name: string): string {
  let result = name.normalize('NFC').replace(forbidden, '-');
  result = trimEnds(result);
  if (result === '' || result === '.' || result === '..') {
    result = fallbackName;
  }
  if (reservedStem.test(stemBeforeFirstDot(result).trimEnd())) {
    result = `_${result}`;
  }
  return truncateName(result, maxBytes);
}

/** Whether a name can be used as it is (safeFileName would not change it). */
export function isSafeFileName(name: string): boolean {
  return name !== '' && safeFileName(name) === name;
}

/**
 * Returns `candidate`, or `stem-2.ext`, `stem-3.ext`... so that it differs from every existing
 * name even on case-insensitive file systems (macOS, Windows).
 */
export function uniqueName(candidate: string, existingNames: Iterable<string>): string {
  const taken = new Set<string>();
  for (const existing of existingNames) {
    taken.add(foldName(existing));
  }
  if (!taken.has(foldName(candidate))) {
    return candidate;
  }
  const { stem, extension } = splitExtension(candidate);
  for (let counter = 2; ; counter += 1) {
    const suffix = `-${counter}${extension}`;
    const next = truncateBytes(stem, maxBytes - utf8Length(suffix)) + suffix;
    if (!taken.has(foldName(next))) {
      return next;
    }
  }
}

/** The length of a string in UTF-8 bytes. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** How file systems that ignore case and normalization compare two names. */
export function foldName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Splits `a.b.md` into `a.b` and `.md` (a leading dot is part of the stem). */
export function splitExtension(name: string): { stem: string; extension: string } {
  const dot = name.lastIndexOf('.');
  return dot <= 0
    ? { stem: name, extension: '' }
    : { stem: name.slice(0, dot), extension: name.slice(dot) };
}

function stemBeforeFirstDot(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(0, dot);
}

function trimEnds(name: string): string {
  return name.trimStart().replace(/[. \s]+$/u, '');
}

/** Shortens a name to `limit` bytes, keeping a short extension and cutting on code points. */
function truncateName(name: string, limit: number): string {
  if (utf8Length(name) <= limit) {
    return name;
  }
  const { stem, extension } = splitExtension(name);
  const keepExtension = extension.length > 0 && utf8Length(extension) <= 32;
  const base = keepExtension ? stem : name;
  const tail = keepExtension ? extension : '';
  const cut = trimEnds(truncateBytes(base, limit - utf8Length(tail)));
  return (cut === '' ? fallbackName : cut) + tail;
}

function truncateBytes(text: string, limit: number): string {
  let bytes = 0;
  let result = '';
  for (const char of text) {
    const size = utf8Length(char);
    if (bytes + size > limit) {
      break;
    }
    bytes += size;
    result += char;
  }
  return result;
}
