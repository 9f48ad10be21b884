import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Trans } from 'react-i18next';

/** Props of the error boundary. */
export interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Shows a failure of the UI instead of a blank window. The post's text is safe: it is saved
 * and journaled by the session, which lives outside React.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Postwright UI error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) {
      return this.props.children;
    }
    return (
      <div className="crash" role="alert">
        <h1>
          <Trans i18nKey="app:crashTitle" />
        </h1>
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
