// @vitest-environment jsdom
import { expect, test } from 'vitest';
import { exportUi } from './export-ui';
import type { ExportWarning } from '../../../core/api';
import { PlanWarnings } from '../../../renderer/export/PlanWarnings';

const { i18n, mount } = exportUi();

const warnings: ExportWarning[] = [
  {
    code: 'invalid-date',
    postPath: 'badate.md',
    message: '',
    details: { field: 'date', value: '2024-13-45' },
  },
  {
    code: 'missing-date',
    postPath: 'undated.md',
    message: '',
    details: { date: '2026-11-30', variant: 'today' },
  },
  {
    code: 'image-too-large',
    postPath: 'big.md',
    message: '',
    details: { image: 'img/big.png', size: '250 MB', limit: '200 MB' },
  },
  {
    code: 'left-behind-image',
    postPath: 'post.md',
    message: '',
    details: { path: 'assets/images/post/a.png', variant: 'shared' },
  },
];

function shown(): string[] {
  const container = mount(
    <PlanWarnings warnings={warnings} fixes={[]} onToggleFix={() => undefined} />,
  );
  return [...container.querySelectorAll('li')].map((item) => item.textContent);
}

test('date, size and left-behind warnings say what is wrong and what export does, by variant', () => {
  expect(shown()).toEqual([
    'badate.md date 2024-13-45 is not a valid date. Fix it in the front matter; until then the post is not exported.',
    'undated.md The post has no date in its front matter; the export dates it today, 2026-11-30.',
    'big.md The image img/big.png is 250 MB, more than the 200 MB export copies. It is not copied, and its link is left as written.',
    "post.md assets/images/post/a.png, an image of this post's earlier export, stays in the repository: another post uses it.",
  ]);
});

test('in Chinese too', async () => {
  await i18n.changeLanguage('zh-CN');
  const lines = shown();
  expect(lines[0]).toBe(
    'badate.md date 2024-13-45 不是有效的日期。请在 front matter 中改正；在此之前这篇文章不会导出。',
  );
  expect(lines[1]).toContain('导出使用今天的日期 2026-11-30');
  expect(lines[3]).toContain('另一篇文章也在使用它');
});
