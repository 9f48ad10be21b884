/**
 * gray-matter (the codec's splitter) keeps a copy of its input with `Buffer.from(string)`, a Node
 * global a browser page does not have. It only stores that copy (as `file.orig`) and never reads
 * it back, so an encoder that returns the UTF-8 bytes is all it needs. Imported before anything
 * that parses front matter.
 */
const scope = globalThis as { Buffer?: unknown };

if (scope.Buffer === undefined) {
  const encoder = new TextEncoder();
  scope.Buffer = {
    from: (input: string): Uint8Array => encoder.encode(input),
    isBuffer: (): boolean => false,
  };
}

export {};
