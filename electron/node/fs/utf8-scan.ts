/** What a strict UTF-8 reading of some bytes finds. */
export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes (the non-ASCII text that did decode). */
  validMultibyte: number;
  /** Bytes that are not part of a well-formed sequence. */
  invalidBytes: number;
  /** Byte offset and 1-based line of the first invalid byte; null when there is none. */
  firstInvalid: { offset: number; line: number } | null;
}

/**
 * Scans bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
 *
 * Used only when strict decoding failed, to tell a UTF-8 post with a few damaged bytes (convert
 * would mangle its good text) from one saved in another encoding.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let validMultibyte = 0;
  let invalidBytes = 0;
  let firstInvalid: Utf8Scan['firstInvalid'] = null;
  let line = 1;
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      line += lead === 0x0a ? 1 : 0;
      index += 1;
      continue;
    }
    const length = sequenceLength(bytes, index);
    if (length > 0) {
      validMultibyte += 1;
      index += length;
      continue;
    }
    invalidBytes += 1;
    firstInvalid ??= { offset: index, line };
    index += 1;
  }
  return { validMultibyte, invalidBytes, firstInvalid };
}

/** Length of the well-formed sequence starting at `index`, or 0 when it is not one. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  const at = (offset: number) => bytes[index + offset] ?? 0;
  const continuation = (offset: number) => at(offset) >= 0x80 && at(offset) <= 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    return continuation(1) ? 2 : 0;
  }
  if (lead >= 0xe0 && lead <= 0xef) {
    // E0 needs A0..BF next (no overlongs), ED needs 80..9F (no surrogates).
    const second = at(1);
    const secondOk =
      lead === 0xe0
        ? second >= 0xa0 && second <= 0xbf
        : lead === 0xed
          ? second >= 0x80 && second <= 0x9f
          : continuation(1);
    return secondOk && continuation(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const second = at(1);
    const secondOk =
      lead === 0xf0
        ? second >= 0x90 && second <= 0xbf
        : lead === 0xf4
          ? second >= 0x80 && second <= 0x8f
          : continuation(1);
    return secondOk && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}
