import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/core/feed/errors.js';
import { textOf } from '../../src/core/feed/text.js';
import { detectNewsFormat } from '../../src/news/detect.js';
import { parseNewsDocument } from '../../src/news/parse.js';
import { newsEntries } from '../../src/news/items.js';
import { fixtureText, localImages } from './helpers.js';

const FORMATS = [
  ['dcr', 'pompidou.dcr.json'],
  ['json-feed', 'pompidou.feed.json'],
  ['rss', 'pompidou.rss.xml'],
  ['atom', 'pompidou.atom.xml'],
] as const;

const parseError = (text: string): FeedError => {
  try {
    parseNewsDocument(text);
  } catch (e) {
    return e as FeedError;
  }
  throw new Error('expected a FeedError');
};

/** What a reader sees of each item, in display order. */
const view = (text: string) =>
  newsEntries(parseNewsDocument(text, '', 'https://news.example.org/feed').feed.news).map((e) => ({
    title: textOf(e.title, 'en'),
    time: e.date?.time,
    summary: textOf(e.summary, 'en'),
    url: e.url,
    tags: e.tags,
    image: e.image?.url,
  }));

describe('news parse', () => {
  describe('format detection', () => {
    for (const [format, file] of FORMATS) {
      it(`detects ${format} from the document itself`, async () => {
        expect(detectNewsFormat(await fixtureText(file))).to.equal(format);
      });
    }
    it('detects JSON Feed 1.0 too, and a BOM or leading whitespace does not matter', () => {
      expect(detectNewsFormat('\uFEFF  {"version":"https://jsonfeed.org/version/1","items":[]}')).to.equal('json-feed');
      expect(detectNewsFormat('\n<?xml version="1.0"?><rss version="2.0"><channel/></rss>')).to.equal('rss');
    });
  });

  describe('every format reads the same', () => {
    it('the four fixtures give the same items in the same order, newest first, the undated last', async () => {
      const views = await Promise.all(FORMATS.map(async ([, f]) => view(await fixtureText(f))));
      expect(views[0]).to.have.length(7);
      expect(views[0].map((v) => v.title)).to.deep.equal([
        'Drug Policy Executive Course, 2021-2022 edition',
        'Ukraine becomes 42nd member State of the Pompidou Group',
        '6 August 1971: the letter that changed European drug policies',
        'Pompidou Group co-organises the second European symposium on drug consumption rooms',
        'International Harm Reduction Day',
        'Pompidou Group publication presents experiences and responses to the Covid-19 pandemic by frontline workers and people who use drugs',
        'New Pompidou Group activity targets children whose parents or primary caregivers use drugs',
      ]);
      expect(views[0][6].time).to.equal(undefined);
      for (const v of views.slice(1)) expect(v).to.deep.equal(views[0]);
    });

    it('HTML becomes plain text: tags gone, entities decoded, blocks separated, whitespace collapsed', async () => {
      const [course, , , , , , children] = view(await fixtureText('pompidou.rss.xml'));
      expect(course.summary).to.equal(
        'The Pompidou Group’s International Drug Policy Academy opened its new Drug Policy Executive Course with a first module in Strasbourg, 24–27 August 2021. The course runs in three modules over twelve months, for managers who shape drug policies.',
      );
      expect(children.summary).to.equal('A research project looks at children whose parents use drugs from three angles: children’s rights, drug policy, reducing harm.');
    });

    it('pictures come from JSON Feed image, media:content, enclosure and Atom enclosure links alike', async () => {
      for (const [, f] of FORMATS) {
        const v = view(await fixtureText(f));
        expect(v.map((x) => x.image)).to.deep.equal([`${localImages}course.svg`, undefined, `${localImages}letter.svg`, undefined, undefined, undefined, undefined]);
      }
    });
  });

  describe('JSON Feed', () => {
    const jf = (items: unknown[], extra: object = {}) =>
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items, ...extra });

    it('prefers summary, then content_text, then content_html', () => {
      const { news } = parseNewsDocument(
        jf([
          { id: '1', title: 'a', summary: 'S', content_text: 'T', content_html: '<p>H</p>' },
          { id: '2', title: 'b', content_text: 'T', content_html: '<p>H</p>' },
          { id: '3', title: 'c', content_html: '<p>H</p>' },
        ]),
      ).feed;
      expect(news.map((n) => n.summary)).to.deep.equal(['S', 'T', 'H']);
    });

    it('an item without a title takes its opening words; one without any text is dropped and reported', () => {
      const r = parseNewsDocument(
        jf([{ id: 7, content_text: 'Just a short note from the outreach team about tonight.' }, { id: 'empty', url: 'https://x.example/' }]),
      );
      expect(r.feed.news).to.have.length(1);
      expect(r.feed.news[0].id).to.equal('7');
      expect(r.feed.news[0].title).to.equal('Just a short note from the outreach team about tonight.');
      expect(r.counts.news).to.deep.equal({ kept: 1, dropped: 1 });
      expect(r.problems[0]).to.include({ collection: 'news', id: 'empty', effect: 'dropped' });
    });

    it('keeps the item language so the widget can mark it', () => {
      const { news, language } = parseNewsDocument(jf([{ id: '1', title: 'Salle', language: 'fr' }, { id: '2', title: 'Room' }], { language: 'en' })).feed;
      expect(language).to.equal('en');
      expect(news[0].title).to.deep.equal({ fr: 'Salle' });
      expect(news[1].title).to.deep.equal({ en: 'Room' });
    });

    it('uses external_url when there is no url, and resolves relative addresses against the feed', () => {
      const { news } = parseNewsDocument(
        jf([
          { id: '1', title: 'a', external_url: 'https://elsewhere.example/a' },
          { id: '2', title: 'b', url: '/news/b', image: 'img/b.png' },
        ]),
        '',
        'https://ngo.example/feeds/news.json',
      ).feed;
      expect(news[0].url).to.equal('https://elsewhere.example/a');
      expect(news[1].url).to.equal('https://ngo.example/news/b');
      expect(news[1].image?.url).to.equal('https://ngo.example/feeds/img/b.png');
    });

    it('takes the first real picture from content_html, skipping tracking pixels', () => {
      const { news } = parseNewsDocument(
        jf([
          {
            id: '1',
            title: 'a',
            content_html: '<img src="https://t.example/p.gif" width="1" height="1"><p>x</p><img src="https://ngo.example/a.jpg" alt="Staff at the desk" width="800" height="600">',
          },
        ]),
      ).feed;
      expect(news[0].image).to.deep.equal({ url: 'https://ngo.example/a.jpg', alt: 'Staff at the desk', width: 800, height: 600 });
    });
  });

  describe('RSS', () => {
    const rss = (items: string, channel = '') =>
      `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://ngo.example/</link>${channel}${items}</channel></rss>`;

    it('reads pubDate in its RFC 822 forms, and dc:date', () => {
      const { news } = parseNewsDocument(
        rss(`<item><title>a</title><pubDate>Tue, 07 Sep 2021 10:00:00 +0200</pubDate></item>
             <item><title>b</title><pubDate>7 Sep 21 08:00 GMT</pubDate></item>
             <item><title>c</title><pubDate>Tue, 07 Sep 2021 04:00:00 EDT</pubDate></item>
             <item><title>d</title><dc:date>2021-09-07T08:00:00Z</dc:date></item>`),
      ).feed;
      expect(news.map((n) => n.date)).to.deep.equal(Array(4).fill('2021-09-07T08:00:00.000Z'));
    });

    it('uses a permalink guid when there is no link, and the channel language', () => {
      const { news } = parseNewsDocument(
        rss('<item><title>a</title><guid>https://ngo.example/a</guid></item><item><title>b</title><guid isPermaLink="false">https://ngo.example/b</guid></item>', '<language>de-CH</language>'),
      ).feed;
      expect(news[0].url).to.equal('https://ngo.example/a');
      expect(news[1].url).to.equal(undefined);
      expect(news[0].title).to.deep.equal({ 'de-CH': 'a' });
    });

    it('falls back to content:encoded and to media:thumbnail, resolving relative links against the channel link', () => {
      const { news } = parseNewsDocument(
        rss(`<item><title>a</title><link>/a</link><content:encoded><![CDATA[<p>Full text</p>]]></content:encoded>
             <media:thumbnail url="https://ngo.example/t.jpg" width="120" height="90"/></item>`),
      ).feed;
      expect(news[0]).to.deep.include({ url: 'https://ngo.example/a', summary: 'Full text' });
      expect(news[0].image).to.deep.equal({ url: 'https://ngo.example/t.jpg', width: 120, height: 90 });
    });

    it('reads RSS 1.0 (RDF)', () => {
      const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://ngo.example/"><title>T</title><link>https://ngo.example/</link></channel>
        <item rdf:about="https://ngo.example/a"><title>A</title><link>https://ngo.example/a</link><description>Desc</description><dc:date>2021-01-02</dc:date></item></rdf:RDF>`;
      expect(detectNewsFormat(rdf)).to.equal('rss');
      const { news } = parseNewsDocument(rdf).feed;
      expect(news).to.deep.equal([{ id: 'https://ngo.example/a', title: 'A', date: '2021-01-02', summary: 'Desc', url: 'https://ngo.example/a' }]);
    });
  });

  describe('Atom', () => {
    const atom = (entries: string, attrs = '') => `<feed xmlns="http://www.w3.org/2005/Atom" ${attrs}><title>T</title>${entries}</feed>`;

    it('reads text, html and xhtml constructs as plain text', () => {
      const { news } = parseNewsDocument(
        atom(`<entry><title type="html">Harm &amp;amp; care</title><summary type="text">a &lt;b&gt; c</summary></entry>
              <entry><title>x</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One</p><p>Two</p></div></content></entry>`),
      ).feed;
      expect(news[0].title).to.equal('Harm & care');
      // type="text" is already text: angle brackets stay as written.
      expect(news[0].summary).to.equal('a <b> c');
      expect(news[1].summary).to.equal('One Two');
    });

    it('prefers published over updated, and reads xml:lang and xml:base', () => {
      const { news } = parseNewsDocument(
        atom(
          `<entry xml:lang="fr"><title>a</title><link href="a.html"/><published>2021-01-01T00:00:00Z</published><updated>2021-06-01T00:00:00Z</updated><category term="hr" label="Harm reduction"/></entry>`,
          'xml:base="https://ngo.example/news/"',
        ),
      ).feed;
      expect(news[0]).to.deep.include({ title: { fr: 'a' }, date: '2021-01-01T00:00:00.000Z', url: 'https://ngo.example/news/a.html' });
      expect(news[0].tags).to.deep.equal(['Harm reduction']);
    });
  });

  describe('documents it cannot read', () => {
    it('invalid JSON → parse error', () => {
      const e = parseError('{"version": ');
      expect(e).to.be.instanceOf(FeedError);
      expect(e.kind).to.equal('parse');
      expect(e.message).to.contain('not valid JSON');
    });

    it('JSON that is neither a dcr feed nor a JSON Feed → parse error naming both', () => {
      expect(parseError('{"posts": []}').message).to.contain('JSON Feed').and.contain('dcr feed');
    });

    it('a web page instead of a feed → parse error saying so', () => {
      expect(parseError('<!DOCTYPE html><html><head><title>x</title></head><body><p>hi<br></body></html>').message).to.contain('web page');
    });

    it('XML that is not well-formed, or another kind of XML → parse error', () => {
      expect(parseError('<rss><channel><item></channel></rss>').message).to.contain('not well-formed XML');
      expect(parseError('<?xml version="1.0"?><opml version="2.0"><body/></opml>').message).to.contain('<opml>');
    });

    it('plain text → parse error', () => {
      expect(parseError('Hello').kind).to.equal('parse');
    });

    it('a dcr feed of another major version → schema error', () => {
      expect(parseError('{"version": "2", "news": []}').kind).to.equal('schema');
    });
  });

  describe('hostile documents', () => {
    for (const file of ['hostile.feed.json', 'hostile.rss.xml', 'hostile.atom.xml']) {
      it(`${file}: every link and picture kept is http(s); script text never reaches an excerpt`, async () => {
        const { feed, problems } = parseNewsDocument(await fixtureText(file), '', 'https://ngo.example/feed');
        expect(feed.news).to.have.length(4);
        for (const n of feed.news) {
          if (n.url) expect(n.url).to.match(/^https?:/);
          if (n.image) expect(n.image.url).to.match(/^https?:/);
          expect(JSON.stringify(n.summary ?? '')).not.to.contain("='script'").and.not.to.contain("='xhtml'");
        }
        expect(feed.news.filter((n) => n.url)).to.have.length(0);
        expect(problems.filter((p) => p.message.includes('not an http(s) address')).length).to.be.greaterThan(0);
      });
    }
  });
});
