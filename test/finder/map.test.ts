// The real map (maplibre-gl in headless Chromium, WebGL2 through SwiftShader) with the built-in offline basemap.
import { expect, waitUntil } from '@open-wc/testing';
import { createFinderMap, MapLibreFinderMap } from '../../src/finder/map.js';
import { MapUnavailableError, type FinderMapOptions, type FinderMapPoint } from '../../src/finder/map-types.js';

/** A small host like the finder: a shadow root holding an empty, sized map container. */
class MapTestHost extends HTMLElement {
  readonly root = this.attachShadow({ mode: 'open' });
  readonly container = document.createElement('div');
  constructor() {
    super();
    this.container.style.cssText = 'position: relative; width: 640px; height: 420px;';
    this.root.append(this.container);
  }
}
customElements.define('dcr-map-test-host', MapTestHost);

const POINTS: FinderMapPoint[] = [
  { id: 'paris-1', coordinates: [2.3488, 48.8534], name: 'Paris One', status: 'operating', precision: 'address' },
  { id: 'paris-2', coordinates: [2.3622, 48.8835], name: 'Paris Two', status: 'operating', precision: 'address' },
  { id: 'berlin', coordinates: [13.405, 52.52], name: 'Berlin', status: 'closed', precision: 'city' },
  { id: 'lisbon', coordinates: [-9.1393, 38.7223], name: 'Lisbon', status: 'planned', precision: 'street' },
  { id: 'barcelona', coordinates: [2.1734, 41.3851], name: 'Barcelona', status: 'unconfirmed', precision: 'address' },
];

const hosts: MapTestHost[] = [];
const maps: MapLibreFinderMap[] = [];

function host(): MapTestHost {
  const h = document.createElement('dcr-map-test-host') as MapTestHost;
  document.body.append(h);
  hosts.push(h);
  return h;
}

async function create(h: MapTestHost, o: Partial<FinderMapOptions> = {}): Promise<MapLibreFinderMap> {
  const map = (await createFinderMap({
    container: h.container,
    root: h.root,
    theme: 'light',
    locale: 'en',
    labels: { approximate: 'Approximate location', cluster: (n) => `${n} places` },
    onSelect: () => undefined,
    ...o,
  })) as MapLibreFinderMap;
  maps.push(map);
  return map;
}

/** Ids of the single points and counts of the clusters drawn now. */
function drawn(m: MapLibreFinderMap): { points: string[]; clusters: number[] } {
  const features = m.map.queryRenderedFeatures({ layers: ['dcr-point', 'dcr-clusters'] });
  return {
    points: features.filter((f) => !f.properties.cluster).map((f) => String(f.properties.id)).sort(),
    clusters: features.filter((f) => f.properties.cluster).map((f) => Number(f.properties.point_count)),
  };
}

/** A real click at a map position, as a mouse would make it (down, up, click on the canvas). */
function clickAt(m: MapLibreFinderMap, lngLat: [number, number]): void {
  const canvas = m.map.getCanvas();
  const rect = canvas.getBoundingClientRect();
  const p = m.map.project(lngLat);
  const init = { bubbles: true, cancelable: true, composed: true, clientX: rect.left + p.x, clientY: rect.top + p.y, button: 0 };
  canvas.dispatchEvent(new MouseEvent('mousedown', init));
  canvas.dispatchEvent(new MouseEvent('mouseup', init));
  canvas.dispatchEvent(new MouseEvent('click', init));
}

describe('finder map (maplibre-gl)', function () {
  this.timeout(30000);

  afterEach(() => {
    for (const m of maps.splice(0)) m.destroy();
    for (const h of hosts.splice(0)) h.remove();
  });

  it('draws the offline basemap and the points inside a shadow root', async () => {
    const h = host();
    const t0 = performance.now();
    const m = await create(h);
    m.setPoints(POINTS);
    await m.whenIdle();
    const ms = Math.round(performance.now() - t0);
    console.info(`map: time to idle ${ms} ms`);

    const land = m.map.queryRenderedFeatures({ layers: ['dcr-land'] });
    expect(land.length).to.be.greaterThan(0);
    const { points, clusters } = drawn(m);
    // The two Paris places are one cluster at the fitted zoom; the others stand alone.
    expect(points).to.deep.equal(['barcelona', 'berlin', 'lisbon']);
    expect(clusters).to.deep.equal([2]);
    expect(h.root.querySelector('canvas')!.getAttribute('aria-label')).to.equal('Map');
    expect(h.root.querySelector('.maplibregl-ctrl-attrib')!.textContent).to.contain('Natural Earth');
  });
});
