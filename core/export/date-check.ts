import type { ExportWarning, WorkspacePath } from '../api';
import { fileNameDate, formatDay, invalidDateText, parsePostDate } from './dates';
import type { ExportRecord } from './export-state';
import type { PostFacts } from './presets/types';

/**
 * A date export cannot use blocks the post (`invalid-date`); no date at all is said with the date
 * used instead (`missing-date`), unless the workspace file name carries one.
 */
export function dateCheck(
  postPath: WorkspacePath,
  facts: PostFacts,
  record: ExportRecord | undefined,
): ExportWarning | null {
  if (facts.dateKey !== null) {
    const invalid = invalidDateText(facts.data[facts.dateKey]);
    return invalid === null
      ? null
      : {
          code: 'invalid-date',
          postPath,
          message: `${facts.dateKey} ${invalid} is not a valid date. Fix it in the front matter; until then the post is not exported.`,
          details: { field: facts.dateKey, value: invalid },
        };
  }
  if (fileNameDate(postPath.slice(postPath.lastIndexOf('/') + 1)) !== null) {
    return null;
  }
  const date = formatDay(facts.date);
  const fromRecord = record !== undefined && parsePostDate(record.date) !== null;
  return {
    code: 'missing-date',
    postPath,
    message: fromRecord
      ? `The post has no date in its front matter; the export keeps ${date}, the date of its earlier export.`
      : `The post has no date in its front matter; the export dates it today, ${date}.`,
    details: { date, variant: fromRecord ? 'earlier-export' : 'today' },
  };
}
