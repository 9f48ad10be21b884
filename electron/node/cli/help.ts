import type { Language } from '../../../core/api';
import { translator, type Translate } from './cli-i18n';

/** One `--help` page: usage lines, a summary, sections of `term  description` rows, notes. */
export interface HelpPage {
  usage: string[];
  /** Catalog keys of the paragraph under the usage, and of the notes at the end. */
  summary: string;
  notes?: string;
  sections: { title: string; rows: [term: string, description: string][] }[];
}

const langRow: [string, string] = ['--lang LANG', 'cli:help.lang'];
const helpRow: [string, string] = ['-h, --help', 'cli:help.help'];

/** The help pages of the commands; terms and usage lines are the same in every language. */
export const helpPages: Record<string, HelpPage> = {
  main: {
    usage: ['postwright [DIR]', 'postwright <command> [options]'],
    summary: 'cli:help.main.summary',
    sections: [
      {
        title: 'cli:help.commands',
        rows: [
          ['postwright [DIR]', 'cli:help.main.open'],
          ['postwright serve [options]', 'cli:help.main.serve'],
          ['postwright list DIR', 'cli:help.main.list'],
          ['postwright new DIR TITLE', 'cli:help.main.new'],
          ['postwright export ...', 'cli:help.main.export'],
        ],
      },
      {
        title: 'cli:help.options',
        rows: [
          ['-h, --help', 'cli:help.main.help'],
          ['-v, --version', 'cli:help.main.version'],
          langRow,
        ],
      },
    ],
    notes: 'cli:help.main.notes',
  },
  serve: {
    usage: ['postwright serve [--workspace DIR] [--port N] [--lang en|zh-CN]'],
    summary: 'cli:help.serve.summary',
    sections: [
      {
        title: 'cli:help.options',
        rows: [
          ['-w, --workspace DIR', 'cli:help.serve.workspace'],
          ['-p, --port N', 'cli:help.serve.port'],
          ['-l, --lang LANG', 'cli:help.serve.lang'],
          helpRow,
        ],
      },
    ],
  },
  list: {
    usage: ['postwright list DIR [--json] [--lang LANG]'],
    summary: 'cli:help.list.summary',
    sections: [
      {
        title: 'cli:help.options',
        rows: [['--json', 'cli:help.list.json'], langRow, helpRow],
      },
    ],
  },
  new: {
    usage: ['postwright new DIR TITLE [--date DATE] [--draft] [--folder SUBDIR] [--lang LANG]'],
    summary: 'cli:help.new.summary',
    sections: [
      {
        title: 'cli:help.options',
        rows: [
          ['--date DATE', 'cli:help.new.date'],
          ['--draft', 'cli:help.new.draft'],
          ['--folder SUBDIR', 'cli:help.new.folder'],
          langRow,
          helpRow,
        ],
      },
    ],
  },
  export: {
    usage: [
      'postwright export POST --to REPO [--preset NAME] [--drafts STYLE] [--fix ID]... [--dry-run] [--json] [--replace] [--workspace DIR] [--lang LANG]',
    ],
    summary: 'export:help.summary',
    sections: [
      {
        title: 'cli:help.options',
        rows: [
          ['POST', 'export:help.post'],
          ['--to REPO', 'export:help.to'],
          ['--preset NAME', 'export:help.preset'],
          ['--drafts STYLE', 'export:help.drafts'],
          ['--fix ID', 'export:help.fix'],
          ['--dry-run', 'export:help.dryRun'],
          ['--json', 'export:help.json'],
          ['--replace', 'export:help.replace'],
          ['--workspace DIR', 'export:help.workspace'],
          langRow,
          helpRow,
        ],
      },
    ],
    notes: 'export:help.notes',
  },
};

/**
 * The columns a text takes in a terminal: CJK ideographs, kana, Hangul and full-width forms take
 * two, as terminals draw them (East Asian Width W and F).
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    width += isWide(char.codePointAt(0) ?? 0) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** `text` padded with spaces to `width` terminal columns. */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * A help page as printed: descriptions start in one column for the whole page, measured in
 * terminal columns, and a description's further lines start in that column too.
 */
export function formatHelp(page: HelpPage, t: Translate): string {
  const usage = t('cli:help.usage');
  const indent = ' '.repeat(displayWidth(usage));
  const lines = page.usage.map((line, index) => `${index === 0 ? usage : indent}${line}`);
  lines.push('', t(page.summary));
  const termWidth = Math.max(
    ...page.sections.flatMap((section) => section.rows.map(([term]) => displayWidth(term))),
  );
  const column = ' '.repeat(2 + termWidth + 2);
  for (const section of page.sections) {
    lines.push('', t(section.title));
    for (const [term, key] of section.rows) {
      const [first = '', ...rest] = t(key).split('\n');
      lines.push(`  ${padDisplay(term, termWidth)}  ${first}`);
      lines.push(...rest.map((line) => `${column}${line}`));
    }
  }
  if (page.notes !== undefined) {
    lines.push('', t(page.notes));
  }
  return `${lines.join('\n')}\n`;
}

/** The `--help` text of a command (`main` for `postwright --help`) in a language. */
export function helpText(command: string, language: Language): string {
  const page = helpPages[command];
  return page === undefined ? '' : formatHelp(page, translator(language));
}

/** The English `--help` texts, one per command. */
export const helpTexts: Record<string, string> = Object.fromEntries(
  Object.keys(helpPages).map((command) => [command, helpText(command, 'en')]),
);
