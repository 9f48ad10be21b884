import { expect, test } from 'vitest';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { planScenario } from './plan-harness';

// Chirpy loads MathJax and Mermaid only on posts that ask (`math: true`, `mermaid: true`), for
// speed: a post with formulas or a mermaid diagram exported without them showed raw TeX and a
// code block on the blog.

const chirpy = {
  '_config.yml': 'theme: jekyll-theme-chirpy\ntimezone: Asia/Shanghai\n',
  '_posts/2019-08-08-text-and-typography.md': '---\ntitle: Text\n---\n',
};

const post = [
  '---',
  'title: 公式与图',
  'date: 2024-03-03',
  '---',
  '',
  '质能方程 $E = mc^2$，以及',
  '',
  '$$',
  '\\int_0^1 x^2 dx = \\frac{1}{3}',
  '$$',
  '',
  '```mermaid',
  'graph TD; A-->B',
  '```',
  '',
].join('\n');

function exported(repo: Record<string, string>, text: string) {
  const plan = planScenario({ repo, posts: { 'p.md': text } });
  const content = plan.files[0]?.content ?? '';
  return { content, data: parseFrontMatter(content).data };
}

test('Chirpy: a post with math and a mermaid diagram gets math: true and mermaid: true', () => {
  const { content, data } = exported(chirpy, post);
  expect(data).toMatchObject({ math: true, mermaid: true });
  expect(content.slice(content.indexOf('\n---\n'))).toBe(post.slice(post.indexOf('\n---\n')));
});

test('Chirpy: a post without them, or that says math: false, is left as written', () => {
  const plain = exported(chirpy, '---\ntitle: T\ndate: 2024-03-03\n---\n\nPrice: $5 and $6.\n');
  expect(plain.data.math).toBeUndefined();
  expect(plain.data.mermaid).toBeUndefined();
  const no = exported(chirpy, post.replace('date: 2024-03-03', 'date: 2024-03-03\nmath: false'));
  expect(no.data.math).toBe(false);
  expect(no.data.mermaid).toBe(true);
});

test('another Jekyll theme gets no such keys', () => {
  const { data } = exported(
    { '_config.yml': 'theme: minima\n', '_posts/2020-01-01-a.md': '---\n---\n' },
    post,
  );
  expect(data.math).toBeUndefined();
  expect(data.mermaid).toBeUndefined();
});
