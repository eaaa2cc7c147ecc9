import { expect } from '@open-wc/testing';
import { addDays, daysBetween, instantIn, isoInZone, isTimeZone, offsetAt, parseWhen, wallAt } from '../../src/countdown/dates.js';
import { liveDay, nextCrossing, phaseAt, remaining } from '../../src/countdown/countdown-math.js';
import { pickEvent } from './pick-event.js';
import { fromFeed, fromInline } from '../../src/countdown/event-data.js';

const wall = (s: string) => parseWhen(s)!.wall;

describe('countdown dates', () => {
  describe('parseWhen', () => {
    it('reads whole days, wall times and RFC 3339 with offsets', () => {
      expect(parseWhen('2023-05-04')).to.deep.equal({ wall: { y: 2023, mo: 5, d: 4, h: 0, mi: 0, s: 0 }, allDay: true, offset: undefined });
      expect(parseWhen('2026-10-15T09:30')).to.deep.include({ allDay: false, offset: undefined });
      expect(parseWhen('2023-05-04T09:00:00+02:00')!.offset).to.equal(120);
      expect(parseWhen('2023-05-04T09:00:00-03:30')!.offset).to.equal(-210);
      expect(parseWhen('2023-05-04T07:00:00.250Z')!.offset).to.equal(0);
    });

    it('rejects days that do not exist and anything else', () => {
      for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-10-15T24:00', '2026-10-15T09:60', '15/10/2026', 'tomorrow', '', '2026-10-15T09:00+25:00']) {
        expect(parseWhen(bad), bad).to.equal(undefined);
      }
      expect(parseWhen('2024-02-29')).to.not.equal(undefined);
    });
  });

  describe('zones', () => {
    it('knows IANA zones and refuses the rest', () => {
      expect(isTimeZone('Europe/Paris')).to.equal(true);
      expect(isTimeZone('America/New_York')).to.equal(true);
      expect(isTimeZone('Europe/Atlantis')).to.equal(false);
      expect(isTimeZone('Paris')).to.equal(false);
      expect(isTimeZone('')).to.equal(false);
    });

    it('finds the offset in force at an instant, summer and winter', () => {
      expect(offsetAt(Date.parse('2023-05-04T07:00:00Z'), 'Europe/Paris')).to.equal(120);
      expect(offsetAt(Date.parse('2023-01-04T07:00:00Z'), 'Europe/Paris')).to.equal(60);
      expect(offsetAt(Date.parse('2023-05-04T07:00:00Z'), 'Asia/Kolkata')).to.equal(330);
      expect(offsetAt(Date.parse('2023-05-04T07:00:00Z'), 'America/New_York')).to.equal(-240);
    });

    it('turns a Paris wall time into the right instant on both sides of the March change', () => {
      expect(instantIn(wall('2026-03-28T12:00'), 'Europe/Paris')).to.equal(Date.parse('2026-03-28T11:00:00Z'));
      expect(instantIn(wall('2026-03-30T09:00'), 'Europe/Paris')).to.equal(Date.parse('2026-03-30T07:00:00Z'));
      // 02:30 does not exist on 29 March 2026 in Paris: read as 03:30 summer time.
      expect(instantIn(wall('2026-03-29T02:30'), 'Europe/Paris')).to.equal(Date.parse('2026-03-29T01:30:00Z'));
      // 02:30 happens twice on 25 October 2026: the first one (summer time).
      expect(instantIn(wall('2026-10-25T02:30'), 'Europe/Paris')).to.equal(Date.parse('2026-10-25T00:30:00Z'));
    });

    it('gives the wall time and RFC 3339 text of an instant in a zone', () => {
      const t = Date.parse('2023-05-04T07:00:00Z');
      expect(wallAt(t, 'Asia/Kolkata')).to.deep.equal({ y: 2023, mo: 5, d: 4, h: 12, mi: 30, s: 0 });
      expect(isoInZone(t, 'Europe/Paris')).to.equal('2023-05-04T09:00:00+02:00');
      expect(isoInZone(t, 'America/New_York')).to.equal('2023-05-04T03:00:00-04:00');
    });

    it('counts calendar days across month ends', () => {
      expect(addDays(wall('2023-05-31'), 1)).to.deep.include({ y: 2023, mo: 6, d: 1 });
      expect(daysBetween(wall('2023-12-31'), wall('2024-03-01'))).to.equal(61);
    });
  });

  describe('countdown maths', () => {
    it('counts elapsed time across the last Sunday of March: 45 wall-clock hours are 44 real ones', () => {
      const now = Date.parse('2026-03-28T11:00:00Z'); // Saturday 12:00 in Paris
      const start = instantIn(wall('2026-03-30T09:00'), 'Europe/Paris'); // Monday 09:00 in Paris
      expect(remaining(start - now)).to.deep.equal({ days: 1, hours: 20, minutes: 0, seconds: 0 });
    });

    it('rounds up to the second and never goes below zero', () => {
      expect(remaining(90_061_001)).to.deep.equal({ days: 1, hours: 1, minutes: 1, seconds: 2 });
      expect(remaining(999)).to.deep.equal({ days: 0, hours: 0, minutes: 0, seconds: 1 });
      expect(remaining(-5000)).to.deep.equal({ days: 0, hours: 0, minutes: 0, seconds: 0 });
    });

    it('says upcoming, live or ended, and when the next change comes', () => {
      const e = { start: 1000, end: 2000 };
      expect([phaseAt(e, 999), phaseAt(e, 1000), phaseAt(e, 1999), phaseAt(e, 2000)]).to.deep.equal(['upcoming', 'live', 'live', 'ended']);
      expect([nextCrossing(e, 0), nextCrossing(e, 1500), nextCrossing(e, 2500)]).to.deep.equal([1000, 2000, undefined]);
    });

    it('counts the days of a running event in the venue calendar', () => {
      const e = fromFeed({ id: 'x', name: 'x', status: 'scheduled', start: '2023-05-04T09:00:00+02:00', end: '2023-05-05T17:00:00+02:00', timeZone: 'Europe/Paris' }, 'UTC')!;
      expect(liveDay(e, Date.parse('2023-05-04T10:00:00Z'))).to.deep.equal({ day: 1, days: 2 });
      // 00:30 on 5 May in Paris is still 4 May in UTC: the venue's calendar counts.
      expect(liveDay(e, Date.parse('2023-05-04T22:30:00Z'))).to.deep.equal({ day: 2, days: 2 });
    });

    it('picks the requested event, else the next one not ended, else the latest', () => {
      const events = [
        { id: 'a', start: 100, end: 200 },
        { id: 'c', start: 500, end: 600 },
        { id: 'b', start: 300, end: 400 },
      ];
      expect(pickEvent(events, 'a', 1000)?.id).to.equal('a');
      expect(pickEvent(events, 'zzz', 0)).to.equal(undefined);
      expect(pickEvent(events, undefined, 250)?.id).to.equal('b');
      expect(pickEvent(events, undefined, 350)?.id).to.equal('b');
      expect(pickEvent(events, undefined, 9999)?.id).to.equal('c');
      expect(pickEvent([], undefined, 0)).to.equal(undefined);
    });
  });

  describe('event data', () => {
    it('a date-only end is the last day, inclusive, in the venue zone', () => {
      const e = fromFeed({ id: 'x', name: 'x', status: 'scheduled', start: '2023-05-04', end: '2023-05-05', timeZone: 'Europe/Paris' }, 'UTC')!;
      expect(e.allDay).to.equal(true);
      expect(e.start).to.equal(Date.parse('2023-05-03T22:00:00Z'));
      expect(e.end).to.equal(Date.parse('2023-05-05T22:00:00Z'));
      expect(e.lastDay).to.deep.include({ d: 5 });
    });

    it('an event without an end lasts until the end of its first day', () => {
      const e = fromFeed({ id: 'x', name: 'x', status: 'scheduled', start: '2021-07-01T09:00:00+02:00', timeZone: 'Europe/Paris' }, 'UTC')!;
      expect(e.hasEnd).to.equal(false);
      expect(e.end).to.equal(Date.parse('2021-07-01T22:00:00Z'));
    });

    it('without a venue zone, days are counted in the viewer zone', () => {
      const e = fromFeed({ id: 'x', name: 'x', status: 'scheduled', start: '2021-07-01' }, 'Asia/Kolkata')!;
      expect(e.venueZone).to.equal(false);
      expect(e.start).to.equal(Date.parse('2021-06-30T18:30:00Z'));
    });

    it('inline: wall times are read in time-zone; each bad attribute is named', () => {
      const ok = fromInline({ name: 'Day', start: '2026-03-30T09:00', end: '2026-03-30T17:00', timeZone: 'Europe/Paris' }, 'UTC');
      expect(ok).to.deep.include({ start: Date.parse('2026-03-30T07:00:00Z'), end: Date.parse('2026-03-30T15:00:00Z'), venueZone: true });
      const problem = (a: Parameters<typeof fromInline>[0]) => {
        const r = fromInline(a, 'UTC');
        return 'reason' in r ? `${r.attribute}:${r.reason}` : 'ok';
      };
      expect(problem({ name: 'x', start: '2026-02-30', timeZone: 'Europe/Paris' })).to.equal('start:invalid');
      expect(problem({ name: 'x', start: '2026-03-30', end: 'soon' })).to.equal('end:invalid');
      expect(problem({ name: 'x', start: '2026-03-30', end: '2026-03-29' })).to.equal('end:beforeStart');
      expect(problem({ name: 'x', start: '2026-03-30', timeZone: 'Mars/Olympus' })).to.equal('time-zone:invalid');
      expect(problem({ name: 'x', start: '2026-03-30T09:00' })).to.equal('time-zone:needsZone');
      expect(problem({ name: 'x' })).to.equal('start:missing');
      expect(problem({ start: '2026-03-30' })).to.equal('name:missing');
      expect(problem({ name: 'x', start: '2026-03-30T09:00:00+02:00' })).to.equal('ok');
      expect(problem({ name: 'x', start: '2026-03-30', end: '2026-03-30' })).to.equal('ok');
    });
  });
});
