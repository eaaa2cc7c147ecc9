// The real map (maplibre-gl in headless Chromium, WebGL2 through SwiftShader) with the built-in offline basemap.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFinderMap, MapLibreFinderMap, pointBounds } from '../../src/finder/map.js';
import { MapUnavailableError, type FinderMapOptions, type FinderMapPoint } from '../../src/finder/map-types.js';

/** A small host like the finder: its own adopted styles place an empty map container in a sized pane. */
const hostStyles = new CSSStyleSheet();
hostStyles.replaceSync('.pane { position: relative; width: 640px; height: 420px; } .map { position: absolute; inset: 0; }');
class MapTestHost extends HTMLElement {
  readonly root = this.attachShadow({ mode: 'open' });
  readonly container = document.createElement('div');
  readonly pane = document.createElement('div');
  constructor() {
    super();
    this.root.adoptedStyleSheets = [hostStyles];
    const pane = this.pane;
    pane.className = 'pane';
    this.container.className = 'map';
    pane.append(this.container);
    this.root.append(pane);
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

const center = (m: MapLibreFinderMap) => m.map.getCenter().toArray() as [number, number];
const near = (a: readonly number[], b: readonly number[], tol = 0.01) => Math.abs(a[0] - b[0]) < tol && Math.abs(a[1] - b[1]) < tol;
const point = (id: string) => POINTS.find((p) => p.id === id)!;

describe('finder map (maplibre-gl)', function () {
  this.timeout(30000);
  let uncaught: unknown[] = [];
  let logged: unknown[][] = [];
  const onUncaught = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push('reason' in e ? e.reason : e.error);
  const { warn, error } = console;

  beforeEach(() => {
    uncaught = [];
    logged = [];
    // Nothing here should log: maplibre reports to us, and we report through the finder.
    console.warn = (...args: unknown[]) => logged.push(args);
    console.error = (...args: unknown[]) => logged.push(args);
    window.addEventListener('error', onUncaught);
    window.addEventListener('unhandledrejection', onUncaught);
  });

  afterEach(() => {
    for (const m of maps.splice(0)) m.destroy();
    for (const h of hosts.splice(0)) h.remove();
    window.removeEventListener('error', onUncaught);
    window.removeEventListener('unhandledrejection', onUncaught);
    console.warn = warn;
    console.error = error;
    expect(uncaught).to.deep.equal([]);
    expect(logged).to.deep.equal([]);
  });

  it('draws the offline basemap and the points inside a shadow root', async () => {
    const h = host();
    const m = await create(h, { labels: { approximate: 'Approximate location', cluster: (n) => `${n} places`, map: 'Map of the places' } });
    m.setPoints(POINTS);
    await m.whenIdle();

    expect(m.map.queryRenderedFeatures({ layers: ['dcr-land'] }).length).to.be.greaterThan(0);
    const { points, clusters } = drawn(m);
    // Fitted to all five: the two Paris places (1 km apart) are one cluster, the others stand alone.
    expect(points).to.deep.equal(['barcelona', 'berlin', 'lisbon']);
    expect(clusters).to.deep.equal([2]);
    // The city-precision place has its halo, and only it.
    const halos = m.map.queryRenderedFeatures({ layers: ['dcr-halo'] }).map((f) => f.properties.id);
    expect(halos).to.deep.equal(['berlin']);
    // Every point is inside the view (fitted with padding).
    const box = h.container.getBoundingClientRect();
    for (const p of POINTS) {
      const { x, y } = m.map.project(p.coordinates as [number, number]);
      expect(x > 0 && y > 0 && x < box.width && y < box.height, p.id).to.equal(true);
    }
    // City names, drawn without any glyph server.
    const names = m.map.queryRenderedFeatures({ layers: ['dcr-places-1'] }).map((f) => f.properties.name);
    expect(names).to.include.members(['Madrid', 'Rome']);
    // Nothing came from anywhere but this server: no tiles, no glyphs, no key.
    const foreign = performance.getEntriesByType('resource').filter((e) => !e.name.startsWith(location.origin) && !e.name.startsWith('data:'));
    expect(foreign.map((e) => e.name)).to.deep.equal([]);
    // Credits and accessible name; maplibre's CSS applies inside the shadow root (controls are positioned).
    expect(h.root.querySelector('.maplibregl-ctrl-attrib')!.textContent).to.contain('Natural Earth').and.contain('GeoNames');
    const canvas = h.root.querySelector('canvas')!;
    expect(canvas.getAttribute('aria-label')).to.equal('Map of the places');
    // maplibre's CSS does not undo the host's layout of the container: the map fills the pane.
    expect([canvas.clientWidth, canvas.clientHeight]).to.deep.equal([640, 420]);
    expect(getComputedStyle(h.root.querySelector('.maplibregl-ctrl-bottom-right')!).position).to.equal('absolute');
    await expect(h.container).to.be.accessible();
  });

  it("adopts maplibre's CSS once per shadow root", async () => {
    const h = host();
    const before = h.root.adoptedStyleSheets.length;
    await create(h);
    await create(h);
    expect(h.root.adoptedStyleSheets.length).to.equal(before + 1);
    // maplibre's sheet goes first; the host's own sheet stays last and wins ties.
    const rules = [...h.root.adoptedStyleSheets[0].cssRules].map((r) => r.cssText).join('\n');
    expect(rules).to.contain('.maplibregl-map');
    expect(h.root.adoptedStyleSheets.at(-1)).to.equal(hostStyles);
  });

  it('a click on a cluster zooms in until it splits', async () => {
    const m = await create(host());
    m.setPoints(POINTS);
    await m.whenIdle();
    const cluster = m.map.queryRenderedFeatures({ layers: ['dcr-clusters'] })[0];
    const expansion = await m.map.getSource<import('maplibre-gl').GeoJSONSource>('dcr-points')!.getClusterExpansionZoom(cluster.properties.cluster_id);
    const moved = m.map.once('moveend');
    clickAt(m, (cluster.geometry as GeoJSON.Point).coordinates as [number, number]);
    await moved;
    await m.whenIdle();
    expect(m.map.getZoom()).to.be.closeTo(expansion, 0.01);
    expect(drawn(m).points).to.include.members(['paris-1', 'paris-2']);
  });

  it('a click on a point selects it; a click beside it does not', async () => {
    const selected: string[] = [];
    const m = await create(host(), { onSelect: (id) => selected.push(id) });
    m.setPoints(POINTS);
    await m.whenIdle();
    clickAt(m, point('lisbon').coordinates as [number, number]);
    expect(selected).to.deep.equal(['lisbon']);
    // The city-precision halo is part of its point: a click on it, off the centre, selects Berlin.
    const berlin = m.map.project(point('berlin').coordinates as [number, number]);
    clickAt(m, m.map.unproject([berlin.x + 11, berlin.y]).toArray() as [number, number]);
    expect(selected).to.deep.equal(['lisbon', 'berlin']);
    // Open sea west of Portugal.
    clickAt(m, [-20, 45]);
    expect(selected).to.deep.equal(['lisbon', 'berlin']);
  });

  it('places at one position (a city\'s places, known to the city) are one count that hands all of them over', async () => {
    const zurich: [number, number] = [8.55, 47.36667];
    const stacked: FinderMapPoint[] = ['a', 'b', 'c'].map((k) => ({ id: `zh-${k}`, coordinates: zurich, name: `Zürich ${k}`, status: 'operating', precision: 'city' }));
    const spots: string[][] = [];
    const selected: string[] = [];
    const m = await create(host(), { onSelect: (id) => selected.push(id), onSelectSpot: (ids) => spots.push(ids) });
    m.setPoints([...POINTS, ...stacked]);
    await m.whenIdle();
    // Zoomed in past the clusters, the three are drawn as one count, not three markers on top of each other.
    m.map.jumpTo({ center: zurich, zoom: 13 });
    await m.whenIdle();
    const stacks = m.map.queryRenderedFeatures({ layers: ['dcr-stacks'] });
    expect(stacks.map((f) => f.properties.id).sort()).to.deep.equal(['zh-a', 'zh-b', 'zh-c']);
    expect(drawn(m).points).to.deep.equal([]);
    clickAt(m, zurich);
    expect(spots).to.deep.equal([['zh-a', 'zh-b', 'zh-c']]);
    expect(selected).to.deep.equal([]);
    // At a zoom where they are a cluster: a click hands them over too, instead of zooming in for nothing.
    m.map.jumpTo({ center: zurich, zoom: 6 });
    await m.whenIdle();
    const cluster = m.map.queryRenderedFeatures({ layers: ['dcr-clusters'] }).find((f) => Number(f.properties.point_count) === 3);
    expect(cluster, 'no cluster of the three').to.not.equal(undefined);
    const zoom = m.map.getZoom();
    clickAt(m, (cluster!.geometry as GeoJSON.Point).coordinates as [number, number]);
    await waitUntil(() => spots.length === 2, 'the cluster click handed nothing over');
    expect(spots[1]).to.have.members(['zh-a', 'zh-b', 'zh-c']);
    expect(m.map.getZoom()).to.equal(zoom);
  });

  it('select() highlights a point and flies to it when it is hidden in a cluster', async () => {
    const m = await create(host());
    m.setPoints(POINTS);
    await m.whenIdle();
    const highlighted = () => m.map.queryRenderedFeatures({ layers: ['dcr-selected'] }).map((f) => f.properties.id);

    // Barcelona is on screen on its own: highlighted where it is, the view stays.
    const before = center(m);
    m.select('barcelona');
    await m.whenIdle();
    expect(highlighted()).to.deep.equal(['barcelona']);
    expect(center(m)).to.deep.equal(before);

    // Paris One is inside the cluster: the map flies to it, close enough to draw it alone.
    const moved = m.map.once('moveend');
    m.select('paris-1');
    await moved;
    await m.whenIdle();
    expect(near(center(m), point('paris-1').coordinates)).to.equal(true);
    expect(m.map.getZoom()).to.be.at.least(12);
    expect(highlighted()).to.deep.equal(['paris-1']);
    expect(drawn(m).points).to.include('paris-1');

    m.select(null);
    await m.whenIdle();
    expect(highlighted()).to.deep.equal([]);
  });

  it('a selection made with new points (a deep link) waits for them to be drawn: a lone point is not flown to', async () => {
    const m = await create(host());
    m.setPoints([point('lisbon')]);
    m.select('lisbon');
    await m.whenIdle();
    const zoom = m.map.getZoom();
    await m.whenIdle();
    expect(m.map.getZoom()).to.equal(zoom);
    expect(zoom).to.be.below(12);
    expect(m.map.queryRenderedFeatures({ layers: ['dcr-selected'] }).map((f) => f.properties.id)).to.deep.equal(['lisbon']);
  });

  it('a selected point off screen is panned to at the same zoom when it stands alone there', async () => {
    const m = await create(host());
    m.setPoints(POINTS);
    await m.whenIdle();
    m.map.jumpTo({ center: point('lisbon').coordinates as [number, number], zoom: 6 });
    await m.whenIdle();
    m.select('berlin');
    await m.map.once('moveend');
    await m.whenIdle();
    expect(near(center(m), point('berlin').coordinates, 0.05)).to.equal(true);
    expect(m.map.getZoom()).to.be.closeTo(6, 0.01);
    expect(drawn(m).points).to.include('berlin');
  });

  it('fits places on several continents into a phone-sized map, the short way round the globe', async () => {
    const world: FinderMapPoint[] = [
      { id: 'vancouver', coordinates: [-123.1, 49.28], name: 'Vancouver', status: 'operating', precision: 'address' },
      { id: 'new-york', coordinates: [-73.94, 40.8], name: 'New York', status: 'operating', precision: 'address' },
      { id: 'lisbon', coordinates: [-9.14, 38.72], name: 'Lisbon', status: 'operating', precision: 'address' },
      { id: 'berlin', coordinates: [13.4, 52.52], name: 'Berlin', status: 'operating', precision: 'address' },
      { id: 'sydney', coordinates: [151.21, -33.87], name: 'Sydney', status: 'operating', precision: 'address' },
      { id: 'melbourne', coordinates: [144.96, -37.81], name: 'Melbourne', status: 'operating', precision: 'address' },
    ];
    // The widest gap between places, Berlin eastward to Melbourne, is what the box leaves out.
    expect(pointBounds(world)).to.deep.equal([
      [144.96, -37.81],
      [13.4 + 360, 52.52],
    ]);
    const pacific = [world[0], world[4], { ...world[4], id: 'auckland', coordinates: [174.76, -36.85] as const }];
    expect(pointBounds(pacific)[0][0]).to.equal(151.21);
    expect(pointBounds(pacific)[1][0]).to.be.closeTo(-123.1 + 360, 1e-9);

    const h = host();
    h.pane.style.width = '285px';
    h.pane.style.height = '285px';
    const m = await create(h);
    m.setPoints(world);
    await m.whenIdle();
    for (const p of world) {
      const { x, y } = m.map.project(p.coordinates as [number, number]);
      // Anywhere on the world copy in view counts: the map may show the point east or west of the antimeridian.
      const xs = [x, m.map.project([p.coordinates[0] + 360, p.coordinates[1]]).x, m.map.project([p.coordinates[0] - 360, p.coordinates[1]]).x];
      expect(xs.some((px) => px >= 0 && px <= 285) && y >= 0 && y <= 285, `${p.id} is off the map`).to.equal(true);
    }
  });

  it('setPoints() replaces the points and fits the view to them', async () => {
    const m = await create(host());
    m.setPoints(POINTS);
    await m.whenIdle();
    const moved = m.map.once('moveend');
    m.setPoints([point('lisbon')]);
    await moved;
    await m.whenIdle();
    // One place: centred on it, at region scale (borders and neighbouring cities stay in view).
    expect(near(center(m), point('lisbon').coordinates)).to.equal(true);
    expect(m.map.getZoom()).to.be.closeTo(7, 0.01);
    expect(drawn(m)).to.deep.equal({ points: ['lisbon'], clusters: [] });
    m.setPoints([]);
    await m.whenIdle();
    expect(drawn(m)).to.deep.equal({ points: [], clusters: [] });
  });

  it('rejects with MapUnavailableError without WebGL, leaving nothing behind', async () => {
    const h = host();
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function () {
      return null;
    } as typeof original;
    try {
      const err = await create(h).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).to.be.instanceOf(MapUnavailableError);
    } finally {
      HTMLCanvasElement.prototype.getContext = original;
    }
    expect(h.container.querySelector('canvas')).to.equal(null);
    expect(h.container.className).to.equal('map');
  });

  it('rejects with MapUnavailableError when a map-style URL fails or never loads', async () => {
    const h = host();
    const broken = await create(h, { styleUrl: 'data:application/json,not%20a%20style' }).catch((e: unknown) => e);
    expect(broken).to.be.instanceOf(MapUnavailableError);
    expect(h.container.querySelector('canvas')).to.equal(null);

    const missing = await create(h, { styleUrl: new URL('/test/fixtures/no-such-style.json', location.href).href }).catch((e: unknown) => e);
    expect(missing).to.be.instanceOf(MapUnavailableError);
    expect(h.container.querySelector('canvas')).to.equal(null);

    const realFetch = window.fetch;
    window.fetch = (input, init) =>
      String(input instanceof Request ? input.url : input).includes('slow-style') ? new Promise<Response>(() => undefined) : realFetch(input, init);
    try {
      const slow = await create(h, { styleUrl: 'https://example.org/slow-style.json', loadTimeout: 300 }).catch((e: unknown) => e);
      expect(slow).to.be.instanceOf(MapUnavailableError);
      expect((slow as Error).message).to.contain('300 ms');
    } finally {
      window.fetch = realFetch;
    }
    expect(h.container.querySelector('canvas')).to.equal(null);
  });

  it('a map-style URL replaces the built-in basemap', async () => {
    const style = { version: 8, sources: {}, layers: [{ id: 'paper', type: 'background', paint: { 'background-color': '#eeeeee' } }] };
    const m = await create(host(), { styleUrl: `data:application/json,${encodeURIComponent(JSON.stringify(style))}` });
    m.setPoints(POINTS);
    await m.whenIdle();
    expect(m.map.getStyle().layers.map((l) => l.id).filter((id) => !id.startsWith('dcr-') || id.startsWith('dcr-land'))).to.deep.equal(['paper']);
    expect(m.map.getSource('dcr-basemap')).to.equal(undefined);
    expect(drawn(m).points).to.deep.equal(['barcelona', 'berlin', 'lisbon']);
  });

  it('shows a key to the symbols in use, in the words it is given, when the map has room', async () => {
    const statuses = { operating: 'Operating', closed: 'Closed', planned: 'Planned', unconfirmed: 'Unconfirmed' };
    const h = host();
    const m = await create(h, { labels: { approximate: 'Approximate location', cluster: (n) => `${n} places`, statuses } });
    const key = () => h.root.querySelector<HTMLElement>('.dcr-map-legend')!;
    const rows = () => [...key().querySelectorAll('li')].map((li) => li.textContent);
    m.setPoints(POINTS);
    expect(key().hidden).to.equal(false);
    expect(key().getAttribute('aria-hidden')).to.equal('true');
    expect(rows()).to.deep.equal(['Operating', 'Closed', 'Planned', 'Unconfirmed', 'Approximate location']);
    // One kind of symbol needs no key.
    m.setPoints(POINTS.filter((p) => p.status === 'operating'));
    expect(key().hidden).to.equal(true);
    // On a small map it would cover the points.
    m.setPoints(POINTS);
    const resized = m.map.once('resize');
    (h.root.querySelector('.pane') as HTMLElement).style.height = '200px';
    await resized;
    expect(key().hidden).to.equal(true);
  });

  it('right to left, the controls mirror: zoom buttons top left, key top right, credits bottom left', async () => {
    const statuses = { operating: 'قيد العمل', closed: 'مغلق' };
    const h = host();
    // As in the finder, whose shadow root says dir="rtl" around the map.
    h.pane.dir = 'rtl';
    const m = await create(h, { direction: 'rtl', locale: 'ar', labels: { approximate: 'موقع تقريبي', cluster: (n) => `${n} أماكن`, statuses } });
    m.setPoints(POINTS);
    const pane = h.pane.getBoundingClientRect();
    const zoom = h.root.querySelector('.maplibregl-ctrl-zoom-in')!.getBoundingClientRect();
    const key = h.root.querySelector('.dcr-map-legend')!.getBoundingClientRect();
    const credits = h.root.querySelector('.maplibregl-ctrl-attrib')!.getBoundingClientRect();
    expect(zoom.left - pane.left, 'zoom buttons at the left edge').to.be.lessThan(20);
    expect(pane.right - key.right, 'key at the right edge').to.be.lessThan(20);
    expect(key.top - pane.top).to.be.lessThan(20);
    expect(credits.left - pane.left, 'credits at the left edge').to.be.lessThan(20);
    expect(pane.bottom - credits.bottom).to.be.lessThan(20);
    // The credits' (i) button sits beside their words, not on them (right to left, maplibre's CSS put it on the far end).
    await m.whenIdle();
    expect(h.root.querySelector('.maplibregl-ctrl-attrib-inner')!.textContent).to.contain('Natural Earth');
    const button = h.root.querySelector('.maplibregl-ctrl-attrib-button');
    const words = h.root.querySelector('.maplibregl-ctrl-attrib-inner');
    if (button && words && getComputedStyle(button).display !== 'none') {
      const b = button.getBoundingClientRect();
      const w = words.getBoundingClientRect();
      expect(b.right <= w.left + 1 || w.right <= b.left + 1, `button ${b.left}…${b.right}, words ${w.left}…${w.right}`).to.equal(true);
    }
    expect(button && getComputedStyle(button).display, 'the compact credits (with their button) are what this test looks at').to.equal('block');
  });

  it('setLanguage() gives the controls, the key and the credits the new words, and moves them to the other side', async () => {
    const ar = {
      approximate: 'موقع تقريبي',
      cluster: (n: number) => `${n} أماكن`,
      zoomIn: 'تكبير',
      zoomOut: 'تصغير',
      attribution: 'مصادر الخريطة',
      statuses: { operating: 'قيد العمل', closed: 'مغلق', planned: 'مخطط', unconfirmed: 'غير مؤكد' },
      gestures: { wheel: 'Ctrl عجلة', wheelMac: '⌘ عجلة', touch: 'إصبعان' },
    };
    const fr = {
      approximate: 'Emplacement approximatif',
      cluster: (n: number) => `${n} lieux`,
      zoomIn: 'Zoomer',
      zoomOut: 'Dézoomer',
      attribution: 'Sources de la carte',
      statuses: { operating: 'En activité', closed: 'Fermé', planned: 'Prévu', unconfirmed: 'Non confirmé' },
      gestures: { wheel: 'Ctrl + molette', wheelMac: '⌘ + molette', touch: 'Deux doigts' },
    };
    const h = host();
    const m = await create(h, { direction: 'rtl', locale: 'ar', labels: ar });
    m.setPoints(POINTS);
    const $ = (sel: string) => h.root.querySelector<HTMLElement>(sel)!;
    const title = (sel: string) => $(sel).getAttribute('aria-label');
    expect([title('.maplibregl-ctrl-zoom-in'), title('.maplibregl-ctrl-zoom-out'), title('.maplibregl-ctrl-attrib-button')]).to.deep.equal([
      'تكبير',
      'تصغير',
      'مصادر الخريطة',
    ]);
    m.setLanguage('fr', fr, 'ltr');
    expect([title('.maplibregl-ctrl-zoom-in'), title('.maplibregl-ctrl-zoom-out'), title('.maplibregl-ctrl-attrib-button')]).to.deep.equal([
      'Zoomer',
      'Dézoomer',
      'Sources de la carte',
    ]);
    expect([...$('.dcr-map-legend').querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'En activité',
      'Fermé',
      'Prévu',
      'Non confirmé',
      'Emplacement approximatif',
    ]);
    expect($('.maplibregl-mobile-message').textContent).to.equal('Deux doigts');
    expect(['Ctrl + molette', '⌘ + molette']).to.include($('.maplibregl-desktop-message').textContent);
    // One of each control, now on the left-to-right sides.
    expect(h.root.querySelectorAll('.maplibregl-ctrl-zoom-in, .dcr-map-legend, .maplibregl-ctrl-attrib')).to.have.length(3);
    const pane = h.pane.getBoundingClientRect();
    expect(pane.right - $('.maplibregl-ctrl-zoom-in').getBoundingClientRect().right).to.be.lessThan(20);
    expect($('.dcr-map-legend').getBoundingClientRect().left - pane.left).to.be.lessThan(20);
    expect(pane.right - $('.maplibregl-ctrl-attrib').getBoundingClientRect().right).to.be.lessThan(20);
  });

  it('setTheme() repaints the basemap for the other theme', async () => {
    const m = await create(host());
    expect(m.map.getPaintProperty('dcr-land', 'fill-color')).to.equal('#fbfaf7');
    m.setTheme('dark');
    expect(m.map.getPaintProperty('dcr-land', 'fill-color')).to.equal('#232a30');
    expect(m.map.getPaintProperty('dcr-water', 'background-color')).to.equal('#0e1418');
  });

  it('the canvas is a keyboard stop, not a trap: Tab moves on to the zoom buttons', async () => {
    const h = host();
    await create(h);
    const canvas = h.root.querySelector('canvas')!;
    canvas.focus();
    expect(h.root.activeElement).to.equal(canvas);
    await sendKeys({ press: 'Tab' });
    expect(h.root.activeElement).to.equal(h.root.querySelector('.maplibregl-ctrl-zoom-in'));
  });

  it('destroy() removes the canvas and stops listening', async () => {
    const h = host();
    const m = await create(h);
    m.setPoints(POINTS);
    await m.whenIdle();
    m.destroy();
    expect(h.container.querySelector('canvas')).to.equal(null);
    expect(h.container.children.length).to.equal(0);
    // Calls after destroy are ignored.
    m.setPoints(POINTS);
    m.select('lisbon');
    m.resize();
    m.destroy();
  });
});
