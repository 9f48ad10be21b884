import { expect, test } from 'vitest';
import {
  conversionLosses,
  describeLosses,
  hasLosses,
} from '../../../core/export/conversion-losses';
import { conversionWarning } from '../../../core/export/export-checks';
import { convertFrontMatter } from '../../../core/export/front-matter-edit';
import { parseFrontMatter } from '../../../core/post/front-matter';

const yamlPost = [
  '---',
  '# written by hand',
  'title: Lossy # trailing',
  'big: 12345678901234567890',
  'mode: 0755',
  'plain: 42',
  'quoted: "0755"',
  'none: ~',
  'list: [1, ~]',
  'nested:',
  '  gone: null',
  '  kept: yes',
  '---',
  '',
  'body',
  '',
].join('\n');

test('converting YAML to TOML names every loss: comments, nulls, numbers TOML cannot hold', () => {
  const losses = conversionLosses(yamlPost, 'toml');
  expect(losses).toEqual({
    comments: 2,
    nulls: ['none', 'list[1]', 'nested.gone'],
    numbersAsText: ['12345678901234567890', '0755'],
  });
  expect(hasLosses(losses)).toBe(true);
  expect(describeLosses(losses as NonNullable<typeof losses>, 'toml')).toBe(
    'Rewriting the front matter as TOML drops 2 comment(s); leaves out the empty (null) value(s) of none, list[1], nested.gone; writes 12345678901234567890, 0755 as text, not as number(s).',
  );
});

test('a null is left out of TOML rather than turned into an empty string', () => {
  const converted = convertFrontMatter(yamlPost, 'toml');
  const data = parseFrontMatter(converted).data;
  expect(converted.startsWith('+++\n')).toBe(true);
  expect(data).not.toHaveProperty('none');
  expect(data.list).toEqual([1]);
  expect(data.nested).toEqual({ kept: 'yes' });
  expect(converted).not.toContain('""');
});

test('TOML to YAML loses only the comments; no conversion, no losses', () => {
  const toml = '+++\n# c1\ntitle = "x # not a comment"\ndate = 2020-01-02 # c2\n+++\n\nbody\n';
  expect(conversionLosses(toml, 'yaml')).toEqual({ comments: 2, nulls: [], numbersAsText: [] });
  expect(conversionLosses(toml, 'toml')).toBeNull();
  expect(hasLosses(conversionLosses('{\n  "title": "x"\n}\n\nbody\n', 'yaml'))).toBe(false);
  expect(conversionLosses('no front matter\n', 'yaml')).toBeNull();
});

test('the conversion warning carries the losses for the UI to say', () => {
  expect(conversionWarning('p.md', yamlPost, 'toml')?.details).toEqual({
    format: 'TOML',
    comments: 2,
    nulls: 'none, list[1], nested.gone',
    numbers: '12345678901234567890, 0755',
  });
  expect(conversionWarning('p.md', '---\ntitle: clean\n---\n', 'toml')).toBeNull();
  expect(conversionWarning('p.md', '+++\n# why\ntitle = "x"\n+++\n', 'yaml')?.details).toEqual({
    format: 'YAML',
    comments: 1,
    nulls: '-',
    numbers: '-',
    context: 'comments',
  });
});
