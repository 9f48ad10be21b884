import { mkdtemp, readFile, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ExportDraftStyle, ExportPlan, Language, PostwrightApi } from '../../../core/api';
import { isGeneratorId } from '../../../core/export/detect';
import { createBackend } from '../backend';
import { errorText, PhrasedApiError } from '../cli/cli-error-text';
import { translator, type Translate } from '../cli/cli-i18n';
import { UsageError } from '../cli/cli-io';
import { helpText } from '../cli/help';
import { planText, warningText } from '../cli/plan-text';
import { toApiError } from '../errors';
import { defaultUserDataDir } from '../settings/user-settings';
import { stateDirName } from '../settings/workspace-settings';
import { dryRunExportService } from './dry-run-service';
import { refusals } from './plan-refusals';

/** Streams the CLI writes to, and where it runs. */
export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** The environment (for `POSTWRIGHT_USER_DATA`); defaults to the process's. */
  env?: NodeJS.ProcessEnv;
  /** The language of messages (`runCli` picks it from --lang or the environment); English by default. */
  language?: Language;
}

/**
 * Exit statuses: 0 done, 1 failed (also: the post cannot be exported as it is), 2 wrong usage,
 * 3 nothing written because a file would be overwritten (one not written by Postwright, or one
 * changed since the plan). `--help` of the command and of `postwright` say the same.
 */
export const exitCodes = { ok: 0, error: 1, usage: 2, refused: 3 } as const;

interface Options {
  post: string;
  to: string;
  preset: string | null;
  drafts: ExportDraftStyle | null;
  fixes: string[];
  dryRun: boolean;
  json: boolean;
  replace: boolean;
  workspace: string | null;
}

/** `postwright export POST --to REPO [--preset NAME] [--dry-run] [--json] [--replace] [--workspace DIR]`. */
export async function runExportCommand(argv: string[], io: CommandIo): Promise<number> {
  const t = translator(io.language ?? 'en');
  const usage = helpText('export', io.language ?? 'en');
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(usage);
    return exitCodes.ok;
  }
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    const message = error instanceof UsageError ? t(error.key, error.values) : String(error);
    io.stderr(`postwright export: ${message}\n\n${usage}`);
    return exitCodes.usage;
  }
  try {
    return await exportPost(options, io, t);
  } catch (error) {
    const apiError = toApiError(error);
    if (options.json) {
      io.stdout(`${JSON.stringify({ error: apiError.toJSON() }, null, 2)}\n`);
    }
    io.stderr(`postwright export: ${errorText(apiError, t)}\n`);
    return apiError.code === 'E_CONFLICT' ? exitCodes.refused : exitCodes.error;
  }
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    post: '',
    to: '',
    preset: null,
    drafts: null,
    fixes: [],
    dryRun: false,
    json: false,
    replace: false,
    workspace: null,
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    // `--to=REPO` as well as `--to REPO`, like the other commands.
    const given = argv[i] ?? '';
    const equals = given.startsWith('--') ? given.indexOf('=') : -1;
    const arg = equals < 0 ? given : given.slice(0, equals);
    const inline = equals < 0 ? null : given.slice(equals + 1);
    const value = (): string => {
      const next = inline ?? argv[++i];
      // An empty value (`--workspace ""`) would mean the current folder: refused.
      if (next === undefined || next.startsWith('--') || next.trim() === '') {
        throw new UsageError('export', 'export:usage.needsValue', { option: arg });
      }
      return next;
    };
    const flag = (): true => {
      if (inline !== null) {
        throw new UsageError('export', 'export:usage.takesNoValue', { option: arg });
      }
      return true;
    };
    switch (arg) {
      case '--to':
        options.to = value();
        break;
      case '--preset':
        options.preset = value();
        break;
      case '--drafts': {
        const style = value();
        if (style !== 'drafts-folder' && style !== 'published-false') {
          throw new UsageError('export', 'export:usage.badDrafts', { value: style });
        }
        options.drafts = style;
        break;
      }
      case '--fix':
        options.fixes.push(value());
        break;
      case '--workspace':
        options.workspace = value();
        break;
      case '--lang':
        // Read (and checked) by runCli before the command runs.
        value();
        break;
      case '--dry-run':
        options.dryRun = flag();
        break;
      case '--json':
        options.json = flag();
        break;
      case '--replace':
        options.replace = flag();
        break;
      default:
        if (arg.startsWith('--')) {
          throw new UsageError('export', 'export:usage.unknownOption', { option: arg });
        }
        positional.push(arg);
    }
  }
  if (positional.length !== 1) {
    throw new UsageError(
      'export',
      positional.length === 0 ? 'export:usage.noPost' : 'export:usage.onePost',
    );
  }
  options.post = positional[0] ?? '';
  if (options.to === '') {
    throw new UsageError('export', 'export:usage.noRepository');
  }
  if (options.preset !== null && !isGeneratorId(options.preset)) {
    throw new UsageError('export', 'export:usage.unknownPreset', { preset: options.preset });
  }
  return options;
}

async function exportPost(options: Options, io: CommandIo, t: Translate): Promise<number> {
  const postFile = resolve(io.cwd, options.post);
  if (!(await isFile(postFile))) {
    throw new PhrasedApiError('E_NOT_FOUND', 'export:error.notAFile', { path: postFile });
  }
  const workspace =
    options.workspace === null
      ? await findWorkspace(postFile, defaultUserDataDir(io.env ?? process.env))
      : resolve(io.cwd, options.workspace);
  const postPath = relative(workspace, postFile).split(sep).join('/');
  if (postPath.startsWith('..') || isAbsolute(postPath)) {
    throw new PhrasedApiError('E_OUTSIDE_WORKSPACE', 'export:error.outsideWorkspace', {
      path: postFile,
      workspace,
    });
  }
  // A dry run writes nothing anywhere: the workspace is not remembered as recent and the post
  // index is cached in a scratch folder removed afterwards, not in the user's data.
  const scratch = options.dryRun ? await mkdtemp(join(tmpdir(), 'postwright-dry-run-')) : null;
  try {
    const backend = await createBackend({
      root: workspace,
      userDataDir: scratch ?? defaultUserDataDir(io.env ?? process.env),
      watch: false,
      remember: scratch === null,
    });
    try {
      const service = options.dryRun ? await dryRunExportService(backend) : backend;
      return await exportWith(service, options, postPath, io, t);
    } finally {
      await backend.close();
    }
  } finally {
    if (scratch !== null) {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}

async function exportWith(
  service: Pick<
    PostwrightApi,
    'addExportTarget' | 'updateExportTarget' | 'planExport' | 'applyExport'
  >,
  options: Options,
  postPath: string,
  io: CommandIo,
  t: Translate,
): Promise<number> {
  const formatted = (plan: ExportPlan): string => planText(plan, io.language ?? 'en');
  const added = await service.addExportTarget({
    path: resolve(io.cwd, options.to),
    ...(options.preset === null ? {} : { preset: options.preset }),
  });
  const target =
    options.drafts === null
      ? added
      : await service.updateExportTarget({ id: added.id, draftStyle: options.drafts });
  const plan = await service.planExport({
    targetId: target.id,
    paths: [postPath],
    fixes: options.fixes,
  });
  const printPlan = (): void => {
    io.stdout(options.json ? `${JSON.stringify({ plan }, null, 2)}\n` : formatted(plan));
  };
  const refused = refusals(plan);
  if (refused.length > 0) {
    // Not "up to date": the post was left out, and the user must fix it.
    printPlan();
    const lines = refused.map(
      (warning) =>
        `postwright export: ${t('export:error.notExported', { path: warning.postPath, message: warningText(warning, io.language ?? 'en') })}`,
    );
    io.stderr(`${lines.join('\n')}\n${t('export:error.nothingWritten')}\n`);
    return exitCodes.error;
  }
  const foreign = [
    ...plan.files.filter((file) => file.isForeign),
    ...plan.assets.filter((asset) => asset.isForeign === true),
  ].map((op) => op.targetPath);
  if (options.dryRun) {
    printPlan();
    return exitCodes.ok;
  }
  if (foreign.length > 0 && !options.replace) {
    printPlan();
    const key = foreign.length === 1 ? 'export:error.foreignOne' : 'export:error.foreignMany';
    io.stderr(`postwright export: ${t(key, { paths: foreign.join(', ') })}\n`);
    return exitCodes.refused;
  }
  const result = await service.applyExport({
    planId: plan.id,
    replace: options.replace ? foreign : [],
  });
  io.stdout(
    options.json
      ? `${JSON.stringify({ plan, result }, null, 2)}\n`
      : `${formatted(plan)}${formatResult(result, plan, t)}`,
  );
  return exitCodes.ok;
}

function formatResult(
  result: { written: string[]; copied: string[]; removed: string[] },
  plan: ExportPlan,
  t: Translate,
): string {
  const lines = [
    ...result.written.map((path) => t('export:result.wrote', { path })),
    ...result.copied.map((path) => t('export:result.copied', { path })),
    ...result.removed.map((path) => t('export:result.removed', { path })),
  ];
  return lines.length === 0
    ? `${t('export:result.upToDate', { path: plan.target.path })}\n`
    : `${lines.join('\n')}\n`;
}

/**
 * The workspace a post belongs to: the nearest folder above it with a `.postwright` folder, else
 * the deepest workspace the app opened (remembered in the user's settings) that holds it, else
 * the post's own folder. A workspace opened in the app has no `.postwright` folder until one of
 * its settings is saved: without the remembered ones, a post in a subfolder was exported as a
 * workspace of its own (its `../images/` links "outside the workspace").
 */
async function findWorkspace(postFile: string, userDataDir: string): Promise<string> {
  let folder = dirname(postFile);
  for (;;) {
    if (await isFolder(resolve(folder, stateDirName))) {
      return folder;
    }
    const parent = dirname(folder);
    if (parent === folder) {
      break;
    }
    folder = parent;
  }
  const post = await realpath(postFile).catch(() => postFile);
  const holding = await Promise.all(
    (await recentWorkspaces(userDataDir)).map(async (root) => {
      const real = await realpath(root).catch(() => null);
      const inside = real === null ? '..' : relative(real, post);
      return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? real : null;
    }),
  );
  const deepest = holding.filter((root) => root !== null).sort((a, b) => b.length - a.length)[0];
  return deepest ?? dirname(postFile);
}

/** The workspaces the app opened, read from the user's settings as they are (never written). */
async function recentWorkspaces(userDataDir: string): Promise<string[]> {
  try {
    const data: unknown = JSON.parse(await readFile(join(userDataDir, 'settings.json'), 'utf8'));
    const recent =
      typeof data === 'object' && data !== null
        ? (data as { recentWorkspaces?: unknown }).recentWorkspaces
        : undefined;
    return Array.isArray(recent)
      ? recent.filter((item): item is string => typeof item === 'string' && isAbsolute(item))
      : [];
  } catch {
    return [];
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
