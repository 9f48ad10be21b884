import type { EditorCommandName } from './editor-commands';

/** A button face: letters (B, I, H1) or an SVG path on a 24×24 grid, drawn in currentColor. */
export type FormatGlyph = { text: string; className?: string } | { path: string };

/** The face of each formatting toolbar button. */
export const formatGlyphs: Partial<Record<EditorCommandName, FormatGlyph>> = {
  bold: { text: 'B', className: 'glyph-bold' },
  italic: { text: 'I', className: 'glyph-italic' },
  strikethrough: { text: 'S', className: 'glyph-strike' },
  code: { path: 'M9 7 4 12l5 5M15 7l5 5-5 5' },
  link: {
    path: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  },
  heading1: { text: 'H1' },
  heading2: { text: 'H2' },
  heading3: { text: 'H3' },
  bulletList: { path: 'M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01' },
  orderedList: {
    path: 'M10 6h10M10 12h10M10 18h10M4 5l1.5-1v5M3.5 14.5a1.5 1.5 0 0 1 3 0c0 1.5-3 2.5-3 4h3',
  },
  quote: { path: 'M5 6v12M9 8h10M9 12h10M9 16h6' },
};

/** Before these commands the toolbar draws a separator (groups: inline, headings, blocks). */
export const groupStarts: ReadonlySet<EditorCommandName> = new Set(['heading1', 'bulletList']);
