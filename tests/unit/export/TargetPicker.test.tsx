// @vitest-environment jsdom
import i18next from 'i18next';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, expect, test } from 'vitest';
import type { PostwrightHost } from '../../../core/api';
import { detectGenerator, evidenceCodes } from '../../../core/export/detect';
import { TargetPicker } from '../../../renderer/export/TargetPicker';
import type { ExportPlanState } from '../../../renderer/export/use-export-plan';
import en from '../../../renderer/i18n/locales/en/export.json';
import zh from '../../../renderer/i18n/locales/zh-CN/export.json';

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

const jekyll = detectGenerator({
  paths: ['_config.yml', '_posts/', '_posts/2024-01-01-a.md'],
  texts: { '_config.yml': 'theme: minimal-mistakes-jekyll\n' },
});

function renderPicker(language: string, detection: ExportPlanState['detection']): string {
  const state = { targets: [], target: null, detection } as unknown as ExportPlanState;
  const host = { chooseFolder: null } as unknown as PostwrightHost;
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    void i18n.changeLanguage(language);
  });
  act(() => {
    root = createRoot(container);
    root.render(
      <I18nextProvider i18n={i18n}>
        <TargetPicker host={host} state={state} />
      </I18nextProvider>,
    );
  });
  return container.textContent;
}

test('the detection evidence is said in Chinese in the Chinese UI', () => {
  const text = renderPicker('zh-CN', jekyll);
  expect(text).toContain(
    '检测结果：Jekyll（Minimal Mistakes）（存在 _config.yml；存在 _posts/ 文件夹；_config.yml 使用 minimal-mistakes 主题）',
  );
  expect(text).not.toMatch(/exists|folder/);
});

test('the detection evidence is said in English in the English UI', () => {
  expect(renderPicker('en', jekyll)).toContain(
    'Detected: Jekyll (Minimal Mistakes) (_config.yml exists; _posts/ folder exists; _config.yml uses the minimal-mistakes theme)',
  );
});

test('every evidence code detection gives has a text in both languages', () => {
  for (const code of evidenceCodes) {
    expect(Object.keys(en.evidence)).toContain(code);
    expect(Object.keys(zh.evidence)).toContain(code);
  }
});
