/**
 * GB18030 bytes of a text (ASCII and two-byte characters), built from Node's own decoder: Node
 * can decode GB18030 but has no encoder, and the tests need real GB18030 files.
 */
export function encodeGb18030(text: string): Uint8Array {
  const table = twoByteTable();
  const out: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = table.get(char);
    if (bytes === undefined) {
      throw new Error(`No two-byte GB18030 code for ${char}`);
    }
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

let cached: Map<string, number[]> | undefined;

function twoByteTable(): Map<string, number[]> {
  if (cached !== undefined) {
    return cached;
  }
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail !== 0x7f) {
        const char = decoder.decode(Uint8Array.from([lead, trail]));
        if (!table.has(char)) {
          table.set(char, [lead, trail]);
        }
      }
    }
  }
  cached = table;
  return table;
}
