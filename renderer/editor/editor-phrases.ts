/** CodeMirror's English UI phrases (search panel, folding, screen-reader notices) and our keys. */
const phraseKeys: Record<string, string> = {
  Find: 'phrases.find',
  Replace: 'phrases.replace',
  next: 'phrases.next',
  previous: 'phrases.previous',
  all: 'phrases.all',
  'match case': 'phrases.matchCase',
  regexp: 'phrases.regexp',
  'by word': 'phrases.byWord',
  replace: 'phrases.replaceOne',
  'replace all': 'phrases.replaceAll',
  close: 'phrases.close',
  'current match': 'phrases.currentMatch',
  'replaced $ matches': 'phrases.replacedMatches',
  'replaced match on line $': 'phrases.replacedMatchOnLine',
  'on line': 'phrases.onLine',
  'Go to line': 'phrases.goToLine',
  go: 'phrases.go',
  'Folded lines': 'phrases.foldedLines',
  'Unfolded lines': 'phrases.unfoldedLines',
  to: 'phrases.to',
  'folded code': 'phrases.foldedCode',
  unfold: 'phrases.unfold',
  'Fold line': 'phrases.foldLine',
  'Unfold line': 'phrases.unfoldLine',
  'Control character': 'phrases.controlCharacter',
  'Selection deleted': 'phrases.selectionDeleted',
  Completions: 'phrases.completions',
};

/** A translation function over the `editor` namespace, with optional interpolation values. */
export type EditorTranslate = (key: string, values?: Record<string, string>) => string;

/** CodeMirror's phrases translated through the `editor` namespace, for `EditorState.phrases`. */
export function editorPhrases(t: EditorTranslate): Record<string, string> {
  const phrases: Record<string, string> = {};
  for (const [phrase, key] of Object.entries(phraseKeys)) {
    phrases[phrase] = t(key);
  }
  return phrases;
}

/** The i18n keys {@link editorPhrases} reads, for the catalog completeness test. */
export const editorPhraseKeys: readonly string[] = Object.values(phraseKeys);
