import { expect, test } from 'vitest';
import { detectGenerator } from '../../../core/export/detect';
import { planScenario } from './plan-harness';

// A hostile 7.5 MB _config.yml took 18 s to plan one post (parsed several times), the backend
// answering nothing meanwhile. Real configuration files are kilobytes: one over 1 MB is a
// config-error, like an alias bomb, and the defaults are used.

const padding = Array.from({ length: 12_000 }, (_, i) => `key${i}: "${'x'.repeat(90)}"`).join('\n');
const huge = `title: x\nbaseurl: /blog\npermalink: /:title/\n${padding}\n`;

test('a _config.yml over 1 MB is a config-error warning and the defaults are used', () => {
  const draft = planScenario({
    repo: { '_config.yml': huge, '_posts/2020-01-01-a.md': '---\ntitle: A\n---\n' },
    posts: { 'hello.md': '---\ntitle: Hello\ndate: 2024-01-02\n---\n\nHi\n' },
  });
  expect(draft.preset).toBe('jekyll');
  const warning = draft.warnings.find((candidate) => candidate.code === 'config-error');
  expect(warning?.details).toMatchObject({ file: '_config.yml' });
  expect(warning?.message).toContain('larger than 1 MB');
  // Defaults: no base path, the date permalink.
  expect(draft.files[0]?.url).toBe('/2024/01/02/hello.html');
});

test('detection does not parse it either: the folders still say Jekyll', () => {
  expect(
    detectGenerator({
      paths: ['_config.yml', '_posts/', '_posts/a.md'],
      texts: { '_config.yml': huge },
    }).preset,
  ).toBe('jekyll');
});
