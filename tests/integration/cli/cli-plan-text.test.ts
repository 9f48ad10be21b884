import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { ExportPlan } from '../../../core/api';
import { translator } from '../../../electron/node/cli/cli-i18n';
import { planText } from '../../../electron/node/cli/plan-text';
import { formatPlan } from '../../../electron/node/export/format-plan';
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

test('the catalog in English says the plan exactly as formatPlan does (the two cannot drift apart)', async () => {
  const english = translator('en');
  const [first, second] = await plans();
  // Both plans hold what the lines are made of: images, a refused post, a file needing --replace.
  expect(formatPlan(first!)).toContain('  image   ');
  expect(formatPlan(second!)).toContain('  not exported: broken.md');
  expect(formatPlan(second!)).toContain('needs --replace]');
  for (const plan of [first!, second!]) {
    expect(planText(plan, english)).toBe(formatPlan(plan));
  }
});

test('in Chinese the same lines say their words in Chinese and keep paths, codes and URLs', async () => {
  const chinese = translator('zh-CN');
  for (const plan of await plans()) {
    const english = formatPlan(plan).split('\n');
    const lines = planText(plan, chinese).split('\n');
    expect(lines).toHaveLength(english.length);
    for (const file of plan.files) {
      expect(lines.some((line) => line.includes(file.targetPath))).toBe(true);
    }
    for (const warning of plan.warnings) {
      const start = `  ${warning.code}: ${warning.postPath}: `;
      expect(lines.some((line) => line.startsWith(start))).toBe(true);
    }
    expect(lines[0]).toBe(`导出到 ${plan.target.path}（${plan.target.preset}）`);
  }
});
