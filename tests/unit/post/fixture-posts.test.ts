import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter, setFrontMatterField } from '../../../core/post/front-matter';
import { pickListedFields } from '../../../core/post/index-fields';
import { readIndexFields } from '../../../core/post/index-reader';

const realPostsUrl = new URL('../../../../shared/fixtures/real-posts/', import.meta.url);
const ownFixturesUrl = new URL('../../fixtures/post/', import.meta.url);
const hasRealPosts = existsSync(realPostsUrl);

function postsUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      return postsUnder(path);
    }
    return /\.(md|markdown|mdx)$/.test(name) && name !== 'SOURCES.md' ? [path] : [];
  });
}

const blogReposUrl = new URL('../../../../shared/fixtures/blog-repos/', import.meta.url);
const realPosts = hasRealPosts ? postsUnder(fileURLToPath(realPostsUrl)) : [];
// Post templates of the blog skeletons ({{ title }} placeholders: broken YAML until filled in).
const templates = existsSync(blogReposUrl) ? postsUnder(fileURLToPath(blogReposUrl)) : [];
const ownPosts = postsUnder(fileURLToPath(ownFixturesUrl));

function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

function checkRoundTrip(path: string): void {
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8');
  const post = parseFrontMatter(text);
  // Nothing is re-serialized: the block and body are slices that put back give the same bytes.
  const rebuilt = text.slice(0, post.bodyOffset) + post.body;
  expect(Buffer.from(rebuilt, 'utf8').equals(bytes)).toBe(true);
  if (post.block !== null) {
    expect(post.block.to).toBe(post.bodyOffset);
  }
}

function checkTitleEdit(path: string): void {
  const text = readFileSync(path, 'utf8');
  const post = parseFrontMatter(text);
  const title = { kind: 'string', text: 'A new title: 新的标题' } as const;
  if (
    post.error !== null ||
    post.notFrontMatterReason === 'not-a-mapping' ||
    post.notFrontMatterReason === 'unclosed'
  ) {
    expect(() => setFrontMatterField(text, 'title', title)).toThrow();
    return;
  }
  const next = setFrontMatterField(text, 'title', title);
  expect(parseFrontMatter(next).fields.find((field) => field.key === 'title')?.text).toBe(
    title.text,
  );
  const { removed, added } = changedLines(text, next);
  const old = post.fields.find((field) => field.key === 'title');
  if (post.format === null) {
    const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const block = `---${eol}title: "${title.text}"${eol}---${eol}`;
    expect(next).toBe(bom + block + text.slice(bom.length));
  } else if (old === undefined) {
    expect(removed).toEqual([]);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/title/);
  } else {
    // The title's own lines (one, or a folded value's several) become one line.
    // Only the title's own lines (its key line, a block value's indented lines) change.
    const ownLine = (line: string): boolean => /^(?:title|[ \t])/.test(line);
    expect(removed.length).toBeGreaterThanOrEqual(1);
    expect(added.length).toBeGreaterThanOrEqual(1);
    expect([...removed, ...added].every(ownLine)).toBe(true);
    if (/^title:[ \t]*\S/m.test(text) && !/^title:[ \t]*[|>]/m.test(text)) {
      expect([removed.length, added.length]).toEqual([1, 1]);
    }
  }
  // Everything outside the title's lines, the body included, is byte-identical.
  expect(next.endsWith(post.body)).toBe(true);
}

function checkAgreement(path: string): void {
  const text = readFileSync(path, 'utf8');
  const post = parseFrontMatter(text);
  const expected = post.format === null ? pickListedFields({}) : pickListedFields(post.data);
  const name = path.split(/[\\/]/).pop() ?? '';
  const whole = readIndexFields(text, name, { isWholeFile: true });
  const { title, date, draft, tags, categories, permalink } = whole;
  expect({ title, date, draft, tags, categories, permalink }).toEqual(expected);
  expect(whole.error === null).toBe(post.error === null);
  if (post.error !== null) {
    expect(whole.error?.line).toBe(post.error.line);
  }
  // From a 4 KB head, the same answer, or a request for more text.
  const head = readIndexFields(text.slice(0, 4096), name, { isWholeFile: text.length <= 4096 });
  if (!head.needsMoreText) {
    expect({ ...head, firstHeading: null }).toEqual({ ...whole, firstHeading: null });
  }
}

describe.skipIf(!hasRealPosts)('real posts from ../shared/fixtures/real-posts', () => {
  it('finds the posts', () => {
    expect(realPosts.length).toBeGreaterThan(10);
  });
  it.each(realPosts)('round-trips %s byte-identical', checkRoundTrip);
  it.each(realPosts)('edits only the title line of %s', checkTitleEdit);
  it.each(realPosts)('indexes %s as the codec reads it', checkAgreement);
});

describe.skipIf(templates.length === 0)('post templates from ../shared/fixtures/blog-repos', () => {
  it.each(templates)('round-trips %s byte-identical', checkRoundTrip);
  it.each(templates)('refuses or makes a clean title edit in %s', checkTitleEdit);
  it.each(templates)('indexes %s as the codec reads it', checkAgreement);
});

describe('own tricky fixture posts', () => {
  it.each(ownPosts)('round-trips %s byte-identical', checkRoundTrip);
  it.each(ownPosts)('edits only the title line of %s', checkTitleEdit);
  it.each(ownPosts)('indexes %s as the codec reads it', checkAgreement);

  it('reads the fixtures as intended', () => {
    const read = (name: string): ReturnType<typeof parseFrontMatter> =>
      parseFrontMatter(readFileSync(join(fileURLToPath(ownFixturesUrl), name), 'utf8'));
    expect(read('thematic-break.md').notFrontMatterReason).toBe('thematic-break');
    expect(read('unclosed.md').notFrontMatterReason).toBe('unclosed');
    expect(read('list-front-matter.md').notFrontMatterReason).toBe('not-a-mapping');
    expect(read('hexo-no-opening.md').data.title).toBe('Hexo 无开头分隔线');
    expect(read('hugo-toml.md').format).toBe('toml');
    expect(read('hugo-json.md').format).toBe('json');
    expect(read('js-front-matter.md').error).not.toBeNull();
    expect(read('duplicate-keys.md').error).not.toBeNull();
    expect(read('broken-yaml.md').error?.line).toBeGreaterThan(1);
    expect(read('empty-front-matter.md')).toMatchObject({
      format: 'yaml',
      fields: [],
      error: null,
    });
    expect(read('escapes.md').data.title).toBe('Tab\tand é and "quotes"');
  });
});
