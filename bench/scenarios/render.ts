import MarkdownIt from 'markdown-it';
import { registerKatex } from '../../core/markdown/katex-math';
import { createMarkdownRenderer } from '../../core/markdown/markdown-renderer';
import { generateSizedPost, type PostSize } from '../fixtures/workspaces';
import type { BenchContext } from '../lib/context';
import { measure, type Measurement, type ScenarioResult } from '../lib/report';

/** Samples per size: [quick, full]. 10 MB takes seconds per render, so it gets few. */
const samples: Record<PostSize, [number, number]> = {
  '15kb-zh': [30, 200],
  '200kb': [10, 50],
  '1mb': [5, 20],
  '10mb': [0, 3],
};

/** One character typed in the middle of the post (inside a paragraph, like a writer does). */
function editInMiddle(text: string, i: number): string {
  const middle = text.indexOf('。', Math.floor(text.length / 2));
  const at = middle < 0 ? Math.floor(text.length / 2) : middle;
  return `${text.slice(0, at)}${i % 2 === 0 ? '字' : 'a'}${text.slice(at)}`;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * core/markdown in Node: a full render of each size (a fresh renderer, nothing cached), and the
 * re-render after a one-character edit (the same renderer, so its per-block cache works).
 * Floor: markdown-it's commonmark preset without plugins, on the same text.
 */
export async function runScenario(ctx: BenchContext): Promise<ScenarioResult> {
  // The app's renderers have KaTeX once its chunk has loaded: render as they do then.
  registerKatex();
  const measurements: Measurement[] = [];
  const notes: string[] = [];
  for (const [size, [quickN, fullN]] of Object.entries(samples) as [PostSize, [number, number]][]) {
    const n = ctx.quick ? quickN : fullN;
    if (n === 0) {
      notes.push(`${size}: skipped in the quick bench`);
      continue;
    }
    const text = generateSizedPost(size);
    const floorParser = new MarkdownIt('commonmark');
    floorParser.render(text);
    const floor: number[] = [];
    const full: number[] = [];
    const incremental: number[] = [];
    ctx.log(`  ${size}: ${n} samples`);
    for (let i = 0; i < n; i++) {
      floor.push(time(() => floorParser.render(text)));
      full.push(time(() => createMarkdownRenderer().render(text)));
    }
    const renderer = createMarkdownRenderer();
    renderer.render(text);
    let current = text;
    for (let i = 0; i < n; i++) {
      current = editInMiddle(current, i);
      const next = current;
      incremental.push(time(() => renderer.render(next)));
    }
    measurements.push(
      measure(`${size} floor: markdown-it commonmark, no plugins`, floor),
      measure(`${size} full render (fresh renderer)`, full),
      measure(`${size} re-render after a one-char edit`, incremental),
    );
    await Promise.resolve();
  }
  return { scenario: 'render', measurements, checks: [], notes };
}
