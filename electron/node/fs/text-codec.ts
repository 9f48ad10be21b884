import { createHash } from 'node:crypto';
import { analyse } from 'chardet';
import type { LineEnding, PostVersion } from '../../../core/api';
import { ApiError } from '../../../core/api';
import { scanUtf8, type Utf8Scan } from './utf8-scan';

const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** A file's text and the byte-level facts needed to write it back exactly. */
export interface DecodedText {
  /** The text without the BOM (the BOM is re-added on save, see `encodeText`). */
  text: string;
  hasBom: boolean;
  lineEnding: LineEnding;
}

/** The version of a file's bytes as the contract reports it. */
export function versionOf(bytes: Uint8Array, mtimeMs: number): PostVersion {
  return { mtimeMs, size: bytes.byteLength, hash: sha256(bytes) };
}

/** sha256 of bytes, hex. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Decodes strict UTF-8 (with or without BOM); anything else is refused with E_ENCODING and the
 * encoding it looks like in `details.encoding`, so it is never turned into U+FFFD and written back.
 */
export function decodeText(bytes: Uint8Array, path: string): DecodedText {
  const hasBom = startsWith(bytes, utf8Bom);
  // ASCII saved as UTF-16 without a BOM is valid UTF-8 (every other byte NUL): decoding it would
  // open a text of NULs that any edit turns into a mix of two encodings.
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) {
    throw notUtf8(path, utf16);
  }
  let text: string;
  try {
    // ignoreBOM keeps a second U+FEFF after the first one as text; the first is skipped by hand.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      hasBom ? bytes.subarray(utf8Bom.length) : bytes,
    );
  } catch {
    const scan = scanUtf8(bytes);
    const damaged = scan.firstInvalid !== null && looksLikeDamagedUtf8(scan);
    throw notUtf8(path, damaged ? 'UTF-8' : detectEncoding(bytes), scan.firstInvalid);
  }
  return { text, hasBom, lineEnding: lineEndingOf(text) };
}

/**
 * UTF-8 text with a few bad bytes (a cut-off character, one pasted Latin-1 letter): its good text
 * far outweighs the damage. GBK or Latin-1 text rarely forms well-formed UTF-8 sequences at all.
 */
function looksLikeDamagedUtf8(scan: Utf8Scan): boolean {
  return scan.validMultibyte > 0 && scan.validMultibyte >= scan.invalidBytes * 4;
}

function notUtf8(path: string, encoding: string, at: Utf8Scan['firstInvalid'] = null): ApiError {
  const where = at === null ? {} : { line: at.line, offset: at.offset };
  if (encoding === 'UTF-8') {
    return new ApiError(
      'E_ENCODING',
      `${path} is UTF-8 with damaged bytes (the first on line ${at?.line ?? '?'}); fix them in another editor, converting would not help.`,
      { path, encoding, damaged: true, ...where },
    );
  }
  // Terminal users read this message as it is (the UI says it from its catalogs): say what to do.
  const said =
    encoding === 'binary'
      ? `${path} is not UTF-8 text (it looks like a binary file).`
      : `${path} is not UTF-8 text (it looks like ${encoding}); open it in Postwright and convert it to UTF-8 (a copy of the original bytes is kept).`;
  return new ApiError('E_ENCODING', said, {
    path,
    encoding,
    ...where,
  });
}

/** The bytes to write for a text: UTF-8, with the BOM when the file had one. */
export function encodeText(text: string, hasBom: boolean): Buffer {
  const body = Buffer.from(text, 'utf8');
  return hasBom ? Buffer.concat([utf8Bom, body]) : body;
}

/** Whether bytes start with the UTF-8 byte-order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, utf8Bom);
}

/** Names the encoding of bytes that are not UTF-8 (a BOM decides; otherwise chardet guesses). */
export function detectEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return 'UTF-16LE';
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return 'UTF-16BE';
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) {
    return utf16;
  }
  // No text encoding has NUL bytes or runs of C0 controls in it; chardet would still name a code page.
  if (looksBinary(bytes)) {
    return 'binary';
  }
  // chardet says GB18030 for GBK and GB2312 too; GB18030 is their superset, so decoding with it is right.
  const [best] = analyse(bytes);
  // On a short Chinese text chardet's statistics pick some code page with little confidence
  // (a German Latin-1 text also decodes as GB18030, but chardet is sure about that one).
  if (best?.name !== 'GB18030' && (best?.confidence ?? 0) < 50 && looksLikeGb18030(bytes)) {
    return 'GB18030';
  }
  return best?.name ?? 'unknown';
}

/** How many leading bytes the encoding sniffers look at. */
const sniffBytes = 8192;

/**
 * UTF-16LE/BE without a BOM, recognised by NUL bytes in the high half of most code units (text
 * with Latin letters, digits, spaces or newlines); null when it does not look like that.
 */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const length = Math.min(bytes.byteLength, sniffBytes) & ~1;
  // A few bytes prove nothing: `a<NUL>b<LF>` is a fine UTF-8 post.
  if (length < 16) {
    return null;
  }
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < length; index += 2) {
    evenNuls += bytes[index] === 0 ? 1 : 0;
    oddNuls += bytes[index + 1] === 0 ? 1 : 0;
  }
  const units = length / 2;
  // One side mostly NUL and the other almost never: a UTF-8 post with a stray NUL never looks so.
  if (oddNuls >= units * 0.5 && evenNuls <= units * 0.02) {
    return 'UTF-16LE';
  }
  if (evenNuls >= units * 0.5 && oddNuls <= units * 0.02) {
    return 'UTF-16BE';
  }
  return null;
}

/** Whether bytes that are not UTF-8 look like a binary file rather than text in some encoding. */
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.byteLength, sniffBytes);
  let controls = 0;
  for (let index = 0; index < length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte === 0) {
      return true;
    }
    // C0 controls other than tab, LF, CR, form feed and escape.
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x0c &&
      byte !== 0x1b
    ) {
      controls += 1;
    }
  }
  return controls > length * 0.1;
}

/** Whether bytes decode as GB18030 into mostly Chinese characters (what a GBK-saved post does). */
function looksLikeGb18030(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const nonAscii = text.match(/[\u0080-\u{10ffff}]/gu)?.length ?? 0;
  const han = text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/gu)?.length ?? 0;
  return nonAscii > 0 && han / nonAscii >= 0.8;
}

/** Decodes bytes from a named encoding (the explicit convert action); unknown names are refused. */
export function decodeFrom(bytes: Uint8Array, encoding: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new ApiError('E_INVALID_ARGUMENT', `Unknown encoding: ${encoding}`, { encoding });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ApiError('E_ENCODING', `The file is not valid ${encoding}.`, { encoding });
  }
}

/** Which line endings a text uses (a lone `\r` is not counted: it is not a line ending anyone writes now). */
export function lineEndingOf(text: string): LineEnding {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const newlines = text.match(/\n/g)?.length ?? 0;
  if (newlines === 0) {
    return 'none';
  }
  if (crlf === 0) {
    return 'lf';
  }
  return crlf === newlines ? 'crlf' : 'mixed';
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return (
    bytes.byteLength >= prefix.byteLength && prefix.every((byte, index) => bytes[index] === byte)
  );
}
