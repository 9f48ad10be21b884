import type { ExportWarning, SlugStyle, WorkspacePath } from '../api';
import { slugifyTitle } from '../post/slug';
import {
  fileNameDate,
  formatDay,
  formatIso,
  isFutureDay,
  parsePostDate,
  type PostDate,
} from './dates';
import type { ExportRecord } from './export-state';
import type { Dialect, PostFacts } from './presets/types';
import { unsafeSlugReason } from './safe-path';

/** Keys a post's date may be written under, most common first. */
const dateKeys = ['date', 'pubDate'];

/** Reads what the presets need from a post's front matter, with the warnings that reading raises. */
export function readPostFacts(input: {
  postPath: WorkspacePath;
  data: Record<string, unknown>;
  format: PostFacts['format'];
  title: string;
  record: ExportRecord | undefined;
  slugStyle: SlugStyle;
  today: PostDate;
  dialect: Dialect;
}): { facts: PostFacts; warnings: ExportWarning[] } {
  const { postPath, data, record, dialect } = input;
  const warnings: ExportWarning[] = [];
  const fileName = postPath.slice(postPath.lastIndexOf('/') + 1);

  const dateKey =
    dateKeys.find((key) => data[key] !== undefined && data[key] !== null && data[key] !== '') ??
    null;
  const written = dateKey === null ? null : readDate(data[dateKey]);
  const fromName = fileNameDate(fileName);
  const remembered = record === undefined ? null : parsePostDate(record.date);
  const date = written ?? fromName ?? remembered ?? input.today;
  if ((written ?? fromName) !== null && isFutureDay(date, formatDay(input.today))) {
    warnings.push({
      code: 'future-date',
      postPath,
      message: `The date ${formatDay(date)} is in the future; many blogs hide such posts until then.`,
      details: { date: formatDay(date) },
    });
  }
  if (
    dialect.datedFileNames &&
    written !== null &&
    fromName !== null &&
    formatDay(written) !== formatDay(fromName)
  ) {
    warnings.push({
      code: 'filename-date-mismatch',
      postPath,
      message: `The file name says ${formatDay(fromName)} but the front matter says ${formatDay(written)}; the export uses ${formatDay(written)}.`,
      details: { fileDate: formatDay(fromName), frontMatterDate: formatDay(written) },
    });
  }

  const draft = data.draft === true || data.published === false;
  if (draft) {
    warnings.push({
      code: 'draft',
      postPath,
      message: 'This post is a draft: it is exported as one and will not be published.',
    });
  }

  const translation = dialect.translationsByFileName === true ? languageOf(fileName) : null;
  let slug: string;
  const declared =
    typeof data.slug === 'string'
      ? data.slug.trim()
      : typeof data.slug === 'number'
        ? String(data.slug)
        : '';
  if (declared !== '') {
    const reason = unsafeSlugReason(declared);
    slug = reason === null ? declared : slugifyTitle(declared, input.slugStyle);
    if (reason !== null) {
      warnings.push({
        code: 'unsafe-path',
        postPath,
        message: `The slug "${declared}" ${reason}; "${slug}" is used instead.`,
        details: { field: 'slug', value: declared, used: slug },
      });
    }
  } else if (record !== undefined && unsafeSlugReason(record.slug) === null) {
    // The slug of the last export: a changed title must not leave a second copy behind.
    slug = record.slug;
  } else {
    slug = slugifyTitle(stemOf(postPath, translation) ?? input.title, input.slugStyle);
  }
  return {
    facts: { slug, date, dateKey, draft, data, format: input.format, language: translation },
    warnings,
  };
}

/** A date value as the codec hands it over (a string as written, or a number of a year). */
function readDate(value: unknown): PostDate | null {
  if (typeof value !== 'string') {
    return null;
  }
  const parsed = parsePostDate(value);
  if (parsed !== null) {
    return parsed;
  }
  // Free-form dates ('Jun 19 2024', read by Astro's z.coerce.date) are read as local wall time.
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) {
    return null;
  }
  const local = new Date(ms);
  return parsePostDate(
    formatIso({
      year: local.getFullYear(),
      month: local.getMonth() + 1,
      day: local.getDate(),
      hour: local.getHours(),
      minute: local.getMinutes(),
      second: local.getSeconds(),
      hasTime: true,
      offsetMinutes: null,
    }),
  );
}

/**
 * The language before the extension of a translation's file name (`post.zh.md`, `index.zh-cn.md`),
 * as written; null for other names. Only language-like codes count: `notes.v2.md` is no translation.
 */
export function languageOf(fileName: string): string | null {
  // The language is the part between the last two dots, so it is found from the end; the name
  // before it is checked on its own (one pattern for both scanned the name once per dot).
  const match = /\.([a-z]{2}(?:[-_][a-z0-9]{2,8})*)\.(?:md|markdown|mdx)$/i.exec(fileName);
  if (match === null || /^_index\./i.test(fileName)) {
    return null;
  }
  const name = fileName.slice(0, match.index);
  const firstDot = name.indexOf('.');
  const named = name !== '' && firstDot !== 0;
  return named && (firstDot === -1 || !/[\n\r\u2028\u2029]/.test(name.slice(firstDot)))
    ? (match[1] ?? null)
    : null;
}

/**
 * The post's name without a date prefix, extension and the translation's language; the bundle
 * folder for `index.md`.
 */
function stemOf(postPath: string, language: string | null): string | null {
  const parts = postPath.split('/');
  let name = (parts.at(-1) ?? '').replace(/\.[^.]*$/, '');
  if (language !== null) {
    name = name.slice(0, name.length - language.length - 1);
  }
  if (/^index(?:\.[a-z]{2}(?:-[a-z]+)?)?$/i.test(name) || name === '_index') {
    name = parts.at(-2) ?? '';
  }
  name = name.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '');
  return name === '' || /^untitled(?:-\d+)?$/i.test(name) ? null : name;
}
