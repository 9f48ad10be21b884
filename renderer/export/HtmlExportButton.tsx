import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PostwrightHost, WorkspacePath } from '../../core/api';
import { renderStandaloneHtml } from '../preview/standalone-html';

/** Props of the "Export as HTML" button. */
export interface HtmlExportButtonProps {
  host: PostwrightHost;
  postPath: WorkspacePath;
  /** The editor's text; without it the saved file is read. */
  currentText?: () => string;
}

/** Renders the post as one self-contained HTML file (as the preview shows it) and downloads it. */
export function HtmlExportButton({
  host,
  postPath,
  currentText,
}: HtmlExportButtonProps): React.JSX.Element {
  const { t } = useTranslation('export');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      const text =
        currentText !== undefined
          ? currentText()
          : (await host.api.readPost({ path: postPath })).text;
      // Read now, not from the app's state: the file follows the setting as the preview does.
      const { allowRemoteImages } = await host.api.getUserSettings({});
      const html = await renderStandaloneHtml(text, postPath, host, allowRemoteImages);
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${postPath.slice(postPath.lastIndexOf('/') + 1).replace(/\.(?:md|markdown|mdx)$/i, '')}.html`;
      document.body.append(link);
      link.click();
      link.remove();
      // The download has started by now; revoking later keeps slow browsers from losing it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      setFailure(
        t('htmlFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {failure !== null && (
        <span className="dialog-error" role="alert">
          {failure}
        </span>
      )}
      <button type="button" className="button" disabled={busy} onClick={() => void run()}>
        {t('exportHtml')}
      </button>
    </>
  );
}
