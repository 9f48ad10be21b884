/**
 * Post dates as bloggers write them, read without any time-zone shift.
 *
 * A date is kept as wall-clock fields plus the offset it was written with (if any), so that
 * `2025-02-14` stays the 14th whatever the machine's zone is.
 */
export interface PostDate {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  hasTime: boolean;
  /** Minutes east of UTC when the text had `Z` or `+08:00`; null for a local (floating) time. */
  offsetMinutes: number | null;
}

const dateRe =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Reads `2025-02-14`, `2025-2-4`, `2025/02/14 10:30`, `2025-02-14T10:30:00+08:00`...; null otherwise. */
export function parsePostDate(text: string): PostDate | null {
  const match = dateRe.exec(text.trim().replace(/^["']|["']$/g, ''));
  if (match === null) {
    return null;
  }
  const [, y, mo, d, h, mi, s, zone] = match;
  const date: PostDate = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: h === undefined ? 0 : Number(h),
    minute: mi === undefined ? 0 : Number(mi),
    second: s === undefined ? 0 : Number(s),
    hasTime: h !== undefined,
    offsetMinutes: parseOffset(zone),
  };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (
    check.getUTCMonth() !== date.month - 1 ||
    check.getUTCDate() !== date.day ||
    date.hour > 23 ||
    date.minute > 59 ||
    date.second > 59
  ) {
    return null;
  }
  return date;
}

function parseOffset(zone: string | undefined): number | null {
  if (zone === undefined) {
    return null;
  }
  if (zone.toUpperCase() === 'Z') {
    return 0;
  }
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD`. */
export function formatDay(date: PostDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** `YYYY-MM-DD HH:mm:ss` (Hexo's and Jekyll's own format). */
export function formatDateTime(date: PostDate): string {
  return `${formatDay(date)} ${pad(date.hour)}:${pad(date.minute)}:${pad(date.second)}`;
}

/** RFC 3339: `YYYY-MM-DDTHH:mm:ss` plus the offset when one was written. */
export function formatIso(date: PostDate): string {
  const base = `${formatDay(date)}T${pad(date.hour)}:${pad(date.minute)}:${pad(date.second)}`;
  if (date.offsetMinutes === null) {
    return base;
  }
  if (date.offsetMinutes === 0) {
    return `${base}Z`;
  }
  const sign = date.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(date.offsetMinutes);
  return `${base}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The wall-clock time of a date in an IANA zone (e.g. Hexo's `timezone: Asia/Shanghai`).
 *
 * Only a date written with an offset names an instant; a floating date is already wall-clock time
 * in the blog's zone and is returned unchanged. An unknown zone also leaves it unchanged.
 */
export function toZone(date: PostDate, timeZone: string | null): PostDate {
  if (date.offsetMinutes === null || timeZone === null) {
    return date;
  }
  const instant =
    Date.UTC(date.year, date.month - 1, date.day, date.hour, date.minute, date.second) -
    date.offsetMinutes * 60_000;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }).formatToParts(new Date(instant));
  } catch {
    return date;
  }
  const get = (type: string): number =>
    Number(parts.find((part) => part.type === type)?.value ?? '0');
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    hasTime: true,
    offsetMinutes: null,
  };
}

/** Whether the post's day comes after `today` (`YYYY-MM-DD`); compared by day to stay zone-proof. */
export function isFutureDay(date: PostDate, today: string): boolean {
  return formatDay(date) > today;
}

/** The date a Jekyll or Hexo file name starts with (`2025-06-2-title.md` counts), or null. */
export function fileNameDate(fileName: string): PostDate | null {
  const match = /^(\d{4}-\d{1,2}-\d{1,2})-/.exec(fileName);
  return match?.[1] === undefined ? null : parsePostDate(match[1]);
}

/** Turns a JS Date the caller made (the export's clock) into a local floating PostDate. */
export function fromWallClock(now: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}): PostDate {
  return { ...now, hasTime: true, offsetMinutes: null };
}

/** A numeric day with an optional clock time at the start of a date text. */
const numericStart = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?/i;

/**
 * The front-matter date value as written when it is not a date export can use; null when it is.
 *
 * Export must neither fall back to "now" nor write the value on: `2024-13-45` would become today's
 * file name in Jekyll, the export time in Hexo and invalid TOML in Hugo. A free-form date
 * (`Jun 19 2024`, `2024-01-03 10:00:00 UTC`) is fine when it parses, but a numeric day and time
 * must be real ones: the platform's parser would quietly turn `2024-02-30` into March 1st.
 */
export function invalidDateText(value: unknown): string | null {
  if (typeof value !== 'string') {
    return typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);
  }
  const text = value.trim();
  if (parsePostDate(text) !== null) {
    return null;
  }
  const unquoted = text.replace(/^["']|["']$/g, '');
  const start = numericStart.exec(unquoted);
  if (start !== null) {
    const [, year, month, day, hour, minute, second] = start;
    const clock = hour === undefined ? '' : ` ${hour}:${minute ?? '00'}:${second ?? '00'}`;
    if (parsePostDate(`${year}-${month}-${day}${clock}`) === null) {
      return text;
    }
  }
  return Number.isNaN(Date.parse(unquoted)) ? text : null;
}
