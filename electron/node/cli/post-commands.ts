import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Language, PostEntry } from '../../../core/api';
import { sortPosts } from '../../../core/workspace/sort-posts';
import { createBackend, type Backend } from '../backend';
import { isPostDate } from '../posts/post-create';
import { defaultUserDataDir } from '../settings/user-settings';
import { parseCommandLine, type OptionSpec } from './cli-args';
import { exitCode, UsageError, type CliContext } from './cli-io';
import { translator } from './cli-i18n';
import { helpText } from './help';

/** `postwright list DIR [--json]`. */
export async function runList(argv: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine('list', argv, {
    json: { type: 'boolean' },
    ...helpOption,
  });
  if (values.help === true) {
    context.stdout(helpText('list', context.language ?? 'en'));
    return exitCode.ok;
  }
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length > 0) {
    throw dir === undefined
      ? new UsageError('list', 'cli:usage.missingDir')
      : new UsageError('list', 'cli:usage.unexpectedArgument', { argument: extra[0] ?? '' });
  }
  const posts = await withBackend('list', dir, context, (backend) => backend.listPosts({}));
  if (values.json === true) {
    context.stdout(`${JSON.stringify(posts, null, 2)}\n`);
  } else {
    context.stdout(formatList(posts, defaultLocale(), context.language ?? 'en'));
  }
  return exitCode.ok;
}

/** `postwright new DIR TITLE [--date D] [--draft] [--folder F]`. */
export async function runNew(argv: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommandLine('new', argv, {
    date: { type: 'string' },
    draft: { type: 'boolean' },
    folder: { type: 'string' },
    ...helpOption,
  });
  if (values.help === true) {
    context.stdout(helpText('new', context.language ?? 'en'));
    return exitCode.ok;
  }
  const [dir, title, ...extra] = positionals;
  if (dir === undefined || title === undefined) {
    throw new UsageError(
      'new',
      dir === undefined ? 'cli:usage.missingDirAndTitle' : 'cli:usage.missingTitle',
    );
  }
  if (extra.length > 0) {
    throw new UsageError('new', 'cli:usage.unexpectedTitleWord', { argument: extra[0] ?? '' });
  }
  // Checked before anything is opened, as the backend's createPost would (exit 2, not 1).
  if (title.trim() === '') {
    throw new UsageError('new', 'cli:usage.blankTitle');
  }
  const date = values.date;
  if (date !== undefined && !isPostDate(date.trim())) {
    throw new UsageError('new', 'cli:usage.badDate', { value: JSON.stringify(date) });
  }
  const created = await withBackend('new', dir, context, (backend) =>
    backend.createPost({
      title,
      date,
      draft: values.draft === true,
      folder: values.folder,
    }),
  );
  context.stdout(`${created.path}\n`);
  return exitCode.ok;
}

/**
 * The list as a shell user reads it: date, title, path; drafts marked.
 *
 * Newest first in the app's own order: dates are compared as times, not as text (`2025-01-01 23:00`
 * is later than `2025-01-01T01:00`, though ' ' sorts before 'T'); ties as the app breaks them.
 */
export function formatList(
  posts: PostEntry[],
  locale = defaultLocale(),
  language: Language = 'en',
): string {
  const t = translator(language);
  return sortPosts(posts, 'date', locale)
    .map((post) => {
      const date = (post.date ?? '').slice(0, 10).padEnd(10);
      const marks = [
        post.draft ? t('cli:list.draft') : '',
        post.frontMatterError !== null ? t('cli:list.frontMatterError') : '',
      ]
        .filter((mark) => mark !== '')
        .join(' ');
      return `${date}  ${post.title}${marks === '' ? '' : ` ${marks}`}  (${post.path})\n`;
    })
    .join('');
}

/** The default locale of this process (from LANG and friends), for ordering equal dates by title. */
function defaultLocale(): string {
  return new Intl.Collator().resolvedOptions().locale;
}

/** `-h, --help` and `--lang LANG` (read before parsing, see languageOption), accepted by every command. */
export const helpOption = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} satisfies Record<string, OptionSpec>;

/** The absolute path of DIR, refused as wrong usage when it is missing or not a folder. */
export async function existingFolder(command: string, dir: string, cwd: string): Promise<string> {
  const root = resolve(cwd, dir);
  const info = await stat(root).catch(() => null);
  if (info === null) {
    throw new UsageError(command, 'cli:usage.noSuchFolder', { dir });
  }
  if (!info.isDirectory()) {
    throw new UsageError(command, 'cli:usage.notAFolder', { dir });
  }
  return root;
}

async function withBackend<T>(
  command: string,
  dir: string,
  context: CliContext,
  task: (backend: Backend) => Promise<T>,
): Promise<T> {
  const root = await existingFolder(command, dir, context.cwd);
  const backend = await createBackend({
    root,
    userDataDir: defaultUserDataDir(context.env),
    watch: false,
    remember: false,
    log: (message, error) => context.stderr(`${message}: ${String(error)}\n`),
  });
  try {
    return await task(backend);
  } finally {
    await backend.close();
  }
}
