/**
 * Lines of the generators' own syntax (Jekyll/Liquid, Hexo, kramdown, Hugo shortcodes) for the
 * property tests that hold the incremental render to a whole render (live-post, incremental-render).
 */
export const generatorPieces = [
  '{% highlight scss linenos %}',
  '{% endhighlight %}',
  '{% codeblock lang:js %}',
  '{% endcodeblock %}',
  'a {% raw %}{{ x }}{% endraw %} b',
  '{% raw %}',
  '{% endraw %}',
  '{% raw %}# raw heading{% endraw %}',
  '{: .small}',
  'para {: #id .c} *em*{: .x}',
  '{::options parse_block_html="true" /}',
  '{::comment}',
  '{:/comment}',
  '{{< figure src="a.png" caption="A *caption*" >}}',
  '{{< figure',
  'src="b.png"',
  '>}}',
  '{{< note >}}',
  '{{</ note >}}',
  '{{< highlight go >}}',
  '{{< /highlight >}}',
  'see {{< ref "x.md" >}} and {% asset_img a.png A title %}',
  '{{</* figure src="x" */>}}',
];
