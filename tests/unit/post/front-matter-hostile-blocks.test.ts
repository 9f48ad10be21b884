import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter, setFrontMatterField } from '../../../core/post/front-matter';
import { shortenBlankRuns } from '../../../core/post/gray-matter-split';

// Whole front-matter blocks built to be slow, each read on the page when the post opens (and
// when the form edits it). Two quadratic paths froze it: gray-matter's comment check
// (/^\s*#[^\n]+/gm, whose \s* runs over every following blank line from each line start: 40,000
// blank lines took 2 s) and the yaml package's pretty errors (each of thousands of errors
// copies its line: 20,000 errors on one 40 KB line took 1.5 s). A hang is the test timeout.

const blankLines = '\n'.repeat(200_000);

describe('front matter blocks built to be slow', () => {
  it('reads a YAML block with 200,000 blank lines', () => {
    const parsed = parseFrontMatter(`---\ntitle: x\nk:${blankLines}---\nbody\n`);
    expect(parsed.error).toBeNull();
    expect(parsed.data).toEqual({ title: 'x', k: null });
  });

  it('edits a TOML block and a YAML block with 200,000 blank lines', () => {
    expect(
      setFrontMatterField(`+++\ntitle = "x"\n${blankLines}+++\nbody\n`, 'title', {
        kind: 'string',
        text: 'z',
      }),
    ).toBe(`+++\ntitle = "z"\n${blankLines}+++\nbody\n`);
    expect(
      setFrontMatterField(`---\ntitle: x\n${blankLines}---\nbody\n`, 'title', {
        kind: 'string',
        text: 'z',
      }),
    ).toBe(`---\ntitle: z\n${blankLines}---\nbody\n`);
  });

  it('reads a block of only comments between many blank lines as empty', () => {
    const parsed = parseFrontMatter(`---\n${blankLines}# a comment\n${blankLines}---\nbody\n`);
    expect(parsed.error).toBeNull();
    expect(parsed.data).toEqual({});
  });

  it.each([
    ['! ', 'A node can have at most one tag', 6],
    ['&a ', 'A node can have at most one anchor', 7],
  ])('reports the first of 100,000 errors on one line where it is: %j', (unit, message, column) => {
    const parsed = parseFrontMatter(`---\ntitle: x\nk: ${unit.repeat(100_000)}\n---\nbody\n`);
    expect(parsed.error).toMatchObject({ message, line: 3, column });
  });
});

describe('what gray-matter is shown', () => {
  // Blank runs of the block's text and of a language name shrink; a name with a line end in it
  // is never an engine's, so it fails (or, for a blank block, goes unused) before and after.
  const squash = (text: string): string => text.replace(/\s+/g, ' ');

  // Every engine replaced, as gray-matter-split does: what gray-matter itself decides.
  const engine = { parse: () => ({}) };
  const names = ['x', 'yaml', 'yml', 'toml', 'json', 'js', 'javascript', 'coffee', 'cson'];
  const engines = Object.fromEntries(names.map((name) => [name, engine]));

  function verdict(input: string): unknown {
    try {
      // gray-matter sets `isEmpty` (untyped) when it skips the engine.
      const file: matter.GrayMatterFile<string> & { isEmpty?: boolean } = matter(input, {
        engines,
        language: 'x',
      });
      return {
        language: squash(file.language),
        isEmpty: file.isEmpty === true,
        matter: squash(file.matter.trim()),
      };
    } catch (error) {
      return { error: squash(String(error)) };
    }
  }

  it('decides as on the text as written, with blank runs cut down', () => {
    const piece = fc.constantFrom(
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      ' ',
      '\t',
      '\u00a0',
      '#',
      '# c',
      'a',
      ':',
      '---',
      '+++',
      'yaml',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const input = `---${pieces.join('')}`;
        expect(verdict(shortenBlankRuns(input))).toEqual(verdict(input));
      }),
      { numRuns: 2000 },
    );
  });
});
