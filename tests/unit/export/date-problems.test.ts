import { expect, test } from 'vitest';
import type { GeneratorId } from '../../../core/api';
import { invalidDateText } from '../../../core/export/dates';
import { hashText, planScenario } from './plan-harness';

const presets: GeneratorId[] = ['jekyll', 'hugo', 'hexo', 'astro', 'eleventy'];

test.each(presets)(
  '%s: an invalid date blocks the post, says which value, and writes nothing',
  (preset) => {
    const draft = planScenario({
      preset,
      posts: { 'badate.md': '---\ntitle: Bad date\ndate: 2024-13-45\n---\n\nText.\n' },
      today: '2026-11-30',
    });
    expect(draft.files).toEqual([]);
    expect(draft.records).toEqual({});
    expect(draft.warnings).toEqual([
      {
        code: 'invalid-date',
        postPath: 'badate.md',
        message:
          'date 2024-13-45 is not a valid date. Fix it in the front matter; until then the post is not exported.',
        details: { field: 'date', value: '2024-13-45' },
      },
    ]);
  },
);

test('a day the month does not have, a time past 23:59 and free text that is no date are invalid; Astro pubDate too', () => {
  const draft = planScenario({
    preset: 'astro',
    posts: {
      'feb.md': '---\ntitle: F\ndate: 2024-02-30\n---\n',
      'late.md': '---\ntitle: L\ndate: 2024-02-03 25:10\n---\n',
      'words.md': '---\ntitle: W\ndate: next tuesday\n---\n',
      'pub.md': '---\ntitle: P\npubDate: "2024/2/31"\n---\n',
      'ok.md': '---\ntitle: O\ndate: Jun 19 2024\n---\n',
    },
    today: '2026-11-30',
  });
  const invalid = draft.warnings
    .filter((warning) => warning.code === 'invalid-date')
    .map((warning) => [warning.postPath, warning.details]);
  expect(invalid).toEqual([
    ['feb.md', { field: 'date', value: '2024-02-30' }],
    ['late.md', { field: 'date', value: '2024-02-03 25:10' }],
    ['words.md', { field: 'date', value: 'next tuesday' }],
    ['pub.md', { field: 'pubDate', value: '2024/2/31' }],
  ]);
  expect(draft.files.map((file) => file.postPath)).toEqual(['ok.md']);
});

test('invalidDateText accepts the dates bloggers write and names the ones it refuses', () => {
  for (const good of [
    '2024-01-03',
    '2024-1-3',
    '2024/01/03 10:30',
    '2024-01-03T10:30:00+08:00',
    '2024-01-03 10:00:00 UTC',
    'Jun 19 2024',
  ]) {
    expect(invalidDateText(good)).toBeNull();
  }
  expect(invalidDateText(2024)).toBe('2024');
  expect(invalidDateText(true)).toBe('true');
  expect(invalidDateText(' 2024-00-10 ')).toBe('2024-00-10');
  expect(invalidDateText('2024-02-30 10:00:00 UTC')).toBe('2024-02-30 10:00:00 UTC');
  expect(invalidDateText('2024-02-03 24:00:00 UTC')).toBe('2024-02-03 24:00:00 UTC');
});

test('a missing date is a warning that says which date is used: today, or the earlier export’s', () => {
  const text = '---\ntitle: Undated\n---\n\nText.\n';
  const first = planScenario({
    preset: 'jekyll',
    posts: { 'undated.md': text },
    today: '2026-11-30',
  });
  expect(first.warnings).toEqual([
    {
      code: 'missing-date',
      postPath: 'undated.md',
      message: 'The post has no date in its front matter; the export dates it today, 2026-11-30.',
      details: { date: '2026-11-30', variant: 'today' },
    },
  ]);
  expect(first.files.map((file) => file.targetPath)).toEqual(['_posts/2026-11-30-undated.md']);
  const again = planScenario({
    preset: 'jekyll',
    posts: { 'undated.md': text },
    today: '2026-12-05',
    state: {
      'undated.md': {
        path: '_posts/2026-11-30-undated.md',
        slug: 'undated',
        date: '2026-11-30',
        hash: hashText('x'),
        sourceHash: hashText('y'),
        assets: {},
        exportedAt: '2026-11-30T10:00:00.000Z',
      },
    },
  });
  expect(again.warnings.map((warning) => [warning.code, warning.details])).toEqual([
    ['missing-date', { date: '2026-11-30', variant: 'earlier-export' }],
  ]);
  // A date in the workspace file name is a date: nothing to warn about.
  const named = planScenario({
    preset: 'jekyll',
    posts: { '2024-05-06-named.md': text },
    today: '2026-11-30',
  });
  expect(named.warnings).toEqual([]);
});
