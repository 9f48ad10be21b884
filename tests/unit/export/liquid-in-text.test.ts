import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parseFrontMatter } from '../../../core/post/front-matter';
import { planScenario } from './plan-harness';

const fm = '---\ntitle: Shortcodes\ndate: 2024-01-01\n---\n\n';
const post = [
  'Intro {{< figure src="a.png" >}} inline.',
  '',
  '```go',
  '{{ .Title }}',
  '```',
  '',
  '{{ if or .Page.Params.math .Site.Params.math }}',
  'Already safe: {% raw %}{{ x }}{% endraw %} and `{{ code }}`.',
  '{{ end }}',
  '{% include open.html',
  '',
].join('\n');

test('Liquid outside code is a warning naming the lines, offering to wrap it in raw', () => {
  const draft = planScenario({ preset: 'jekyll', posts: { 'shortcodes.md': fm + post } });
  const warnings = draft.warnings.filter((warning) => warning.code === 'liquid-in-code');
  expect(warnings.map((warning) => warning.details)).toEqual([
    { line: 8, count: 2 },
    { line: 6, count: 4, lines: '6, 12, 14, 15', context: 'outside-code' },
  ]);
  expect(warnings[1]?.fix).toBe('wrap-liquid-raw');
  expect(warnings[1]?.message).toContain('line(s) 6, 12, 14, 15');
});

test('wrapping in raw keeps every tag in the text as written', () => {
  const draft = planScenario({
    preset: 'jekyll',
    posts: { 'shortcodes.md': fm + post },
    fixes: ['wrap-liquid-raw'],
  });
  const body = parseFrontMatter(draft.files[0]?.content ?? '').body;
  expect(body.split('\n')).toEqual([
    '',
    'Intro {% raw %}{{< figure src="a.png" >}}{% endraw %} inline.',
    '',
    '{% raw %}',
    '```go',
    '{{ .Title }}',
    '```',
    '{% endraw %}',
    '',
    '{% raw %}{{ if or .Page.Params.math .Site.Params.math }}{% endraw %}',
    'Already safe: {% raw %}{{ x }}{% endraw %} and {% raw %}`{{ code }}`{% endraw %}.',
    '{% raw %}{{ end }}{% endraw %}',
    '{% raw %}{% include open.html{% endraw %}',
    '',
  ]);
  expect(draft.warnings.filter((warning) => warning.code === 'liquid-in-code')).toEqual([]);
});

test('generators without Liquid are not warned about shortcodes', () => {
  const draft = planScenario({ preset: 'hugo', posts: { 'shortcodes.md': fm + post } });
  expect(draft.warnings.filter((warning) => warning.code === 'liquid-in-code')).toEqual([]);
});

const realPost = fileURLToPath(
  new URL('../../../../shared/fixtures/real-posts/hugo/math-typesetting.md', import.meta.url),
);

test.skipIf(!existsSync(realPost))(
  'the Hugo math-typesetting post to academicpages names its shortcode lines',
  () => {
    const draft = planScenario({
      preset: 'jekyll-academicpages',
      posts: { 'math-typesetting.md': readFileSync(realPost, 'utf8') },
    });
    const inText = draft.warnings.find((warning) => warning.details?.context === 'outside-code');
    expect(inText?.details?.lines).toBe('32, 33, 39, 40, 44, 49');
    expect(inText?.fix).toBe('wrap-liquid-raw');
  },
);

test('Hexo asset tags are not flagged: the export turns them into Markdown images', () => {
  const hexoPost = `${fm}{% asset_img pic.png A picture %}\n\n{% note info %}\n`;
  const draft = planScenario({
    preset: 'jekyll',
    posts: { 'hexo.md': hexoPost },
    images: { 'hexo/pic.png': 'PNG' },
  });
  const inText = draft.warnings.filter((warning) => warning.details?.context === 'outside-code');
  expect(inText.map((warning) => warning.details?.lines)).toEqual(['8']);
  const fixed = planScenario({
    preset: 'jekyll',
    posts: { 'hexo.md': hexoPost },
    images: { 'hexo/pic.png': 'PNG' },
    fixes: ['wrap-liquid-raw'],
  });
  expect(fixed.files[0]?.content).toContain('![A picture](/assets/images/hexo/pic.png)');
  expect(fixed.files[0]?.content).toContain('{% raw %}{% note info %}{% endraw %}');
});
