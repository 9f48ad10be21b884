import { describe, expect, it } from 'vitest';
import { diffLines } from '../../../renderer/dialogs/line-diff';
import { dateShape, fromInputValue, toInputValue } from '../../../renderer/form/date-format';
import { suggestPermalink } from '../../../renderer/form/permalink';
import { slugifyTitle } from '../../../core/post/slug';

describe('date fields keep the file format', () => {
  it.each([
    ['2025-02-14', '2025-02-15', '2025-02-15'],
    ['2025-02-14 10:30:00', '2025-02-15T11:45:07', '2025-02-15 11:45:07'],
    ['2025-02-14 10:30', '2025-02-15T11:45', '2025-02-15 11:45'],
    ['2025-02-14T10:30:00+08:00', '2025-02-15T11:45:00', '2025-02-15T11:45:00+08:00'],
    ['2024-09-20T08:00:00Z', '2024-09-21T09:00', '2024-09-21T09:00:00Z'],
    ['2024-09-20T08:00:00.250-05:00', '2024-09-21T09:00:01', '2024-09-21T09:00:01.250-05:00'],
  ])('%s edited to %s is written as %s', (written, input, expected) => {
    const shape = dateShape(written);
    expect(shape.kind).not.toBe('other');
    expect(fromInputValue(input, shape)).toBe(expected);
  });

  it('shows the picker the value as written', () => {
    expect(toInputValue('2025-02-14 10:30:00', dateShape('2025-02-14 10:30:00'))).toBe(
      '2025-02-14T10:30:00',
    );
    expect(toInputValue('2025-02-14T10:30+08:00', dateShape('2025-02-14T10:30+08:00'))).toBe(
      '2025-02-14T10:30',
    );
    expect(toInputValue('2025-02-14', dateShape('2025-02-14'))).toBe('2025-02-14');
  });

  it('leaves a date in another shape to a text field', () => {
    expect(dateShape('Feb 14, 2025').kind).toBe('other');
    expect(dateShape('2025-2-14').kind).toBe('other');
  });
});

describe('permalink suggestion', () => {
  it('uses the date and the file name slug, Jekyll style', () => {
    expect(
      suggestPermalink(
        '2025-02-14',
        '_posts/2025-02-14-deepseek-interview.md',
        'x',
        'pinyin',
        slugifyTitle,
      ),
    ).toBe('/posts/2025/02/deepseek-interview/');
  });

  it('uses a page bundle folder, or the title when the file name is not a slug', () => {
    expect(
      suggestPermalink('2024-9-20', 'content/posts/my-trip/index.md', 'x', 'pinyin', slugifyTitle),
    ).toBe('/posts/2024/09/my-trip/');
    expect(
      suggestPermalink('2025-03-01', '_posts/春天.md', '春天来了', 'pinyin', slugifyTitle),
    ).toBe('/posts/2025/03/chun-tian-lai-le/');
  });
});

describe('conflict comparison', () => {
  it('marks the lines that differ on each side', () => {
    const diff = diffLines('a\nb\nc\nd', 'a\nB\nc\nd\ne');
    expect([...diff.leftChanged]).toEqual([1]);
    expect([...diff.rightChanged].sort()).toEqual([1, 4]);
  });
});
