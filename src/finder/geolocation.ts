import type { LonLat } from './distance.js';

/** What asking the browser for the user's position gave. The position never leaves the browser. */
export type GeoResult =
  | { kind: 'granted'; position: LonLat; accuracyMeters: number }
  | { kind: 'denied' }
  | { kind: 'timeout' }
  | { kind: 'unavailable' };

export interface LocateOptions {
  /** Milliseconds the device may take to find the position once allowed (default 15 000). */
  timeoutMs?: number;
  /** The geolocation API to ask (default `navigator.geolocation`). */
  geolocation?: Geolocation | undefined;
}

// Some browsers never answer when the permission prompt is dismissed; stop waiting after this much more.
const PROMPT_GRACE_MS = 45_000;

/**
 * Asks for the current position once. Call it only from a user action (a click). Resolves — never
 * rejects — with granted, denied, timeout or unavailable.
 */
export function locate(options: LocateOptions = {}): Promise<GeoResult> {
  const geo = 'geolocation' in options ? options.geolocation : typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
  const timeoutMs = options.timeoutMs ?? 15_000;
  if (!geo || typeof geo.getCurrentPosition !== 'function') return Promise.resolve({ kind: 'unavailable' });
  return new Promise<GeoResult>((resolve) => {
    let done = false;
    const finish = (r: GeoResult) => {
      if (done) return;
      done = true;
      clearTimeout(guard);
      resolve(r);
    };
    const guard = setTimeout(() => finish({ kind: 'timeout' }), timeoutMs + PROMPT_GRACE_MS);
    try {
      geo.getCurrentPosition(
        (pos) => {
          const { longitude, latitude, accuracy } = pos.coords;
          if (Number.isFinite(longitude) && Number.isFinite(latitude)) {
            finish({ kind: 'granted', position: [longitude, latitude], accuracyMeters: accuracy });
          } else finish({ kind: 'unavailable' });
        },
        (err) => {
          // GeolocationPositionError codes: 1 permission denied, 2 position unavailable, 3 timeout.
          finish(err?.code === 1 ? { kind: 'denied' } : err?.code === 3 ? { kind: 'timeout' } : { kind: 'unavailable' });
        },
        { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 300_000 },
      );
    } catch {
      finish({ kind: 'unavailable' });
    }
  });
}
