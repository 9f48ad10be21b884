import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiErrorCodes } from '../../../core/api';
import { names } from '../../e2e/support/app-page';

const renderer = fileURLToPath(new URL('../../../renderer/', import.meta.url));
const locales = join(renderer, 'i18n/locales');
const languages = ['en', 'zh-CN'];

function flatKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, inner]) =>
    flatKeys(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

function catalog(language: string, namespace: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(locales, language, `${namespace}.json`), 'utf8')) as Record<
    string,
    unknown
  >;
}

function namespaces(language: string): string[] {
  return readdirSync(join(locales, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(path);
    }
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('translation catalogs', () => {
  it('has the same namespaces in every language', () => {
    expect(namespaces('zh-CN')).toEqual(namespaces('en'));
  });

  it.each(namespaces('en'))(
    'has the same keys in English and Chinese in namespace %s',
    (namespace) => {
      const en = flatKeys(catalog('en', namespace)).sort();
      for (const language of languages) {
        expect(
          flatKeys(catalog(language, namespace)).sort(),
          `${language}/${namespace}.json`,
        ).toEqual(en);
      }
    },
  );

  it('has no empty translation', () => {
    for (const language of languages) {
      for (const namespace of namespaces(language)) {
        const strings = Object.values(catalog(language, namespace)).filter(
          (value) => typeof value === 'string',
        );
        expect(
          strings.filter((value) => value.trim() === ''),
          `${language}/${namespace}`,
        ).toEqual([]);
      }
    }
  });

  it('translates every API error code', () => {
    for (const language of languages) {
      expect(Object.keys(catalog(language, 'errors')).sort()).toEqual([...apiErrorCodes].sort());
    }
  });

  it('has every key the renderer asks for with t(\'namespace:key\') or i18nKey="namespace:key"', () => {
    const missing: string[] = [];
    const known = new Set(namespaces('en'));
    for (const file of sourceFiles(renderer)) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(?:\bt\(\s*'|i18nKey=")([\w-]+):([\w.]+)['"]/g)) {
        const [, namespace = '', key = ''] = match;
        if (!known.has(namespace)) {
          missing.push(`${relative(renderer, file)}: ${namespace}:${key} (no such namespace)`);
          continue;
        }
        for (const language of languages) {
          const keys = new Set(flatKeys(catalog(language, namespace)));
          // i18next resolves `key` with a count to `key_one`/`key_other`.
          if (!keys.has(key) && !keys.has(`${key}_other`)) {
            missing.push(`${relative(renderer, file)}: ${language} ${namespace}:${key}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the accessible names the end-to-end tests rely on (DESIGN.md)', () => {
    const keys = {
      posts: ['list', 'posts'],
      newPost: ['app', 'newPost'],
      editor: ['editor', 'label'],
      preview: ['preview', 'region'],
      frontMatter: ['form', 'frontMatter'],
      saved: ['status', 'saved'],
    } as const;
    for (const language of ['en', 'zh-CN'] as const) {
      for (const [name, [namespace, key]] of Object.entries(keys)) {
        expect(catalog(language, namespace)[key], `${language} ${name}`).toBe(
          names[language][name as keyof typeof keys],
        );
      }
    }
  });
});
