// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { exportUi } from './export-ui';
import { PlanWarnings } from '../../../renderer/export/PlanWarnings';
import { planScenario } from './plan-harness';

const { i18n, mount } = exportUi();

// The Eleventy texts name the template language, not Jekyll.
const draft = planScenario({
  repo: { 'eleventy.config.js': 'export const config = { markdownTemplateEngine: "njk" };' },
  posts: {
    'p.md': '---\ntitle: P\ndate: 2024-01-01\n---\n\n`{{ x }}`\n\n{{< figure src="a.png" >}}\n',
  },
});

function shown(): string[] {
  const container = mount(
    <PlanWarnings warnings={draft.warnings} fixes={[]} onToggleFix={() => undefined} />,
  );
  return [...container.querySelectorAll('li')].map((item) => item.textContent);
}

test('an Eleventy blog says Nunjucks runs over code and text, in English', () => {
  expect(shown()).toEqual([
    'p.md Code contains {{ }} / {% %}, which Eleventy runs as Nunjucks before Markdown, code included, in 1 place(s): it disappears or the build fails.',
    "p.md Text outside code contains {{ }} / {% %} on line(s) 8, which Eleventy would run as Nunjucks: right for Eleventy's own shortcodes, but another generator's tags (Hugo shortcodes, Hexo tags) disappear or fail the build.",
  ]);
});

test('and in Chinese', async () => {
  await i18n.changeLanguage('zh-CN');
  expect(shown()).toEqual([
    'p.md 代码中含有 {{ }} / {% %}（1 处）：Eleventy 会在转换 Markdown 之前把整篇文章（包括代码）当作 Nunjucks 模板执行，这些内容会消失或导致构建失败。',
    'p.md 代码之外的正文第 8 行含有 {{ }} / {% %}，Eleventy 会把它当作 Nunjucks 模板执行：Eleventy 自己的短代码没问题，但其他生成器的标签（Hugo 短代码、Hexo 标签）会消失或导致构建失败。',
  ]);
});
