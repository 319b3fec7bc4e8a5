// Loads libsodium-wrappers lazily (dynamic import, memoised) so keyless code paths never pay its startup cost.
import type sodiumModule from 'libsodium-wrappers';

export type Sodium = typeof sodiumModule;

let loading: Promise<Sodium> | undefined;
let loaded = false;

/** Initialises libsodium once and returns the ready instance; every crypto helper awaits this. */
export function loadSodium(): Promise<Sodium> {
  if (loading === undefined) {
    loading = (async () => {
      const mod = await import('libsodium-wrappers');
      const sodium = mod.default;
      await sodium.ready;
      loaded = true;
      return sodium;
    })();
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/** True once loadSodium() has finished loading libsodium in this process. */
export function isSodiumLoaded(): boolean {
  return loaded;
}
