// The window's web preferences and the Content-Security-Policy: Electron's security checklist,
// checked on the exact options and headers the main process uses.
import { describe, expect, it } from 'vitest';
import {
  appContentSecurityPolicy,
  workspaceFileContentSecurityPolicy,
} from '../../../electron/main/content-security-policy';
import {
  buildWindowOptions,
  minWindowSize,
  secureWebPreferences,
} from '../../../electron/main/window-options';

/** A policy as directive name -> its values. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== undefined && words[0] !== '')
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('window options', () => {
  const options = buildWindowOptions({
    preloadPath: '/app/dist/electron/preload.cjs',
    bounds: { x: 10, y: 20, width: 1000, height: 700 },
    backgroundColor: '#ffffff',
  });

  it('follows the security checklist', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('additionalArguments');
  });

  it('keeps spell checking on for the editor', () => {
    expect(secureWebPreferences('/p').spellcheck).toBe(true);
  });

  it('opens where it was, hidden until the first frame, never smaller than the layout needs', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    expect(options.minWidth).toBe(minWindowSize.width);
    expect(options.minHeight).toBe(minWindowSize.height);
  });

  it('lets the system center a window without a saved position', () => {
    const centered = buildWindowOptions({
      preloadPath: '/p',
      bounds: { width: 800, height: 600 },
      backgroundColor: '#1e1e1e',
    });
    expect(centered).not.toHaveProperty('x');
    expect(centered).not.toHaveProperty('y');
  });
});

describe('content security policy of the app', () => {
  const policy = parsePolicy(appContentSecurityPolicy());

  it('denies by default and allows script only from the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('allows no inline, eval or remote script anywhere', () => {
    const everything = [...policy.values()].flat();
    expect(everything).not.toContain("'unsafe-eval'");
    expect(everything).not.toContain("'wasm-unsafe-eval'");
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    for (const name of ['script-src', 'worker-src', 'frame-src', 'connect-src']) {
      expect(policy.get(name)?.some((value) => /^(https?:|\*)/.test(value))).toBe(false);
    }
  });

  it('forbids plugins, base rewriting, form posts and being framed by anything but the app', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
  });

  it('shows workspace images and https images, never plain http ones', () => {
    expect(policy.get('img-src')).toEqual(
      expect.arrayContaining(["'self'", 'data:', 'blob:', 'postwright-file:', 'https:']),
    );
    expect(policy.get('img-src')).not.toContain('http:');
    expect(policy.get('img-src')).not.toContain('*');
  });
});

describe('content security policy of workspace files', () => {
  it('lets nothing in a served file run or load (an SVG is also a document)', () => {
    const policy = parsePolicy(workspaceFileContentSecurityPolicy);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.has('sandbox')).toBe(true);
    expect(policy.has('script-src')).toBe(false);
  });
});
