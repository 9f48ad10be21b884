// markdown-it plugins that ship no type declarations.
declare module 'markdown-it-footnote' {
  import type MarkdownIt from 'markdown-it';
  const footnotePlugin: (md: MarkdownIt) => void;
  export = footnotePlugin;
}

declare module 'markdown-it-task-lists' {
  import type MarkdownIt from 'markdown-it';
  const taskListsPlugin: (md: MarkdownIt, options?: { enabled?: boolean; label?: boolean }) => void;
  export = taskListsPlugin;
}
