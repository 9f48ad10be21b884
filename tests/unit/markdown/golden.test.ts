import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createMarkdownRenderer } from '../../../core/markdown/markdown-renderer';
import { registerHighlightLanguage } from '../../../core/markdown/code-highlighter';
import python from 'highlight.js/lib/languages/python';
import { registerKatex } from '../../../core/markdown/katex-math';

// As in the app once its lazy parts are loaded: the goldens show highlighted code and KaTeX.
registerHighlightLanguage('python', python, ['py']);
registerKatex();

const fixtures = new URL('../../fixtures/markdown/', import.meta.url);

describe('golden HTML', () => {
  const posts = readdirSync(fixtures).filter((name) => name.endsWith('.md'));
  test.each(posts)('%s', (name) => {
    const text = readFileSync(new URL(name, fixtures), 'utf8');
    const expected = readFileSync(new URL(name.replace(/\.md$/, '.html'), fixtures), 'utf8');
    expect(createMarkdownRenderer().renderHtml(text)).toBe(expected);
  });
});

describe('data-line', () => {
  test('every block carries its 0-based source line, front matter included in the count', () => {
    const text = [
      '---',
      'title: x',
      '---',
      '# Title',
      '',
      'para',
      'graph',
      '',
      '- a',
      '  - b',
      '',
      '> quote',
      '',
      '```',
      'code',
      '```',
      '',
      '***',
    ].join('\n');
    expect(createMarkdownRenderer().renderHtml(text)).toBe(
      [
        '<h1 data-line="3" id="title">Title</h1>',
        '<p data-line="5">para',
        'graph</p>',
        '<ul data-line="8">',
        '<li data-line="8">a',
        '<ul data-line="9">',
        '<li data-line="9">b</li>',
        '</ul>',
        '</li>',
        '</ul>',
        '<blockquote data-line="11">',
        '<p data-line="11">quote</p>',
        '</blockquote>',
        '<pre data-line="13"><code>code',
        '</code></pre>',
        '<hr data-line="17">',
        '',
      ].join('\n'),
    );
  });

  test('block HTML carries lines relative to the block, so a shift above leaves it unchanged', () => {
    const renderer = createMarkdownRenderer();
    const [first] = renderer.render('\n\n\n- a\n- b').blocks;
    expect(first).toMatchObject({ startLine: 3, endLine: 5 });
    expect(first?.html).toContain('<li data-line="1">b</li>');
  });
});

describe('document facts', () => {
  test('headings get unique GitHub-style ids, Chinese kept', () => {
    const doc = createMarkdownRenderer().render(
      readFileSync(new URL('chinese-headings.md', fixtures), 'utf8'),
    );
    expect(doc.headings).toEqual([
      { level: 1, text: '你好，世界！', id: '你好世界', line: 5 },
      { level: 2, text: '第一节：安装 & 配置', id: '第一节安装--配置', line: 7 },
      { level: 2, text: '第一节：安装 & 配置', id: '第一节安装--配置-1', line: 9 },
      { level: 3, text: 'Mixed 中英 Heading code', id: 'mixed-中英-heading-code', line: 11 },
      { level: 2, text: 'FAQ?', id: 'faq', line: 13 },
    ]);
    expect(doc.frontMatter).toMatchObject({
      format: 'yaml',
      startLine: 0,
      endLine: 5,
      summary: {
        title: '中文标题测试',
        date: '2024-03-01 10:00:00',
        tags: ['随笔', 'Markdown'],
        error: null,
      },
    });
  });

  test('a fence in a language nobody registered is plain and reported', () => {
    const doc = createMarkdownRenderer().render(
      '```rust\nfn main() {}\n```\n\n```python\nx = 1\n```',
    );
    expect(doc.missingLanguages).toEqual(['rust']);
    expect(doc.blocks[0]?.html).toBe(
      '<pre data-line="0"><code class="language-rust">fn main() {}\n</code></pre>\n',
    );
  });

  test('front matter is found as the codec finds it: Hexo without an opening fence, not a thematic break', () => {
    const hexo = createMarkdownRenderer().render('title: Hexo 文章\ntags:\n- a\n---\nbody');
    expect(hexo.frontMatter).toMatchObject({
      startLine: 0,
      endLine: 4,
      summary: { title: 'Hexo 文章', tags: ['a'] },
    });
    expect(hexo.blocks.map((b) => [b.startLine, b.html])).toEqual([
      [4, '<p data-line="0">body</p>\n'],
    ]);
    const rule = createMarkdownRenderer().render('---\n\nNot front matter.\n\n---\n');
    expect(rule.frontMatter).toBeNull();
  });

  test('TOML front matter and broken YAML are read without failing the body', () => {
    const toml = createMarkdownRenderer().render(
      '+++\ntitle = "Hugo"\ndate = 2024-01-02\ntags = ["a"]\n+++\nbody',
    );
    expect(toml.frontMatter?.summary).toMatchObject({
      title: 'Hugo',
      date: '2024-01-02',
      tags: ['a'],
    });
    const broken = createMarkdownRenderer().render('---\ntitle: [unclosed\n---\nbody');
    expect(broken.frontMatter?.summary.error).not.toBeNull();
    expect(broken.blocks.map((b) => b.html)).toEqual(['<p data-line="0">body</p>\n']);
  });
});
