import { expect, test } from 'vitest';
import { planScenario } from './plan-harness';

const jekyll = { '_config.yml': 'title: blog\n' };

test('a repository post stored with a decomposed (NFD) name is the same post as our composed slug', () => {
  const draft = planScenario({
    preset: 'jekyll',
    slugStyle: 'keep',
    repo: {
      ...jekyll,
      [`_posts/2020-01-01-${'café'.normalize('NFD')}.md`]: '---\ntitle: old\n---\n',
    },
    posts: { 'p.md': `---\ntitle: New\ndate: 2024-01-02\nslug: ${'café'.normalize('NFC')}\n---\n` },
  });
  expect(draft.warnings.map((warning) => warning.code)).toContain('path-collision');
});

test("an alias bomb in the post's own front matter is refused, not expanded", () => {
  const lines = ['title: bomb', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
  let previous = 'a';
  for (const name of 'bcdefghij') {
    lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`);
    previous = name;
  }
  const draft = planScenario({
    preset: 'jekyll',
    repo: jekyll,
    posts: { 'bomb.md': `---\n${lines.join('\n')}\n---\nBody\n` },
  });
  expect(draft.files).toEqual([]);
  expect(draft.warnings.map((warning) => warning.code)).toEqual(['front-matter-error']);
});

test('a CRLF post keeps CRLF in the exported file, including the lines export edits', () => {
  const draft = planScenario({
    preset: 'hexo',
    repo: { 'package.json': '{"hexo":{}}', '_config.yml': 'title: h\r\n' },
    posts: { 'p.md': '---\r\ntitle: P\r\ndate: 2024-01-02\r\n---\r\n\r\nText\r\n' },
  });
  const content = draft.files[0]?.content ?? '';
  expect(content).toBe('---\r\ntitle: P\r\ndate: 2024-01-02 00:00:00\r\n---\r\n\r\nText\r\n');
});
