// @vitest-environment jsdom
import i18next from 'i18next';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, expect, test } from 'vitest';
import type { ExportWarning } from '../../../core/api';
import { PlanWarnings } from '../../../renderer/export/PlanWarnings';
import en from '../../../renderer/i18n/locales/en/export.json';
import zh from '../../../renderer/i18n/locales/zh-CN/export.json';
import { planScenario } from './plan-harness';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const i18n = i18next.createInstance();
let root: Root | null = null;

beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { export: en }, 'zh-CN': { export: zh } },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function shown(language: string, warnings: ExportWarning[]): string {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    void i18n.changeLanguage(language);
  });
  act(() => {
    root = createRoot(container);
    root.render(
      <I18nextProvider i18n={i18n}>
        <PlanWarnings warnings={warnings} fixes={[]} onToggleFix={() => undefined} />
      </I18nextProvider>,
    );
  });
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
