import { devNull } from 'node:os';

/**
 * Options put before every git command Postwright runs.
 *
 * A blog repository may come from anywhere (a zip, a shared folder) with its own `.git/config`
 * and `.git/hooks`, and git runs programs those name. Postwright never runs code from the
 * repository: no file-system monitor, no hooks (not even on a commit the user asked for: git run
 * by hand still runs them), no transports, no automatic maintenance. Settings that run programs
 * some other way (filters, diff drivers...) cannot be switched off by name, so a repository that
 * has any is refused before git runs there at all (`commandKeysIn`).
 */
export const hardenedGitOptions: readonly string[] = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.untrackedCache=false',
  '-c',
  // A folder that cannot exist: git finds no hook to run.
  `core.hooksPath=${devNull}`,
  '-c',
  'protocol.allow=never',
  '-c',
  'maintenance.auto=false',
  '-c',
  'gc.auto=0',
];

/** Variables that would point git at another repository, index or set of options than the folder's. */
const inheritedGitVariables = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_NAMESPACE',
  'GIT_EXTERNAL_DIFF',
  'GIT_PAGER',
  'GIT_EDITOR',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_ASKPASS',
];

/**
 * The environment git runs with: no prompts, English messages, paths taken literally (`k[1].png`
 * is that file, not a pattern matching `k1.png`), and no optional locks (status does not rewrite
 * the index).
 */
export function gitEnvironment(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const name of inheritedGitVariables) {
    delete env[name];
  }
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_LITERAL_PATHSPECS: '1',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C',
  };
}

/**
 * Keys (lower case; `*` one name part) whose value is a program git may run. `core.hooksPath`
 * is not among them: every run points it at nothing (`hardenedGitOptions`), so a repository set
 * up with husky (`core.hooksPath=.husky`, common in Node-based blogs) is not refused for it.
 */
const commandKeys: readonly RegExp[] = [
  'core.fsmonitor',
  'core.sshcommand',
  'core.gitproxy',
  'core.editor',
  'core.pager',
  'core.askpass',
  'core.alternaterefscommand',
  'sequence.editor',
  'diff.external',
  'diff.*.command',
  'diff.*.textconv',
  'merge.*.driver',
  'filter.*.clean',
  'filter.*.smudge',
  'filter.*.process',
  'credential.helper',
  'credential.*.helper',
  'pager.*',
  'gpg.program',
  'gpg.*.program',
  'gpg.ssh.defaultkeycommand',
  'uploadpack.packobjectshook',
  'remote.*.uploadpack',
  'remote.*.receivepack',
  'difftool.*.cmd',
  'mergetool.*.cmd',
  'browser.*.cmd',
  'man.*.cmd',
  'web.browser',
].map((pattern) => new RegExp(`^${pattern.replace(/\./g, '\\.').replace(/\*/g, '.+')}$`));

/**
 * Values of `core.fsmonitor` that name no program: off, or git's own built-in monitor (which
 * every run switches off anyway).
 */
const booleanValues = new Set(['', 'false', 'no', 'off', '0', 'true', 'yes', 'on', '1']);

/**
 * The keys of a repository's own configuration (`.git/config`, the worktree's, and the files
 * they include) that name a program git would run, from `git config --list -z --show-scope
 * --includes` output. The user's own (global, system) settings are trusted.
 */
export function commandKeysIn(listing: string): string[] {
  const tokens = listing.split('\0');
  const found = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i += 2) {
    const scope = tokens[i] ?? '';
    const entry = tokens[i + 1] ?? '';
    if (scope !== 'local' && scope !== 'worktree') {
      continue;
    }
    const newline = entry.indexOf('\n');
    const key = newline === -1 ? entry : entry.slice(0, newline);
    const value = newline === -1 ? '' : entry.slice(newline + 1);
    const lower = key.toLowerCase();
    if (lower === 'core.fsmonitor' && booleanValues.has(value.trim().toLowerCase())) {
      continue;
    }
    if (commandKeys.some((pattern) => pattern.test(lower))) {
      found.add(key);
    }
  }
  return [...found].sort();
}
