/** One replacement that turns a text into another: `to` is an offset in the old text. */
export interface TextReplacement {
  from: number;
  to: number;
  insert: string;
}

/**
 * The smallest single replacement between two texts: everything but their common prefix and suffix.
 *
 * Returns null for equal texts. The boundaries never split a UTF-16 surrogate pair, so an emoji or a
 * CJK Extension B character is replaced whole.
 */
export function minimalReplacement(oldText: string, newText: string): TextReplacement | null {
  if (oldText === newText) {
    return null;
  }
  const shorter = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) {
    prefix++;
  }
  if (prefix > 0 && isHighSurrogate(oldText.charCodeAt(prefix - 1))) {
    prefix--;
  }
  let suffix = 0;
  const maxSuffix = shorter - prefix;
  while (
    suffix < maxSuffix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) ===
      newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) {
    suffix--;
  }
  return {
    from: prefix,
    to: oldText.length - suffix,
    insert: newText.slice(prefix, newText.length - suffix),
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
