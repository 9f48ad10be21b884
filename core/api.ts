/**
 * THE contract between Postwright's backend and its UI.
 *
 * Every backend method is declared here once, by its name, its argument (a schema in
 * api-schemas.ts, validated at the backend) and its result type. The Electron IPC binding, the
 * preload bridge, the serve-mode HTTP routes, the renderer's client and the CLI are all generated
 * from `apiMethods`, never copied per method.
 * Every method takes one JSON object and resolves to a JSON value; failures are `ApiError`s.
 */
import type { z } from 'zod';
import type { ApiArgSchemas } from './api-schemas';

// ---------------------------------------------------------------------------------------------
// Errors

/** Every failure that crosses the contract carries one of these codes. */
export const apiErrorCodes = [
  'E_CONFLICT', // the file on disk is no longer the version the caller started from
  'E_NOT_FOUND',
  'E_EXISTS', // a create/rename/duplicate would overwrite something
  'E_OUTSIDE_WORKSPACE', // a path resolves outside the workspace root
  'E_FRONT_MATTER', // front matter that cannot be parsed or must not be evaluated
  'E_ENCODING', // the file is not UTF-8 (details.encoding says what it looks like)
  'E_INVALID_ARGUMENT', // arguments that fail the schema, or a name that is not allowed
  'E_INVALID_NAME',
  'E_NO_WORKSPACE',
  'E_SETTINGS', // a settings file that is broken (it was kept as a backup)
  'E_PERMISSION',
  'E_TOO_LARGE',
  'E_GIT', // git failed or is not installed
  'E_IO', // any other file-system failure
  'E_INTERNAL',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** The shape an error has on the wire (IPC, HTTP, CLI --json). */
export interface ApiErrorData {
  code: ApiErrorCode;
  /** English text for logs and the CLI; the UI translates from `code` and `details`. */
  message: string;
  details?: Record<string, unknown>;
}

/** A typed failure of a contract method. */
export class ApiError extends Error implements ApiErrorData {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toJSON(): ApiErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  /** Rebuilds an error that crossed a transport. */
  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.message, data.details);
  }
}

/** Whether a value that crossed a transport is an error's wire shape. */
export function isApiErrorData(value: unknown): value is ApiErrorData {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { code, message } = value as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    (apiErrorCodes as readonly string[]).includes(code) &&
    typeof message === 'string'
  );
}

// ---------------------------------------------------------------------------------------------
// Shared value types

/** A path relative to the workspace root, with `/` separators. */
export type WorkspacePath = string;

/** What a save must start from: the file as it was read. */
export interface PostVersion {
  mtimeMs: number;
  size: number;
  /** sha256 of the file's bytes, hex. */
  hash: string;
}

/** One post as the index knows it: enough for the list, without reading the body. */
export interface PostEntry {
  path: WorkspacePath;
  /** Front-matter title, else the first heading, else the file name. */
  title: string;
  /** The date as written in the front matter (or the file name), never re-formatted. */
  date: string | null;
  draft: boolean;
  tags: string[];
  categories: string[];
  permalink: string | null;
  mtimeMs: number;
  size: number;
  /** Set when the front matter cannot be parsed; the post is still listed. */
  frontMatterError: FrontMatterErrorInfo | null;
}

/** Where and why front matter failed to parse. Lines and columns are 1-based. */
export interface FrontMatterErrorInfo {
  message: string;
  line: number | null;
  column: number | null;
  /** Why, so the UI can say it in its language; absent from older readers (then `message` says it). */
  reason?: FrontMatterErrorReason;
  /** The parser's own error code when it has one (the `yaml` package's 'BAD_INDENT', ...). */
  parserCode?: string;
  /** What the reason names: the language of code front matter, the unclosed delimiter, the key. */
  subject?: string;
}

/** Machine-readable causes of a front matter error. */
export type FrontMatterErrorReason =
  | 'unclosed'
  | 'code-language'
  | 'unsupported-language'
  | 'duplicate-key'
  | 'complex-key'
  | 'unresolved-alias'
  | 'too-many-aliases'
  | 'too-deep'
  | 'yaml-syntax'
  | 'toml-syntax'
  | 'json-syntax';

export type LineEnding = 'lf' | 'crlf' | 'mixed' | 'none';

/** A post's text as read from disk. */
export interface PostDocument {
  path: WorkspacePath;
  text: string;
  version: PostVersion;
  hasBom: boolean;
  lineEnding: LineEnding;
}

/** A non-UTF-8 post decoded from one encoding, as `convertPostEncoding` would write it. */
export interface EncodingPreview {
  path: WorkspacePath;
  encoding: string;
  /** The first lines of the decoded text; null when the bytes are not valid in `encoding`. */
  text: string | null;
  /** Whether the decoded text goes on after `text`. */
  isTruncated: boolean;
  /** Whether the file is valid UTF-8 now (it changed since it was refused): open it instead. */
  isUtf8: boolean;
  /** The version of the bytes decoded: convert with it as `baseVersion`. */
  version: PostVersion;
  /** Workspace-relative folder where converting keeps a copy of the original bytes. */
  backupFolder: string;
}

export type SlugStyle = 'pinyin' | 'keep';

/** Settings stored with the workspace (`.postwright/workspace.json`). */
export interface WorkspaceSettings {
  /** Front-matter template for new posts; `{{title}}` and `{{date}}` are filled in. */
  postTemplate: string;
  slugStyle: SlugStyle;
  /** Folder for new posts, relative to the root ('' = the root). */
  postsFolder: string;
  /** Where images pasted into a post go; `{post}` is the post's file name without extension. */
  assetFolder: string;
  exportTargets: ExportTarget[];
}

export type ThemePreference = 'system' | 'light' | 'dark';
export type Language = 'en' | 'zh-CN';
export type ViewMode = 'editor' | 'split' | 'preview';

/** Settings stored per user (in the app's user-data folder). */
export interface UserSettings {
  recentWorkspaces: string[];
  /** null: follow the OS. */
  language: Language | null;
  theme: ThemePreference;
  viewMode: ViewMode;
  showPostList: boolean;
  showFrontMatter: boolean;
  /** Fraction of the middle area taken by the editor in split mode. */
  splitRatio: number;
  postListWidth: number;
  editorFontSize: number;
  lineWrapping: boolean;
  allowRemoteImages: boolean;
  autosaveDelayMs: number;
  /**
   * Additive: the post open when each workspace was last left, by workspace root, so the app
   * reopens it on start (absent in settings written before it existed).
   */
  lastOpenPosts?: Record<string, WorkspacePath>;
}

/**
 * User settings as `getUserSettings` gives them. `warning` (additive): the backup path when the
 * settings file was broken at startup (it was kept there and defaults were used), else null or absent.
 */
export interface UserSettingsResult extends UserSettings {
  warning?: string | null;
  /**
   * Additive: the settings whose invalid values were dropped (reset to defaults) at startup, by
   * key (`theme`, `editorFontSize`); every other setting of the file was kept. Empty or absent
   * when nothing was dropped (a file that was not JSON at all has only `warning`).
   */
  droppedSettings?: string[];
}

/** The open workspace. */
export interface WorkspaceInfo {
  /** Absolute path of the root, for display and "Reveal in file manager". */
  root: string;
  name: string;
  settings: WorkspaceSettings;
  /** Set when a settings file was broken: it was kept at this backup path and defaults are used. */
  settingsWarning: string | null;
  /**
   * Additive: the workspace settings whose invalid values were dropped (reset to defaults) when
   * the workspace was opened; the others were kept. Empty or absent when nothing was dropped.
   */
  droppedSettings?: string[];
}

// ---------------------------------------------------------------------------------------------
// Export

/** Every generator export knows, in the order the UI offers them. */
export const generatorIds = [
  'jekyll',
  'jekyll-academicpages',
  'jekyll-minimal-mistakes',
  'hugo',
  'hugo-bundle',
  'hexo',
  'astro',
  'eleventy',
  'plain',
] as const;

export type GeneratorId = (typeof generatorIds)[number];

/** A blog repository posts are exported into. */
export interface ExportTarget {
  id: string;
  /** Absolute path of the repository folder. */
  path: string;
  name: string;
  preset: GeneratorId;
  /**
   * Where drafts go for Jekyll and Hexo: the `_drafts/` folder (the default) or `_posts/` with
   * `published: false`.
   */
  draftStyle?: ExportDraftStyle;
}

/** How a generator that has a drafts folder receives a draft. */
export type ExportDraftStyle = 'drafts-folder' | 'published-false';

export type ExportWarningCode =
  | 'missing-image'
  | 'permalink-collision'
  | 'path-collision'
  | 'future-date'
  | 'filename-date-mismatch'
  | 'liquid-in-code'
  | 'inline-math-dollars'
  | 'math-underscore'
  | 'unsafe-path'
  | 'foreign-file'
  | 'front-matter-error'
  | 'draft'
  | 'config-error'
  | 'invalid-date'
  | 'missing-date'
  | 'image-too-large'
  | 'earlier-export'
  | 'left-behind-image'
  | 'schema-missing-field'
  | 'front-matter-converted'
  | 'raw-html-omitted';

/** Something a blogger wants to know before publishing. */
export interface ExportWarning {
  code: ExportWarningCode;
  postPath: WorkspacePath;
  message: string;
  /** Extra facts for the translated message (the image, the other post, the line...). */
  details?: Record<string, string | number>;
  /** A fix the user may choose (e.g. wrap Liquid in {% raw %}); applied by `planExport` `fixes`. */
  fix?: ExportFixId;
}

export type ExportFixId = 'wrap-liquid-raw' | 'convert-inline-math';

/** One file the export will write, with its complete new content. */
export interface ExportFileOp {
  kind: 'create' | 'update' | 'rename';
  /** Relative to the target root, `/` separators. */
  targetPath: string;
  /** For 'rename': the file it replaces (it is removed once the new one is written). */
  previousPath?: string;
  postPath: WorkspacePath;
  content: string;
  /** What is in the repository now ('' for create), for the diff. */
  currentContent: string | null;
  /** Whether the file at targetPath was not written by Postwright (needs "Replace"). */
  isForeign: boolean;
  /** The post's address on the site as the generator will build it; null when it cannot be known. */
  url?: string | null;
  /**
   * Images of this post's earlier export nothing links any more, removed with its old copy
   * (Postwright wrote them, they are unchanged, and no other post uses them).
   */
  removedImages?: string[];
}

/** One image the export will copy. */
export interface ExportAssetOp {
  /** Relative to the workspace root. */
  sourcePath: WorkspacePath;
  /** Relative to the target root. */
  targetPath: string;
  kind: 'create' | 'update' | 'unchanged';
  size: number;
  /** An image with other content is already there and was not written by Postwright (needs "Replace"). */
  isForeign?: boolean;
  /** The posts that link it: it is copied only when one of them is written (not left alone). */
  postPaths?: WorkspacePath[];
}

/** Everything an export will do, shown to the user before anything is written. */
export interface ExportPlan {
  id: string;
  target: ExportTarget;
  files: ExportFileOp[];
  assets: ExportAssetOp[];
  warnings: ExportWarning[];
  /** Versions of the repository files the plan was made against (apply refuses if they changed). */
  createdAt: string;
}

export interface ExportResult {
  written: string[];
  copied: string[];
  removed: string[];
  /** Files not written because they were not Postwright's and were not listed in `replace`. */
  skipped?: string[];
}

export interface GitStatusEntry {
  path: string;
  status: 'new' | 'modified' | 'deleted' | 'other';
}

// ---------------------------------------------------------------------------------------------
// Methods: names and argument types (their schemas, validated at the backend, are in
// api-schemas.ts: the renderer never validates, so it does not carry zod) ...

/** Every backend method: the list every transport is generated from. */
export const apiMethods = [
  'getWorkspace',
  'openWorkspace',
  'listPosts',
  'readPost',
  'savePost',
  'createPost',
  'renamePost',
  'duplicatePost',
  'deletePost',
  'restorePost',
  'convertPostEncoding',
  'previewPostEncoding',
  'savePostAsset',
  'getUserSettings',
  'updateUserSettings',
  'updateWorkspaceSettings',
  'addExportTarget',
  'updateExportTarget',
  'removeExportTarget',
  'detectGenerator',
  'planExport',
  'applyExport',
  'gitStatus',
  'gitCommit',
  'revealPath',
  'writeJournal',
  'listJournal',
  'discardJournal',
] as const;

export type ApiMethod = (typeof apiMethods)[number];

/** A method's argument, as its schema accepts it (`api-schemas.ts`). */
export type ApiArgs<M extends ApiMethod> = z.input<ApiArgSchemas[M]>;

/** ... and result types. */
export interface ApiResults {
  getWorkspace: WorkspaceInfo;
  openWorkspace: WorkspaceInfo;
  listPosts: PostEntry[];
  readPost: PostDocument;
  /** `written: false` when the text was already on disk (nothing is written when nothing changed). */
  savePost: { version: PostVersion; written: boolean };
  createPost: { path: WorkspacePath };
  renamePost: { path: WorkspacePath };
  duplicatePost: { path: WorkspacePath };
  deletePost: { trashId: string };
  restorePost: { path: WorkspacePath };
  convertPostEncoding: PostDocument;
  previewPostEncoding: EncodingPreview;
  /** `link`: relative Markdown link from the post to the stored image. */
  savePostAsset: { path: WorkspacePath; link: string };
  getUserSettings: UserSettingsResult;
  updateUserSettings: UserSettingsResult;
  updateWorkspaceSettings: WorkspaceSettings;
  addExportTarget: ExportTarget;
  updateExportTarget: ExportTarget;
  removeExportTarget: { ok: true };
  detectGenerator: { preset: GeneratorId; evidence: string[] };
  planExport: ExportPlan;
  applyExport: ExportResult;
  gitStatus: { isRepository: boolean; gitAvailable: boolean; entries: GitStatusEntry[] };
  gitCommit: { commit: string };
  revealPath: { ok: boolean };
  writeJournal: { ok: true };
  listJournal: JournalEntry[];
  discardJournal: { ok: true };
}

/** Unsaved text that survived a crash, offered back on the next start. */
export interface JournalEntry {
  /** The workspace root the post belongs to. */
  root: string;
  path: WorkspacePath;
  text: string;
  baseVersion: PostVersion | null;
  savedAt: string;
}

/** The backend, as every transport exposes it. */
export type PostwrightApi = {
  [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResults[M]>;
};

// ---------------------------------------------------------------------------------------------
// Events (backend -> UI)

/** Changes to the index: from other programs (watcher) or from the app's own operations. */
export interface PostsChangedEvent {
  added: PostEntry[];
  changed: PostEntry[];
  removed: WorkspacePath[];
  renamed: { from: WorkspacePath; to: WorkspacePath }[];
}

/** A post's file changed on disk by another program (not by the app's own save). */
export interface PostChangedOnDiskEvent {
  path: WorkspacePath;
  /** null when the file was removed. */
  version: PostVersion | null;
  /**
   * Serve mode: the tab whose save made the change (another tab of the same server). The server
   * does not send the event to that tab itself; absent for changes by other programs.
   */
  byClient?: string;
}

export interface ApiEvents {
  postsChanged: PostsChangedEvent;
  postChangedOnDisk: PostChangedOnDiskEvent;
  workspaceChanged: WorkspaceInfo;
}

export type ApiEventName = keyof ApiEvents;

export const apiEventNames: readonly ApiEventName[] = [
  'postsChanged',
  'postChangedOnDisk',
  'workspaceChanged',
];

/** How a UI subscribes to backend events; returns the unsubscribe function. */
export type ApiEventSubscriber = <E extends ApiEventName>(
  event: E,
  listener: (payload: ApiEvents[E]) => void,
) => () => void;

/** What the renderer is handed by its host (preload bridge or serve-mode client). */
export interface PostwrightHost {
  api: PostwrightApi;
  on: ApiEventSubscriber;
  /** 'desktop' in Electron, 'browser' in serve mode. */
  kind: 'desktop' | 'browser';
  /** URL under which a workspace file is served to the preview (confined to the workspace). */
  workspaceFileUrl: (path: WorkspacePath) => string;
  /** Native folder picker (desktop); null where the host has none (serve mode asks for a path). */
  chooseFolder: (() => Promise<string | null>) | null;
  /** Commands from native menus and the OS (desktop); serve mode never sends any. */
  onCommand: (listener: (command: AppCommand) => void) => () => void;
  /**
   * Called when events were lost and cannot be replayed (serve mode, after a long disconnect): what
   * the UI derived from events must be read again. Hosts whose events cannot be lost omit it.
   */
  onResync?: (listener: () => void) => () => void;
}

/** A command the host's native menu (or the OS) asks the UI to carry out. */
export type AppCommand =
  | { id: 'newPost' }
  | { id: 'openFolder' }
  | { id: 'openRecent'; root: string }
  | { id: 'save' }
  | { id: 'export' }
  | { id: 'exportChanged' }
  | { id: 'togglePreview' }
  | { id: 'toggleFrontMatter' }
  | { id: 'togglePostList' }
  | { id: 'setViewMode'; mode: ViewMode }
  | { id: 'setTheme'; theme: ThemePreference }
  | { id: 'setLanguage'; language: Language }
  | { id: 'openPost'; path: WorkspacePath }
  | { id: 'find' }
  | { id: 'format'; command: FormatCommandName }
  | { id: 'openSettings' };

/** The formatting commands of the Format menu (the editor's commands of the same names). */
export type FormatCommandName =
  | 'bold'
  | 'italic'
  | 'strikethrough'
  | 'code'
  | 'link'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'paragraph'
  | 'bulletList'
  | 'orderedList'
  | 'quote';

// ---------------------------------------------------------------------------------------------
// Transport envelopes

/**
 * What a transport carries back for one call. Errors travel as data because Electron's IPC and
 * HTTP both lose an Error's class and fields.
 */
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/**
 * What the sandboxed preload exposes as `window.postwright` (contextBridge). The renderer wraps it
 * into a `PostwrightHost` (renderer/host/); nothing else reads `window.postwright`.
 */
export interface PreloadBridge {
  invoke: (method: ApiMethod, args: unknown) => Promise<ApiResponse<unknown>>;
  on: (event: ApiEventName, listener: (payload: unknown) => void) => () => void;
  onCommand: (listener: (command: AppCommand) => void) => () => void;
  chooseFolder: () => Promise<string | null>;
  /** Prefix of the privileged protocol that serves workspace files, e.g. `postwright-file://workspace/`. */
  workspaceFileUrlBase: string;
}
