import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../bench/lib/prng';
import { generatePost } from '../../../bench/fixtures/post-generator';
import { generateSizedPost } from '../../../bench/fixtures/workspaces';

describe('bench fixtures', () => {
  it('draws the same sequence from the same seed and another from another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      seen.add(random.int(1, 4));
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('generates a byte-identical post for the same options', () => {
    const options = { seed: 5, targetBytes: 20_000, chineseShare: 0.5 };
    expect(generatePost(options)).toBe(generatePost(options));
    expect(generatePost({ ...options, seed: 6 })).not.toBe(generatePost(options));
  });

  it('reaches the requested size with front matter and a realistic block mix', () => {
    const post = generateSizedPost('200kb');
    const bytes = Buffer.byteLength(post);
    expect(bytes).toBeGreaterThanOrEqual(200 * 1024);
    expect(bytes).toBeLessThan(210 * 1024);
    expect(post.startsWith('---\ntitle: ')).toBe(true);
    for (const marker of [
      '\n## ',
      '\n```',
      '\n| ',
      '\n$$\n',
      '](https://',
      '![',
      '[^1]: ',
      '\n- ',
    ]) {
      expect(post).toContain(marker);
    }
  });

  it('writes the 15 KB post mostly in Chinese', () => {
    const post = generateSizedPost('15kb-zh');
    const han = post.match(/\p{Script=Han}/gu)?.length ?? 0;
    const latin = post.match(/[A-Za-z]/g)?.length ?? 0;
    expect(han).toBeGreaterThan(latin);
  });
});
