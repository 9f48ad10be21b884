import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** The editor's colour scheme. */
export type EditorColorScheme = 'light' | 'dark';

// Latin first, then the system's CJK UI font, so Chinese never falls back to a serif or a bitmap.
const proseFonts = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"Segoe UI"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"WenQuanYi Micro Hei"',
  'sans-serif',
].join(', ');
const codeFonts =
  '"SFMono-Regular", Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC", monospace';

const palettes = {
  light: {
    text: '#24292f',
    background: '#ffffff',
    muted: '#6e7781',
    accent: '#0969da',
    code: '#f3f4f6',
    activeLine: '#f6f8fa',
    selection: '#b6d7ff',
    cursor: '#24292f',
    meta: '#8250df',
    string: '#0a3069',
    keyword: '#cf222e',
    number: '#0550ae',
    comment: '#6e7781',
  },
  dark: {
    text: '#d1d7e0',
    background: '#1e2228',
    muted: '#8b949e',
    accent: '#58a6ff',
    code: '#2a2f37',
    activeLine: '#252a31',
    selection: '#3b5070',
    cursor: '#e6edf3',
    meta: '#d2a8ff',
    string: '#a5d6ff',
    keyword: '#ff7b72',
    number: '#79c0ff',
    comment: '#8b949e',
  },
} as const;

/** Colours, prose typography and syntax highlighting for the light or dark scheme. */
export function editorTheme(scheme: EditorColorScheme): Extension {
  const c = palettes[scheme];
  const theme = EditorView.theme(
    {
      '&': { color: c.text, backgroundColor: c.background, height: '100%' },
      '.cm-scroller': { fontFamily: proseFonts, lineHeight: '1.75' },
      '.cm-content': { padding: '16px 0 40vh', caretColor: c.cursor },
      '.cm-line': { padding: '0 24px' },
      '.cm-cursor, .cm-dropCursor': { borderLeftColor: c.cursor, borderLeftWidth: '2px' },
      '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
        { backgroundColor: c.selection },
      '.cm-activeLine': { backgroundColor: c.activeLine },
      '.cm-gutters': { backgroundColor: c.background, color: c.muted, border: 'none' },
      '.cm-panels': { backgroundColor: c.activeLine, color: c.text, fontFamily: proseFonts },
      '.cm-notice': {
        padding: '6px 24px',
        fontSize: '13px',
        color: c.text,
        backgroundColor: c.code,
      },
      '.cm-file-refusal': { display: 'flex', alignItems: 'flex-start', gap: '12px' },
      '.cm-file-refusal > span': { flex: '1' },
      '.cm-file-refusal-close': {
        flex: 'none',
        width: '22px',
        height: '22px',
        padding: '0',
        border: 'none',
        borderRadius: '4px',
        background: 'transparent',
        color: c.muted,
        fontSize: '16px',
        lineHeight: '1',
        cursor: 'pointer',
      },
      '.cm-file-refusal-close:hover': { backgroundColor: c.activeLine, color: c.text },
      '.cm-panels-top': { borderBottom: `1px solid ${c.code}` },
      '.cm-panel.cm-search': { padding: '6px 28px 6px 12px', fontSize: '13px' },
      '.cm-panel.cm-search input, .cm-panel.cm-search button, .cm-panel.cm-search label': {
        fontSize: '13px',
        fontFamily: proseFonts,
      },
      '.cm-textfield': {
        backgroundColor: c.background,
        color: c.text,
        border: `1px solid ${c.muted}`,
        borderRadius: '4px',
      },
      '.cm-button': {
        backgroundImage: 'none',
        backgroundColor: c.background,
        color: c.text,
        border: `1px solid ${c.muted}`,
        borderRadius: '4px',
      },
      '.cm-searchMatch': { backgroundColor: scheme === 'light' ? '#fff8c5' : '#5c4d0f' },
      '.cm-searchMatch-selected': { backgroundColor: scheme === 'light' ? '#ffd33d' : '#9e6a03' },
      '.cm-foldPlaceholder': { backgroundColor: c.code, color: c.muted, border: 'none' },
    },
    { dark: scheme === 'dark' },
  );
  const style = HighlightStyle.define([
    { tag: tags.heading1, fontSize: '1.45em', fontWeight: '700' },
    { tag: tags.heading2, fontSize: '1.3em', fontWeight: '700' },
    { tag: tags.heading3, fontSize: '1.15em', fontWeight: '700' },
    { tag: [tags.heading4, tags.heading5, tags.heading6], fontWeight: '700' },
    { tag: tags.strong, fontWeight: '700' },
    { tag: tags.emphasis, fontStyle: 'italic' },
    { tag: tags.strikethrough, textDecoration: 'line-through' },
    { tag: [tags.link, tags.url], color: c.accent },
    { tag: tags.monospace, fontFamily: codeFonts, backgroundColor: c.code },
    { tag: tags.quote, color: c.muted },
    { tag: [tags.processingInstruction, tags.contentSeparator, tags.meta], color: c.muted },
    { tag: [tags.keyword, tags.operatorKeyword, tags.modifier], color: c.keyword },
    { tag: [tags.string, tags.special(tags.string), tags.regexp], color: c.string },
    { tag: [tags.number, tags.bool, tags.null, tags.atom], color: c.number },
    { tag: [tags.propertyName, tags.definition(tags.propertyName), tags.typeName], color: c.meta },
    {
      tag: [tags.comment, tags.lineComment, tags.blockComment],
      color: c.comment,
      fontStyle: 'italic',
    },
    { tag: tags.invalid, color: c.keyword },
  ]);
  return [theme, syntaxHighlighting(style)];
}

/** The editor's font size in CSS pixels. */
export function editorFontSize(size: number): Extension {
  return EditorView.theme({ '.cm-scroller': { fontSize: `${size}px` } });
}
