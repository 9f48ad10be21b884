import { expect, test } from 'vitest';
import { planScenario } from './plan-harness';

// The reason already ends its sentence: "…Convert it to YAML.. Fix it before exporting." read
// like a typo in the terminal and in the dialog.
test('a front-matter error message ends each sentence once', () => {
  const draft = planScenario({
    repo: { '_config.yml': 'title: x\n', '_posts/2020-01-01-a.md': '---\n---\n' },
    posts: { 'js.md': '---js\n{ title: "x" }\n---\nbody\n', 'bad.md': '---\ntitle: [x\n---\n' },
  });
  const messages = draft.warnings
    .filter((warning) => warning.code === 'front-matter-error')
    .map((warning) => warning.message);
  expect(messages).toHaveLength(2);
  for (const message of messages) {
    expect(message).not.toMatch(/\.\./);
    expect(message).toMatch(/[^.]\. Fix it before exporting\.$/);
  }
  expect(messages.join('\n')).toContain('Convert it to YAML. Fix it before exporting.');
});
