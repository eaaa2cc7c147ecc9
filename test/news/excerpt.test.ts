import { expect } from '@open-wc/testing';
import { collapseWhitespace, truncate } from '../../src/news/excerpt.js';
import { htmlToText } from '../../src/news/html-text.js';
import { parseIsoDate } from '../../src/news/dates.js';
import { parseNewsDate, parseRfc822Date } from '../../src/news/rfc822.js';
import { newsEntries, tagsOf, withTag } from '../../src/news/items.js';
import type { NewsItem } from '../../src/core/feed/types.js';

describe('news excerpt', () => {
  it('keeps only the readable text: no tags, no script or style content, entities decoded', () => {
    expect(htmlToText('<p>Naloxone <b>saves</b>&nbsp;lives &amp; more</p><script>alert(1)</script><style>p{}</style>')).to.equal(
      'Naloxone saves lives & more',
    );
  });

  it('separates blocks and line breaks with a space, and collapses whitespace', () => {
    expect(htmlToText('<h2>Title</h2><p>One<br>two</p>\n\n<ul><li>a</li><li>b</li></ul>')).to.equal('Title One two a b');
    expect(collapseWhitespace('  a \n\t b\u00a0 c ')).to.equal('a b c');
  });

  it('text that only looks like markup survives (a literal "<5" is not a tag)', () => {
    expect(htmlToText('Doses &lt;5 mg and <5 mg')).to.equal('Doses <5 mg and <5 mg');
  });

  it('truncates on a word boundary with an ellipsis, never past the limit', () => {
    const text = 'Drug consumption rooms are legally sanctioned health services where people use pre-obtained drugs.';
    const cut = truncate(text, 40);
    expect(cut).to.equal('Drug consumption rooms are legally…');
    expect(cut.length).to.be.at.most(40);
    expect(truncate('Short text.', 40)).to.equal('Short text.');
  });

  it('drops trailing punctuation before the ellipsis, and cuts a single over-long word', () => {
    expect(truncate('One, two, three, four, five, six', 12)).to.equal('One, two…');
    expect(truncate('Supercalifragilisticexpialidocious', 10)).to.equal('Supercali…');
  });

  it('never splits an emoji in two', () => {
    const cut = truncate('😀😀😀😀😀😀', 6);
    expect(cut).to.equal('😀😀…');
  });
});

describe('news dates', () => {
  it('a calendar date is that day, without a time', () => {
    expect(parseIsoDate('2021-09-07')).to.deep.equal({ time: Date.UTC(2021, 8, 7), dateOnly: true, datetime: '2021-09-07' });
  });

  it('a date-time with an offset is that instant', () => {
    expect(parseIsoDate('2021-09-07T10:00:00+02:00')!.datetime).to.equal('2021-09-07T08:00:00.000Z');
    expect(parseIsoDate('2021-09-07T08:00:00.123Z')!.time).to.equal(Date.UTC(2021, 8, 7, 8, 0, 0));
  });

  it('RFC 822 dates as RSS writes them', () => {
    expect(parseRfc822Date('Tue, 07 Sep 2021 10:00:00 +0200')!.datetime).to.equal('2021-09-07T08:00:00.000Z');
    expect(parseRfc822Date('7 Sep 2021 10:00 PDT')!.datetime).to.equal('2021-09-07T17:00:00.000Z');
    expect(parseRfc822Date('Tuesday, 7 September 2021')).to.deep.include({ dateOnly: true, datetime: '2021-09-07' });
  });

  it('rejects what is not a real date', () => {
    for (const bad of ['', 'soon', '2021-02-30', '2021-13-01', '31 Feb 2021', 'Tue, 07 Foo 2021 10:00:00 GMT', '07 Sep 2021 10:00 XYZ', 42]) {
      expect(parseNewsDate(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('news items', () => {
  const item = (id: string, date: string, extra: Partial<NewsItem> = {}): NewsItem => ({ id, title: id, date, ...extra });

  it('orders newest first and keeps undated items, last, in feed order', () => {
    const e = newsEntries([item('u1', ''), item('old', '2020-01-01'), item('u2', 'yesterday'), item('new', '2021-01-01T10:00:00Z'), item('mid', '2020-06-01')]);
    expect(e.map((x) => x.id)).to.deep.equal(['new', 'mid', 'old', 'u1', 'u2']);
  });

  it('leaves out items without a usable title and links that are not http(s)', () => {
    const e = newsEntries([
      { id: 'a', date: '2021-01-01', title: 42 } as unknown as NewsItem,
      item('b', '2021-01-01', { url: 'javascript:alert(1)', image: { url: 'data:image/png;base64,AA' } }),
      null as unknown as NewsItem,
    ]);
    expect(e.map((x) => x.id)).to.deep.equal(['b']);
    expect(e[0].url).to.equal(undefined);
    expect(e[0].image).to.equal(undefined);
  });

  it('filters by tag, ignoring case, and lists tags most used first', () => {
    const e = newsEntries([
      item('a', '2021-01-03', { tags: ['Harm-Reduction', 'oat'] }),
      item('b', '2021-01-02', { tags: ['harm-reduction'] }),
      item('c', '2021-01-01', { tags: ['events'] }),
    ]);
    expect(withTag(e, 'harm-reduction').map((x) => x.id)).to.deep.equal(['a', 'b']);
    expect(withTag(e, '').map((x) => x.id)).to.deep.equal(['a', 'b', 'c']);
    expect(tagsOf(e)).to.deep.equal(['Harm-Reduction', 'events', 'oat']);
  });
});
