const datePrefix = /^(\d{4})-(\d{1,2})-(\d{1,2})/;

/**
 * A post's date in the UI's locale, for display only (the file keeps its own text).
 *
 * Only the calendar date is shown, in UTC, so a date written with an offset never shifts a day.
 */
export function formatPostDate(date: string | null, locale: string): string {
  if (date === null) {
    return '';
  }
  const match = datePrefix.exec(date);
  if (match === null) {
    return date;
  }
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(time)) {
    return date;
  }
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(time);
}
