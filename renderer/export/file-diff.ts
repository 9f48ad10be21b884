import { structuredPatch } from 'diff';

/** One line of a unified diff, as the dialog shows it. */
export interface DiffLine {
  kind: 'context' | 'added' | 'removed' | 'gap';
  text: string;
}

// Large posts: a full diff of a 10 MB file would freeze the dialog; show the new text's size instead.
const maxDiffChars = 400_000;

/** A unified line diff of what is in the repository and what export will write, 3 lines of context. */
export function fileDiff(current: string, next: string): DiffLine[] | null {
  if (current.length + next.length > maxDiffChars) {
    return null;
  }
  const patch = structuredPatch(
    '',
    '',
    current.replace(/\r\n/g, '\n'),
    next.replace(/\r\n/g, '\n'),
    '',
    '',
    { context: 3 },
  );
  const lines: DiffLine[] = [];
  patch.hunks.forEach((hunk, index) => {
    if (index > 0 || hunk.oldStart > 1) {
      lines.push({
        kind: 'gap',
        text: `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
      });
    }
    for (const line of hunk.lines) {
      if (line.startsWith('\\')) {
        continue; // "\ No newline at end of file"
      }
      const kind = line.startsWith('+') ? 'added' : line.startsWith('-') ? 'removed' : 'context';
      lines.push({ kind, text: line.slice(1) });
    }
  });
  return lines;
}
