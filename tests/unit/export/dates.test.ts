import { expect, test } from 'vitest';
import {
  fileNameDate,
  formatDateTime,
  formatDay,
  formatIso,
  isFutureDay,
  parsePostDate,
  toZone,
} from '../../../core/export/dates';

test('dates are read as written, without a time-zone shift', () => {
  expect(formatDay(parsePostDate('2025-02-14') ?? fail())).toBe('2025-02-14');
  expect(formatDateTime(parsePostDate('2025/2/4 9:05') ?? fail())).toBe('2025-02-04 09:05:00');
  expect(formatIso(parsePostDate('2025-02-14T10:30:00+08:00') ?? fail())).toBe(
    '2025-02-14T10:30:00+08:00',
  );
  expect(parsePostDate('2025-02-30')).toBeNull();
  expect(parsePostDate('Jun 19 2024')).toBeNull();
});

test('an instant is moved into the blog zone; a floating date is not', () => {
  expect(
    formatDateTime(toZone(parsePostDate('2025-02-14T02:30:00Z') ?? fail(), 'Asia/Shanghai')),
  ).toBe('2025-02-14 10:30:00');
  expect(formatDateTime(toZone(parsePostDate('2025-02-14 02:30') ?? fail(), 'Asia/Shanghai'))).toBe(
    '2025-02-14 02:30:00',
  );
  expect(formatDateTime(toZone(parsePostDate('2025-02-14T02:30:00Z') ?? fail(), 'Not/AZone'))).toBe(
    '2025-02-14 02:30:00',
  );
});

test('file-name dates accept Jekyll’s unpadded days; future is by day', () => {
  expect(formatDay(fileNameDate('2025-06-2-blog-post-1.md') ?? fail())).toBe('2025-06-02');
  expect(fileNameDate('blog-post.md')).toBeNull();
  expect(isFutureDay(parsePostDate('2026-01-11') ?? fail(), '2026-01-10')).toBe(true);
  expect(isFutureDay(parsePostDate('2026-01-10 23:59') ?? fail(), '2026-01-10')).toBe(false);
});

function fail(): never {
  throw new Error('expected a date');
}
