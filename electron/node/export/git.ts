import { ApiError, type GitStatusEntry } from '../../../core/api';
import { runGit } from './git-run';
import { commandKeysIn } from './git-safety';

/** What `git status` says about a folder. */
export interface GitStatus {
  isRepository: boolean;
  gitAvailable: boolean;
  entries: GitStatusEntry[];
}

/** Reading settings takes milliseconds; longer means a file that never ends (a named pipe). */
const settingsTimeoutMs = 20_000;

/** Maps a porcelain XY pair to what the user cares about. */
function statusOf(xy: string): GitStatusEntry['status'] {
  if (xy === '??' || xy.includes('A')) {
    return 'new';
  }
  if (xy.includes('D')) {
    return 'deleted';
  }
  if (xy.includes('M') || xy.includes('R') || xy.includes('T')) {
    return 'modified';
  }
  return 'other';
}

/** `git status` of a folder: untracked and changed files, paths relative to the repository top. */
export async function gitStatusOf(folder: string): Promise<GitStatus> {
  const inside = await runGit(folder, ['rev-parse', '--is-inside-work-tree']);
  if (inside.missing) {
    return { isRepository: false, gitAvailable: false, entries: [] };
  }
  if (inside.code !== 0 || inside.stdout.trim() !== 'true') {
    return { isRepository: false, gitAvailable: true, entries: [] };
  }
  await refuseCommandSettings(folder);
  // Porcelain paths are relative to the repository top; the target may be a sub-folder of it.
  const prefix = (await runGit(folder, ['rev-parse', '--show-prefix'])).stdout.trim();
  // --untracked-files=all lists new files one by one instead of their folder. Submodules are
  // never looked into: their own settings (.git/modules/<name>/config, never checked above) may
  // name a clean filter that status would run.
  const run = await runGit(folder, [
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--ignore-submodules=all',
    '--',
    '.',
  ]);
  if (run.code !== 0) {
    throw new ApiError('E_GIT', `git status failed: ${run.stderr.trim()}`, { stderr: run.stderr });
  }
  const entries: GitStatusEntry[] = [];
  const records = run.stdout.split('\0');
  for (let i = 0; i < records.length; i++) {
    const record = records[i] ?? '';
    if (record.length < 4) {
      continue;
    }
    const xy = record.slice(0, 2);
    const path = record.slice(3);
    if (path.startsWith(prefix)) {
      entries.push({ path: path.slice(prefix.length), status: statusOf(xy) });
    }
    if (xy.startsWith('R') || xy.startsWith('C')) {
      i++; // the record after a rename is its source path
    }
  }
  return { isRepository: true, gitAvailable: true, entries };
}

/**
 * Refuses (E_GIT, reason `unsafe-git-config`, with the `keys`) a repository whose own settings
 * name programs git would run: `status` alone may run a file-system monitor or a clean filter.
 * Reading the settings runs nothing. The user can check them and run git by hand.
 */
async function refuseCommandSettings(folder: string): Promise<void> {
  let listing = await runGit(
    folder,
    ['config', '--list', '-z', '--show-scope', '--includes'],
    settingsTimeoutMs,
  );
  let scoped = listing.stdout;
  if (listing.code !== 0 && /show-scope/.test(listing.stderr)) {
    // git before 2.26 has no --show-scope: read the repository's own file alone.
    listing = await runGit(
      folder,
      ['config', '--local', '--list', '-z', '--includes'],
      settingsTimeoutMs,
    );
    scoped = listing.stdout
      .split('\0')
      .filter((entry) => entry !== '')
      .map((entry) => `local\0${entry}\0`)
      .join('');
  }
  if (listing.code !== 0) {
    throw new ApiError(
      'E_GIT',
      `git cannot read the repository's settings: ${listing.stderr.trim()}`,
      {
        stderr: listing.stderr,
      },
    );
  }
  const keys = commandKeysIn(scoped);
  if (keys.length > 0) {
    throw new ApiError(
      'E_GIT',
      `The repository's own git settings run programs (${keys.join(', ')}), so Postwright does not run git there. Check them, then commit with git yourself.`,
      { reason: 'unsafe-git-config', keys },
    );
  }
}

/**
 * Commits exactly the given paths (relative to the folder) with a message; never pushes and never
 * runs the repository's hooks. Paths are literal (`GIT_LITERAL_PATHSPECS`): `k[1].png` is not a
 * pattern that also commits `k1.png`.
 */
export async function gitCommitPaths(
  folder: string,
  message: string,
  paths: string[],
): Promise<{ commit: string }> {
  if (paths.length === 0) {
    throw new ApiError('E_INVALID_ARGUMENT', 'Choose at least one file to commit.');
  }
  const status = await gitStatusOf(folder);
  if (!status.gitAvailable) {
    throw new ApiError(
      'E_GIT',
      'git is not installed on this computer, so Postwright cannot commit. Commit with your usual tool.',
      { gitAvailable: false },
    );
  }
  if (!status.isRepository) {
    throw new ApiError('E_GIT', `${folder} is not a git repository.`, { isRepository: false });
  }
  // Only paths git reports as changed: `git add` fails on a path it has never heard of.
  const changed = new Set(status.entries.map((entry) => entry.path));
  const wanted = paths.filter((path) => changed.has(path));
  if (wanted.length === 0) {
    throw new ApiError('E_GIT', 'None of these files has changes to commit.', { paths });
  }
  const add = await runGit(folder, ['add', '--all', '--', ...wanted]);
  if (add.code !== 0) {
    throw new ApiError('E_GIT', `git add failed: ${add.stderr.trim()}`, { stderr: add.stderr });
  }
  const commit = await runGit(folder, ['commit', '-m', message, '--', ...wanted]);
  if (commit.code !== 0) {
    throw new ApiError('E_GIT', `git commit failed: ${(commit.stderr || commit.stdout).trim()}`, {
      stderr: commit.stderr,
    });
  }
  const head = await runGit(folder, ['rev-parse', 'HEAD']);
  return { commit: head.stdout.trim() };
}
