import type {
  ExportFileOp,
  ExportFixId,
  ExportWarning,
  FrontMatterErrorInfo,
  SlugStyle,
  WorkspacePath,
} from '../api';
import { dateCheck } from './date-check';
import { formatDay, formatIso, type PostDate } from './dates';
import type { ExportRecord } from './export-state';
import {
  applyFieldEdits,
  convertFrontMatter,
  parseForExport,
  withOpeningDelimiter,
  type ParsedForExport,
} from './front-matter-edit';
import { applyFixes, dialectWarnings, templateEngineOf } from './dialect-checks';
import { draftPublishedWarning, publishesDrafts } from './drafts';
import { rawHtmlWarnings } from './raw-html';
import { themeFlagEdits } from './theme-flags';
import { conversionWarning, schemaWarnings } from './export-checks';
import { planImages, type ImagePlan } from './image-plan';
import { applyLineEdits } from './images';
import { scanBody, type ScannedBody } from './markdown-scan';
import { readPostFacts } from './post-facts';
import { postUrl } from './post-url';
import type { ExportPreset, FieldEdit, PostFacts } from './presets/types';
import type { RepoFacts } from './repo-facts';
import { isConfinedTargetPath, sanitizePermalink } from './safe-path';
import type { PlanSnapshot } from './snapshot';

/** Everything planning one post needs. */
export interface PostPlanInput {
  postPath: WorkspacePath;
  text: string;
  title: string;
  preset: ExportPreset;
  repo: RepoFacts;
  record: ExportRecord | undefined;
  slugStyle: SlugStyle;
  fixes: readonly ExportFixId[];
  today: PostDate;
  snapshot: PlanSnapshot;
  ownAssetHashes: ReadonlyMap<string, string>;
  /** Repository files Postwright wrote, by target path: the post each was exported from. */
  exportedPaths: ReadonlyMap<string, WorkspacePath>;
  hashText: (text: string) => string;
}

/** The plan for one post, before checks across posts (collisions). */
export interface PostPlan {
  postPath: WorkspacePath;
  /** null when the post cannot be exported (broken front matter, unsafe target). */
  file: ExportFileOp | null;
  /** Nothing to write: the repository already holds exactly this content. */
  unchanged: boolean;
  facts: PostFacts | null;
  images: ImagePlan['assets'];
  warnings: ExportWarning[];
  /** What to remember once applied. */
  record: ExportRecord | null;
  /** The permalink the exported post declares (for collision checks). */
  permalink: string | null;
}

/**
 * What planning one post finds without looking at any file: the same in every round of one
 * planning, so the runner's rounds parse and scan each post once (see `PlanMemo`).
 *
 * `final` is a post that cannot be exported (broken front matter, unsafe target): its plan.
 */
export type PreparedPost =
  | { kind: 'final'; plan: PostPlan }
  | {
      kind: 'ready';
      parsed: ParsedForExport;
      facts: PostFacts;
      warnings: readonly ExportWarning[];
      targetPath: string;
      scan: ScannedBody;
    };

/** Parses, reads the facts, places and scans one post: everything that needs no lookup. */
export function preparePost(
  input: Omit<PostPlanInput, 'snapshot' | 'ownAssetHashes' | 'exportedPaths'>,
): PreparedPost {
  const { postPath, preset } = input;
  const empty = emptyPlan(postPath);
  const parsed = parseForExport(input.text);
  if (parsed.error !== null) {
    const where = parsed.error.line === null ? '' : ` (line ${parsed.error.line})`;
    return {
      kind: 'final',
      plan: {
        ...empty,
        warnings: [
          {
            code: 'front-matter-error',
            postPath,
            message: `The front matter cannot be read${where}: ${parsed.error.message.replace(/\.$/, '')}. Fix it before exporting.`,
            // The reason and what it names let the UI say it in its own language.
            details: frontMatterErrorDetails(parsed.error),
          },
        ],
      },
    };
  }
  const { facts, warnings } = readPostFacts({
    postPath,
    data: parsed.data,
    format: parsed.format ?? 'none',
    title: input.title,
    record: input.record,
    slugStyle: input.slugStyle,
    today: input.today,
    dialect: preset.dialect,
  });
  const publisher = facts.draft ? publishesDrafts(preset, input.repo) : null;
  if (publisher !== null) {
    const at = warnings.findIndex((warning) => warning.code === 'draft');
    warnings.splice(
      at < 0 ? warnings.length : at,
      at < 0 ? 0 : 1,
      draftPublishedWarning(postPath, publisher),
    );
  }
  const dateWarning = dateCheck(postPath, facts, input.record);
  if (dateWarning?.code === 'invalid-date') {
    return { kind: 'final', plan: { ...empty, warnings: [dateWarning] } };
  }
  if (dateWarning !== null) {
    warnings.push(dateWarning);
  }
  const targetPath = preset.postPath(facts, input.repo);
  if (!isConfinedTargetPath(targetPath, preset.postFolders(input.repo))) {
    warnings.push({
      code: 'unsafe-path',
      postPath,
      message: `${targetPath} is not a safe place to write; the post is not exported.`,
      details: { value: targetPath },
    });
    return { kind: 'final', plan: { ...empty, warnings } };
  }
  const engine = templateEngineOf(preset, input.repo, parsed.data);
  const scan = scanBody(applyFixes(parsed.body, input.fixes, preset, engine));
  warnings.push(...dialectWarnings(scan, preset, postPath, parsed.bodyStartLine, engine));
  warnings.push(...schemaWarnings(postPath, preset, facts, input.repo));
  warnings.push(...rawHtmlWarnings(scan, preset, input.repo, postPath, parsed.bodyStartLine));
  return { kind: 'ready', parsed, facts, warnings, targetPath, scan };
}

/**
 * Plans one post: its target file with complete new content, its images and its warnings.
 *
 * While a file it needs is not gathered yet, the plan is left incomplete (no file, no record):
 * the runner plans again once it is, so the content is put together once, in the last round.
 */
export function planPost(input: PostPlanInput, prepared = preparePost(input)): PostPlan {
  const { postPath, preset } = input;
  if (prepared.kind === 'final') {
    return { ...prepared.plan, warnings: [...prepared.plan.warnings] };
  }
  const { parsed, facts, targetPath, scan } = prepared;
  const warnings = [...prepared.warnings];
  let isAnswered = true;
  const snapshot = noteUnanswered(input.snapshot, () => {
    isAnswered = false;
  });
  const images = planImages(scan, {
    postPath,
    bodyStartLine: parsed.bodyStartLine,
    facts,
    postTargetPath: targetPath,
    preset,
    repo: input.repo,
    snapshot,
    ownAssetHashes: input.ownAssetHashes,
  });
  warnings.push(...images.warnings);
  snapshot.repoFile(targetPath);
  if (input.record !== undefined && input.record.path !== targetPath) {
    snapshot.repoFile(input.record.path);
  }
  if (!isAnswered) {
    return { ...emptyPlan(postPath), facts, images: images.assets, warnings };
  }

  const edits: FieldEdit[] = [
    ...preset.frontMatter(facts, input.repo),
    ...images.fieldEdits,
    ...themeFlagEdits(scan, preset, input.repo, parsed.data),
  ];
  const permalinkValue = typeof parsed.data.permalink === 'string' ? parsed.data.permalink : null;
  let permalink = permalinkValue;
  if (permalinkValue !== null) {
    const clean = sanitizePermalink(permalinkValue);
    if (clean.changed) {
      permalink = clean.value;
      edits.push({ op: 'set', key: 'permalink', value: { kind: 'string', text: clean.value } });
      warnings.push({
        code: 'unsafe-path',
        postPath,
        message: `The permalink "${permalinkValue}" climbs out of the site; "${clean.value}" is exported instead.`,
        details: { field: 'permalink', value: permalinkValue, used: clean.value },
      });
    }
  }
  const newBody = applyLineEdits(scan.lines, images.lineEdits).join('\n');
  let content = applyFieldEdits(input.text.slice(0, parsed.bodyOffset) + newBody, edits);
  const format = preset.format(facts, input.repo);
  if (format !== 'keep' && parsed.format !== null && parsed.format !== format) {
    const lost = conversionWarning(postPath, content, format);
    if (lost !== null) {
      warnings.push(lost);
    }
    content = convertFrontMatter(content, format);
  } else {
    content = withOpeningDelimiter(content);
  }

  const declaredUrl = preset.permalinkKey === null ? undefined : parsed.data[preset.permalinkKey];
  const op = fileOp(input, targetPath, content, warnings);
  const file =
    op === null
      ? null
      : {
          ...op,
          url: postUrl({
            preset: preset.id,
            facts,
            repo: input.repo,
            permalink:
              permalink ??
              (typeof declaredUrl === 'string' ? sanitizePermalink(declaredUrl).value : null),
            targetPath,
          }),
        };
  const current = snapshot.repoFile(targetPath);
  const unchanged =
    current !== null &&
    current !== undefined &&
    current.text === content &&
    file !== null &&
    file.kind !== 'rename';
  const assetHashes: Record<string, string> = {};
  for (const asset of images.assets) {
    const info = snapshot.workspaceAsset(asset.sourcePath);
    if (info !== undefined && info !== null && info !== 'outside') {
      assetHashes[asset.targetPath] = info.hash;
    }
  }
  const record: ExportRecord = {
    path: targetPath,
    slug: facts.slug,
    date: facts.date.hasTime ? formatIso(facts.date) : formatDay(facts.date),
    hash: input.hashText(content),
    sourceHash: input.hashText(input.text),
    assets: assetHashes,
    exportedAt: '',
    ...(input.title === '' ? {} : { title: input.title }),
  };
  return { postPath, file, unchanged, facts, images: images.assets, warnings, record, permalink };
}

/** The file operation: create, update, or rename from where the last export put it. */
function fileOp(
  input: PostPlanInput,
  targetPath: string,
  content: string,
  warnings: ExportWarning[],
): ExportFileOp | null {
  const { snapshot, record, postPath } = input;
  const current = snapshot.repoFile(targetPath);
  if (current === undefined) {
    return null;
  }
  const ownHere =
    record !== undefined &&
    record.path === targetPath &&
    current !== null &&
    current.hash === record.hash;
  const isForeign = current !== null && !ownHere && current.text !== content;
  if (isForeign) {
    warnings.push(foreignWarning(input, targetPath));
  }
  let kind: ExportFileOp['kind'] = current === null ? 'create' : 'update';
  let previousPath: string | undefined;
  // A renamed file is shown as a diff against the copy it replaces.
  let before = current === null ? '' : current.text;
  if (record !== undefined && record.path !== targetPath) {
    const previous = snapshot.repoFile(record.path);
    if (previous === undefined) {
      return null;
    }
    if (previous !== null && previous.hash === record.hash) {
      kind = 'rename';
      previousPath = record.path;
      before = current === null ? previous.text : before;
    } else if (previous !== null) {
      warnings.push({
        code: 'foreign-file',
        postPath,
        message: `${record.path} (this post's earlier export) was changed in the repository, so it is left in place.`,
        details: { path: record.path },
      });
    }
  }
  const op: ExportFileOp = {
    kind,
    targetPath,
    postPath,
    content,
    currentContent: before,
    isForeign,
  };
  return previousPath === undefined ? op : { ...op, previousPath };
}

/** Why the file at `targetPath` needs Replace: edited since, another post's export, or not ours. */
function foreignWarning(input: PostPlanInput, targetPath: string): ExportWarning {
  const { record, postPath } = input;
  const replace = 'it is replaced only if you choose Replace.';
  if (record?.path === targetPath) {
    return {
      code: 'foreign-file',
      postPath,
      message: `${targetPath} was changed in the repository since Postwright exported it; ${replace}`,
      details: { path: targetPath, context: 'changed' },
    };
  }
  const other = input.exportedPaths.get(targetPath);
  if (other !== undefined && other !== postPath) {
    return {
      code: 'foreign-file',
      postPath,
      message: `${targetPath} was written by Postwright for another post, ${other}; ${replace}`,
      details: { path: targetPath, other, context: 'other-post' },
    };
  }
  return {
    code: 'foreign-file',
    postPath,
    message: `${targetPath} already exists and was not written by Postwright; ${replace}`,
    details: { path: targetPath },
  };
}

function emptyPlan(postPath: WorkspacePath): PostPlan {
  return {
    postPath,
    file: null,
    unchanged: false,
    facts: null,
    images: [],
    warnings: [],
    record: null,
    permalink: null,
  };
}

/** The snapshot, calling `onUnanswered` for each lookup it cannot answer yet. */
function noteUnanswered(snapshot: PlanSnapshot, onUnanswered: () => void): PlanSnapshot {
  const check = <T>(answer: T | undefined): T | undefined => {
    if (answer === undefined) {
      onUnanswered();
    }
    return answer;
  };
  return {
    repoFile: (path) => check(snapshot.repoFile(path)),
    repoAsset: (path) => check(snapshot.repoAsset(path)),
    workspaceAsset: (path) => check(snapshot.workspaceAsset(path)),
  };
}

/** A front-matter error's facts as warning details: the parser's words, and why, when known. */
function frontMatterErrorDetails(error: FrontMatterErrorInfo): Record<string, string | number> {
  const details: Record<string, string | number> = { error: error.message };
  const known = {
    line: error.line,
    column: error.column,
    reason: error.reason,
    subject: error.subject,
    parserCode: error.parserCode,
  };
  for (const [key, value] of Object.entries(known)) {
    if (value !== null && value !== undefined) {
      details[key] = value;
    }
  }
  return details;
}
