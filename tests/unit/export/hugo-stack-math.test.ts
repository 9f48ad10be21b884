import { expect, test } from 'vitest';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { planScenario } from './plan-harness';

// Hugo's Stack theme typesets math only on posts with `math: true` unless params.article.math is
// on: a post with formulas exported without the key showed raw TeX.

const post = '---\ntitle: 公式\ndate: 2024-03-03\n---\n\n行内 $a^2+b^2=c^2$。\n';

function dataOf(repo: Record<string, string>) {
  const plan = planScenario({
    repo: { ...repo, 'content/post/a.md': '---\ntitle: A\n---\n' },
    posts: { 'p.md': post },
  });
  return parseFrontMatter(plan.files[0]?.content ?? '').data;
}

test('Stack (theme or module) without article.math: math: true', () => {
  expect(dataOf({ 'hugo.toml': 'baseURL = "/"\ntheme = "hugo-theme-stack"\n' })).toMatchObject({
    math: true,
  });
  expect(
    dataOf({
      'config/_default/hugo.toml': 'baseURL = "/"\n',
      'config/_default/module.toml':
        '[[imports]]\npath = "github.com/CaiJimmy/hugo-theme-stack/v3"\n',
      'config/_default/params.toml': '[article]\nmath = false\n',
    }),
  ).toMatchObject({ math: true });
});

test('Stack with article.math on, and other themes: left as written', () => {
  expect(
    dataOf({
      'hugo.toml': 'baseURL = "/"\ntheme = "hugo-theme-stack"\n[params.article]\nmath = true\n',
    }).math,
  ).toBeUndefined();
  expect(dataOf({ 'hugo.toml': 'baseURL = "/"\ntheme = "PaperMod"\n' }).math).toBeUndefined();
});
