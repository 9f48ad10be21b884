import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  ApiError,
  type ExportDraftStyle,
  type ExportPlan,
  type PostwrightApi,
} from '../../../core/api';
import { isGeneratorId } from '../../../core/export/detect';
import { createBackend } from '../backend';
import { toApiError } from '../errors';
import { defaultUserDataDir } from '../settings/user-settings';
import { stateDirName } from '../settings/workspace-settings';
import { dryRunExportService } from './dry-run-service';
import { formatPlan, refusals } from './format-plan';

/** Streams the CLI writes to, and where it runs. */
export interface CommandIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** The environment (for `POSTWRIGHT_USER_DATA`); defaults to the process's. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Exit statuses: 0 done, 1 failed (also: the post cannot be exported as it is), 2 wrong usage,
 * 3 nothing written because a file would be overwritten (one not written by Postwright, or one
 * changed since the plan). `--help` of the command and of `postwright` say the same.
 */
export const exitCodes = { ok: 0, error: 1, usage: 2, refused: 3 } as const;

const usage = `Usage: postwright export POST --to REPO [--preset NAME] [--drafts STYLE] [--fix ID]... [--dry-run] [--json] [--replace] [--workspace DIR]

  POST            the Markdown file to export
  --to REPO       the blog repository folder
  --preset NAME   jekyll, jekyll-academicpages, jekyll-minimal-mistakes, hugo, hugo-bundle, hexo,
                  astro, eleventy or plain (default: detected from the repository)
  --drafts STYLE  Jekyll and Hexo drafts: drafts-folder (_drafts/, the default) or
                  published-false (_posts/ with published: false); remembered for the repository
  --fix ID        apply a suggested fix: wrap-liquid-raw, convert-inline-math
  --dry-run       print the plan and write nothing (not even the repository into the
                  workspace's list of targets)
  --json          print the plan and the result as JSON
  --replace       overwrite files in the repository that Postwright did not write
  --workspace DIR the workspace the post belongs to (default: the nearest folder above POST
                  that has a .postwright folder, else the POST's folder)

Exit codes: 0 exported (or already up to date), 1 error, also when the post cannot be exported
as it is (its front matter or file name; the reason is printed), 2 wrong usage, 3 nothing was
written because a file in the repository would be overwritten: one Postwright did not write
(run again with --replace to overwrite it) or one that changed meanwhile (run again).
`;

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
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(usage);
    return exitCodes.ok;
  }
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    io.stderr(`postwright export: ${(error as Error).message}\n\n${usage}`);
    return exitCodes.usage;
  }
  try {
    return await exportPost(options, io);
  } catch (error) {
    const apiError = toApiError(error);
    if (options.json) {
      io.stdout(`${JSON.stringify({ error: apiError.toJSON() }, null, 2)}\n`);
    }
    io.stderr(`postwright export: ${apiError.message}\n`);
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
        throw new Error(`${arg} needs a value.`);
      }
      return next;
    };
    const flag = (): true => {
      if (inline !== null) {
        throw new Error(`${arg} takes no value.`);
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
          throw new Error(`--drafts is drafts-folder or published-false, not "${style}".`);
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
          throw new Error(`Unknown option ${arg}.`);
        }
        positional.push(arg);
    }
  }
  if (positional.length !== 1) {
    throw new Error(
      positional.length === 0 ? 'Give the post to export.' : 'Give exactly one post.',
    );
  }
  options.post = positional[0] ?? '';
  if (options.to === '') {
    throw new Error('Give the blog repository with --to REPO.');
  }
  if (options.preset !== null && !isGeneratorId(options.preset)) {
    throw new Error(`Unknown preset "${options.preset}".`);
  }
  return options;
}

async function exportPost(options: Options, io: CommandIo): Promise<number> {
  const postFile = resolve(io.cwd, options.post);
  if (!(await isFile(postFile))) {
    throw new ApiError(
      'E_NOT_FOUND',
      `${postFile} is not a file. Give the path of a Markdown post.`,
    );
  }
  const workspace =
    options.workspace === null ? await findWorkspace(postFile) : resolve(io.cwd, options.workspace);
  const postPath = relative(workspace, postFile).split(sep).join('/');
  if (postPath.startsWith('..') || isAbsolute(postPath)) {
    throw new ApiError(
      'E_OUTSIDE_WORKSPACE',
      `${postFile} is not inside the workspace ${workspace}. Pass --workspace DIR.`,
    );
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
      return await exportWith(service, options, postPath, io);
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
): Promise<number> {
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
    io.stdout(options.json ? `${JSON.stringify({ plan }, null, 2)}\n` : formatPlan(plan));
  };
  const refused = refusals(plan);
  if (refused.length > 0) {
    // Not "up to date": the post was left out, and the user must fix it.
    printPlan();
    io.stderr(
      `${refused.map((warning) => `postwright export: ${warning.postPath} is not exported: ${warning.message}`).join('\n')}\nNothing was written.\n`,
    );
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
    io.stderr(
      `postwright export: ${foreign.join(', ')} ${foreign.length === 1 ? 'is' : 'are'} in the repository with content this export would overwrite (the foreign-file warnings above say whose). Nothing was written. Run again with --replace to overwrite, or choose another slug.\n`,
    );
    return exitCodes.refused;
  }
  const result = await service.applyExport({
    planId: plan.id,
    replace: options.replace ? foreign : [],
  });
  io.stdout(
    options.json
      ? `${JSON.stringify({ plan, result }, null, 2)}\n`
      : `${formatPlan(plan)}${formatResult(result, plan)}`,
  );
  return exitCodes.ok;
}

function formatResult(
  result: { written: string[]; copied: string[]; removed: string[] },
  plan: ExportPlan,
): string {
  const lines = [
    ...result.written.map((path) => `wrote   ${path}`),
    ...result.copied.map((path) => `copied  ${path}`),
    ...result.removed.map((path) => `removed ${path}`),
  ];
  return lines.length === 0
    ? `Nothing to do: ${plan.target.path} is up to date.\n`
    : `${lines.join('\n')}\n`;
}

/** The nearest folder above the post with a `.postwright` folder, else the post's own folder. */
async function findWorkspace(postFile: string): Promise<string> {
  let folder = dirname(postFile);
  for (;;) {
    if (await isFolder(resolve(folder, stateDirName))) {
      return folder;
    }
    const parent = dirname(folder);
    if (parent === folder) {
      return dirname(postFile);
    }
    folder = parent;
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
