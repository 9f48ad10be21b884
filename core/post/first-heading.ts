const fence = /^ {0,3}(`{3,}|~{3,})/;
const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * The text of the first Markdown heading at or after `from` (ATX `# x` or setext), or null.
 *
 * Headings inside fenced code are skipped; inline markup is kept as written.
 */
export function firstHeading(text: string, from: number): string | null {
  const lines = text.slice(from).split('\n');
  let inFence: string | null = null;
  let previous = '';
  for (const rawLine of lines) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const fenceMatch = fence.exec(line);
    if (fenceMatch !== null) {
      const marker = fenceMatch[1] ?? '';
      if (inFence === null) {
        inFence = marker;
      } else if (marker.startsWith(inFence) && line.trim() === marker) {
        inFence = null;
      }
      previous = '';
      continue;
    }
    if (inFence !== null) {
      continue;
    }
    const heading = atx.exec(line);
    if (heading !== null) {
      const title = (heading[1] ?? '').trim();
      if (title !== '') {
        return title;
      }
    } else if (setextUnderline.test(line) && isParagraphLine(previous)) {
      return previous.trim();
    }
    previous = line;
  }
  return null;
}

function isParagraphLine(line: string): boolean {
  return (
    line.trim() !== '' &&
    !/^ {0,3}(?:[-*+>]|\d+[.)]|#|<|\||`{3}|~{3})/.test(line) &&
    !/^ {4}/.test(line)
  );
}
