import { expect, test } from 'vitest';
import type { ExportRecord } from '../../../core/export/export-state';
import {
  fixturesDir,
  hashText,
  loadFolder,
  loadWorkspace,
  planScenario,
  planScenarioInRounds,
  type Scenario,
} from './plan-harness';

// The runner plans in rounds (lookups answered only after a round asked for them) with one memo,
// and a post's content is put together only in the round where everything it needs is known.
// These tests hold that to the plan made with every lookup answered at once.

const fm = (lines: string): string => `---\n${lines}---\n\n`;

/** Posts that exercise images, covers, collisions, TOML, Hexo-style blocks and renames. */
function manyPosts(): Record<string, string> {
  const posts: Record<string, string> = { ...loadWorkspace().posts };
  for (let i = 0; i < 40; i++) {
    const day = String((i % 27) + 1).padStart(2, '0');
    const extra =
      (i % 5 === 0 ? 'slug: shared\n' : '') +
      (i % 7 === 0 ? 'permalink: /same/\n' : '') +
      (i % 6 === 0 ? 'image: images/diagram.png\n' : '');
    const body = `![d](images/diagram.png)\n\n![l](/images/site-logo.png)\n\n![m](gone-${i}.png)\n`;
    posts[i % 4 === 0 ? `文章-${i}.md` : `p-${i}.md`] =
      i % 9 === 4
        ? `+++\ntitle = "T ${i}"\ndate = 2024-02-${day}\n+++\n\n${body}`
        : i % 11 === 3
          ? `title: Hexo ${i}\ndate: 2024-02-${day}\n---\n\n${body}`
          : `${fm(`title: 第 ${i} 篇\ndate: 2024-02-${day}\n${extra}`)}${body}`;
  }
  return posts;
}

const repos = [
  'jekyll',
  'jekyll-academicpages',
  'jekyll-minimal-mistakes',
  'hugo-toml',
  'hugo-yaml',
  'hugo-bundle',
  'hexo',
  'astro',
  'eleventy',
  'plain',
];

/** The plan without what only rounds have. */
function comparable(draft: ReturnType<typeof planScenario> & { rounds?: number }): unknown {
  const { missing, rounds: _rounds, ...rest } = draft;
  expect(missing).toEqual([]);
  return rest;
}

test.each(repos)(
  'planning %s in rounds with a memo gives the plan made with everything known',
  (name) => {
    const repo = loadFolder(new URL(`repos/${name}/`, fixturesDir));
    const scenario: Scenario = { repo, posts: manyPosts(), images: loadWorkspace().images };
    const eager = planScenario(scenario);
    const rounds = planScenarioInRounds(scenario);
    // The first round asks for everything (an image and where it would go): one gathering.
    expect(rounds.rounds).toBe(2);
    expect(comparable(rounds)).toEqual(comparable(eager));
  },
);

test('a re-export with records (updates, renames, foreign edits) plans the same in rounds', () => {
  const posts = manyPosts();
  const first = planScenario({ preset: 'jekyll', posts, images: loadWorkspace().images });
  const repo: Record<string, string | { bytes: string }> = {};
  for (const file of first.files) {
    repo[file.targetPath] = file.content;
  }
  const state: Record<string, ExportRecord> = {};
  for (const [path, record] of Object.entries(first.records)) {
    state[path] = { ...record, exportedAt: '2026-01-01T00:00:00.000Z' };
  }
  // One post moves to a new date (rename), one exported copy was edited in the repository.
  const moved = Object.keys(posts).find((path) => path.startsWith('p-1.'));
  const edited = first.files[2]?.targetPath;
  expect(moved).toBeDefined();
  expect(edited).toBeDefined();
  posts[moved ?? ''] = (posts[moved ?? ''] ?? '').replace('2024-02-02', '2024-03-09');
  repo[edited ?? ''] = 'changed by hand\n';
  const scenario: Scenario = {
    preset: 'jekyll',
    repo,
    posts,
    state,
    images: loadWorkspace().images,
  };
  const eager = planScenario(scenario);
  expect(eager.files.some((file) => file.kind === 'rename')).toBe(true);
  expect(eager.warnings.some((warning) => warning.code === 'foreign-file')).toBe(true);
  expect(comparable(planScenarioInRounds(scenario))).toEqual(comparable(eager));
});

test('every earlier post on the same file is named, and a permalink clash names the first', () => {
  const post = (permalink: string): string =>
    `${fm(`date: 2024-01-01\nslug: same\npermalink: ${permalink}\n`)}Text.\n`;
  const draft = planScenario({
    preset: 'jekyll',
    posts: { 'a.md': post('/x/'), 'b.md': post('/y/'), 'c.md': post('x') },
  });
  expect(
    draft.warnings.map((warning) => [warning.code, warning.postPath, warning.details?.other]),
  ).toEqual([
    ['path-collision', 'b.md', 'a.md'],
    ['path-collision', 'c.md', 'a.md'],
    ['path-collision', 'c.md', 'b.md'],
    ['permalink-collision', 'c.md', 'a.md'],
  ]);
});

test("a repository post's slug or permalink is found however its front matter spells the key", () => {
  const post = `${fm('date: 2024-01-01\npermalink: /taken/\n')}Text.\n`;
  const collisions = (repoPost: string): unknown[] =>
    planScenario({
      preset: 'jekyll',
      repo: { '_config.yml': 'title: x\n', '_posts/2020-01-01-theirs.md': repoPost },
      posts: { 'mine.md': post },
    }).warnings.map((warning) => [warning.code, warning.details?.other]);
  const theirs = '_posts/2020-01-01-theirs.md';
  // Escaped keys: the words "slug" and "permalink" do not appear as written.
  expect(collisions(`${fm('"sl\\u0075g": mine\n')}x\n`)).toEqual([['path-collision', theirs]]);
  expect(collisions(`${fm('"perma\\x6Cink": /taken\n')}x\n`)).toEqual([
    ['permalink-collision', theirs],
  ]);
  expect(collisions(`+++\n"sl\\u0075g" = "mine"\n+++\n\nx\n`)).toEqual([
    ['path-collision', theirs],
  ]);
  // Neither key: the file name's slug, and no permalink.
  expect(collisions(`${fm('title: Theirs\n')}slug: mine\npermalink: /taken/\n`)).toEqual([]);
  expect(collisions('No front matter. slug: mine\n')).toEqual([]);
  expect(
    planScenario({
      preset: 'jekyll',
      repo: { '_posts/2020-01-01-mine.md': `${fm('title: Theirs\n')}x\n` },
      posts: { 'mine.md': `${fm('date: 2024-01-01\n')}Text.\n` },
    }).warnings.map((warning) => warning.code),
  ).toEqual(['path-collision']);
});

test('hashes in records are the hashes of the planned content', () => {
  const draft = planScenarioInRounds({ preset: 'hugo', posts: manyPosts() });
  for (const file of draft.files) {
    expect(draft.records[file.postPath]?.hash).toBe(hashText(file.content));
  }
});
