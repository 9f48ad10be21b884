import { expect, test } from 'vitest';
import { planScenario } from './plan-harness';

// Hugo's Markdown renderer (Goldmark) drops raw HTML unless markup.goldmark.renderer.unsafe is
// true, and it is false by default: `<img width=…>`, `<details>`, `<br>`, `<font>` become
// "<!-- raw HTML omitted -->" on the blog, silently. The plan must say so before publishing.

const post = [
  '---',
  'title: HTML',
  'date: 2024-01-02',
  '---',
  '',
  'Intro <!--more-->',
  '',
  '<details>',
  '<summary>点我展开</summary>',
  '',
  '隐藏的内容',
  '',
  '</details>',
  '',
  'An image: <img src="a.png" width="300">, a link <https://example.com>, mail <me@example.com>.',
  '',
  'Math: $a<b$ and x < y, a shortcode {{<figure src="a.png">}}.',
  '',
  '```html',
  '<div>code is fine</div>',
  '```',
  '',
  'Inline `<span>` is code too.',
  '',
].join('\n');

function rawHtml(repo: Record<string, string>) {
  const plan = planScenario({
    repo: { ...repo, 'content/posts/a.md': '---\ntitle: A\n---\n' },
    posts: { 'html.md': post },
    images: { 'a.png': 'PNG' },
  });
  return plan.warnings.filter((warning) => warning.code === 'raw-html-omitted');
}

test('Hugo with its default Markdown settings: raw HTML is a warning naming the lines', () => {
  const warnings = rawHtml({ 'hugo.toml': 'baseURL = "https://e.org/"\n' });
  expect(warnings).toHaveLength(1);
  expect(warnings[0]?.details).toEqual({ line: 8, count: 5, lines: '8, 9, 13, 15' });
  expect(warnings[0]?.message).toContain('markup.goldmark.renderer.unsafe');
});

test('no warning when the site allows raw HTML (hugo.toml or config/_default/markup.toml)', () => {
  expect(
    rawHtml({
      'hugo.toml': 'baseURL = "https://e.org/"\n[markup.goldmark.renderer]\n  unsafe = true\n',
    }),
  ).toEqual([]);
  expect(
    rawHtml({
      'config/_default/hugo.toml': 'baseURL = "https://e.org/"\n',
      'config/_default/markup.toml': '[goldmark.renderer]\nunsafe = true\n',
    }),
  ).toEqual([]);
});

test('no warning for Jekyll, which keeps raw HTML', () => {
  expect(
    planScenario({
      repo: { '_config.yml': 'title: x\n', '_posts/2020-01-01-a.md': '---\n---\n' },
      posts: { 'html.md': post },
      images: { 'a.png': 'PNG' },
    }).warnings.filter((warning) => warning.code === 'raw-html-omitted'),
  ).toEqual([]);
});
