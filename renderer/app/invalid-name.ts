/**
 * Why a file name was refused, worked out from the name an `E_INVALID_NAME` error carries, with
 * the rules the backend applies (core/workspace/safe-name.ts and the post-file check): so the
 * message can name the character or the reserved word instead of repeating the name.
 */
export type NameProblem =
  | { kind: 'empty' }
  | { kind: 'character'; character: string }
  | { kind: 'hidden' }
  | { kind: 'reserved'; stem: string }
  | { kind: 'ends' }
  | { kind: 'normalization' }
  | { kind: 'extension' }
  | { kind: 'tooLong'; bytes: number };

// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u001f\u007f<>:"/\\|?*]/;
const reservedStem = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;
const maxBytes = 255;

/** The first reason a post file name is refused, or null when none of the rules explains it. */
export function nameProblem(name: string): NameProblem | null {
  if (name === '') {
    return { kind: 'empty' };
  }
  const character = forbidden.exec(name)?.[0];
  if (character !== undefined) {
    return { kind: 'character', character: shown(character) };
  }
  if (name.startsWith('.')) {
    return { kind: 'hidden' };
  }
  const stem = (name.split('.')[0] ?? '').trimEnd();
  if (reservedStem.test(stem)) {
    return { kind: 'reserved', stem };
  }
  if (name !== name.trimStart() || /[. \s]$/u.test(name)) {
    return { kind: 'ends' };
  }
  if (name.normalize('NFC') !== name) {
    return { kind: 'normalization' };
  }
  if (!/\.(md|markdown)$/i.test(name)) {
    return { kind: 'extension' };
  }
  const bytes = new TextEncoder().encode(name).length;
  return bytes > maxBytes ? { kind: 'tooLong', bytes } : null;
}

/** A control character as `U+0001` (it would be invisible in a message). */
function shown(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f
    ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : character;
}
