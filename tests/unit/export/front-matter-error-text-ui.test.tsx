// @vitest-environment jsdom
import i18next from 'i18next';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, expect, test } from 'vitest';
import enExport from '../../../renderer/i18n/locales/en/export.json';
import enProblems from '../../../renderer/i18n/locales/en/problems.json';
import zhExport from '../../../renderer/i18n/locales/zh-CN/export.json';
import zhProblems from '../../../renderer/i18n/locales/zh-CN/problems.json';
import { PlanWarnings } from '../../../renderer/export/PlanWarnings';
import { planScenario } from './plan-harness';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The export dialog said the parser's English words inside the Chinese sentence, with a double
// period: "无法读取 front matter：'js' front matter is code; … Convert it to YAML.。"

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: {
      en: { export: enExport, problems: enProblems },
      'zh-CN': { export: zhExport, problems: zhProblems },
    },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

afterEach(() => {
  document.body.replaceChildren();
});

const plan = planScenario({
  repo: { '_config.yml': 'title: x\n', '_posts/2020-01-01-a.md': '---\n---\n' },
  posts: {
    'js.md': '---js\n{ title: "x" }\n---\nbody\n',
    'dup.md': '---\ntitle: A\ntitle: B\n---\nbody\n',
  },
});

async function shown(language: string): Promise<string[]> {
  await i18n.changeLanguage(language);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <PlanWarnings warnings={plan.warnings} fixes={[]} onToggleFix={() => undefined} />
      </I18nextProvider>,
    ),
  );
  const lines = [...container.querySelectorAll('li')].map((item) => item.textContent);
  act(() => root.unmount());
  return lines;
}

test('front-matter errors in the export dialog are said in the UI language, one period each', async () => {
  expect(await shown('en')).toEqual([
    'js.md The front matter cannot be read: “js” front matter is code; Postwright never runs it. Convert it to YAML. The post is not exported.',
    'dup.md The front matter cannot be read: The key “title” appears twice in the same mapping. The post is not exported.',
  ]);
  expect(await shown('zh-CN')).toEqual([
    'js.md 无法读取 front matter：“js”格式的文章属性是代码，Postwright 不会运行它。请改写为 YAML。这篇文章不会被导出。',
    'dup.md 无法读取 front matter：键“title”在同一层级中重复出现。这篇文章不会被导出。',
  ]);
});
