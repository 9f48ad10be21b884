import type { FieldValue, FrontMatterField, ParsedPost } from '../../core/post/front-matter-types';
import { isDraft } from '../../core/post/index-fields';

/** One key the Draft switch writes. */
export interface DraftEdit {
  key: string;
  value: FieldValue;
}

/** Kinds the switch may overwrite: nothing is lost by replacing a scalar with true or false. */
const replaceableKinds = new Set(['boolean', 'null', 'string', 'number']);

/** Whether the Draft switch is on: the same rule as the post list's Draft badge. */
export function isDraftPost(parsed: ParsedPost): boolean {
  return isDraft(own(parsed.data, 'draft'), own(parsed.data, 'published'));
}

/** Whether toggling can only touch scalars (a list or a map under `draft` or `published` stays). */
export function canToggleDraft(parsed: ParsedPost): boolean {
  return parsed.fields.every(
    (field) =>
      (field.key !== 'draft' && field.key !== 'published') || replaceableKinds.has(field.kind),
  );
}

/**
 * The keys to write so the post becomes a draft (or stops being one).
 *
 * A post that says `published:` (Jekyll) keeps saying it: `published: false` makes a draft and
 * `published: true` publishes it; any other post uses `draft:`. A value keeps its spelling
 * (`True` becomes `False`), so a YAML 1.1-style file does not change style on one toggle.
 */
export function draftEdits(parsed: ParsedPost, makeDraft: boolean): DraftEdit[] {
  const draft = fieldOf(parsed, 'draft');
  const published = fieldOf(parsed, 'published');
  if (makeDraft) {
    if (published?.kind === 'boolean') {
      return [booleanEdit('published', false, published)];
    }
    return [booleanEdit('draft', true, draft)];
  }
  const edits: DraftEdit[] = [];
  if (own(parsed.data, 'draft') === true) {
    edits.push(booleanEdit('draft', false, draft));
  }
  if (own(parsed.data, 'published') === false) {
    edits.push(booleanEdit('published', true, published));
  }
  return edits;
}

function booleanEdit(
  key: string,
  value: boolean,
  written: FrontMatterField | undefined,
): DraftEdit {
  return { key, value: { kind: 'boolean', text: spelled(value, written) } };
}

/** `true`/`false` in the case the key's boolean was written in (`TRUE`, `True`, `true`). */
function spelled(value: boolean, written: FrontMatterField | undefined): string {
  const text = String(value);
  const before = written?.kind === 'boolean' ? written.text : '';
  if (/^[A-Z]+$/.test(before)) {
    return text.toUpperCase();
  }
  if (/^[A-Z][a-z]+$/.test(before)) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return text;
}

function fieldOf(parsed: ParsedPost, key: string): FrontMatterField | undefined {
  return parsed.fields.find((field) => field.key === key);
}

function own(data: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
}
