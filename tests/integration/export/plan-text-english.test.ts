import { expect, test } from 'vitest';
import type { ExportFileOp, ExportPlan, ExportWarning } from '../../../core/api';
import { planText } from '../../../electron/node/cli/plan-text';

const englishPlan = (plan: ExportPlan): string => planText(plan, 'en');

const file = (targetPath: string, extra: Partial<ExportFileOp> = {}): ExportFileOp => ({
  kind: 'update',
  targetPath,
  postPath: `${targetPath.split('/').at(-1) ?? ''}`,
  content: '',
  currentContent: '',
  isForeign: false,
  url: null,
  ...extra,
});

function planOf(files: ExportFileOp[], warnings: ExportWarning[]): ExportPlan {
  return {
    id: 'p',
    target: { id: 't', path: '/blog', name: 'blog', preset: 'jekyll' },
    files,
    assets: [],
    warnings,
    createdAt: '2026-01-01T00:00:00Z',
  };
}

test('a file needing --replace says whose it is: another post’s export, changed since, or not ours', () => {
  const other = file('_posts/a.md', { postPath: 'new.md', isForeign: true });
  const changed = file('_posts/b.md', { postPath: 'b.md', isForeign: true });
  const theirs = file('_posts/c.md', { postPath: 'c.md', isForeign: true });
  const text = englishPlan(
    planOf(
      [other, changed, theirs],
      [
        {
          code: 'foreign-file',
          postPath: 'new.md',
          message: 'm',
          details: { path: '_posts/a.md', other: 'old.md', context: 'other-post' },
        },
        {
          code: 'foreign-file',
          postPath: 'b.md',
          message: 'm',
          details: { path: '_posts/b.md', context: 'changed' },
        },
        { code: 'foreign-file', postPath: 'c.md', message: 'm', details: { path: '_posts/c.md' } },
      ],
    ),
  );
  expect(text).toContain(
    '  update  _posts/a.md  [written by Postwright for old.md: needs --replace]\n',
  );
  expect(text).toContain(
    '  update  _posts/b.md  [changed in the repository since Postwright wrote it: needs --replace]\n',
  );
  expect(text).toContain(
    '  update  _posts/c.md  [exists, not written by Postwright: needs --replace]\n',
  );
});

test('images an earlier export leaves or removes, and every warning, are one line each', () => {
  const renamed = file('_posts/2024-01-02-new.md', {
    kind: 'rename',
    previousPath: '_posts/2024-01-02-old.md',
    postPath: 'new.md',
    removedImages: ['assets/images/old/a.png'],
  });
  const warnings: ExportWarning[] = [
    {
      code: 'earlier-export',
      postPath: 'new.md',
      message:
        'This post was exported before as old.md, to _posts/2024-01-02-old.md; this export continues that one.',
    },
    {
      code: 'left-behind-image',
      postPath: 'new.md',
      message:
        "assets/images/old/b.png, an image of this post's earlier export, stays in the repository: another post uses it.",
    },
    {
      code: 'image-too-large',
      postPath: 'new.md',
      message: 'The image big.png is 250 MB, more than the 200 MB export copies.',
    },
  ];
  const text = englishPlan(planOf([renamed], warnings));
  expect(text).toContain(
    '  rename  _posts/2024-01-02-new.md (from _posts/2024-01-02-old.md)\n          address on the blog: unknown (depends on the site configuration)\n  remove  assets/images/old/a.png  (image of its earlier export, no longer used)\n',
  );
  for (const warning of warnings) {
    expect(text).toContain(`\n  ${warning.code}: new.md: ${warning.message}\n`);
  }
});
