/**
 * Why a file name was refused, from the `reason` (and `character` / `stem`) the backend puts in an
 * `E_INVALID_NAME` error's details: so the message can name the character or the reserved word
 * instead of repeating the name. The rules themselves live in the backend only.
 */
export type NameProblem =
  | { kind: 'empty' }
  | { kind: 'character'; character: string }
  | { kind: 'hidden' }
  | { kind: 'reserved'; stem: string }
  | { kind: 'ends' }
  | { kind: 'normalization' }
  | { kind: 'extension' }
  | { kind: 'tooLong'; bytes: number };

/** The problem an `E_INVALID_NAME` error's details name, or null when they name none. */
export function nameProblem(details: Record<string, unknown>): NameProblem | null {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  switch (details['reason']) {
    case 'empty-name':
      return { kind: 'empty' };
    case 'bad-character':
      return { kind: 'character', character: shown(text(details['character'])) };
    case 'hidden-name':
      return { kind: 'hidden' };
    case 'reserved-name':
      return { kind: 'reserved', stem: text(details['stem']) };
    case 'bad-ends':
      return { kind: 'ends' };
    case 'not-nfc':
      return { kind: 'normalization' };
    case 'not-post-extension':
      return { kind: 'extension' };
    case 'too-long':
      return typeof details['bytes'] === 'number'
        ? { kind: 'tooLong', bytes: details['bytes'] }
        : null;
    default:
      return null;
  }
}

/** A control character as `U+0001` (it would be invisible in a message). */
function shown(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f
    ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : character;
}
