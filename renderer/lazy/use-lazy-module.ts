import { useEffect, useState } from 'react';
import { whenIdle, type LazyModule } from './lazy-module';

/**
 * The module once loaded, else null. Loading starts when the page is idle after the component
 * mounts, or at once while `urgent` (the user is asking for what the module does).
 */
export function useLazyModule<T>(module: LazyModule<T>, urgent = false): T | null {
  const [value, setValue] = useState<T | null>(() => module.loaded());
  useEffect(() => {
    if (value !== null) {
      return;
    }
    let mounted = true;
    const load = (): void => {
      module.load().then(
        (loaded) => {
          if (mounted) {
            setValue(() => loaded);
          }
        },
        // A chunk that cannot be fetched (the app was rebuilt under a running page): the
        // component goes on without it, as before it loaded.
        () => undefined,
      );
    };
    if (urgent) {
      load();
      return () => {
        mounted = false;
      };
    }
    const cancel = whenIdle(load);
    return () => {
      mounted = false;
      cancel();
    };
  }, [module, urgent, value]);
  return value;
}
