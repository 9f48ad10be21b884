/** How a date is written in a file, so an edit can write it back the same way. */
export type DateShape =
  | { kind: 'date' }
  | { kind: 'datetime'; separator: 'T' | ' '; seconds: boolean; fraction: string; zone: string }
  | { kind: 'other' };

const pattern =
  /^(\d{4}-\d{2}-\d{2})(?:([T ])(\d{2}:\d{2})(:\d{2})?(\.\d+)?(\s*(?:Z|[+-]\d{2}(?::?\d{2})?))?)?$/;

/** The shape of a date as written ('2025-02-14', '2025-02-14 10:30:00', '2025-02-14T10:30:00+08:00'). */
export function dateShape(text: string): DateShape {
  const match = pattern.exec(text.trim());
  if (match === null) {
    return { kind: 'other' };
  }
  if (match[2] === undefined) {
    return { kind: 'date' };
  }
  return {
    kind: 'datetime',
    separator: match[2] === 'T' ? 'T' : ' ',
    seconds: match[4] !== undefined,
    fraction: match[5] ?? '',
    zone: match[6] ?? '',
  };
}

/** The value for an `<input type="date">` or `<input type="datetime-local">`. */
export function toInputValue(text: string, shape: DateShape): string {
  const match = pattern.exec(text.trim());
  if (match === null || shape.kind === 'other') {
    return text;
  }
  const date = match[1] ?? '';
  if (shape.kind === 'date') {
    return date;
  }
  return `${date}T${match[3] ?? '00:00'}${match[4] ?? ''}`;
}

/** Writes an input's value back in the file's shape (same separator, seconds, fraction and zone). */
export function fromInputValue(value: string, shape: DateShape): string {
  if (shape.kind !== 'datetime') {
    return value.slice(0, 10);
  }
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(value);
  if (match === null) {
    return value;
  }
  const seconds = shape.seconds ? (match[3] ?? ':00') : '';
  return `${match[1]}${shape.separator}${match[2]}${seconds}${shape.seconds ? shape.fraction : ''}${shape.zone}`;
}

/** Today as YYYY-MM-DD in local time (for a new date field). */
export function today(): string {
  const now = new Date();
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
