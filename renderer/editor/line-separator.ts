/** The line separator a file uses: one kind throughout, or a mix that CodeMirror cannot keep. */
export type LineSeparatorKind = '\n' | '\r\n' | 'mixed';

/**
 * Tell which line separator a text uses.
 *
 * A text without line breaks counts as `\n`. Any combination of `\r\n`, lone `\n` and lone `\r`
 * (old Mac) is `'mixed'`: CodeMirror keeps one separator, so the editor cannot round-trip it.
 */
export function detectLineSeparator(text: string): LineSeparatorKind {
  const counts = countLineBreaks(text);
  const kinds = (counts.crlf > 0 ? 1 : 0) + (counts.lf > 0 ? 1 : 0) + (counts.cr > 0 ? 1 : 0);
  if (kinds > 1 || counts.cr > 0) {
    return 'mixed';
  }
  return counts.crlf > 0 ? '\r\n' : '\n';
}

/** The separator a mixed text is normalised to once edited: the more frequent of CRLF and LF. */
export function dominantLineSeparator(text: string): '\n' | '\r\n' {
  const counts = countLineBreaks(text);
  return counts.crlf > counts.lf + counts.cr ? '\r\n' : '\n';
}

interface LineBreakCounts {
  crlf: number;
  lf: number;
  cr: number;
}

function countLineBreaks(text: string): LineBreakCounts {
  const counts: LineBreakCounts = { crlf: 0, lf: 0, cr: 0 };
  // indexOf hops from break to break, so a 10 MB post is scanned without a per-line allocation;
  // each cursor is only searched again once passed, which keeps the scan linear.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr < 0 || (lf >= 0 && lf < cr)) {
      counts.lf++;
      lf = text.indexOf('\n', lf + 1);
    } else if (lf === cr + 1) {
      counts.crlf++;
      lf = text.indexOf('\n', lf + 1);
      cr = text.indexOf('\r', cr + 1);
    } else {
      counts.cr++;
      cr = text.indexOf('\r', cr + 1);
    }
  }
  return counts;
}
