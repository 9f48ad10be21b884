// @vitest-environment jsdom
import { expect, test } from 'vitest';
import en from '../../../renderer/i18n/locales/en/export.json';
import zh from '../../../renderer/i18n/locales/zh-CN/export.json';
import { exportUi } from './export-ui';
import type { PostwrightHost } from '../../../core/api';
import { detectGenerator, evidenceCodes } from '../../../core/export/detect';
import { TargetPicker } from '../../../renderer/export/TargetPicker';
import type { ExportPlanState } from '../../../renderer/export/use-export-plan';

const { mount } = exportUi();

const jekyll = detectGenerator({
  paths: ['_config.yml', '_posts/', '_posts/2024-01-01-a.md'],
  texts: { '_config.yml': 'theme: minimal-mistakes-jekyll\n' },
});

function renderPicker(language: string, detection: ExportPlanState['detection']): string {
  const state = { targets: [], target: null, detection } as unknown as ExportPlanState;
  const host = { chooseFolder: null } as unknown as PostwrightHost;
  const container = mount(<TargetPicker host={host} state={state} />, language);
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
