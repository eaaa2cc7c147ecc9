// Accessibility sweep, part 3: under prefers-reduced-motion nothing moves (WCAG 2.3.3, and 2.2.2 for what moves by
// itself): no CSS animation or transition anywhere in the widgets, facts change without a fade, and the finder's
// map jumps instead of flying. The same page without the preference does move, so the check can see motion.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { $, deepElements, mountGallery, nameOf, useSweepEnvironment, type Widget } from './a11y-helpers.js';

/** The finder's map (its own wrapper, and maplibre's map inside it). */
const mapOf = (finder: Widget) => (finder as unknown as { map: { map: { map: MapLibreMap; select(id: string): void } } }).map.map;

/** What is moving in the widgets, or will by their styles: running animations and non-zero animations/transitions. */
function motion(widgets: Map<string, Widget>): string[] {
  const out: string[] = [];
  for (const [name, el] of widgets) {
    for (const a of el.shadowRoot!.getAnimations()) {
      const target = (a.effect as KeyframeEffect | null)?.target;
      out.push(`${name}: running ${a.constructor.name} on ${target ? nameOf(target) : '?'}`);
    }
    for (const n of deepElements(el.shadowRoot!)) {
      const s = getComputedStyle(n);
      const moves = (durations: string) => durations.split(',').some((d) => parseFloat(d) > 0);
      if (s.animationName !== 'none' && moves(s.animationDuration)) out.push(`${name}: ${nameOf(n)} animation ${s.animationName} ${s.animationDuration}`);
      if (moves(s.transitionDuration)) out.push(`${name}: ${nameOf(n)} transition ${s.transitionProperty} ${s.transitionDuration}`);
    }
  }
  return out;
}

/**
 * Moves the things that can move: the next fact, and a place picked on the split view's map while the map looks
 * just beside it (a short flight; a long one jumps anyway). Resolves with the frames the map drew on its way.
 */
async function stir(widgets: Map<string, Widget>): Promise<{ map: MapLibreMap; frames: number }> {
  const fact = widgets.get('fact')!;
  $(fact, 'button.next')!.click();
  await fact.updateComplete;
  const finderMap = mapOf(widgets.get('finder split')!);
  const { map } = finderMap;
  map.jumpTo({ center: [7.2, 50.94], zoom: 12 });
  let frames = 0;
  const count = () => frames++;
  map.on('move', count);
  const arrived = new Promise((r) => map.once('moveend', r));
  finderMap.select('de-koeln-1');
  await arrived;
  map.off('move', count);
  return { map, frames };
}

describe('accessibility sweep: reduced motion', function () {
  // Real maps (WebGL on SwiftShader) and many widgets per test: generous on a busy machine.
  this.timeout(60000);

  useSweepEnvironment(1200);
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('with the preference: no animation or transition runs or is styled, facts change at once, the map jumps', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { widgets } = await mountGallery({ theme: 'light', lang: 'en' });
    // The states with motion are on show: a spinner, a live pulse, the fact slides.
    expect($(widgets.get('news loading')!, '.spinner')).not.to.equal(null);
    expect($(widgets.get('countdown live')!, '.pulse')).not.to.equal(null);
    const { map, frames } = await stir(widgets);
    const fact = widgets.get('fact')!;
    expect(getComputedStyle($(fact, '.slide[data-active]')!).opacity).to.equal('1');
    expect(motion(widgets)).to.deep.equal([]);
    expect(frames, 'frames of the map on its way').to.equal(1);
    expect(map.getCenter().lng).to.be.closeTo(6.9474, 0.01);
  });

  it('without it the same page moves (spinner, pulse, fade, the map flies)', async () => {
    const { widgets } = await mountGallery({ theme: 'light', lang: 'en' });
    const { frames } = await stir(widgets);
    const seen = motion(widgets).join('\n');
    expect(seen).to.contain('news loading').and.contain('dcr-spin');
    expect(seen).to.contain('countdown live').and.contain('dcr-pulse');
    expect(seen).to.match(/fact: .*transition opacity/);
    // A jump is one frame; a flight is several (how many depends on how fast SwiftShader draws on a busy machine).
    expect(frames, 'frames of the map on its way').to.be.greaterThan(1);
  });
});
