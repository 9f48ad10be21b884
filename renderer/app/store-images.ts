import type { PostwrightApi, WorkspacePath } from '../../core/api';

/** Reads a file as base64 (the contract carries bytes as base64 text). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** A pasted image often has no name (or "image.png" every time): name it after the moment instead. */
function fileNameOf(file: File): string {
  if (file.name !== '' && file.name !== 'image.png') {
    return file.name;
  }
  const extension = file.type.split('/')[1]?.replace('jpeg', 'jpg').replace(/\+.*$/, '') ?? 'png';
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `image-${stamp}.${extension}`;
}

/** Stores pasted or dropped images beside the post; returns the Markdown that shows them. */
export async function storeImages(
  api: PostwrightApi,
  postPath: WorkspacePath | null,
  files: File[],
): Promise<string | null> {
  if (postPath === null || files.length === 0) {
    return null;
  }
  const links: string[] = [];
  for (const file of files) {
    const fileName = fileNameOf(file);
    const data = await readBase64(file);
    const { link } = await api.savePostAsset({ postPath, fileName, data });
    const alt = fileName.replace(/\.[^.]+$/, '').replace(/[[\]]/g, '');
    links.push(link.startsWith('![') ? link : `![${alt}](${link})`);
  }
  return links.join('\n');
}
