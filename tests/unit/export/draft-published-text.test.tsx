// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { exportUi } from './export-ui';
import { PlanWarnings } from '../../../renderer/export/PlanWarnings';
import { planScenario } from './plan-harness';

const { i18n, mount } = exportUi();

const plan = planScenario({
  repo: { '.eleventy.js': 'module.exports = () => ({ dir: { input: "src" } });', 'src/posts/': '' },
  posts: { 'secret.md': '---\ntitle: Secret\ndate: 2024-01-02\ndraft: true\n---\n\nx\n' },
});

function shown(): string[] {
  const container = mount(
    <PlanWarnings warnings={plan.warnings} fixes={[]} onToggleFix={() => undefined} />,
  );
  return [...container.querySelectorAll('li')].map((item) => item.textContent);
}

test('a draft the blog would publish is said so, in English and in Chinese', async () => {
  expect(shown()).toEqual([
    'secret.md This post is marked as a draft, but Eleventy has no rule here that leaves drafts out: exported, it will be published.',
  ]);
  await i18n.changeLanguage('zh-CN');
  expect(shown()).toEqual([
    'secret.md 这篇文章标记为草稿，但这个 Eleventy 博客没有排除草稿的设置：导出后它会被发布。',
  ]);
});
