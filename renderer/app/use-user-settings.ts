import { useCallback, useRef, useState } from 'react';
import type { PostwrightApi, UserSettings } from '../../core/api';

/** The user's settings and a way to change them (applied at once, persisted in the background). */
export interface UserSettingsApi {
  settings: UserSettings;
  update: (patch: Partial<UserSettings>) => void;
}

// Dragging a splitter changes a size many times a second: persist only once it rests.
const persistDelayMs = 400;

/** Holds the user settings; every change is merged locally and sent with `updateUserSettings`. */
export function useUserSettings(
  api: PostwrightApi,
  initial: UserSettings,
  onError: (error: unknown) => void,
): UserSettingsApi {
  const [settings, setSettings] = useState(initial);
  const pending = useRef<Partial<UserSettings>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const update = useCallback(
    (patch: Partial<UserSettings>) => {
      setSettings((current) => ({ ...current, ...patch }));
      pending.current = { ...pending.current, ...patch };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const sent = pending.current;
        pending.current = {};
        api.updateUserSettings({ patch: sent }).catch(onError);
      }, persistDelayMs);
    },
    [api, onError],
  );

  return { settings, update };
}
