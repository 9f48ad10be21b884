const datePrefix = /^(\d{4})-(\d{1,2})-(\d{1,2})/;

// Building a formatter costs far more than formatting: one per locale serves every row.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(locale, formatter);
  }
  return formatter;
}

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
  return formatterFor(locale).format(time);
}
