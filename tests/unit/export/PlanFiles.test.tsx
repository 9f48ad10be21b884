// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { exportUi } from './export-ui';
import type { ExportFileOp, ExportPlan } from '../../../core/api';
import { PlanFiles } from '../../../renderer/export/PlanFiles';

const { i18n, mount } = exportUi();

const file = (postPath: string, targetPath: string): ExportFileOp => ({
  kind: 'update',
  targetPath,
  postPath,
  content: 'new',
  currentContent: 'old',
  isForeign: true,
  url: null,
});

const plan: ExportPlan = {
  id: 'p',
  target: { id: 't', path: '/blog', name: 'blog', preset: 'jekyll' },
  files: [file('new.md', '_posts/a.md'), file('b.md', '_posts/b.md'), file('c.md', '_posts/c.md')],
  assets: [],
  warnings: [
    {
      code: 'foreign-file',
      postPath: 'new.md',
      message: '',
      details: { path: '_posts/a.md', other: 'old.md', context: 'other-post' },
    },
    {
      code: 'foreign-file',
      postPath: 'b.md',
      message: '',
      details: { path: '_posts/b.md', context: 'changed' },
    },
    { code: 'foreign-file', postPath: 'c.md', message: '', details: { path: '_posts/c.md' } },
  ],
  createdAt: '2026-01-01T00:00:00Z',
};

function foreignNotes(): string[] {
  const container = mount(
    <PlanFiles plan={plan} replace={new Set()} onToggleReplace={() => undefined} />,
  );
  return [...container.querySelectorAll('.export-foreign > span')].map((note) => note.textContent);
}

test('each file needing Replace says whose it is: another post’s, changed since, or not ours', () => {
  expect(foreignNotes()).toEqual([
    'Written by Postwright for another post, old.md.',
    'Changed in the repository since Postwright exported it.',
    'Exists in the repository and was not written by Postwright.',
  ]);
});

test('in Chinese too', async () => {
  await i18n.changeLanguage('zh-CN');
  expect(foreignNotes()).toEqual([
    '这是 Postwright 为另一篇文章 old.md 写入的。',
    'Postwright 导出之后，它在仓库中被修改过。',
    '仓库中已有此文件，且不是 Postwright 写入的。',
  ]);
});
