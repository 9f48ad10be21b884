// Values read out of a blog's parsed configuration: data from the repository, not trusted.

/** A string as written (a permalink pattern keeps its trailing slash). */
export function rawStringAt(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A mapping under `key`, or `{}` when the value is anything else. */
export function objectAt(data: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = data[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** The path of an absolute URL (`https://x.org/blog/` → `/blog/`), `''` when it has none. */
export function pathOfUrl(url: string): string {
  return /^[a-z]+:\/\/[^/]*(\/.*)?$/i.exec(url)?.[1] ?? '';
}

/** A relative folder made of plain names (configuration is data from the repository, not trusted). */
export function safeFolder(path: string): boolean {
  return path
    .split('/')
    .every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\:\0]/.test(part));
}

/** A non-blank string under `key`, trimmed and without trailing slashes; else null. */
export function stringAt(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' && value.trim() !== ''
    ? withoutTrailingSlashes(value.trim())
    : null;
}

/**
 * `/blog/` → `blog`. A loop, not `/^\/*(.*?)\/*$/`: the lazy middle rescanned the trailing
 * slashes once per character. A value with a line break is kept whole, as that pattern did.
 */
export function withoutEdgeSlashes(path: string): string {
  if (/[\n\r\u2028\u2029]/.test(path)) {
    return path;
  }
  let start = 0;
  while (start < path.length && path[start] === '/') {
    start++;
  }
  let end = path.length;
  while (end > start && path[end - 1] === '/') {
    end--;
  }
  return path.slice(start, end);
}

/** `a/b//` → `a/b`, in one pass (`/\/+$/` rescanned a slash run from each of its slashes). */
export function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') {
    end--;
  }
  return path.slice(0, end);
}

/** Folders joined with `/`, empty ones left out. */
export function joinFolders(...parts: string[]): string {
  return parts.filter((part) => part !== '').join('/');
}

/** The key as the configuration spells it (Hugo's keys are case-insensitive). */
export function keyOf(data: Record<string, unknown>, key: string): string {
  return Object.keys(data).find((name) => name.toLowerCase() === key.toLowerCase()) ?? key;
}
