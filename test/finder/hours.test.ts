import { expect } from '@open-wc/testing';
import { compileHours, minuteOfWeek, openState, parseTime } from '../../src/finder/hours.js';
import { hoursByDay } from '../../src/finder/details.js';
import { openStateText } from '../../src/finder/labels.js';
import { en } from '../../src/core/i18n/en.js';
import type { OpeningHours } from '../../src/core/feed/types.js';

// Wednesday 15 January 2025 — winter time: Europe/Berlin is UTC+1, America/Toronto UTC−5.
const at = (iso: string) => new Date(iso);
const weekdays = (opens: string, closes: string): OpeningHours[] => [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens, closes }];

describe('finder hours', () => {
  it('parses HH:MM including 24:00 and rejects nonsense', () => {
    expect(parseTime('08:30')).to.equal(510);
    expect(parseTime('24:00')).to.equal(1440);
    expect(parseTime('24:30')).to.equal(undefined);
    expect(parseTime('8h')).to.equal(undefined);
    expect(parseTime(undefined)).to.equal(undefined);
  });

  it('reads the wall clock in the facility zone, not the browser zone', () => {
    const now = at('2025-01-15T12:00:00Z'); // Wednesday
    expect(minuteOfWeek(now, 'Europe/Berlin')).to.equal(2 * 1440 + 13 * 60);
    expect(minuteOfWeek(now, 'America/Toronto')).to.equal(2 * 1440 + 7 * 60);
    expect(minuteOfWeek(now, 'Asia/Tokyo')).to.equal(2 * 1440 + 21 * 60);
  });

  it('the same instant is open in Berlin and closed in Toronto (two time zones)', () => {
    const now = at('2025-01-15T12:00:00Z');
    const hours = weekdays('09:00', '17:00');
    const berlin = openState(hours, 'Europe/Berlin', now);
    const toronto = openState(hours, 'America/Toronto', now);
    expect(berlin.kind).to.equal('open');
    expect(toronto).to.deep.equal({ kind: 'closed', opens: { day: 'We', minutes: 540, inDays: 0 } });
    expect(openStateText(en.finder, 'en-GB', berlin)).to.equal('Open until 17:00');
    expect(openStateText(en.finder, 'en-GB', toronto)).to.equal('Closed now · opens at 09:00');
  });

  it('hours running past midnight stay open after midnight, on the next day', () => {
    const hours: OpeningHours[] = [{ days: ['Fr', 'Sa'], opens: '20:00', closes: '04:00' }];
    // Saturday 18 January 2025, 02:30 in Toronto: still Friday night's opening.
    const s = openState(hours, 'America/Toronto', at('2025-01-18T07:30:00Z'));
    expect(s).to.deep.equal({ kind: 'open', closes: { day: 'Sa', minutes: 240, inDays: 0 }, closesSoon: false });
    // Sunday 02:30: Saturday night's opening, across midnight.
    expect(openState(hours, 'America/Toronto', at('2025-01-19T07:30:00Z')).kind).to.equal('open');
    // Monday 02:30: Sunday had no evening opening.
    const monday = openState(hours, 'America/Toronto', at('2025-01-20T07:30:00Z'));
    expect(monday).to.deep.equal({ kind: 'closed', opens: { day: 'Fr', minutes: 1200, inDays: 4 } });
  });

  it('a Sunday-night opening runs into Monday across the end of the week', () => {
    const hours: OpeningHours[] = [{ days: ['Su'], opens: '22:00', closes: '02:00' }];
    const mondayEarly = openState(hours, 'Europe/Paris', at('2025-01-20T00:30:00Z')); // Mo 01:30 Paris
    expect(mondayEarly.kind).to.equal('open');
    const sundayLate = openState(hours, 'Europe/Paris', at('2025-01-19T22:30:00Z')); // Su 23:30
    expect(sundayLate).to.deep.equal({ kind: 'open', closes: { day: 'Mo', minutes: 120, inDays: 1 }, closesSoon: false });
  });

  it("'24:00' closes at midnight, and adjacent days merge", () => {
    const hours: OpeningHours[] = [{ days: ['We'], opens: '18:00', closes: '24:00' }];
    const s = openState(hours, 'Europe/Berlin', at('2025-01-15T21:30:00Z')); // We 22:30
    expect(s).to.deep.equal({ kind: 'open', closes: { day: 'We', minutes: 1440, inDays: 0 }, closesSoon: false });
    const allWeek: OpeningHours[] = [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'], opens: '00:00', closes: '24:00' }];
    expect(openState(allWeek, 'Europe/Berlin', at('2025-01-15T21:30:00Z'))).to.deep.equal({ kind: 'open', closes: null, closesSoon: false });
    expect(openStateText(en.finder, 'en', { kind: 'open', closes: null, closesSoon: false })).to.equal('Open 24 hours');
  });

  it('says "closes soon" within the last hour', () => {
    const s = openState(weekdays('09:00', '17:00'), 'Europe/Berlin', at('2025-01-15T15:20:00Z')); // 16:20
    expect(s.kind === 'open' && s.closesSoon).to.equal(true);
    expect(openStateText(en.finder, 'en-GB', s)).to.equal('Closes soon (17:00)');
  });

  it('days off: closed on the weekend, opens on Monday', () => {
    const saturday = openState(weekdays('09:00', '17:00'), 'Europe/Berlin', at('2025-01-18T11:00:00Z'));
    expect(saturday).to.deep.equal({ kind: 'closed', opens: { day: 'Mo', minutes: 540, inDays: 2 } });
    expect(openStateText(en.finder, 'en-GB', saturday)).to.equal('Closed now · opens Monday at 09:00');
    const sunday = openState(weekdays('09:00', '17:00'), 'Europe/Berlin', at('2025-01-19T11:00:00Z'));
    expect(openStateText(en.finder, 'en-GB', sunday)).to.equal('Closed now · opens tomorrow at 09:00');
  });

  it('unknown hours are unknown, never "closed"', () => {
    const now = at('2025-01-15T12:00:00Z');
    expect(openState(undefined, 'Europe/Berlin', now)).to.deep.equal({ kind: 'unknown' });
    expect(openState([], 'Europe/Berlin', now)).to.deep.equal({ kind: 'unknown' });
    expect(openState([{ days: ['Mo'], opens: 'soon', closes: 'late' }], 'Europe/Berlin', now)).to.deep.equal({ kind: 'unknown' });
    expect(openState(weekdays('09:00', '17:00'), undefined, now)).to.deep.equal({ kind: 'unknown' });
    expect(openState(weekdays('09:00', '17:00'), 'Mars/Olympus', now)).to.deep.equal({ kind: 'unknown' });
    expect(openStateText(en.finder, 'en', { kind: 'unknown' })).to.equal('');
  });

  it('compiles and lists rows per weekday for the hours table', () => {
    expect(compileHours([{ days: ['Mo'], opens: '22:00', closes: '02:00' }])).to.deep.equal([{ start: 1320, end: 1560 }]);
    const table = hoursByDay([{ days: ['Mo', 'We'], opens: '13:00', closes: '19:00' }, { days: ['Mo'], opens: '08:00', closes: '10:00' }]);
    expect(table.get('Mo')).to.deep.equal([
      [480, 600],
      [780, 1140],
    ]);
    expect(table.get('Tu')).to.deep.equal([]);
  });
});
