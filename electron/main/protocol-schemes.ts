/**
 * The two privileged schemes, registered before the app is ready.
 *
 * `app:` serves the renderer as a standard, secure origin (so it has a real origin, fetch and
 * module scripts work, and the CSP's 'self' means the app) instead of `file:`, which would give
 * the page every file on disk. `postwright-file:` serves workspace images to the preview.
 */
import type { CustomScheme } from 'electron';
import { appScheme, workspaceFileScheme } from '../../core/ipc-channels';

/** The schemes and their privileges (`protocol.registerSchemesAsPrivileged`). */
export const privilegedSchemes: readonly CustomScheme[] = [
  {
    scheme: appScheme,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: true,
      codeCache: true,
      stream: true,
    },
  },
  {
    scheme: workspaceFileScheme,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
  },
];
