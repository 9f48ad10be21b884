import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiErrorCodes } from '../../../core/api';
import { cliLanguages } from '../../../electron/node/cli/cli-i18n';
import { displayWidth, helpPages, helpText } from '../../../electron/node/cli/help';

const electronNode = fileURLToPath(new URL('../../../electron/node/', import.meta.url));
const locales = join(electronNode, 'cli/locales');

function flatKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, inner]) =>
    flatKeys(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function flatStrings(value: unknown): string[] {
  if (typeof value === 'string') {
    return [value];
  }
  return typeof value === 'object' && value !== null
    ? Object.values(value).flatMap(flatStrings)
    : [];
}

function catalog(language: string, namespace: string): unknown {
  return JSON.parse(readFileSync(join(locales, language, `${namespace}.json`), 'utf8'));
}

function namespaces(language: string): string[] {
  return readdirSync(join(locales, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** The CLI's sources: its folder and the export command, which prints through the same catalogs. */
function cliSources(): string[] {
  const folder = join(electronNode, 'cli');
  return [
    ...readdirSync(folder)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(folder, name)),
    join(electronNode, 'export/export-command.ts'),
  ];
}

describe('the CLI catalogs', () => {
  it('has the same namespaces and keys in English and Chinese, none empty', () => {
    expect(namespaces('zh-CN')).toEqual(namespaces('en'));
    for (const namespace of namespaces('en')) {
      const en = flatKeys(catalog('en', namespace)).sort();
      for (const language of cliLanguages) {
        expect(flatKeys(catalog(language, namespace)).sort(), `${language}/${namespace}`).toEqual(
          en,
        );
        const blank = flatStrings(catalog(language, namespace)).filter(
          (text) => text.trim() === '',
        );
        expect(blank, `${language}/${namespace}`).toEqual([]);
      }
    }
  });

  it('has every key the CLI code names (t(...), UsageError, PhrasedApiError, help pages)', () => {
    const missing: string[] = [];
    for (const file of cliSources()) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(
        /'((?:cli|errors|export|warnings|front-matter):[\w.]+)'/g,
      )) {
        const [namespace = '', key = ''] = (match[1] ?? '').split(':');
        for (const language of cliLanguages) {
          if (!flatKeys(catalog(language, namespace)).includes(key)) {
            missing.push(`${relative(electronNode, file)}: ${language} ${namespace}:${key}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('says every API error code, and the kinds of export operations, in every language', () => {
    for (const language of cliLanguages) {
      const errors = flatKeys(catalog(language, 'errors'));
      for (const code of apiErrorCodes) {
        expect(errors, `${language} ${code}`).toContain(`codes.${code}`);
      }
      const kinds = flatKeys(catalog(language, 'export'));
      for (const kind of ['create', 'update', 'rename', 'unchanged', 'remove', 'image']) {
        expect(kinds, `${language} ${kind}`).toContain(`plan.kind.${kind}`);
      }
    }
  });

  it("says export warnings as the app's export dialog does, --replace for its Replace button", () => {
    const renderer = fileURLToPath(new URL('../../../renderer/i18n/locales/', import.meta.url));
    const ownWords = new Set(['foreign-file_other-post', 'foreign-file_changed']);
    for (const language of cliLanguages) {
      const app = (
        JSON.parse(readFileSync(join(renderer, language, 'export.json'), 'utf8')) as {
          warning: Record<string, unknown>;
        }
      ).warning;
      const cli = catalog(language, 'warnings') as Record<string, unknown>;
      expect(Object.keys(cli).sort(), language).toEqual(Object.keys(app).sort());
      for (const [key, sentence] of Object.entries(cli)) {
        if (ownWords.has(key)) {
          expect(sentence, `${language} ${key}`).toContain('--replace');
        } else {
          expect(sentence, `${language} ${key}`).toEqual(app[key]);
        }
      }
    }
  });

  it("says front matter errors as the app's form does (problems:frontMatter, problems:yaml)", () => {
    const renderer = fileURLToPath(new URL('../../../renderer/i18n/locales/', import.meta.url));
    for (const language of cliLanguages) {
      const problems = JSON.parse(
        readFileSync(join(renderer, language, 'problems.json'), 'utf8'),
      ) as Record<string, unknown>;
      expect(catalog(language, 'front-matter'), language).toEqual({
        frontMatter: problems['frontMatter'],
        yaml: problems['yaml'],
      });
    }
  });

  it('keeps the same placeholders in both languages of every message', () => {
    const placeholders = (text: string): string[] =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
    for (const namespace of namespaces('en')) {
      const en = catalog('en', namespace);
      const zh = catalog('zh-CN', namespace);
      for (const key of flatKeys(en)) {
        const at = (root: unknown): string =>
          String(
            key
              .split('.')
              .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], root),
          );
        // The English sentences of backend errors are the backend's own message.
        if (namespace === 'errors') {
          expect(placeholders(at(en)), key).toEqual(['message']);
          continue;
        }
        expect(placeholders(at(zh)), `${namespace}:${key}`).toEqual(placeholders(at(en)));
      }
    }
  });
});

describe('help pages', () => {
  it.each(
    Object.keys(helpPages).flatMap((page) => cliLanguages.map((language) => [page, language])),
  )(
    '%s in %s: descriptions in one column (in terminal columns), lines no wider than 100',
    (page, language) => {
      const text = helpText(page, language as 'en' | 'zh-CN');
      const lines = text.split('\n');
      const columns = new Set<number>();
      for (const line of lines) {
        const row = /^( {2}\S.*?)( {2,})(\S.*)$/.exec(line);
        if (row !== null) {
          columns.add(displayWidth(`${row[1] ?? ''}${row[2] ?? ''}`));
        }
      }
      expect(columns.size, [...columns].join(', ')).toBe(1);
      const [column = 0] = [...columns];
      for (const line of lines.filter((candidate) => /^ {3,}\S/.test(candidate))) {
        const usage = page === 'main' && line.trimStart().startsWith('postwright <command>');
        if (!usage) {
          expect(line.length - line.trimStart().length, line).toBe(column);
        }
      }
      const usageLines = helpPages[page]?.usage.length ?? 0;
      for (const line of lines.slice(usageLines)) {
        expect(displayWidth(line), line).toBeLessThanOrEqual(100);
      }
    },
  );

  it('measures CJK characters and full-width punctuation as two columns', () => {
    expect(displayWidth('postwright')).toBe(10);
    expect(displayWidth('用法：')).toBe(6);
    expect(displayWidth('（默认）a')).toBe(9);
  });
});
