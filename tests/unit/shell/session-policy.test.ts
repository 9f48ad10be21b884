// Every permission request and check is denied.
import { describe, expect, it } from 'vitest';
import { denyAllPermissions, type PolicySession } from '../../../electron/main/session-policy';

describe('denyAllPermissions', () => {
  it('denies requests, checks and devices', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (handler: (...args: unknown[]) => unknown) => {
        handlers.request = handler;
      },
      setPermissionCheckHandler: (handler: (...args: unknown[]) => unknown) => {
        handlers.check = handler;
      },
      setDevicePermissionHandler: (handler: (...args: unknown[]) => unknown) => {
        handlers.device = handler;
      },
    };
    denyAllPermissions(session as unknown as PolicySession);
    for (const permission of [
      'media',
      'notifications',
      'clipboard-read',
      'geolocation',
      'openExternal',
    ]) {
      const answers: boolean[] = [];
      handlers.request?.({}, permission, (granted: boolean) => answers.push(granted), {});
      expect(answers).toEqual([false]);
      expect(handlers.check?.({}, permission, 'app://postwright', {})).toBe(false);
    }
    expect(handlers.device?.({ deviceType: 'usb' })).toBe(false);
  });
});
