/** Which lines of each side are not part of their longest common subsequence. */
export interface LineDiff {
  left: string[];
  right: string[];
  leftChanged: Set<number>;
  rightChanged: Set<number>;
}

// Beyond this many cells the table costs more than the highlight is worth: show both texts plainly.
const maxCells = 4_000_000;

/** A line diff of two texts, for the side-by-side comparison of a conflict. */
export function diffLines(leftText: string, rightText: string): LineDiff {
  const left = leftText.split(/\r?\n/);
  const right = rightText.split(/\r?\n/);
  const leftChanged = new Set<number>();
  const rightChanged = new Set<number>();
  const n = left.length;
  const m = right.length;
  if (n * m > maxCells) {
    left.forEach((line, index) => {
      if (line !== right[index]) {
        leftChanged.add(index);
        rightChanged.add(index);
      }
    });
    return { left, right, leftChanged, rightChanged };
  }
  // lcs[i][j] = length of the LCS of left[i..] and right[j..], in one flat array.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i * width + j] =
        left[i] === right[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (left[i] === right[j]) {
      i += 1;
      j += 1;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      leftChanged.add(i);
      i += 1;
    } else {
      rightChanged.add(j);
      j += 1;
    }
  }
  for (; i < n; i += 1) {
    leftChanged.add(i);
  }
  for (; j < m; j += 1) {
    rightChanged.add(j);
  }
  return { left, right, leftChanged, rightChanged };
}
