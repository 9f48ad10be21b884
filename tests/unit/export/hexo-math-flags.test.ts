import { expect, test } from 'vitest';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { planScenario } from './plan-harness';

// NexT renders math only on posts with `mathjax: true` unless math.every_page is true (false by
// default); Butterfly only with `mathjax: true` / `katex: true` unless per_page is true. A post
// with formulas exported without the key showed raw TeX on the blog.

const post = '---\ntitle: 公式\ndate: 2024-03-03 10:00:00\n---\n\n$$\nE = mc^2\n$$\n';
const hexo = { 'package.json': '{"dependencies":{"hexo":"^7.3.0"}}' };

function dataOf(repo: Record<string, string>, text = post) {
  const plan = planScenario({ repo: { ...hexo, ...repo }, posts: { 'p.md': text } });
  return parseFrontMatter(plan.files[0]?.content ?? '').data;
}

test('NexT with math on demand: mathjax: true (for MathJax and KaTeX alike)', () => {
  expect(
    dataOf({
      '_config.yml': 'title: x\ntheme: next\n',
      '_config.next.yml': 'math:\n  every_page: false\n  mathjax:\n    enable: true\n',
    }),
  ).toMatchObject({ mathjax: true });
  expect(
    dataOf({
      '_config.yml': 'title: x\ntheme: next\n',
      '_config.next.yml': 'math:\n  katex:\n    enable: true\n',
    }),
  ).toMatchObject({ mathjax: true });
});

test('NexT on every page, or with no math engine enabled, and posts without math: left as written', () => {
  expect(
    dataOf({
      '_config.yml': 'title: x\ntheme: next\n',
      '_config.next.yml': 'math:\n  every_page: true\n  mathjax:\n    enable: true\n',
    }).mathjax,
  ).toBeUndefined();
  expect(
    dataOf({ '_config.yml': 'title: x\ntheme: next\n', '_config.next.yml': 'scheme: Gemini\n' })
      .mathjax,
  ).toBeUndefined();
  expect(
    dataOf(
      {
        '_config.yml': 'title: x\ntheme: next\n',
        '_config.next.yml': 'math:\n  mathjax:\n    enable: true\n',
      },
      '---\ntitle: T\ndate: 2024-03-03\n---\n\nNo formulas.\n',
    ).mathjax,
  ).toBeUndefined();
});

test('Butterfly: the engine it uses on demand names the key', () => {
  expect(
    dataOf({
      '_config.yml': 'title: x\ntheme: butterfly\n',
      '_config.butterfly.yml': 'katex:\n  enable: true\n  per_page: false\n',
    }),
  ).toMatchObject({ katex: true });
  expect(
    dataOf({
      '_config.yml': 'title: x\ntheme: butterfly\n',
      '_config.butterfly.yml': 'math:\n  use: mathjax\n  per_page: false\n',
    }),
  ).toMatchObject({ mathjax: true });
  expect(
    dataOf({
      '_config.yml': 'title: x\ntheme: butterfly\n',
      '_config.butterfly.yml': 'mathjax:\n  enable: true\n  per_page: true\n',
    }).mathjax,
  ).toBeUndefined();
});
