/** The image formats a post may embed, by what their bytes say. */
export type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'svg' | 'avif';

/** Why a pasted or dropped file is not stored: not an image at all, or bytes not of its type. */
export type FileVerdict = { ok: true } | { ok: false; reason: 'not-image' | 'not-its-type' };

const byExtension: Record<string, ImageKind> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jfif: 'jpeg',
  gif: 'gif',
  webp: 'webp',
  svg: 'svg',
  avif: 'avif',
};

const byMime: Record<string, ImageKind> = {
  'image/png': 'png',
  'image/apng': 'png',
  'image/jpeg': 'jpeg',
  'image/pjpeg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
};

/**
 * The image format a file claims to be, by its MIME type or else its name (dropped files often
 * have no type); null for anything else, including image types the preview cannot show.
 */
export function claimedImageKind(name: string, type: string): ImageKind | null {
  const fromType = byMime[type.toLowerCase()];
  if (fromType !== undefined) {
    return fromType;
  }
  if (type !== '' && !type.startsWith('image/')) {
    // A name ending in .png does not make a PDF an image.
    return null;
  }
  const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return byExtension[extension] ?? null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, index) => bytes[at + index] === byte);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  // An SVG starts with markup (an XML declaration, comment, doctype or <svg>) and has an <svg root.
  return /^\s*</.test(text) && /<svg[\s>]/i.test(text);
}

/** Whether `head` (the first bytes of a file, 1 KiB is plenty) is an image of `kind`. */
export function bytesAreImage(head: Uint8Array, kind: ImageKind): boolean {
  switch (kind) {
    case 'png':
      return startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'jpeg':
      return startsWith(head, [0xff, 0xd8, 0xff]);
    case 'gif':
      return ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a';
    case 'webp':
      return ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP';
    case 'avif': {
      if (ascii(head, 4, 8) !== 'ftyp') {
        return false;
      }
      // The major brand, or one of the compatible brands listed in the ftyp box.
      const boxSize = Math.min(head.length, (head[2] ?? 0) * 256 + (head[3] ?? 0));
      for (let at = 8; at + 4 <= boxSize; at += 4) {
        const brand = ascii(head, at, at + 4);
        if (brand === 'avif' || brand === 'avis') {
          return true;
        }
      }
      return false;
    }
    case 'svg':
      return looksLikeSvg(head);
  }
}

/** How many leading bytes {@link bytesAreImage} needs (an SVG may open with a long comment). */
export const imageHeadBytes = 4096;

/** Whether a pasted or dropped file may be stored as an image, reading only its first bytes. */
export async function checkImageFile(file: File): Promise<FileVerdict> {
  const kind = claimedImageKind(file.name, file.type);
  if (kind === null) {
    return { ok: false, reason: 'not-image' };
  }
  const head = new Uint8Array(await file.slice(0, imageHeadBytes).arrayBuffer());
  return bytesAreImage(head, kind) ? { ok: true } : { ok: false, reason: 'not-its-type' };
}
