// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { exportUi } from './export-ui';
import type { ExportWarning } from '../../../core/api';
import { conversionWarning } from '../../../core/export/export-checks';
import { PlanWarnings } from '../../../renderer/export/PlanWarnings';

const { i18n, mount } = exportUi();

const yamlWithLosses = '---\n# why\ntitle: T\nsubtitle: ~\nid: 12345678901234567890\n---\n';
const warnings: ExportWarning[] = [
  {
    code: 'schema-missing-field',
    postPath: 'bare.md',
    message: '',
    details: { fields: 'description', count: 1 },
  },
  conversionWarning('toml.md', '+++\n# one\ntitle = "T" # two\n+++\n', 'yaml') as ExportWarning,
  conversionWarning('yaml.md', yamlWithLosses, 'toml') as ExportWarning,
];

function shown(list = warnings): string[] {
  const container = mount(
    <PlanWarnings warnings={list} fixes={[]} onToggleFix={() => undefined} />,
  );
  return [...container.querySelectorAll('li')].map((item) => item.textContent);
}

test('the schema and conversion warnings read as sentences in English, with nothing left blank', () => {
  expect(shown()).toEqual([
    "bare.md The blog's content schema requires description, which this post does not have: the site build fails until the front matter gets it.",
    'toml.md The front matter is rewritten as YAML; its 2 comment(s) are dropped.',
    'yaml.md The front matter is rewritten as TOML, which cannot hold all of it: 1 comment(s) dropped; empty (null) values left out: subtitle; numbers written as text: 12345678901234567890.',
  ]);
});

test('and in Chinese', async () => {
  await i18n.changeLanguage('zh-CN');
  const lines = shown();
  expect(lines[0]).toBe(
    'bare.md 博客的内容 schema 要求 description，而这篇文章没有：在 front matter 补上之前，站点构建会失败。',
  );
  expect(lines[1]).toBe('toml.md front matter 被改写为 YAML，其中的 2 条注释被丢弃。');
  expect(lines[2]).toBe(
    'yaml.md front matter 被改写为 TOML，无法完整保留：丢弃 1 条注释；省略的空（null）值：subtitle；改写为文本的数字：12345678901234567890。',
  );
  for (const line of lines) {
    expect(line).not.toMatch(/\{\{|\}\}/);
  }
});

test('a file Postwright wrote for another post names that post, in both languages', async () => {
  const other: ExportWarning = {
    code: 'foreign-file',
    postPath: 'notes/hello.md',
    message: '',
    details: { path: '_posts/2024-01-01-hello.md', other: 'hello.md', context: 'other-post' },
  };
  expect(shown([other])).toEqual([
    'notes/hello.md _posts/2024-01-01-hello.md was written by Postwright for another post, hello.md; it is replaced only if you choose Replace.',
  ]);
  await i18n.changeLanguage('zh-CN');
  expect(shown([other])).toEqual([
    'notes/hello.md _posts/2024-01-01-hello.md 是 Postwright 为另一篇文章 hello.md 写入的；只有选择“替换”才会被覆盖。',
  ]);
});
