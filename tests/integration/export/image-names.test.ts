import { mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { exists, type ExportFixture, exportFixtures, makeExportFixture } from './export-fixture';

let fixture: ExportFixture;

afterEach(async () => {
  await fixture.cleanup();
});

async function jekyll(post: string, images: Record<string, string>): Promise<string> {
  fixture = await makeExportFixture(join(exportFixtures, 'repos', 'jekyll'));
  await mkdir(join(fixture.workspace, 'img'), { recursive: true });
  await writeFile(join(fixture.workspace, 'names.md'), post);
  for (const [name, content] of Object.entries(images)) {
    await writeFile(join(fixture.workspace, 'img', name), content);
  }
  return (await fixture.backend.addExportTarget({ path: fixture.repo, preset: 'jekyll' })).id;
}

/** The file a site-root link leads to, read as a browser reads it (each name percent-decoded). */
function fileOfLink(link: string): string {
  return link.replace(/^\//, '').split('/').map(decodeURIComponent).join('/');
}

test('image names with % and # are found as a browser decodes the link, and written so the link leads back to them', async () => {
  const targetId = await jekyll(
    '---\ntitle: Names\ndate: 2024-01-03\n---\n\n![g](img/g%2520h.png)\n\n![e](img/e%23f.png)\n\n<img src="img/q%3Fr.png">\n',
    { 'g%20h.png': 'G', 'e#f.png': 'E', 'q?r.png': 'Q' },
  );
  const plan = await fixture.backend.planExport({ targetId, paths: ['names.md'] });
  expect(plan.warnings).toEqual([]);
  expect(plan.assets.map((asset) => [asset.sourcePath, asset.targetPath])).toEqual([
    ['img/g%20h.png', 'assets/images/names/g%20h.png'],
    ['img/e#f.png', 'assets/images/names/e#f.png'],
    ['img/q?r.png', 'assets/images/names/q-r.png'],
  ]);
  await fixture.backend.applyExport({ planId: plan.id });
  const written = await readFile(join(fixture.repo, '_posts/2024-01-03-names.md'), 'utf8');
  const links = [...written.matchAll(/\]\(([^)]+)\)|src="([^"]+)"/g)].map(
    (match) => match[1] ?? match[2] ?? '',
  );
  expect(links).toEqual([
    '/assets/images/names/g%2520h.png',
    '/assets/images/names/e%23f.png',
    '/assets/images/names/q-r.png',
  ]);
  const contents = await Promise.all(
    links.map((link) => readFile(join(fixture.repo, fileOfLink(link)), 'utf8')),
  );
  expect(contents).toEqual(['G', 'E', 'Q']);
});

test('a link whose % starts no escape names the file as written; %2F inside a name is refused', async () => {
  const targetId = await jekyll(
    '---\ntitle: Names\ndate: 2024-01-03\n---\n\n![p](img/100%.png)\n\n![s](img/a%2Fb.png)\n',
    { '100%.png': 'P' },
  );
  const plan = await fixture.backend.planExport({ targetId, paths: ['names.md'] });
  expect(plan.assets.map((asset) => asset.targetPath)).toEqual(['assets/images/names/100%.png']);
  expect(plan.warnings.map((warning) => [warning.code, warning.details?.value])).toEqual([
    ['unsafe-path', 'img/a%2Fb.png'],
  ]);
  expect(plan.files[0]?.content).toContain('![p](/assets/images/names/100%25.png)');
});

test('an image over the size limit is said to be too large (size and limit), not missing, and is not copied', async () => {
  const targetId = await jekyll('---\ntitle: Big\ndate: 2024-01-03\n---\n\n![big](img/big.png)\n', {
    'big.png': '',
  });
  // A sparse file: 250 MB on paper, nothing on disk.
  await truncate(join(fixture.workspace, 'img', 'big.png'), 250 * 1024 * 1024);
  const plan = await fixture.backend.planExport({ targetId, paths: ['names.md'] });
  expect(plan.assets).toEqual([]);
  expect(plan.warnings).toEqual([
    {
      code: 'image-too-large',
      postPath: 'names.md',
      message:
        'The image img/big.png is 250 MB, more than the 200 MB export copies. It is not copied, and its link is left as written.',
      details: { image: 'img/big.png', size: '250 MB', limit: '200 MB', line: 6 },
    },
  ]);
  await fixture.backend.applyExport({ planId: plan.id });
  expect(await exists(join(fixture.repo, 'assets/images/names'))).toBe(false);
});

test('an image over the size limit already in the blog where an image goes can be replaced (no false conflict)', async () => {
  const targetId = await jekyll('---\ntitle: Big\ndate: 2024-01-03\n---\n\n![s](img/small.png)\n', {
    'small.png': 'S',
  });
  const inBlog = join(fixture.repo, 'assets/images/names/small.png');
  await mkdir(join(inBlog, '..'), { recursive: true });
  await writeFile(inBlog, '');
  await truncate(inBlog, 250 * 1024 * 1024);
  const plan = await fixture.backend.planExport({ targetId, paths: ['names.md'] });
  expect(plan.assets.map((asset) => [asset.kind, asset.isForeign])).toEqual([['update', true]]);
  const result = await fixture.backend.applyExport({
    planId: plan.id,
    replace: ['assets/images/names/small.png'],
  });
  expect(result.copied).toEqual(['assets/images/names/small.png']);
  expect(await readFile(inBlog, 'utf8')).toBe('S');
});
