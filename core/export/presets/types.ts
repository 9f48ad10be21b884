import type { GeneratorId } from '../../api';
import type { PostDate } from '../dates';
import type { RepoFacts } from '../repo-facts';

/** A front-matter value a preset writes (mirrors the codec's scalar kinds and lists). */
export type EditValue =
  | { kind: 'string' | 'number' | 'boolean' | 'date' | 'datetime'; text: string }
  | { kind: 'list'; items: string[] };

/** One key-by-key change to the post's front matter, so the exported file stays recognisable. */
export type FieldEdit =
  | { op: 'set'; key: string; value: EditValue }
  | { op: 'rename'; from: string; to: string }
  | { op: 'remove'; key: string }
  /** A string one level down (`header.teaser`, `cover.image`); left alone if written as a flow map. */
  | { op: 'set-nested'; parent: string; child: string; text: string };

/** What a preset knows about the post being exported (all values already sanitised). */
export interface PostFacts {
  /** A single safe path segment. */
  slug: string;
  /** The date the export uses (front matter, else the file name, else remembered, else today). */
  date: PostDate;
  /** The key the date was written under, or null when the front matter had none. */
  dateKey: string | null;
  draft: boolean;
  /** The parsed front matter (read-only). */
  data: Readonly<Record<string, unknown>>;
  format: 'yaml' | 'toml' | 'json' | 'none';
  /**
   * The language a translation's file name carries (`index.zh.md`, `post.zh-cn.md`), for
   * generators that read translations from file names (Hugo); null otherwise.
   */
  language: string | null;
}

/** Where an image is written and how the post links to it afterwards. */
export interface ImagePlacement {
  /** Relative to the target root. */
  targetPath: string;
  link: string;
}

/** How Markdown in this blog is processed, for the warnings that depend on it. */
export interface Dialect {
  /** Liquid runs over the post before Markdown (Jekyll). */
  liquid: boolean;
  /** kramdown: `_` in inline math becomes emphasis. */
  kramdown: boolean;
  /** MathJax with its defaults: single `$…$` is not math. */
  dollarMathUnsupported: boolean;
  /** The file name carries the date (`YYYY-MM-DD-slug.md`). */
  datedFileNames: boolean;
  /** Translations are told apart by a language before the extension (Hugo's `post.zh.md`). */
  translationsByFileName?: boolean;
}

/** A blog generator's conventions, as data plus small pure functions. */
export interface ExportPreset {
  id: GeneratorId;
  /** English name; the UI translates by id. */
  label: string;
  dialect: Dialect;
  /** The front-matter key the generator reads a post's URL from. */
  permalinkKey: string | null;
  /** Folders (relative to the target root) posts are read from for collision checks. */
  postFolders(repo: RepoFacts): string[];
  /** Where the post goes (relative to the target root). */
  postPath(post: PostFacts, repo: RepoFacts): string;
  /** The folder the site's `/` is served from (`static` for Hugo, `source` for Hexo...). */
  siteRoot(repo: RepoFacts): string;
  /** Where a relative image of the post goes and its new link; `fileName` is already safe. */
  placeImage(
    fileName: string,
    post: PostFacts,
    postTargetPath: string,
    repo: RepoFacts,
  ): ImagePlacement;
  /** Front-matter changes the generator needs. */
  frontMatter(post: PostFacts, repo: RepoFacts): FieldEdit[];
  /** The front-matter syntax the generator reads: a post in another is converted; 'keep' accepts any. */
  format(post: PostFacts, repo: RepoFacts): 'yaml' | 'toml' | 'keep';
}
