import { expect } from '@open-wc/testing';
import { Rotation } from '../../src/fact/rotation.js';
import { FakeClock } from './fixtures.js';

describe('fact rotation', () => {
  let clock: FakeClock;
  let ticks: number;
  let rotation: Rotation;

  beforeEach(() => {
    clock = new FakeClock();
    ticks = 0;
    rotation = new Rotation(() => ticks++, clock);
    rotation.hold('detached', false);
  });

  it('advances every interval while nothing holds it', () => {
    rotation.configure(10_000, 3);
    clock.tick(9_999);
    expect(ticks).to.equal(0);
    clock.tick(1);
    expect(ticks).to.equal(1);
    clock.tick(20_000);
    expect(ticks).to.equal(3);
  });

  it('is off with no interval or a single item', () => {
    rotation.configure(0, 3);
    clock.tick(60_000);
    rotation.configure(10_000, 1);
    clock.tick(60_000);
    expect(ticks).to.equal(0);
    expect(rotation.enabled).to.equal(false);
    expect(clock.pending).to.equal(0);
  });

  it('waits while any reason holds it, then gives a full interval again', () => {
    rotation.configure(10_000, 3);
    clock.tick(8_000);
    rotation.hold('hover', true);
    rotation.hold('focus', true);
    clock.tick(60_000);
    expect(ticks).to.equal(0);
    rotation.hold('hover', false);
    clock.tick(60_000);
    expect(ticks).to.equal(0);
    rotation.hold('focus', false);
    clock.tick(9_999);
    expect(ticks).to.equal(0);
    clock.tick(1);
    expect(ticks).to.equal(1);
  });

  it('starts held until connected, and holds again when detached', () => {
    const r = new Rotation(() => ticks++, clock);
    r.configure(5_000, 2);
    clock.tick(30_000);
    expect(ticks).to.equal(0);
    r.hold('detached', false);
    clock.tick(5_000);
    expect(ticks).to.equal(1);
    r.hold('detached', true);
    expect(clock.pending).to.equal(0);
  });

  it('a new interval restarts the wait', () => {
    rotation.configure(10_000, 3);
    clock.tick(9_000);
    rotation.configure(20_000, 3);
    clock.tick(19_999);
    expect(ticks).to.equal(0);
    clock.tick(1);
    expect(ticks).to.equal(1);
  });
});
