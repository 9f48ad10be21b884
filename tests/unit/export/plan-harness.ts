import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExportFixId, GeneratorId } from '../../../core/api';
import { parsePostDate, type PostDate } from '../../../core/export/dates';
import { detectGenerator, type RepoListing } from '../../../core/export/detect';
import type { ExportRecord } from '../../../core/export/export-state';
import {
  createPlanMemo,
  planExport,
  type PlanDraft,
  type PlanInput,
} from '../../../core/export/plan';
import { readRepoFacts } from '../../../core/export/repo-facts';
import type { PlanSnapshot } from '../../../core/export/snapshot';

/** sha256 of text, as the runner computes it. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** An in-memory repository and workspace for planning without I/O. */
export interface Scenario {
  preset?: GeneratorId;
  /** Repository files: text posts/config, or `{ bytes }` for images (any string standing for the bytes). */
  repo?: Record<string, string | { bytes: string }>;
  /** Workspace posts. */
  posts: Record<string, string>;
  /** Workspace images (path -> stand-in bytes). */
  images?: Record<string, string>;
  state?: Record<string, ExportRecord>;
  fixes?: ExportFixId[];
  today?: string;
  slugStyle?: 'pinyin' | 'keep';
  /** The target's draft style (Jekyll, Hexo). */
  draftStyle?: 'drafts-folder' | 'published-false';
}

/** Plans with every lookup answered at once from the maps. */
export function planScenario(scenario: Scenario): PlanDraft & { preset: GeneratorId } {
  const input = scenarioInput(scenario);
  return { ...planExport(input), preset: input.preset };
}

/**
 * Plans like the runner does: lookups are answered only once a round asked for them, the plan is
 * made again until nothing is missing, with one memo across the rounds.
 */
export function planScenarioInRounds(
  scenario: Scenario,
): PlanDraft & { preset: GeneratorId; rounds: number } {
  const input = scenarioInput(scenario);
  const all = input.snapshot;
  const gathered = new Set<string>();
  const gate =
    <T>(kind: string, lookup: (path: string) => T) =>
    (path: string): T | undefined =>
      gathered.has(`${kind}:${path}`) ? lookup(path) : undefined;
  const snapshot: PlanSnapshot = {
    repoFile: gate('repoFile', (path) => all.repoFile(path)),
    repoAsset: gate('repoAsset', (path) => all.repoAsset(path)),
    workspaceAsset: gate('workspaceAsset', (path) => all.workspaceAsset(path)),
  };
  const memo = createPlanMemo();
  for (let rounds = 1; ; rounds++) {
    const draft = planExport({ ...input, snapshot, memo });
    if (draft.missing.length === 0 || rounds > 8) {
      return { ...draft, preset: input.preset, rounds };
    }
    for (const lookup of draft.missing) {
      gathered.add(`${lookup.kind}:${lookup.path}`);
    }
  }
}

function scenarioInput(scenario: Scenario): PlanInput & { preset: GeneratorId } {
  const repo = scenario.repo ?? {};
  const paths = new Set<string>();
  for (const path of Object.keys(repo)) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      paths.add(`${parts.slice(0, i).join('/')}/`);
    }
    paths.add(path);
  }
  const texts: Record<string, string> = {};
  for (const [path, value] of Object.entries(repo)) {
    if (typeof value === 'string') {
      texts[path] = value;
    }
  }
  const listing: RepoListing = { paths: [...paths].sort(), texts };
  const preset = scenario.preset ?? detectGenerator(listing).preset;
  const images = scenario.images ?? {};
  const snapshot: PlanSnapshot = {
    repoFile: (path) => {
      const value = repo[path];
      return typeof value === 'string' ? { text: value, hash: hashText(value) } : null;
    },
    repoAsset: (path) => {
      const value = repo[path];
      return value === undefined
        ? null
        : typeof value === 'string'
          ? { hash: hashText(value), size: value.length }
          : { hash: hashText(value.bytes), size: value.bytes.length };
    },
    workspaceAsset: (path) => {
      const value = images[path];
      return value === undefined ? null : { hash: hashText(value), size: value.length };
    },
  };
  const today: PostDate = parsePostDate(scenario.today ?? '2026-01-10 12:00:00') as PostDate;
  const repoPosts = Object.entries(texts)
    .filter(([path]) => /\.(?:md|markdown)$/.test(path))
    .map(([path, text]) => ({ path, text }));
  return {
    preset,
    repo: { ...readRepoFacts(listing), draftStyle: scenario.draftStyle ?? 'drafts-folder' },
    posts: Object.entries(scenario.posts).map(([path, text]) => ({ path, text, title: '' })),
    repoPosts,
    state: scenario.state ?? {},
    slugStyle: scenario.slugStyle ?? 'pinyin',
    fixes: scenario.fixes ?? [],
    today,
    snapshot,
    hashText,
  };
}

/** The export fixtures folder (repositories and a workspace written for these tests). */
export const fixturesDir = new URL('../../fixtures/export/', import.meta.url);

/** Reads a folder into a scenario map: text files as text, images as stand-in bytes (base64). */
export function loadFolder(folder: string | URL): Record<string, string | { bytes: string }> {
  const root = typeof folder === 'string' ? folder : fileURLToPath(folder);
  const files: Record<string, string | { bytes: string }> = {};
  const walk = (relative: string): void => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        walk(path);
      } else if (/\.(?:png|jpe?g|gif|webp)$/i.test(entry.name)) {
        files[path] = { bytes: readFileSync(join(root, path)).toString('base64') };
      } else {
        files[path] = readFileSync(join(root, path), 'utf8');
      }
    }
  };
  walk('');
  return files;
}

/** The fixture workspace's posts and images, split the way `planScenario` takes them. */
export function loadWorkspace(): { posts: Record<string, string>; images: Record<string, string> } {
  const posts: Record<string, string> = {};
  const images: Record<string, string> = {};
  for (const [path, value] of Object.entries(loadFolder(new URL('workspace/', fixturesDir)))) {
    if (typeof value === 'string') {
      posts[path] = value;
    } else {
      images[path] = value.bytes;
    }
  }
  return { posts, images };
}
