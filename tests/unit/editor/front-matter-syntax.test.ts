import { ensureSyntaxTree, foldable, HighlightStyle } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { highlightTree, tags } from '@lezer/highlight';
import { describe, expect, it } from 'vitest';
import { markdownWithFrontMatter } from '../../../renderer/editor/markdown-language';

function stateFor(doc: string): EditorState {
  const state = EditorState.create({ doc, extensions: markdownWithFrontMatter() });
  ensureSyntaxTree(state, state.doc.length, 5000);
  return state;
}

/** Names of the syntax nodes around `text`'s first occurrence, innermost first. */
function nodesAt(state: EditorState, text: string): string[] {
  const pos = state.doc.toString().indexOf(text) + 1;
  const tree = ensureSyntaxTree(state, state.doc.length, 5000);
  const names: string[] = [];
  for (let node = tree?.resolveInner(pos, 1) ?? null; node !== null; node = node.parent) {
    names.push(node.name);
  }
  return names;
}

describe('front matter syntax', () => {
  const yamlPost = '---\ntitle: 你好\ntags: [a, b]\n---\n\n# Heading\n\n- item\n';

  it('parses YAML front matter as YAML inside a FrontMatter block', () => {
    const state = stateFor(yamlPost);
    const names = nodesAt(state, 'title');
    expect(names).toEqual(['FrontMatterKey', 'FrontMatterYAML', 'FrontMatter', 'Document']);
    expect(nodesAt(state, '# Heading')).toContain('ATXHeading1');
  });

  it('parses TOML front matter between +++ lines', () => {
    const state = stateFor('+++\ntitle = "Hugo"\ndraft = true\n+++\nbody *text*\n');
    expect(nodesAt(state, 'title')).toEqual([
      'FrontMatterKey',
      'FrontMatterTOML',
      'FrontMatter',
      'Document',
    ]);
    expect(nodesAt(state, 'text')).toContain('Emphasis');
  });

  it('highlights the YAML keys and values, TOML keys and the fences', () => {
    const style = HighlightStyle.define([
      { tag: tags.meta, class: 'fence' },
      { tag: [tags.propertyName, tags.definition(tags.propertyName)], class: 'key' },
      { tag: tags.string, class: 'string' },
    ]);
    const classesOf = (doc: string): Map<string, string> => {
      const state = stateFor(doc);
      const tree = ensureSyntaxTree(state, state.doc.length, 5000);
      const found = new Map<string, string>();
      if (tree !== null) {
        highlightTree(tree, style, (from, to, classes) => found.set(doc.slice(from, to), classes));
      }
      return found;
    };
    const yaml = classesOf(yamlPost);
    expect(yaml.get('---')).toBe('fence');
    expect(yaml.get('title')).toBe('key');
    const toml = classesOf('+++\ntitle = "Hugo"\n+++\n');
    expect(toml.get('+++')).toBe('fence');
    expect(toml.get('"Hugo"')).toBe('string');
  });

  it('folds the front matter as one block', () => {
    const state = stateFor(yamlPost);
    expect(foldable(state, 0, 3)).toEqual({ from: 3, to: yamlPost.indexOf('---', 4) + 3 });
  });

  it('is only front matter at the very start of the document', () => {
    const state = stateFor('Intro\n\n---\ntitle: no\n---\n');
    expect(nodesAt(state, 'title')).not.toContain('FrontMatter');
  });

  it('treats an unclosed block as front matter to the end, like gray-matter', () => {
    const state = stateFor('---\ntitle: draft\n');
    expect(nodesAt(state, 'title')).toContain('FrontMatterKey');
  });

  it('reads front matter after a byte order mark', () => {
    const state = stateFor('\uFEFF---\ntitle: x\n---\n');
    expect(nodesAt(state, 'title')).toContain('FrontMatterKey');
  });
});
