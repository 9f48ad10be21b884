/**
 * Minimal edits of a list value: the items that stay keep their exact source text, comments and
 * spacing; only added and removed items change. Shared by YAML (block and flow) and TOML arrays.
 */

/** One step of turning the old items into the new ones, in list order. */
export type ListStep =
  | { op: 'keep'; old: number }
  | { op: 'delete'; old: number }
  /** `moved`: the old item (deleted elsewhere) with this text, whose source is reused. */
  | { op: 'insert'; text: string; moved: number | null };

/** Longest lists compared item by item; beyond this the differing middle is replaced whole. */
const maxDiffCells = 4_000_000;

/** The steps from `before` to `after`: a longest common subsequence stays, the rest changes. */
export function diffItems(before: string[], after: string[]): ListStep[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) {
    start++;
  }
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const steps: ListStep[] = [];
  for (let i = 0; i < start; i++) {
    steps.push({ op: 'keep', old: i });
  }
  steps.push(...middleSteps(before, after, start, endBefore, endAfter));
  for (let i = endBefore; i < before.length; i++) {
    steps.push({ op: 'keep', old: i });
  }
  return withMoves(steps, before);
}

/** Steps for the differing middle `before[start, endBefore)` to `after[start, endAfter)`. */
function middleSteps(
  before: string[],
  after: string[],
  start: number,
  endBefore: number,
  endAfter: number,
): ListStep[] {
  const rows = endBefore - start;
  const columns = endAfter - start;
  const steps: ListStep[] = [];
  if (rows * columns > maxDiffCells) {
    for (let i = start; i < endBefore; i++) {
      steps.push({ op: 'delete', old: i });
    }
    for (let j = start; j < endAfter; j++) {
      steps.push({ op: 'insert', text: after[j] ?? '', moved: null });
    }
    return steps;
  }
  // common[i][j]: length of the longest common subsequence of the suffixes from i and j.
  const width = columns + 1;
  const common = new Int32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      common[i * width + j] =
        before[start + i] === after[start + j]
          ? (common[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(common[(i + 1) * width + j] ?? 0, common[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows || j < columns) {
    if (i < rows && j < columns && before[start + i] === after[start + j]) {
      steps.push({ op: 'keep', old: start + i });
      i++;
      j++;
    } else if (
      i < rows &&
      (j >= columns || (common[(i + 1) * width + j] ?? 0) >= (common[i * width + j + 1] ?? 0))
    ) {
      steps.push({ op: 'delete', old: start + i });
      i++;
    } else {
      steps.push({ op: 'insert', text: after[start + j] ?? '', moved: null });
      j++;
    }
  }
  return steps;
}

/** An inserted item whose text was deleted elsewhere is that item moved: it keeps its source. */
function withMoves(steps: ListStep[], before: string[]): ListStep[] {
  const deleted = steps.flatMap((step) => (step.op === 'delete' ? [step.old] : []));
  return steps.map((step) => {
    if (step.op !== 'insert') {
      return step;
    }
    const index = deleted.findIndex((old) => before[old] === step.text);
    if (index === -1) {
      return step;
    }
    const [old] = deleted.splice(index, 1);
    return { ...step, moved: old ?? null };
  });
}

/** A block list's items as whole lines: `from` a line start, `to` after a line ending. */
export interface LineItem {
  from: number;
  to: number;
  /** What comes before the value on the item's first line (`  - `), for new items. */
  prefix: string;
}

/**
 * Applies steps to a list whose items are whole lines; lines between items (comments, blank
 * lines) stay. New items are written as `prefix + render(text)` in the style of their neighbour.
 */
export function editLineList(
  text: string,
  items: LineItem[],
  steps: ListStep[],
  render: (item: string) => string,
  eol: string,
): string {
  const first = items[0];
  if (first === undefined) {
    return text;
  }
  let out = text.slice(0, first.from);
  let cursor = first.from;
  let neighbour = first;
  for (const step of steps) {
    if (step.op === 'insert') {
      const moved = step.moved === null ? undefined : items[step.moved];
      out +=
        moved === undefined
          ? neighbour.prefix + render(step.text) + eol
          : text.slice(moved.from, moved.to);
      continue;
    }
    const item = items[step.old];
    if (item === undefined) {
      continue;
    }
    out += text.slice(cursor, item.from);
    if (step.op === 'keep') {
      out += text.slice(item.from, item.to);
    }
    cursor = item.to;
    neighbour = item;
  }
  return out + text.slice(cursor);
}

/** An inline array in a text: `[` at `open`, `]` at `close`, each item's value range. */
export interface BracketList {
  open: number;
  close: number;
  items: { from: number; to: number }[];
}

const comment = String.raw`(?:#[^\r\n]*)?`;
const moreLines = String.raw`(?:\r?\n[ \t]*${comment})*`;
const leadPattern = new RegExp(String.raw`^[ \t]*${comment}${moreLines}$`);
const separatorPattern = new RegExp(String.raw`^[ \t]*,[ \t]*${comment}${moreLines}$`);
const tailPattern = new RegExp(String.raw`^[ \t]*,?[ \t]*${comment}${moreLines}$`);

/** What follows an item up to the next one: its comma and comment, lines between, indent. */
interface Separator {
  /** Up to and including the first line ending (all of it on one line). */
  trail: string;
  /** Whole lines before the next item (own-line comments, blank lines). */
  lines: string;
  /** Indentation of the next item (or of the closing bracket). */
  indent: string;
}

function splitSeparator(text: string): Separator {
  const newline = text.indexOf('\n');
  if (newline === -1) {
    return { trail: text, lines: '', indent: '' };
  }
  const rest = text.slice(newline + 1);
  const last = rest.lastIndexOf('\n');
  return {
    trail: text.slice(0, newline + 1),
    lines: rest.slice(0, last + 1),
    indent: rest.slice(last + 1),
  };
}

function hasComma(trail: string): boolean {
  return /^[ \t]*,/.test(trail);
}

function withComma(trail: string, wanted: boolean): string {
  if (wanted === hasComma(trail)) {
    return trail;
  }
  return wanted ? `,${trail}` : trail.replace(/^([ \t]*),/, '$1');
}

interface Unit {
  old: number | null;
  text: string;
  indent: string;
  /** A moved item's comment (` # why`), written after it when it has a line of its own. */
  comment: string;
}

/**
 * Applies steps to an inline array (`[a, b]`, or one item per line with comments): kept items,
 * their commas, comments and the lines between them stay; a new item goes on a line of its own
 * when its neighbour has one, else after `, `. Null when the array is laid out in a way this
 * cannot follow (a comma at a line start, tags before items).
 */
export function editBracketList(
  text: string,
  list: BracketList,
  steps: ListStep[],
  render: (item: string) => string,
  eol: string,
): string | null {
  const { open, close, items } = list;
  const n = items.length;
  const lead = text.slice(open + 1, items[0]?.from ?? close);
  const gaps = items.map((item, i) => text.slice(item.to, items[i + 1]?.from ?? close));
  if (
    n === 0 ||
    !leadPattern.test(lead) ||
    gaps.some((gap, i) => !(i < n - 1 ? separatorPattern : tailPattern).test(gap))
  ) {
    return null;
  }
  const leadSplit = splitSeparator(`\n${lead}`);
  const leadHead = lead.includes('\n') ? leadSplit.trail.slice(1) + leadSplit.lines : lead;
  const separators = gaps.map(splitSeparator);
  const indentOf = (i: number): string =>
    i === 0 ? (lead.includes('\n') ? leadSplit.indent : '') : (separators[i - 1]?.indent ?? '');
  const ownLineIndents = items
    .map((_, i) => ((i === 0 ? lead : gaps[i - 1]) ?? '').includes('\n'))
    .flatMap((ownLine, i) => (ownLine ? [indentOf(i)] : []));
  const closing = separators[n - 1] ?? { trail: '', lines: '', indent: '' };
  const lineIndent = ownLineIndents[ownLineIndents.length - 1] ?? `${closing.indent}  `;

  // The order of kept and new items, with the comment lines that sat before each old item.
  const sequence: (Unit | string)[] = [];
  for (const step of steps) {
    if (step.op === 'insert') {
      const moved = step.moved === null ? undefined : items[step.moved];
      const source = moved === undefined ? render(step.text) : text.slice(moved.from, moved.to);
      const trail = step.moved === null ? '' : (separators[step.moved]?.trail ?? '');
      const comment = /[ \t]*#[^\r\n]*/.exec(trail)?.[0] ?? '';
      sequence.push({ old: null, text: source, indent: '', comment });
      continue;
    }
    if (step.old > 0) {
      sequence.push(separators[step.old - 1]?.lines ?? '');
    }
    const item = items[step.old];
    if (step.op === 'keep' && item !== undefined) {
      sequence.push({
        old: step.old,
        text: text.slice(item.from, item.to),
        indent: indentOf(step.old),
        comment: '',
      });
    }
  }
  sequence.push(closing.lines);
  // With no item left, what stays is the brackets and the comment lines that were inside.
  const lastUnit = sequence.reduce<number>(
    (last, piece, index) => (typeof piece === 'string' ? last : index),
    -1,
  );
  const tail = closing.trail;
  const tailEndsLine = tail.includes('\n');
  let out = leadHead;
  sequence.forEach((piece, index) => {
    if (typeof piece === 'string') {
      out += piece;
      return;
    }
    const isLast = index === lastUnit;
    if (piece.old !== null) {
      const own = separators[piece.old]?.trail ?? '';
      const wasLast = piece.old === n - 1;
      out += piece.indent + piece.text;
      if (isLast) {
        out += wasLast || !own.includes('\n') ? tail : withComma(own, hasComma(tail));
      } else {
        out += !wasLast ? own : tailEndsLine ? withComma(tail, true) : ', ';
      }
      return;
    }
    const ownLine = out.endsWith('\n');
    out += (ownLine ? lineIndent : '') + piece.text;
    if (!isLast) {
      out += ownLine ? `,${piece.comment}${eol}` : ', ';
    } else {
      // The last item ends like the old last one did: trailing comma or not, line break or not.
      out += tailEndsLine ? (hasComma(tail) ? ',' : '') + piece.comment + eol : tail;
    }
  });
  const closingIndent = out.endsWith('\n') ? closing.indent : '';
  return text.slice(0, open + 1) + out + closingIndent + text.slice(close);
}
