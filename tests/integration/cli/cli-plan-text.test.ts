import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ExportPlan } from '../../../core/api';
import { planText } from '../../../electron/node/cli/plan-text';
import { exportFixtures, makeExportFixture, type ExportFixture } from '../export/export-fixture';

let fixture: ExportFixture;

beforeEach(async () => {
  fixture = await makeExportFixture(join(exportFixtures, 'repos', 'jekyll'));
});

afterEach(async () => {
  await fixture.cleanup();
});

async function plans(): Promise<ExportPlan[]> {
  const target = await fixture.backend.addExportTarget({ path: fixture.repo });
  const plan = (paths: string[]) =>
    fixture.backend.planExport({ targetId: target.id, paths, fixes: [] });
  const first = await plan(['math-and-images.md', '2025-02-14-deepseek-interview.md']);
  // A file in the repository that Postwright did not write: the plan says it needs --replace.
  const taken = first.files[0]?.targetPath ?? '';
  await mkdir(join(fixture.repo, taken, '..'), { recursive: true });
  await writeFile(join(fixture.repo, taken), 'hand-written\n');
  await writeFile(join(fixture.workspace, 'undated.md'), '---\ntitle: Undated\n---\n\nx\n');
  await writeFile(join(fixture.workspace, 'broken.md'), '---\ntitle: [unclosed\n---\n\nx\n');
  return [first, await plan(['math-and-images.md', 'undated.md', 'broken.md'])];
}

test('in English the plan says its images, a refused post and a file needing --replace', async () => {
  const [first, second] = await plans();
  // Both plans hold what the lines are made of (plan-text-english.test.ts has the exact English text).
  expect(planText(first!, 'en')).toContain('  image   ');
  expect(planText(second!, 'en')).toContain('  not exported: broken.md');
  expect(planText(second!, 'en')).toContain('needs --replace]');
});

test('in Chinese the same lines say their words in Chinese and keep paths, codes and URLs', async () => {
  const [first, second] = await plans();
  for (const plan of [first!, second!]) {
    const english = planText(plan, 'en').split('\n');
    const lines = planText(plan, 'zh-CN').split('\n');
    expect(lines).toHaveLength(english.length);
    for (const file of plan.files) {
      expect(lines.some((line) => line.includes(file.targetPath))).toBe(true);
    }
    for (const warning of plan.warnings) {
      const start = `  ${warning.code}: ${warning.postPath}: `;
      const line = lines.find((candidate) => candidate.startsWith(start)) ?? '';
      // The sentence is the catalog's (as the export dialog says it), not the planner's English.
      expect(line.slice(start.length), line).toMatch(/[\u4e00-\u9fff]/);
      expect(line, line).not.toMatch(/\{\{\w+\}\}/);
    }
    expect(lines[0]).toBe(`导出到 ${plan.target.path}（${plan.target.preset}）`);
  }
  // The front matter error is said from its reason, not with the YAML parser's English words.
  expect(planText(second!, 'zh-CN')).toMatch(
    /\n {2}front-matter-error: broken\.md: 无法读取 front matter：YAML 语法错误[^a-zA-Z]*。这篇文章不会被导出。/,
  );
  expect(planText(second!, 'zh-CN')).toContain(
    'missing-date: undated.md: 这篇文章的 front matter 中没有日期；导出使用今天的日期',
  );
});
