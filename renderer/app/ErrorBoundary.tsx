import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Trans } from 'react-i18next';

/** Props of the error boundary. */
export interface ErrorBoundaryProps {
  children: ReactNode;
  /** 'window': the whole app failed; 'pane': one pane failed and the rest keeps working. */
  scope: 'window' | 'pane';
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Shows a failure of the UI instead of a blank window. The post's text is safe: it is saved
 * and journaled by the session, which lives outside React. Around the preview it keeps a preview
 * failure from taking the editor down with it.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Postwright UI error (${this.props.scope})`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) {
      return this.props.children;
    }
    const isPane = this.props.scope === 'pane';
    return (
      <div className={isPane ? 'crash crash-pane' : 'crash'} role="alert">
        {isPane ? (
          <p className="crash-title">
            <Trans i18nKey="app:paneCrashTitle" />
          </p>
        ) : (
          <h1>
            <Trans i18nKey="app:crashTitle" />
          </h1>
        )}
        <pre>{this.state.error.message}</pre>
        <button
          type="button"
          className="button primary"
          onClick={() => this.setState({ error: null })}
        >
          <Trans i18nKey="app:crashRetry" />
        </button>
      </div>
    );
  }
}
