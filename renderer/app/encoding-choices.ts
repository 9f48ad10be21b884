/** The kind of text an encoding is made for, as a key of the `encoding:script_*` translations. */
export type EncodingScript =
  'zhHans' | 'zhHant' | 'ja' | 'ko' | 'western' | 'central' | 'cyrillic' | 'unicode';

/** One encoding the user can convert from. */
export interface EncodingChoice {
  /** A WHATWG encoding label: what the backend's decoder (TextDecoder) accepts. */
  name: string;
  /** null for a detected encoding that is not in the common list. */
  script: EncodingScript | null;
  isDetected: boolean;
}

/** Encodings blog posts are commonly found in, most likely first for Postwright's users. */
const commonEncodings: readonly { name: string; script: EncodingScript }[] = [
  // GB18030 decodes GBK and GB2312 too (it is their superset).
  { name: 'GB18030', script: 'zhHans' },
  { name: 'Big5', script: 'zhHant' },
  { name: 'Shift_JIS', script: 'ja' },
  { name: 'EUC-JP', script: 'ja' },
  { name: 'EUC-KR', script: 'ko' },
  { name: 'windows-1252', script: 'western' },
  { name: 'ISO-8859-1', script: 'western' },
  { name: 'ISO-8859-15', script: 'western' },
  { name: 'ISO-8859-2', script: 'central' },
  { name: 'windows-1250', script: 'central' },
  { name: 'windows-1251', script: 'cyrillic' },
  { name: 'KOI8-R', script: 'cyrillic' },
  { name: 'UTF-16LE', script: 'unicode' },
  { name: 'UTF-16BE', script: 'unicode' },
];

/** The encodings to offer for a file: the detected one first (when there is one), then the common ones. */
export function encodingChoices(detected: string): EncodingChoice[] {
  const key = detected.toLowerCase();
  const known = commonEncodings.find((choice) => choice.name.toLowerCase() === key);
  const rest = commonEncodings
    .filter((choice) => choice !== known)
    .map((choice) => ({ ...choice, isDetected: false }));
  if (!isNamed(detected)) {
    return rest;
  }
  return [
    { name: known?.name ?? detected, script: known?.script ?? null, isDetected: true },
    ...rest,
  ];
}

/** The encoding to preview first: the detected one, or the first common one when none was named. */
export function firstChoice(detected: string): string {
  return encodingChoices(detected)[0]?.name ?? detected;
}

function isNamed(encoding: string): boolean {
  return encoding !== '?' && encoding.toLowerCase() !== 'unknown' && encoding !== 'binary';
}
