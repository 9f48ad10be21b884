import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'smol-toml';
import {
  parseFrontMatter,
  setFrontMatterField,
  type FieldValue,
} from '../../../core/post/front-matter';
import { changedLines } from './line-diff';

function setTags(post: string, items: string[], key = 'tags'): string {
  const value: FieldValue = { kind: 'list', items };
  const next = setFrontMatterField(post, key, value);
  expect(parseFrontMatter(next).fields.find((field) => field.key === key)?.items).toEqual(items);
  return next;
}

describe('editing a YAML block list', () => {
  const post = '---\ntitle: T\ntags:\n  - alpha  # first\n  - beta\ndate: 2024-01-01\n---\nbody\n';

  it('adds one line in the style of the items, keeping their comments', () => {
    const next = setTags(post, ['alpha', 'beta', 'gamma']);
    expect(next).toBe(
      '---\ntitle: T\ntags:\n  - alpha  # first\n  - beta\n  - gamma\ndate: 2024-01-01\n---\nbody\n',
    );
    expect(changedLines(post, next)).toEqual({ removed: [], added: ['  - gamma'] });
  });

  it('removes only the line of the removed item', () => {
    const core = '---\ntags:\n- a   # c1\n- "b" # c2\n- c\n---\n';
    expect(setTags(core, ['a', 'b'])).toBe('---\ntags:\n- a   # c1\n- "b" # c2\n---\n');
    expect(setTags(core, ['a', 'c'])).toBe('---\ntags:\n- a   # c1\n- c\n---\n');
    expect(setTags(core, ['b', 'c'])).toBe('---\ntags:\n- "b" # c2\n- c\n---\n');
    expect(setTags(core, ['a', 'b', 'c', 'd'])).toBe(
      '---\ntags:\n- a   # c1\n- "b" # c2\n- c\n- d\n---\n',
    );
  });

  it('keeps comments on lines of their own inside the list', () => {
    const commented = '---\ntags:\n  # topics\n  - a\n  # people\n  - b\n  # - c (later)\n---\n';
    expect(setTags(commented, ['a', 'b', 'new'])).toBe(
      '---\ntags:\n  # topics\n  - a\n  # people\n  - b\n  - new\n  # - c (later)\n---\n',
    );
    expect(setTags(commented, ['b'])).toBe(
      '---\ntags:\n  # topics\n  # people\n  - b\n  # - c (later)\n---\n',
    );
    expect(setTags(commented, ['a'])).toBe(
      '---\ntags:\n  # topics\n  - a\n  # people\n  # - c (later)\n---\n',
    );
  });

  it('inserts and removes in the middle, and moves an item with its comment', () => {
    const three = '---\ntags:\n  - a # one\n  - b # two\n  - c # three\n---\n';
    expect(setTags(three, ['a', 'x', 'b', 'c'])).toBe(
      '---\ntags:\n  - a # one\n  - x\n  - b # two\n  - c # three\n---\n',
    );
    expect(setTags(three, ['x', 'a', 'b', 'c'])).toBe(
      '---\ntags:\n  - x\n  - a # one\n  - b # two\n  - c # three\n---\n',
    );
    expect(setTags(three, ['c', 'a', 'b'])).toBe(
      '---\ntags:\n  - c # three\n  - a # one\n  - b # two\n---\n',
    );
  });

  it('follows the dash spacing and keeps anchors, tags and multi-line items', () => {
    const odd = '---\ntags: &t # mine\n  -   a\n  - !!str 12\n  - >-\n    folded\n    text\n---\n';
    expect(setTags(odd, ['a', '12', 'folded text', 'b'])).toBe(
      '---\ntags: &t # mine\n  -   a\n  - !!str 12\n  - >-\n    folded\n    text\n  - b\n---\n',
    );
    expect(setTags('---\ntags:\n-   a\n-\tb\n---\n', ['a', 'b', 'c'])).toBe(
      '---\ntags:\n-   a\n-\tb\n-\tc\n---\n',
    );
    expect(setTags('---\ntags:\n-   a\n-\tb\n---\n', ['c', 'a', 'b'])).toBe(
      '---\ntags:\n-   c\n-   a\n-\tb\n---\n',
    );
    expect(setTags(odd, ['12', 'folded text'])).toBe(
      '---\ntags: &t # mine\n  - !!str 12\n  - >-\n    folded\n    text\n---\n',
    );
  });

  it('writes [] when the last item goes, keeping comment lines and the header comment', () => {
    const one = '---\ntags: # mine\n  # why\n  - a # c\ntitle: x\n---\n';
    expect(setTags(one, [])).toBe('---\ntags: [] # mine\n  # why\ntitle: x\n---\n');
  });

  it('keeps CRLF endings and a BOM', () => {
    const crlf = '\uFEFF---\r\ntags:\r\n  - a # c\r\n  - b\r\n---\r\nbody\r\n';
    expect(setTags(crlf, ['a', 'b', 'c'])).toBe(
      '\uFEFF---\r\ntags:\r\n  - a # c\r\n  - b\r\n  - c\r\n---\r\nbody\r\n',
    );
    expect(setTags(crlf, ['b'])).toBe('\uFEFF---\r\ntags:\r\n  - b\r\n---\r\nbody\r\n');
  });

  it('writes the whole list anew when an item has no line of its own, keeping comments', () => {
    const late = '---\ntags:\n  - a # c\n  -\n    b\n---\n';
    expect(setTags(late, ['a', 'b', 'c'])).toBe('---\ntags:\n  - a # c\n  - b\n  - c\n---\n');
  });
});

describe('editing a YAML flow list', () => {
  it('inserts `, item` before the bracket, keeping the spacing', () => {
    expect(setTags('---\ntags: [x,   y]\n---\n', ['x', 'y', 'z'])).toBe(
      '---\ntags: [x,   y, z]\n---\n',
    );
    expect(setTags('---\ntags: [ a, b ] # c\n---\n', ['a', 'b', 'c'])).toBe(
      '---\ntags: [ a, b, c ] # c\n---\n',
    );
    expect(setTags('---\ntags: [a, b,]\n---\n', ['a', 'b', 'c'])).toBe(
      '---\ntags: [a, b, c,]\n---\n',
    );
  });

  it("removes an item's text and its comma only", () => {
    const post = "---\ntags: [x,   'y y',  z]\n---\n";
    expect(setTags(post, ['y y', 'z'])).toBe("---\ntags: ['y y',  z]\n---\n");
    expect(setTags(post, ['x', 'z'])).toBe('---\ntags: [x,   z]\n---\n');
    expect(setTags(post, ['x', 'y y'])).toBe("---\ntags: [x,   'y y']\n---\n");
    expect(setTags(post, [])).toBe('---\ntags: []\n---\n');
  });

  it('adds a line to a multi-line flow list, keeping comments and a trailing comma', () => {
    const post = '---\ntags: [\n    a, # c\n    b,\n  ]\n---\n';
    expect(setTags(post, ['a', 'b', 'c'])).toBe(
      '---\ntags: [\n    a, # c\n    b,\n    c,\n  ]\n---\n',
    );
    expect(setTags(post, ['b'])).toBe('---\ntags: [\n    b,\n  ]\n---\n');
    expect(setTags(post, ['a'])).toBe('---\ntags: [\n    a, # c\n  ]\n---\n');
    const noComma = '---\ntags: [\n    a,\n    b # last\n  ]\n---\n';
    expect(setTags(noComma, ['a', 'b', 'c'])).toBe(
      '---\ntags: [\n    a,\n    b, # last\n    c\n  ]\n---\n',
    );
  });
});

describe('editing a YAML flow list with CRLF and a BOM', () => {
  it('keeps the line endings of a multi-line flow list and its one-line form', () => {
    const post = '\uFEFF---\r\ntags: [\r\n    a, # c\r\n    # own\r\n    b\r\n  ]\r\n---\r\n';
    expect(setTags(post, ['a', 'b', 'c'])).toBe(
      '\uFEFF---\r\ntags: [\r\n    a, # c\r\n    # own\r\n    b,\r\n    c\r\n  ]\r\n---\r\n',
    );
    expect(setTags(post, ['b'])).toBe(
      '\uFEFF---\r\ntags: [\r\n    # own\r\n    b\r\n  ]\r\n---\r\n',
    );
    const inline = '\uFEFF---\r\ntags: [a,  b]\r\n---\r\nbody\r\n';
    expect(setTags(inline, ['a', 'b', 'yes'])).toBe(
      '\uFEFF---\r\ntags: [a,  b, "yes"]\r\n---\r\nbody\r\n',
    );
  });
});

describe('editing a TOML array', () => {
  it('adds a line to a multi-line array, keeping comments and the trailing comma', () => {
    const post = '+++\ntags = [\n  "a", # c\n  "b",\n]\n+++\n';
    const next = setTags(post, ['a', 'b', 'c']);
    expect(next).toBe('+++\ntags = [\n  "a", # c\n  "b",\n  "c",\n]\n+++\n');
    expect(setTags(post, ['b'])).toBe('+++\ntags = [\n  "b",\n]\n+++\n');
    expect(setTags(post, ['a'])).toBe('+++\ntags = [\n  "a", # c\n]\n+++\n');
    const noComma = "+++\ntags = [\n  'a',\n  'b'\n]\n+++\n";
    expect(setTags(noComma, ['a', 'b', 'c'])).toBe(
      "+++\ntags = [\n  'a',\n  'b',\n  \"c\"\n]\n+++\n",
    );
  });

  it('moves an item to another line with its comment', () => {
    const post = '+++\ntags = [\n  "a", # one\n  "b", # two\n  "c",\n]\n+++\n';
    expect(setTags(post, ['c', 'a', 'b'])).toBe(
      '+++\ntags = [\n  "c",\n  "a", # one\n  "b", # two\n]\n+++\n',
    );
    expect(setTags(post, ['b', 'c', 'a'])).toBe(
      '+++\ntags = [\n  "b", # two\n  "c",\n  "a", # one\n]\n+++\n',
    );
  });

  it('follows items written without indentation', () => {
    expect(setTags('+++\ntags = [\n"a",\n"b",\n]\n+++\n', ['a', 'b', 'c'])).toBe(
      '+++\ntags = [\n"a",\n"b",\n"c",\n]\n+++\n',
    );
  });

  it('edits a one-line array in place, keeping its spacing', () => {
    const post = '+++\ntags = ["a",   "b"] # t\nx = 1\n+++\n';
    expect(setTags(post, ['a', 'b', 'c'])).toBe('+++\ntags = ["a",   "b", "c"] # t\nx = 1\n+++\n');
    expect(setTags(post, ['b'])).toBe('+++\ntags = ["b"] # t\nx = 1\n+++\n');
    expect(setTags(post, ['a'])).toBe('+++\ntags = ["a"] # t\nx = 1\n+++\n');
    expect(setTags(post, [])).toBe('+++\ntags = [] # t\nx = 1\n+++\n');
    expect(setTags('+++\nyears = [2019, 2020]\n+++\n', ['2019', '2020', '2021'], 'years')).toBe(
      '+++\nyears = [2019, 2020, 2021]\n+++\n',
    );
  });

  it('keeps CRLF endings and a BOM', () => {
    const post = '\uFEFF+++\r\ntags = [\r\n  "a", # c\r\n  "b",\r\n]\r\n+++\r\nbody\r\n';
    expect(setTags(post, ['a', 'b', 'c'])).toBe(
      '\uFEFF+++\r\ntags = [\r\n  "a", # c\r\n  "b",\r\n  "c",\r\n]\r\n+++\r\nbody\r\n',
    );
    expect(setTags(post, ['b', 'c'])).toBe(
      '\uFEFF+++\r\ntags = [\r\n  "b",\r\n  "c",\r\n]\r\n+++\r\nbody\r\n',
    );
  });

  const hugo = new URL(
    '../../../../shared/fixtures/real-posts/hugo/markdown-syntax.md',
    import.meta.url,
  );
  it.skipIf(!existsSync(hugo))('adds and removes one line of a real Hugo post', () => {
    const post = readFileSync(hugo, 'utf8');
    const tags = parseFrontMatter(post).fields.find((field) => field.key === 'tags')?.items ?? [];
    expect(tags.length).toBeGreaterThan(1);
    const added = setTags(post, [...tags, 'hugo']);
    expect(changedLines(post, added)).toEqual({ removed: [], added: ['    "hugo",'] });
    const removed = setTags(post, tags.slice(1));
    expect(changedLines(post, removed)).toEqual({ removed: [`    "${tags[0]}",`], added: [] });
    const block = added.split('+++')[1] ?? '';
    expect((parse(block) as { tags: string[] }).tags).toEqual([...tags, 'hugo']);
  });
});

describe('editing a JSON array', () => {
  it('adds and removes one line of a multi-line array, without a trailing comma', () => {
    const post = '{\n  "title": "T",\n  "tags": [\n    "a",\n    "b"\n  ]\n}\nbody\n';
    expect(setTags(post, ['a', 'b', 'c'])).toBe(
      '{\n  "title": "T",\n  "tags": [\n    "a",\n    "b",\n    "c"\n  ]\n}\nbody\n',
    );
    expect(setTags(post, ['b'])).toBe('{\n  "title": "T",\n  "tags": [\n    "b"\n  ]\n}\nbody\n');
    expect(setTags(post, ['a'])).toBe('{\n  "title": "T",\n  "tags": [\n    "a"\n  ]\n}\nbody\n');
  });

  it('edits a one-line array in place, numbers staying numbers', () => {
    const post = '{\n"tags": ["a",  "b"], "ids": [1, 2]\n}\n';
    expect(setTags(post, ['a', 'b', '1.10'])).toBe(
      '{\n"tags": ["a",  "b", "1.10"], "ids": [1, 2]\n}\n',
    );
    expect(setTags(post, ['1', '2', '3'], 'ids')).toBe(
      '{\n"tags": ["a",  "b"], "ids": [1, 2, 3]\n}\n',
    );
  });
});

describe('TOML string arrays', () => {
  it('quotes every new string, whatever it looks like', () => {
    const chips = ['1.10', '010', '2025-02-14', '0x10', '1e3', 'true', 'inf'];
    const next = setTags('+++\ntags = ["a"]\n+++\n', ['a', ...chips]);
    expect(next).toBe(`+++\ntags = ["a", ${chips.map((chip) => `"${chip}"`).join(', ')}]\n+++\n`);
    expect((parse(next.split('+++')[1] ?? '') as { tags: string[] }).tags).toEqual(['a', ...chips]);
  });
});

const realPosts = new URL('../../../../shared/fixtures/real-posts/', import.meta.url);

function postsUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      return postsUnder(path);
    }
    return /\.(md|markdown|mdx)$/.test(name) ? [path] : [];
  });
}

describe.runIf(existsSync(realPosts))('editing the lists of real posts', () => {
  const posts = existsSync(realPosts) ? postsUnder(fileURLToPath(realPosts)) : [];
  it.each(posts.map((path) => [path.slice(path.indexOf('real-posts/') + 11), path]))(
    '%s: a new tag is one new line, a removed tag one line less',
    (_name, path) => {
      const post = readFileSync(path, 'utf8');
      for (const field of parseFrontMatter(post).fields) {
        if (field.kind !== 'list' || field.items === null || field.items.length === 0) {
          continue;
        }
        const oneLine = /\[.*\]/.test(post.split('\n')[field.line - 1] ?? '');
        const added = changedLines(post, setTags(post, [...field.items, 'new tag'], field.key));
        expect(added.added).toHaveLength(1);
        expect(added.removed).toHaveLength(oneLine ? 1 : 0);
        if (field.items.length > 1) {
          const removed = setTags(post, field.items.slice(1), field.key);
          expect(changedLines(post, removed)).toMatchObject({
            removed: [expect.any(String)],
            added: oneLine ? [expect.any(String)] : [],
          });
        }
      }
    },
  );
});
