import { describe, expect, it } from 'vitest';
import { firstHeading } from '../../../core/post/first-heading';
import { readFlatYaml } from '../../../core/post/flat-yaml';
import { parseFrontMatter, setFrontMatterField } from '../../../core/post/front-matter';
import { slugifyTitle } from '../../../core/post/slug';
import { isKeyLine, scanFrontMatter } from '../../../core/post/split';

// Hostile input a user can paste or open: each call must finish (a hang is the test timeout).
const size = 200_000;
const blanks = ' '.repeat(size);

describe('front matter patterns on hostile lines', () => {
  it('reads a first line of one letter and 200,000 blanks as no key', () => {
    expect(isKeyLine(`a${blanks}`)).toBe(false);
    expect(isKeyLine(`a${blanks}: b`)).toBe(true);
    expect(isKeyLine(`a${'\t'.repeat(size)}x`)).toBe(false);
  });

  it('finds no front matter after `---` followed by a long blank run', () => {
    expect(scanFrontMatter(`--- a${blanks}b\r\rtitle: x\n---\n`)).toEqual({ kind: 'none' });
    expect(scanFrontMatter(`---${blanks}x\ry\n`)).toEqual({ kind: 'none' });
    const opened = scanFrontMatter(`--- yaml${blanks}\ntitle: x\n---\n`);
    expect(opened.kind).toBe('block');
  });

  it('keeps the info string of `---` up to its last non-blank', () => {
    const scan = scanFrontMatter('---  yaml extra \t \ntitle: x\n---\n');
    expect(scan.kind === 'block' ? scan.block.languageAsWritten : null).toBe('yaml extra');
  });

  it('reads a flow list holding a long blank run between words', () => {
    const values = readFlatYaml(`tags: ['x', a${blanks}b]\n`);
    expect(values?.get('tags')).toEqual(['x', `a${blanks}b`]);
    expect(readFlatYaml(`tags: ['x', a${blanks}']\n`)?.get('tags')).not.toEqual(['x']);
    expect(readFlatYaml(`tags: [a${"'".repeat(size)}]\n`)).not.toBeUndefined();
  });

  it('writes a source value ending in a long blank run followed by a letter', () => {
    const source = { kind: 'source', text: `"a${blanks}b"${blanks}` } as const;
    const written = `"a${blanks}b"`;
    expect(setFrontMatterField('---\nx: 1\n---\n', 'x', source)).toBe(`---\nx: ${written}\n---\n`);
    expect(setFrontMatterField('+++\nx = 1\n+++\n', 'x', source)).toContain(`x = ${written}\n+++`);
    expect(setFrontMatterField('{\n"x": 1\n}\n', 'x', source)).toContain(`"x": ${written}`);
    expect(parseFrontMatter('---\nx: 1\n---\n').format).toBe('yaml');
  });
});

describe('titles on hostile headings', () => {
  it('reads a heading of unclosed image openers `![![…`', () => {
    const heading = `# x ${'!['.repeat(size / 2)}`;
    expect(firstHeading(heading, 0)).toBe(heading.slice(2));
  });

  it('reads a heading of unclosed tags `<a <a …` and of links with no `)`', () => {
    const tags = `# x ${'<a '.repeat(size / 3)}`;
    expect(firstHeading(tags, 0)).toBe(tags.slice(2).trim());
    const links = `# x ${'[a]('.repeat(size / 4)}`;
    expect(firstHeading(links, 0)).toBe(links.slice(2));
  });

  it('reads a heading with a long blank run and no attributes', () => {
    expect(firstHeading(`# x${blanks}y {#id}${blanks}`, 0)).toBe(`x${blanks}y`);
    expect(firstHeading(`# x${'{#'.repeat(size / 2)}}`, 0)).toBe('x');
  });

  it('still gives links, tags and attributes their text', () => {
    expect(firstHeading('# ![pic](a.png) [Go](b) <em>now</em> {#go .big}', 0)).toBe('pic Go now');
    expect(firstHeading('# a ![b [c](d) <a <b>x', 0)).toBe('a b [c x');
  });

  it('reads headings of emphasis openers that never close', () => {
    const stars = `# ${'*a '.repeat(size / 3)}`;
    expect(firstHeading(stars, 0)).toBe(stars.slice(2).trim());
    const strikes = `# ${'~~a '.repeat(size / 4)}`;
    expect(firstHeading(strikes, 0)).toBe(strikes.slice(2).trim());
    const underscores = `# ${' _a'.repeat(size / 3)}`;
    expect(firstHeading(underscores, 0)).toBe(underscores.slice(2).trim());
  });

  it('still unwraps emphasis and keeps snake_case', () => {
    expect(firstHeading('# **Bold** *it* ~~gone~~ __u__ _v_ snake_case_name ###', 0)).toBe(
      'Bold it gone u v snake_case_name',
    );
  });

  it('reads an ATX heading whose text holds a long blank run', () => {
    expect(firstHeading(`# a${blanks}b${blanks}#${blanks}`, 0)).toBe(`a${blanks}b`);
    expect(firstHeading(`#${'\t'.repeat(size)}x\r\n`, 0)).toBe('x');
  });

  it('slugifies a title of 200,000 hyphens and letters', () => {
    expect(slugifyTitle(`a${'-'.repeat(size)}b`, 'keep')).not.toMatch(/-$/);
  });
});
