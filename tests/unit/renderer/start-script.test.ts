// What every start of the app parses: the page's entry script and the chunks it imports
// statically, and the preview worker's. KaTeX, pinyin-pro, zod and esprima were ~40% of it
// before they were made lazy or left out (docs/renderer.md); a static import of one of them
// anywhere would silently bring them back. Reads the build (`npm test` builds first).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const assets = new URL('../../../dist/renderer/assets/', import.meta.url);
const indexHtml = new URL('../../../dist/renderer/index.html', import.meta.url);

/** The chunks `entry` imports statically, itself included (never `import()`). */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) {
      return;
    }
    seen.add(name);
    const code = readFileSync(new URL(name, assets), 'utf8');
    for (const match of code.matchAll(
      /\bimport\s*(?:[^"'()]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      visit(match[1] as string);
    }
  };
  visit(entry);
  return [...seen];
}

/** The npm packages a chunk's source map names. */
function packagesOf(chunk: string): Set<string> {
  const map = JSON.parse(readFileSync(new URL(`${chunk}.map`, assets), 'utf8')) as {
    sources: string[];
  };
  const packages = new Set<string>();
  for (const source of map.sources) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
    if (match !== null) {
      packages.add(match[1] as string);
    }
  }
  return packages;
}

function packagesOfGraph(entry: string): Set<string> {
  return new Set(staticGraph(entry).flatMap((chunk) => [...packagesOf(chunk)]));
}

describe.skipIf(!existsSync(indexHtml))('the script every start parses', () => {
  const html = existsSync(indexHtml) ? readFileSync(indexHtml, 'utf8') : '';
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+)"/.exec(html)?.[1] ?? '';

  it('carries neither KaTeX nor pinyin-pro, zod or esprima on the page', () => {
    const packages = packagesOfGraph(entry);
    // The check finds packages at all: these are what the first paint needs.
    expect(packages).toContain('react-dom');
    expect(packages).toContain('markdown-it');
    for (const lazy of ['katex', 'pinyin-pro', 'zod', 'esprima']) {
      expect(packages, lazy).not.toContain(lazy);
    }
  });

  it("carries neither KaTeX nor zod or esprima in the preview worker's script", () => {
    const page = staticGraph(entry)
      .map((chunk) => readFileSync(new URL(chunk, assets), 'utf8'))
      .join('\n');
    const worker = /preview-worker-[\w-]+\.js/.exec(page)?.[0];
    expect(worker).toBeDefined();
    const packages = packagesOfGraph(worker as string);
    expect(packages).toContain('markdown-it');
    for (const lazy of ['katex', 'zod', 'esprima']) {
      expect(packages, lazy).not.toContain(lazy);
    }
  });
});
