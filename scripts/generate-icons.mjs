// Renders assets/icons/icon.svg with headless Chromium into the PNG sizes every platform needs,
// and packs them into Windows' .ico and macOS' .icns (both formats hold PNGs as they are).
// Run: node scripts/generate-icons.mjs  (needs /usr/bin/chromium or CHROMIUM_PATH)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const dir = new URL('../assets/icons/', import.meta.url);
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const svg = await readFile(new URL('icon.svg', dir), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const png = new Map();
try {
  const page = await browser.newPage();
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
    );
    png.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
  }
} finally {
  await browser.close();
}

await mkdir(new URL('png/', dir), { recursive: true });
for (const size of sizes) {
  await writeFile(new URL(`png/${size}x${size}.png`, dir), png.get(size));
}
await writeFile(new URL('icon.png', dir), png.get(1024));
await writeFile(
  new URL('icon.ico', dir),
  ico([16, 24, 32, 48, 64, 128, 256].map((s) => [s, png.get(s)])),
);
await writeFile(
  new URL('icon.icns', dir),
  icns([
    ['icp4', png.get(16)],
    ['icp5', png.get(32)],
    ['icp6', png.get(64)],
    ['ic07', png.get(128)],
    ['ic08', png.get(256)],
    ['ic09', png.get(512)],
    ['ic10', png.get(1024)],
    ['ic11', png.get(32)],
    ['ic12', png.get(64)],
    ['ic13', png.get(256)],
    ['ic14', png.get(512)],
  ]),
);

/** ICO: a directory of PNG images (Windows Vista and later read PNG entries). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(([size, data], i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map(([, data]) => data)]);
}

/** ICNS: typed chunks, big-endian lengths that include their 8-byte headers. */
function icns(entries) {
  const chunks = entries.map(([type, data]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}
