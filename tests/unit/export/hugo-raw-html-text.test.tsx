// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { exportUi } from './export-ui';
import { PlanWarnings } from '../../../renderer/export/PlanWarnings';
import { planScenario } from './plan-harness';

const { i18n, mount } = exportUi();

const plan = planScenario({
  repo: { 'hugo.toml': 'baseURL = "https://e.org/"\n', 'content/posts/a.md': '---\n---\n' },
  posts: { 'p.md': '---\ntitle: P\ndate: 2024-01-02\n---\n\n居中：<center>标题</center>\n' },
});

function shown(): string[] {
  const container = mount(
    <PlanWarnings warnings={plan.warnings} fixes={[]} onToggleFix={() => undefined} />,
  );
  return [...container.querySelectorAll('li')].map((item) => item.textContent);
}

test('raw HTML Hugo would drop is said in English and in Chinese', async () => {
  expect(shown()).toEqual([
    'p.md Raw HTML on line(s) 6 (2 tag(s)) is dropped by Hugo, which renders it as “raw HTML omitted” unless the site sets markup.goldmark.renderer.unsafe = true.',
  ]);
  await i18n.changeLanguage('zh-CN');
  expect(shown()).toEqual([
    'p.md 第 6 行的原始 HTML（2 个标签）会被 Hugo 丢弃，只留下“raw HTML omitted”注释；除非站点设置了 markup.goldmark.renderer.unsafe = true。',
  ]);
});
