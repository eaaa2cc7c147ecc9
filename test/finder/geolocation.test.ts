import { expect } from '@open-wc/testing';
import { locate } from '../../src/finder/geolocation.js';

type Call = { options?: PositionOptions };

/** A fake Geolocation answering with a position or an error code. */
function fakeGeo(answer: { lat: number; lon: number } | 1 | 2 | 3, calls: Call[] = []): Geolocation {
  return {
    getCurrentPosition(success: PositionCallback, error?: PositionErrorCallback | null, options?: PositionOptions) {
      calls.push({ options });
      queueMicrotask(() => {
        if (typeof answer === 'object') {
          success({ coords: { latitude: answer.lat, longitude: answer.lon, accuracy: 30 } } as GeolocationPosition);
        } else {
          error?.({ code: answer, message: 'x', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
        }
      });
    },
    watchPosition: () => 0,
    clearWatch: () => undefined,
  };
}

describe('finder geolocation', () => {
  it('granted: the position as [lon, lat], asked once without high accuracy', async () => {
    const calls: Call[] = [];
    const r = await locate({ geolocation: fakeGeo({ lat: 48.58, lon: 7.75 }, calls), timeoutMs: 5000 });
    expect(r).to.deep.equal({ kind: 'granted', position: [7.75, 48.58], accuracyMeters: 30 });
    expect(calls).to.have.length(1);
    expect(calls[0].options).to.include({ enableHighAccuracy: false, timeout: 5000 });
  });

  it('maps denied, unavailable and timeout', async () => {
    expect(await locate({ geolocation: fakeGeo(1) })).to.deep.equal({ kind: 'denied' });
    expect(await locate({ geolocation: fakeGeo(2) })).to.deep.equal({ kind: 'unavailable' });
    expect(await locate({ geolocation: fakeGeo(3) })).to.deep.equal({ kind: 'timeout' });
  });

  it('no geolocation API: unavailable, never a throw', async () => {
    expect(await locate({ geolocation: undefined })).to.deep.equal({ kind: 'unavailable' });
    const throwing = { getCurrentPosition: () => { throw new Error('insecure'); } } as unknown as Geolocation;
    expect(await locate({ geolocation: throwing })).to.deep.equal({ kind: 'unavailable' });
  });
});
