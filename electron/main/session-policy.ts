/**
 * The session's permission policy: the app asks for no permission (camera, notifications,
 * geolocation, clipboard reads, devices...), so every request and every check is denied.
 */
import type { Session } from 'electron';

/** The parts of `Session` the policy configures. */
export type PolicySession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** Denies every permission request and check of the session. */
export function denyAllPermissions(session: PolicySession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
