/** The icons the UI uses (simple 24×24 strokes, drawn in currentColor). */
export type IconName =
  | 'plus'
  | 'folder'
  | 'editor'
  | 'split'
  | 'preview'
  | 'sidebar'
  | 'form'
  | 'export'
  | 'exportChanged'
  | 'warning'
  | 'settings';

const paths: Record<IconName, string> = {
  plus: 'M12 5v14M5 12h14',
  folder: 'M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z',
  editor: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
  split: 'M4 5h16v14H4zM12 5v14',
  preview: 'M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  sidebar: 'M4 5h16v14H4zM9 5v14',
  form: 'M4 6h16M4 12h10M4 18h7',
  export: 'M12 3v12M7 8l5-5 5 5M5 14v5h14v-5',
  // Export's arrow over a stack: every changed post at once.
  exportChanged: 'M12 3v9M8 7l4-4 4 4M4 13v3h16v-3M4 20h16',
  warning: 'M12 3 2 20h20zM12 10v4M12 17h.01',
  // A gear: a ring with eight short teeth.
  settings:
    'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9 7 7M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1M12 5a7 7 0 1 0 0 14 7 7 0 0 0 0-14z',
};

/**
 * A decorative icon (hidden from assistive technology; the control around it carries the name):
 * one of the app's, or a path drawn the same way.
 */
export function Icon(props: { name: IconName } | { path: string }): React.JSX.Element {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={'path' in props ? props.path : paths[props.name]} />
    </svg>
  );
}
