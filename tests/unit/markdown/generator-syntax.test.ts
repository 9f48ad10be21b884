import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../../core/markdown/markdown-renderer';
import { fenceLanguages, mayHoldHeading } from '../../../core/markdown/block-scan';

const noHighlight = (): null => null;
const render = (text: string): string => renderMarkdown(text, noHighlight);

describe('Jekyll, Hexo and Hugo code tags', () => {
  test('{% highlight %} is a code block in its language, lines and indentation kept', () => {
    const html = render(
      '{% highlight scss linenos %}\n.x {\n  color: red;\n}\n{% endhighlight %}\n\nafter',
    );
    expect(html).toContain('<code class="language-scss">.x {\n  color: red;\n}\n</code></pre>');
    expect(html).toContain('<p data-line="6">after</p>');
    expect(html).not.toContain('highlight');
  });

  test('Hexo codeblock and Hugo highlight are code blocks too', () => {
    expect(render('{% codeblock "Git Bash" lang:sh %}\nnpm i\n{% endcodeblock %}')).toContain(
      '<code class="language-sh">npm i\n</code>',
    );
    expect(
      render('{{< highlight html "linenos=table" >}}\n<b>x</b>\n{{< /highlight >}}'),
    ).toContain('<code class="language-html">&lt;b&gt;x&lt;/b&gt;\n</code>');
  });

  test('the tags name their languages, so a missing one is loaded', () => {
    expect(
      fenceLanguages('{% highlight SCSS %}\n{{< highlight "go" >}}\n{% codeblock x lang:rb %}'),
    ).toEqual(['scss', 'go', 'rb']);
  });
});

describe('Liquid raw and kramdown attribute lists', () => {
  test('{% raw %} tags disappear and their content stays literal, in code too', () => {
    const html = render(
      'a {% raw %}{{ site.url }}{% endraw %} b\n\n```html\n{%- raw -%}\n{% if x %}y{% endif %}\n{% endraw %}\n```',
    );
    expect(html).toContain('<p data-line="0">a {{ site.url }} b</p>');
    expect(html).toContain('{% if x %}y{% endif %}');
    expect(html).not.toContain('raw');
  });

  test('a heading behind a raw tag is seen as a heading', () => {
    expect(mayHoldHeading('{% raw %}# Title{% endraw %}')).toBe(true);
    expect(render('{% raw %}# Title{% endraw %}')).toContain('<h1');
  });

  test('block and span IALs, ALDs and extensions are hidden; literal code keeps them', () => {
    const html = render(
      'Para\n{: .small}\n\n{:.class}\n{: #id}\n{:ref: .x}\n{::options parse_block_html="true" /}\n\n*em*{: .big} and `{: .notice}`\n\n{::comment}\nhidden\n{:/comment}\nshown',
    );
    expect(html).not.toMatch(/small|class|#id|ref:|options|hidden|comment|big/);
    expect(html).toContain('<p data-line="0">Para</p>');
    expect(html).toContain('<em>em</em> and <code>{: .notice}</code>');
    expect(html).toContain('shown');
  });

  test('braces that are not attribute lists stay', () => {
    expect(render('a {:} b and {: } c')).toContain('a {:} b and {: } c');
  });
});

describe('Hugo shortcodes and Hexo asset tags', () => {
  test('a multi-line figure renders as a figure with its image and caption', () => {
    const html = render(
      '{{< figure\n  src="/images/zion park.jpg"\n  alt="Zion"\n  link="https://www.nps.gov/zion/"\n  caption="Zion *National* Park"\n  class="ma0 w-75"\n>}}',
    );
    expect(html).toBe(
      '<figure data-line="0"><a href="https://www.nps.gov/zion/"><img src="/images/zion%20park.jpg" alt="Zion"></a><figcaption><p>Zion <em>National</em> Park</p></figcaption></figure>\n',
    );
  });

  test('a figure without alt text takes its caption, made plain', () => {
    expect(render('{{< figure src="a.png" caption="The *logo*" >}}')).toContain(
      '<img src="a.png" alt="The logo">',
    );
  });

  test('other shortcodes are chips naming them; a paired one keeps its content', () => {
    const html = render(
      '{{< notice warning >}}\nBe **careful**.\n{{</ notice >}}\n\nsee {{% ref "x.md" %}}.',
    );
    expect(html).toContain(
      '<p data-line="0" class="pw-shortcode-line"><span class="pw-shortcode" title="{{&lt; notice warning &gt;}}">notice warning</span></p>',
    );
    expect(html).toContain('Be <strong>careful</strong>.');
    expect(html).toContain('>/notice</span>');
    expect(html).toContain(
      'see <span class="pw-shortcode" title="{{% ref &quot;x.md&quot; %}}">ref x.md</span>.',
    );
  });

  test('escaped shortcodes show as the shortcode text, in code as Hugo does', () => {
    const html = render('```md\n{{</* figure src="x" */>}}\n```\n\ntext {{</* x */>}}');
    expect(html).toContain('{{&lt; figure src=&quot;x&quot; &gt;}}\n</code>');
    expect(html).toContain('text {{&lt; x &gt;}}');
    expect(html).not.toContain('pw-shortcode');
  });

  test('a shortcode inside an HTML block is a chip too, not a stray end tag', () => {
    const html = render('<p>\nInline math\n</p>\n{{</ math.inline >}} {{</* x */>}}');
    expect(html).toContain(
      '<span class="pw-shortcode" title="{{&lt;/ math.inline &gt;}}">/math.inline</span>',
    );
    expect(html).toContain('{{&lt; x &gt;}}');
  });

  test('asset_img, asset_link and asset_path become the image, link and path', () => {
    const html = render(
      '{% asset_img example.jpg This is an example image %}\n{% asset_img "spaced asset.jpg" "spaced title" %}\n{% asset_link doc.pdf The doc %} ![x]({% asset_path p.png %})',
    );
    expect(html).toContain(
      '<img src="example.jpg" alt="This is an example image" title="This is an example image">',
    );
    expect(html).toContain(
      '<img src="spaced%20asset.jpg" alt="spaced title" title="spaced title">',
    );
    expect(html).toContain('<a href="doc.pdf">The doc</a> <img src="p.png" alt="x">');
    expect(render('<img src="{% asset_path a.png %}">')).toContain('<img src="a.png">');
  });

  test('asset tags written as code samples stay text', () => {
    const html = render('```\n{% asset_path slug %}\n{% asset_img slug [title] %}\n```');
    expect(html).toContain('{% asset_path slug %}\n{% asset_img slug [title] %}');
  });
});

describe('long hostile lines', () => {
  // Each must finish in linear time: a quadratic scan of these takes minutes.
  const long = 100_000;
  test.each([
    ['{{<', '{{<'.repeat(long)],
    ['{{< x', `{{< ${'x '.repeat(long)}`],
    ['{{</*', '{{</*'.repeat(long)],
    ['{%', '{% '.repeat(long)],
    ['{% asset_path', `{% asset_path ${'a'.repeat(long)}`],
    ['{% asset_img', `{% asset_img ${'a '.repeat(long)}`],
    ['{:', '{:'.repeat(long)],
    ['{: .x', `{: ${'.x '.repeat(long)}`],
    ['many span IALs', 'a {: .x} '.repeat(long)],
    ['{% raw', '{% raw '.repeat(long)],
    ['<div>{{<', `<div>${'{{< x '.repeat(long)}`],
  ])('%s', (_name, line) => {
    const html = render(`${line}\n${line}\n\n- ${line}`);
    expect(html.length).toBeGreaterThan(0);
    expect(fenceLanguages(line)).toEqual([]);
  });

  test('many unclosed shortcode openings', () => {
    const html = render(Array.from({ length: 20_000 }, (_, i) => `{{< open${i}\ntext`).join('\n'));
    expect(html).toContain('open19999');
  });
});

const realPosts = new URL('../../../../shared/fixtures/real-posts/', import.meta.url);

describe.runIf(existsSync(realPosts))('real posts', () => {
  const read = (path: string): string => readFileSync(new URL(path, realPosts), 'utf8');

  test('minimal-mistakes syntax highlighting: highlight tags and raw tags', () => {
    const html = render(read('jekyll-minimal-mistakes/2013-08-16-markup-syntax-highlighting.md'));
    expect(html).toContain('<code class="language-scss">');
    expect(html).toContain('<code class="language-javascript">');
    // `{% highlight %}` itself is written inside raw tags in the post's text: it stays.
    expect(html).toContain('<code>{% highlight %}</code>');
    expect(html).not.toMatch(/\{%-? *(?:end)?raw *-?%\}|\{% highlight \w|endhighlight/);
  });

  test('Hugo figure doc: a figure and no raw shortcode', () => {
    const html = render(read('hugo/figure.md'));
    expect(html).toContain('<figure');
    expect(html).toContain('<figcaption><p>Zion National Park</p></figcaption>');
    expect(html).not.toMatch(/<p[^>]*>\{\{</);
  });
});
