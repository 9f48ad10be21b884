import { describe, expect, it } from 'vitest';
import { findImageRefs } from '../../../core/export/images';
import { findLiquidInCode } from '../../../core/export/liquid';
import { scanBody } from '../../../core/export/markdown-scan';
import { setNestedString } from '../../../core/export/nested-field';
import { languageOf } from '../../../core/export/post-facts';
import { readRepoFacts } from '../../../core/export/repo-facts';

// Hostile input a user's files can hold: each call must finish (a hang is the test timeout).
const size = 200_000;
const blanks = ' '.repeat(size);

describe('export patterns on hostile text', () => {
  it('sets a nested value on a line holding long blank runs', () => {
    const yaml = `---\nheader:\n  teaser: a${blanks}b${blanks}# note\n---\n`;
    expect(setNestedString(yaml, 'header', 'teaser', 'x')).toBe(
      `---\nheader:\n  teaser: "x"${blanks}# note\n---\n`,
    );
    const toml = `+++\n[header]\nteaser = [1,${'\t'.repeat(size)}2] # note\n+++\n`;
    expect(setNestedString(toml, 'header', 'teaser', 'x')).toBe(
      `+++\n[header]\nteaser = "x" # note\n+++\n`,
    );
    const tabs = '\t'.repeat(size);
    expect(setNestedString(`---\nheader:\n  teaser:${tabs}\n---\n`, 'header', 'teaser', 'x')).toBe(
      null,
    );
    expect(
      setNestedString(`---\nheader:\n  teaser:${tabs}v${tabs}w\n---\n`, 'header', 'teaser', 'x'),
    ).toBe(`---\nheader:\n  teaser:${tabs}"x"\n---\n`);
  });

  it('keeps a quoted value and its comment apart', () => {
    const yaml = `---\nheader:\n  teaser: 'it''s' # note\n---\n`;
    expect(setNestedString(yaml, 'header', 'teaser', 'x')).toBe(
      `---\nheader:\n  teaser: "x" # note\n---\n`,
    );
  });

  it('reads the language of a file name of many dotted parts', () => {
    expect(languageOf(`a${'.ab'.repeat(size / 3)}.x`)).toBe(null);
    expect(languageOf(`a${'.ab'.repeat(size / 3)}.md`)).toBe('ab');
    expect(languageOf(`${'a'.repeat(size)}.zh-cn.md`)).toBe('zh-cn');
    expect(languageOf('_index.zh.md')).toBe(null);
    expect(languageOf('notes.v2.md')).toBe(null);
  });

  it('finds no Liquid in code of unclosed `{{{{…` and `{%{%…`', () => {
    const braces = `\`${'{{'.repeat(size / 2)}\``;
    expect(findLiquidInCode(scanBody(`${braces}\n`))).toEqual([]);
    const block = `\`\`\`\n${'{%'.repeat(size / 2)}\n\`\`\`\n`;
    expect(findLiquidInCode(scanBody(block))).toEqual([]);
    expect(findLiquidInCode(scanBody('`{% raw %}{{ a }}{% endraw %} {{ b }}`\n'))).toHaveLength(1);
  });

  it('finds the one image after unclosed `![![…` and `<img <img …` runs', () => {
    const alts = `${'!['.repeat(size / 2)}] ![a](b.png)\n`;
    expect(findImageRefs(scanBody(alts)).map((ref) => ref.url)).toEqual(['b.png']);
    const tags = `${'<img '.repeat(size / 5)}\n<img src="c.png">\n`;
    expect(findImageRefs(scanBody(tags)).map((ref) => ref.url)).toEqual(['c.png']);
    const sources = `${'<img src'.repeat(size / 8)}\n`;
    expect(findImageRefs(scanBody(sources))).toEqual([]);
  });

  it('reads a base URL of many slashes', () => {
    const slashes = '/'.repeat(size);
    const listing = (baseurl: string) => ({
      paths: ['_config.yml'],
      texts: { '_config.yml': `baseurl: "${baseurl}"\n` },
    });
    expect(readRepoFacts(listing(`${slashes}blog${slashes}x`)).url?.basePath).toBe(
      `/blog${slashes}x`,
    );
    expect(readRepoFacts(listing('/blog/')).url?.basePath).toBe('/blog');
  });
});
