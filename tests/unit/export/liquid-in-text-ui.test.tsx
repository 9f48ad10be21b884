// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { exportUi } from './export-ui';
import type { ExportWarning } from '../../../core/api';
import { PlanWarnings } from '../../../renderer/export/PlanWarnings';
import { planScenario } from './plan-harness';

const { mount } = exportUi();

function shown(language: string, warnings: ExportWarning[]): string {
  const container = mount(
    <PlanWarnings warnings={warnings} fixes={[]} onToggleFix={() => undefined} />,
    language,
  );
  return container.textContent;
}

const { warnings } = planScenario({
  preset: 'jekyll',
  posts: { 'a.md': '---\ntitle: A\ndate: 2024-01-01\n---\n\n{{< note >}}\nText\n{{< /note >}}\n' },
});

test('the warning about Liquid in the text names its lines in English and Chinese', () => {
  expect(shown('en', warnings)).toContain(
    'Text outside code contains {{ }} / {% %} on line(s) 6, 8, which Jekyll would run as Liquid',
  );
  expect(shown('zh-CN', warnings)).toContain('代码之外的正文第 6, 8 行含有 {{ }} / {% %}');
});
