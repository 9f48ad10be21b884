/** Serves the two privileged protocols: reads the file `protocol-request.ts` decided on. */
import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { appScheme, workspaceFileScheme } from '../../core/ipc-channels';
import { privilegedSchemes } from './protocol-schemes';
import {
  resolveAppRequest,
  resolveWorkspaceFileRequest,
  type ProtocolDecision,
} from './protocol-request';

/** Must run before the app is ready. */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([...privilegedSchemes]);
}

/** What the handlers read at request time. */
export interface ProtocolSources {
  /** `dist/renderer`. */
  rendererDir: string;
  /** The open workspace's root. */
  workspaceRoot: () => string;
  /** The app's Content-Security-Policy. */
  contentSecurityPolicy: () => string;
}

/** Installs both handlers on the session the windows use. */
export function handleProtocols(session: Session, sources: ProtocolSources): void {
  session.protocol.handle(appScheme, (request) =>
    respond(
      resolveAppRequest(
        request.url,
        request.method,
        sources.rendererDir,
        sources.contentSecurityPolicy(),
      ),
      request.method,
    ),
  );
  session.protocol.handle(workspaceFileScheme, async (request) =>
    respond(
      await resolveWorkspaceFileRequest(request.url, request.method, sources.workspaceRoot()),
      request.method,
    ),
  );
}

async function respond(decision: ProtocolDecision, method: string): Promise<Response> {
  if (decision.kind === 'error') {
    return new Response(null, { status: decision.status });
  }
  let body: Buffer;
  try {
    body = await readFile(decision.absPath);
  } catch {
    return new Response(null, { status: 404 });
  }
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...decision.headers, 'Content-Length': String(body.byteLength) },
  });
}
