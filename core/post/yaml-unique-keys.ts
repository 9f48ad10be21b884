import { isMap, isPair, isScalar, isSeq, type Document } from 'yaml';

/** A duplicate key found in a document: yaml's own message and the key's offset in the content. */
export interface DuplicateKey {
  message: string;
  offset: number;
}

/**
 * Finds the first key that appears twice in one mapping, at any depth.
 *
 * yaml's `uniqueKeys` compares every key with every earlier one (a 1 MB front matter of 20,000
 * keys then takes seconds per parse); a set per mapping does the same check in linear time. Keys
 * are compared as yaml does: scalars by value, other nodes by identity. The walk is iterative, so
 * deep nesting cannot overflow the stack here.
 */
export function findDuplicateKey(doc: Document): DuplicateKey | null {
  const pending: unknown[] = [doc.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key: unknown = isPair(pair) ? pair.key : null;
        const identity = isScalar(key) ? key.value : key;
        if (seen.has(identity)) {
          const offset = isScalar(key) ? (key.range?.[0] ?? 0) : 0;
          return { message: 'Map keys must be unique', offset };
        }
        seen.add(identity);
        pending.push(key, pair.value);
      }
    } else if (isSeq(node)) {
      pending.push(...node.items);
    }
  }
  return null;
}
