import { describe, expect, it } from 'vitest';
import {
  parseFrontMatter,
  removeFrontMatterField,
  setFrontMatterField,
} from '../../../core/post/front-matter';
import { readIndexFields } from '../../../core/post/index-reader';

const whole = { isWholeFile: true };
const post = (yaml: string) => `---\n${yaml}\n---\nBody.\n`;

/** Nine levels of aliases, each nine times the one below: 9^9 values when expanded. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let level = 1; level <= 9; level += 1) {
    lines.push(
      `a${level}: &a${level} [${Array<string>(9)
        .fill(`*a${level - 1}`)
        .join(', ')}]`,
    );
  }
  return post(`title: Bomb\n${lines.join('\n')}`);
}

describe('front matter built to hurt', () => {
  it('refuses a billion-laughs alias bomb, in the codec and in the list alike', () => {
    const text = aliasBomb();
    expect(parseFrontMatter(text).error?.message).toMatch(/more than 100 aliases/);
    expect(readIndexFields(text, 'bomb.md', whole).error?.message).toMatch(/more than 100 aliases/);
    expect(() => setFrontMatterField(text, 'title', { kind: 'string', text: 'x' })).toThrow();
  });

  it('keeps a few shared aliases readable in the list', () => {
    const text = post('title: Shared\nbase: &b [x, y]\nother: *b\nthird: *b');
    expect(parseFrontMatter(text).error).toBeNull();
    expect(readIndexFields(text, 'shared.md', whole)).toMatchObject({
      title: 'Shared',
      error: null,
    });
  });

  it('says that 10,000 nested lists are nested too deeply (no stack overflow message)', () => {
    const text = post(`title: Deep\ndeep: ${'['.repeat(10_000)}x${']'.repeat(10_000)}`);
    const parsed = parseFrontMatter(text);
    expect(parsed.error?.message).toBe('Front matter is nested too deeply to read');
    expect(parsed.error?.line).toBe(3);
    expect(parsed.body).toBe('Body.\n');
    expect(readIndexFields(text, 'deep.md', whole).error).not.toBeNull();
  });

  it('says that JSON and TOML nested 100,000 deep are nested too deeply (no crash)', () => {
    const json = `{\n"title": "T",\n"deep": ${'['.repeat(100_000)}1${']'.repeat(100_000)}\n}\nBody\n`;
    expect(parseFrontMatter(json).error).toMatchObject({
      message: 'Front matter is nested too deeply to read',
      line: 3,
    });
    expect(readIndexFields(json, 'deep.md', whole).error).not.toBeNull();
    const toml = `+++\ntitle = "T"\ndeep = ${'['.repeat(100_000)}1${']'.repeat(100_000)}\n+++\n`;
    expect(parseFrontMatter(toml).error?.line).toBe(3);
    expect(readIndexFields(toml, 'deep.md', whole).error).not.toBeNull();
    // Brackets inside strings are text, not nesting.
    const text = `{\n"title": "${'['.repeat(500)}"\n}\n`;
    expect(parseFrontMatter(text).fields[0]?.text).toBe('['.repeat(500));
  });

  it('reads a 1 MB front matter of 20,000 keys and edits one key in place', () => {
    const keys = Array.from({ length: 20_000 }, (_, index) => `k${index}: ${'v'.repeat(40)}`);
    const text = post(`title: Huge\n${keys.join('\n')}`);
    expect(text.length).toBeGreaterThan(900_000);
    const parsed = parseFrontMatter(text);
    expect(parsed.error).toBeNull();
    expect(parsed.fields).toHaveLength(20_001);
    const edited = setFrontMatterField(text, 'k19999', { kind: 'string', text: 'changed' });
    expect(edited).toBe(text.replace(`k19999: ${'v'.repeat(40)}`, 'k19999: changed'));
  });

  it('reports duplicate keys at any depth, where the second one is', () => {
    expect(parseFrontMatter(post('title: A\ntitle: B')).error).toMatchObject({
      message: 'Map keys must be unique',
      line: 3,
      column: 1,
    });
    expect(parseFrontMatter(post('title: A\nmeta:\n  x: 1\n  x: 2')).error).toMatchObject({
      line: 5,
      column: 3,
    });
    expect(parseFrontMatter(post('title: A\nlist: [{a: 1, a: 2}]')).error?.message).toMatch(
      /unique/,
    );
    // Same text, different values: `1` and `"1"` are different keys in YAML 1.2.
    expect(parseFrontMatter(post('1: one\n"1": text')).error).toBeNull();
  });

  it('keeps __proto__ and constructor as ordinary keys, without touching prototypes', () => {
    const text = post('title: Proto\n__proto__: polluted\nconstructor: also');
    const parsed = parseFrontMatter(text);
    expect(parsed.fields.map((field) => field.key)).toEqual(['title', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(parsed.data)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const edited = setFrontMatterField(text, '__proto__', { kind: 'string', text: 'safe' });
    expect(edited).toBe(text.replace('__proto__: polluted', '__proto__: safe'));
    expect(removeFrontMatterField(edited, 'constructor')).toBe(
      post('title: Proto\n__proto__: safe'),
    );
  });

  it('never evaluates code front matter and never writes into it', () => {
    const text = '---js\n{ title: (() => { throw new Error("ran") })() }\n---\nBody\n';
    expect(parseFrontMatter(text).error?.message).toMatch(/never runs it/);
    expect(() => setFrontMatterField(text, 'title', { kind: 'string', text: 'x' })).toThrow(
      expect.objectContaining({ code: 'E_FRONT_MATTER' }),
    );
  });

  it('reports TOML duplicate keys and an unclosed block, with the body kept as text', () => {
    expect(parseFrontMatter('+++\ntitle = "a"\ntitle = "b"\n+++\nBody\n').error?.line).toBe(3);
    const unclosed = '---\ntitle: Never closed\n\nThe body.\n';
    const parsed = parseFrontMatter(unclosed);
    expect(parsed.error?.message).toMatch(/never closed/);
    expect(parsed.body).toBe(unclosed);
    expect(() => setFrontMatterField(unclosed, 'title', { kind: 'string', text: 'x' })).toThrow();
  });
});
