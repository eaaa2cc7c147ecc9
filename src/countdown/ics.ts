import { addDays, type WallTime } from './dates.js';

/** What goes into an iCalendar file: plain strings, already in the reader's language. */
export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** [latitude, longitude] */
  geo?: readonly [number, number];
  start: number;
  /** First instant after the event: the card's end (for an event given no end, the midnight after its first day). */
  end: number;
  /** With `allDay`, the first and last calendar day (inclusive) are written as dates. */
  allDay?: boolean;
  firstDay?: WallTime;
  lastDay?: WallTime;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const utcStamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
const dateValue = (w: WallTime) => `${pad(w.y, 4)}${pad(w.mo)}${pad(w.d)}`;

/** RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks; other control characters go. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Octets of `text` in UTF-8, from its code points. */
function utf8Octets(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Folds a content line at 75 octets of UTF-8, never inside a character (RFC 5545 §3.1). */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch);
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** The iCalendar text (one VEVENT, times in UTC or as whole dates), lines ending in CRLF. */
export function buildIcs(e: IcsEvent, stamp: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//dcr-widgets//event-countdown//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT'];
  const text = (name: string, value: string | undefined) => value && lines.push(`${name}:${escapeText(value)}`);
  lines.push(`UID:${escapeText(e.uid)}`, `DTSTAMP:${utcStamp(stamp)}`);
  if (e.allDay && e.firstDay && e.lastDay) {
    // DTEND of a date is exclusive: the day after the last one.
    lines.push(`DTSTART;VALUE=DATE:${dateValue(e.firstDay)}`, `DTEND;VALUE=DATE:${dateValue(addDays(e.lastDay, 1))}`);
  } else {
    lines.push(`DTSTART:${utcStamp(e.start)}`);
    if (e.end > e.start) lines.push(`DTEND:${utcStamp(e.end)}`);
  }
  text('SUMMARY', e.summary);
  text('DESCRIPTION', e.description);
  text('LOCATION', e.location);
  if (e.geo) lines.push(`GEO:${e.geo[0]};${e.geo[1]}`);
  // URI values are not TEXT: no backslash escaping (RFC 5545 §3.3.13).
  if (e.url) lines.push(`URL:${e.url}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** Names Windows keeps for devices, whatever the extension ("con.ics" cannot be saved there). */
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * A file name from the title, in its own script: "third-symposium-on-drug-consumption-rooms.ics",
 * "يوم-الحد-من-الأضرار.ics", "genève.ics". Only letters with their marks and digits are kept (composed, NFC), the rest
 * becomes one hyphen; at most 60 letters and 200 bytes of UTF-8, never cut inside a letter.
 */
export function icsFileName(title: string): string {
  const text = title
    // Full-width letters, ligatures and presentation forms as the plain letters they stand for.
    .normalize('NFKC')
    .toLowerCase()
    // Invisible format characters (direction overrides, zero-width joiners, soft hyphens) go without a trace.
    .replace(/\p{Cf}/gu, '')
    // A mark with no letter or digit to sit on stands for nothing.
    .replace(/(^|[^\p{L}\p{M}\p{N}])\p{M}+/gu, '$1')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+/, '')
    .normalize('NFC');
  let slug = '';
  let letters = 0;
  let bytes = 0;
  // One letter (or digit, or hyphen) with its marks at a time.
  for (const [letter] of text.matchAll(/\P{M}\p{M}*/gu)) {
    const size = utf8Octets(letter);
    if (++letters > 60 || bytes + size > 200) break;
    slug += letter;
    bytes += size;
  }
  slug = slug.replace(/-+$/, '');
  return `${DEVICE.test(slug) ? `${slug}-event` : slug || 'event'}.ics`;
}

/** Offers `text` as a file download (a Blob through a temporary `<a download>`). */
export function download(text: string, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
