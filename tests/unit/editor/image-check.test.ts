import { describe, expect, it } from 'vitest';
import {
  bytesAreImage,
  checkImageFile,
  claimedImageKind,
} from '../../../renderer/editor/image-check';
import { refusalMessage } from '../../../renderer/editor/file-insertion';
import en from '../../../renderer/i18n/locales/en/editor.json';

const png = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
);
const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const avif = Uint8Array.from([
  0,
  0,
  0,
  0x1c,
  ...text('ftypavif'),
  0,
  0,
  0,
  0,
  ...text('avifmif1miaf'),
]);
const heic = Uint8Array.from([0, 0, 0, 0x18, ...text('ftypheic'), 0, 0, 0, 0, ...text('mif1heic')]);

describe('image files', () => {
  it('knows an image by its type, or by its name when the type is missing', () => {
    expect(claimedImageKind('a.bin', 'image/png')).toBe('png');
    expect(claimedImageKind('照片.JPG', '')).toBe('jpeg');
    expect(claimedImageKind('logo.svg', '')).toBe('svg');
    expect(claimedImageKind('doc.pdf', 'application/pdf')).toBeNull();
    expect(claimedImageKind('notes.txt', '')).toBeNull();
    expect(claimedImageKind('fake.png', 'application/pdf')).toBeNull();
    expect(claimedImageKind('scan.tiff', 'image/tiff')).toBeNull();
  });

  it('checks the magic numbers of each format', () => {
    expect(bytesAreImage(png, 'png')).toBe(true);
    expect(bytesAreImage(text('%PDF-1.4\n'), 'png')).toBe(false);
    expect(bytesAreImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]), 'jpeg')).toBe(true);
    expect(bytesAreImage(png, 'jpeg')).toBe(false);
    expect(bytesAreImage(text('GIF89a....'), 'gif')).toBe(true);
    expect(bytesAreImage(text('GIF90a....'), 'gif')).toBe(false);
    expect(bytesAreImage(text('RIFF\0\0\0\0WEBPVP8 '), 'webp')).toBe(true);
    expect(bytesAreImage(text('RIFF\0\0\0\0WAVEfmt '), 'webp')).toBe(false);
    expect(bytesAreImage(avif, 'avif')).toBe(true);
    expect(bytesAreImage(heic, 'avif')).toBe(false);
    expect(bytesAreImage(text('\uFEFF<?xml version="1.0"?>\n<svg xmlns="x"/>'), 'svg')).toBe(true);
    expect(bytesAreImage(text('<!-- logo -->\n<svg>'), 'svg')).toBe(true);
    expect(bytesAreImage(text('<html><body>svg</body></html>'), 'svg')).toBe(false);
    expect(bytesAreImage(text('not markup <svg>'), 'svg')).toBe(false);
  });

  it('refuses a file that is not an image, or whose bytes are not of its type', async () => {
    await expect(checkImageFile(new File([png], 'ok.png', { type: 'image/png' }))).resolves.toEqual(
      { ok: true },
    );
    await expect(
      checkImageFile(new File(['%PDF-1.4'], 'doc.pdf', { type: 'application/pdf' })),
    ).resolves.toEqual({ ok: false, reason: 'not-image' });
    await expect(
      checkImageFile(new File(['hello'], 'notes.txt', { type: 'text/plain' })),
    ).resolves.toEqual({ ok: false, reason: 'not-image' });
    await expect(
      checkImageFile(new File(['%PDF-1.4'], 'fake.png', { type: 'image/png' })),
    ).resolves.toEqual({ ok: false, reason: 'not-its-type' });
  });

  it('says which files were refused and why, in one notice', () => {
    const t = (key: string, values?: Record<string, string>): string => {
      const template = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en) as string;
      return template.replace('{{names}}', values?.['names'] ?? '');
    };
    const files = [new File([], 'doc.pdf'), new File([], 'ok.png'), new File([], 'fake.png')];
    const message = refusalMessage(
      files,
      [{ ok: false, reason: 'not-image' }, { ok: true }, { ok: false, reason: 'not-its-type' }],
      t,
    );
    expect(message).toContain('Not added: doc.pdf. Only images');
    expect(message).toContain('Not added: fake.png. The file’s contents');
    expect(message).not.toContain('ok.png');
    expect(refusalMessage([files[1] as File], [{ ok: true }], t)).toBeNull();
  });
});
