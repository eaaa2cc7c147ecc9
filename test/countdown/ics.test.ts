import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { parseWhen } from '../../src/countdown/dates.js';
import { buildIcs, escapeText, fold, icsFileName, type IcsEvent } from '../../src/countdown/ics.js';
import { hashId } from '../../src/countdown/event-texts.js';
import { googleCalendarUrl, outlookUrl } from '../../src/countdown/calendar-links.js';

/** Parses iCalendar text with ical.js, a real calendar parser, and returns its one event. */
function parse(text: string) {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  const vevent = vcalendar.getFirstSubcomponent('vevent')!;
  return { vcalendar, vevent, event: new ICAL.Event(vevent) };
}

const STAMP = Date.parse('2026-11-22T10:00:00Z');
const timed: IcsEvent = {
  uid: 'symposium-2023@dcr-widgets',
  summary: 'Third symposium on drug consumption rooms',
  description: 'Cities, practitioners; researchers.\nSecond line, with a \\ backslash.',
  location: 'Council of Europe, Avenue de l’Europe, Strasbourg, France',
  url: 'https://example.org/symposium?a=1,2;b',
  geo: [48.5901, 7.7737],
  start: Date.parse('2023-05-04T09:00:00+02:00'),
  end: Date.parse('2023-05-05T17:00:00+02:00'),
};
const day = (s: string) => parseWhen(s)!.wall;

describe('countdown .ics and calendar links', () => {
  it('a timed event parses back to the exact start and end instants, summary and location', () => {
    const text = buildIcs(timed, STAMP);
    const { event, vevent, vcalendar } = parse(text);
    expect(vcalendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(event.uid).to.equal('symposium-2023@dcr-widgets');
    expect(event.startDate.toJSDate().getTime()).to.equal(Date.parse('2023-05-04T07:00:00Z'));
    expect(event.endDate.toJSDate().getTime()).to.equal(Date.parse('2023-05-05T15:00:00Z'));
    expect(event.startDate.zone.tzid).to.equal('UTC');
    expect(event.summary).to.equal(timed.summary);
    expect(event.location).to.equal(timed.location);
    expect(event.description).to.equal(timed.description);
    expect(String(vevent.getFirstPropertyValue('url'))).to.equal(timed.url);
    expect((vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime()).to.equal(STAMP);
    expect(vevent.getFirstPropertyValue('geo')).to.deep.equal([48.5901, 7.7737]);
  });

  it('writes CRLF line ends and folds long lines at 75 octets of UTF-8, never inside a character', () => {
    const summary = `Troisième colloque européen sur les salles de consommation à moindre risque — Strasbourg ✓ 🙂 ${'é'.repeat(60)}`;
    const text = buildIcs({ ...timed, summary }, STAMP);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.replace(/\r\n/g, '')).to.not.include('\n');
    const lines = text.split('\r\n').slice(0, -1);
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    for (const line of lines) expect(bytes(line), line).to.be.at.most(75);
    const summaryLines = lines.slice(lines.findIndex((l) => l.startsWith('SUMMARY:')));
    expect(summaryLines[1].startsWith(' ')).to.equal(true);
    // A multi-byte character is never cut: each folded piece is valid UTF-8 on its own.
    for (const l of summaryLines.slice(0, 4)) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(l))).to.equal(l);
    expect(parse(text).event.summary).to.equal(summary);
  });

  it('escapes backslashes, semicolons, commas and newlines in text, and the parser reads them back', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    const tricky = 'Room 1; Floor 2, "East"\\West\r\nline two';
    const { event } = parse(buildIcs({ ...timed, summary: tricky, location: tricky }, STAMP));
    expect(event.summary).to.equal('Room 1; Floor 2, "East"\\West\nline two');
    expect(event.location).to.equal('Room 1; Floor 2, "East"\\West\nline two');
  });

  it('an all-day event is written as dates, the end being the day after the last one', () => {
    const text = buildIcs({ uid: 'x', summary: 'Two days', start: 0, end: 0, allDay: true, firstDay: day('2023-05-04'), lastDay: day('2023-05-05') }, STAMP);
    expect(text).to.include('DTSTART;VALUE=DATE:20230504\r\n');
    const { event } = parse(text);
    expect(event.startDate.isDate).to.equal(true);
    expect(event.startDate.toString()).to.equal('2023-05-04');
    expect(event.endDate.toString()).to.equal('2023-05-06');
  });

  it('an event that ends as it starts has no DTEND (RFC 5545: it then takes no time)', () => {
    const text = buildIcs({ ...timed, end: timed.start }, STAMP);
    expect(text).to.not.include('DTEND');
    const { event } = parse(text);
    expect(event.startDate.toJSDate().getTime()).to.equal(timed.start);
    expect(event.endDate.toJSDate().getTime()).to.equal(timed.start);
  });

  it('names the file after the title, and ids are stable', () => {
    expect(icsFileName('Third symposium on drug consumption rooms')).to.equal('third-symposium-on-drug-consumption-rooms.ics');
    expect(icsFileName('   ***   ')).to.equal('event.ics');
    expect(icsFileName('x'.repeat(200))).to.have.length(64);
    expect(hashId('a|1')).to.equal(hashId('a|1'));
    expect(hashId('a|1')).to.not.equal(hashId('a|2'));
  });

  it('a file name spells the title as written, in any script: letters keep their marks, composed', () => {
    const arabic = 'يوم-الحد-من-الأضرار.ics';
    expect(icsFileName('يوم الحد من الأضرار')).to.equal(arabic);
    // Written with a separate hamza (alef + U+0654), the name is the same, composed.
    expect(icsFileName('يوم الحد من الا\u0654ضرار')).to.equal(arabic);
    expect(icsFileName('Genève')).to.equal('gen\u00e8ve.ics');
    expect(icsFileName('Gene\u0300ve')).to.equal('gen\u00e8ve.ics');
    expect(icsFileName('Rencontre « Réduction des risques » : Lyon / 2027')).to.equal('rencontre-réduction-des-risques-lyon-2027.ics');
    expect(icsFileName('Dzień redukcji szkód – Łódź')).to.equal('dzień-redukcji-szkód-łódź.ics');
    expect(icsFileName('שָׁלוֹם עולם')).to.equal('שָׁלוֹם-עולם.ics'.normalize('NFC'));
    expect(icsFileName('第三届药物消费室研讨会')).to.equal('第三届药物消费室研讨会.ics');
    expect(icsFileName('ハーム・リダクション会議')).to.equal('ハーム-リダクション会議.ics');
    // Full-width letters and presentation forms are read as the plain letters they stand for.
    expect(icsFileName('Ｈａｒｍ　Ｒｅｄｕｃｔｉｏｎ')).to.equal('harm-reduction.ics');
  });

  it('nothing unsafe for a file name survives: separators, dots, controls, direction overrides, device names', () => {
    const cases: [string, string][] = [
      ['../../etc/passwd', 'etc-passwd.ics'],
      ['a/b\\c:d*e?f"g<h>i|j\u0000k\nl', 'a-b-c-d-e-f-g-h-i-j-k-l.ics'],
      ['.hidden', 'hidden.ics'],
      // A right-to-left override (U+202E) would make "invoice<RLO>gpj.exe" look like "invoiceexe.jpg".
      ['invoice\u202egpj.exe', 'invoicegpj-exe.ics'],
      ['CON', 'con-event.ics'],
      ['lpt1', 'lpt1-event.ics'],
      // Marks with no letter to sit on stand for nothing.
      ['\u0301\u0654 Day', 'day.ics'],
      ['🙂 Party 🎉', 'party.ics'],
    ];
    for (const [title, name] of cases) expect(icsFileName(title), JSON.stringify(title)).to.equal(name);
  });

  it('a long title is cut between letters, never inside one, and the name stays within 200 bytes of UTF-8', () => {
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    // Each letter with its vowel mark: 50 whole letters (4 bytes each), none left without its mark.
    expect(icsFileName('\u0628\u0650'.repeat(100))).to.equal(`${'\u0628\u0650'.repeat(50)}.ics`);
    // Characters outside the BMP (surrogate pairs in JavaScript) are never split.
    const cjk = icsFileName('\u{20000}'.repeat(100));
    expect(() => encodeURIComponent(cjk)).to.not.throw();
    expect(cjk).to.equal(`${'\u{20000}'.repeat(50)}.ics`);
    for (const name of [cjk, icsFileName('é'.repeat(300)), icsFileName('第'.repeat(300))]) expect(bytes(name.slice(0, -4))).to.be.at.most(200);
  });

  it('folds exactly: 75 octets, then a space and 74', () => {
    const folded = fold('X'.repeat(200)).split('\r\n');
    expect(folded.map((l) => l.length)).to.deep.equal([75, 75, 52]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).to.equal(true);
  });

  it('Google Calendar and Outlook links carry the same instants, title and place', () => {
    const g = new URL(googleCalendarUrl(timed, 'Europe/Paris'));
    expect(g.origin + g.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(g.searchParams.get('action')).to.equal('TEMPLATE');
    expect(g.searchParams.get('dates')).to.equal('20230504T070000Z/20230505T150000Z');
    expect(g.searchParams.get('text')).to.equal(timed.summary);
    expect(g.searchParams.get('location')).to.equal(timed.location);
    expect(g.searchParams.get('ctz')).to.equal('Europe/Paris');
    expect(g.searchParams.get('details')).to.include(timed.url);

    const o = new URL(outlookUrl(timed));
    expect(o.hostname).to.equal('outlook.live.com');
    expect(o.searchParams.get('startdt')).to.equal('2023-05-04T07:00:00Z');
    expect(o.searchParams.get('enddt')).to.equal('2023-05-05T15:00:00Z');
    expect(o.searchParams.get('subject')).to.equal(timed.summary);
    expect(o.searchParams.get('allday')).to.equal('false');

    const allDay: IcsEvent = { uid: 'x', summary: 'Day', start: 0, end: 0, allDay: true, firstDay: day('2021-07-01'), lastDay: day('2021-07-01') };
    expect(new URL(googleCalendarUrl(allDay)).searchParams.get('dates')).to.equal('20210701/20210702');
    expect(new URL(outlookUrl(allDay)).searchParams.get('startdt')).to.equal('2021-07-01');
    expect(new URL(outlookUrl(allDay)).searchParams.get('allday')).to.equal('true');
  });
});
