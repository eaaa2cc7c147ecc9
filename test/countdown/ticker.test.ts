import { expect } from '@open-wc/testing';
import { reschedule, subscribe, type TickSubscriber } from '../../src/countdown/ticker.js';
import { installClock, setTabHidden, type FakeClock } from './helpers.js';

function subscriber(active = true, deadline?: number): TickSubscriber & { ticks: number[] } {
  const ticks: number[] = [];
  return { ticks, active, tick: (now) => ticks.push(now), deadline: () => (deadline !== undefined && deadline > (ticks.at(-1) ?? 0) ? deadline : undefined) };
}

describe('countdown ticker', () => {
  let time: FakeClock;
  const stops: (() => void)[] = [];

  beforeEach(() => {
    time = installClock('2026-11-22T10:00:00.400Z');
  });

  afterEach(() => {
    stops.splice(0).forEach((s) => s());
    setTabHidden(false);
    time.restore();
  });

  it('N subscribers share one timer, due just after the next whole second', () => {
    const subs = Array.from({ length: 5 }, () => subscriber());
    for (const s of subs) stops.push(subscribe(s));
    expect(time.timers).to.have.length(1);
    expect(time.timers[0].due - Date.parse('2026-11-22T10:00:01Z')).to.be.within(0, 20);
    time.advance(3000);
    expect(time.timers).to.have.length(1);
    for (const s of subs) expect(s.ticks).to.have.length(3);
    // Every tick lands just past a second boundary: no drift.
    for (const t of subs[0].ticks) expect(t % 1000).to.be.below(20);
  });

  it('stops entirely while the tab is hidden, and catches everyone up when it returns', () => {
    const a = subscriber();
    const off = subscriber(false, Date.parse('2026-11-22T10:00:30Z'));
    stops.push(subscribe(a), subscribe(off));
    setTabHidden(true);
    expect(time.timers).to.have.length(0);
    time.jump(Date.parse('2026-11-22T10:05:00.250Z'));
    expect(a.ticks).to.have.length(0);
    setTabHidden(false);
    // On return: one immediate tick for all, with the current time, then one timer again.
    expect(a.ticks).to.deep.equal([Date.parse('2026-11-22T10:05:00.250Z')]);
    expect(off.ticks).to.deep.equal([Date.parse('2026-11-22T10:05:00.250Z')]);
    expect(time.timers).to.have.length(1);
  });

  it('with nothing on screen, waits only for the next deadline (no ticking)', () => {
    const due = Date.parse('2026-11-22T12:00:00Z');
    const off = subscriber(false, due);
    stops.push(subscribe(off));
    expect(time.timers.map((t) => t.due)).to.deep.equal([due]);
    time.advance(due - time.now() - 1);
    expect(off.ticks).to.have.length(0);
    time.advance(1);
    expect(off.ticks).to.deep.equal([due]);
    expect(time.timers).to.have.length(0);
  });

  it('goes from ticking to waiting when the last subscriber leaves the screen', () => {
    const s = subscriber(true, Date.parse('2026-11-22T12:00:00Z'));
    stops.push(subscribe(s));
    expect(time.timers[0].due).to.be.below(Date.parse('2026-11-22T10:00:02Z'));
    s.active = false;
    reschedule();
    expect(time.timers.map((t) => t.due)).to.deep.equal([Date.parse('2026-11-22T12:00:00Z')]);
  });

  it('no subscribers, no timer', () => {
    const stop = subscribe(subscriber());
    expect(time.timers).to.have.length(1);
    stop();
    stop();
    expect(time.timers).to.have.length(0);
  });
});
