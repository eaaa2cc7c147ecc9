// Keyboard-only journeys through each widget, with real key presses (Tab, Shift+Tab, Enter, Space, typing), in
// English and in Arabic (right to left): what someone without a mouse does, and where their focus ends up.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { $, $$, FEEDS, NEWS_URL, sweepEnvironment, type Lang, type Widget } from './a11y-helpers.js';

/** The deepest focused element, through shadow roots. */
function focused(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** A key pressed while `modifier` is held (this launcher presses one key at a time). */
async function chord(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

/** Presses Tab (or Shift+Tab) until `wanted` holds focus; fails after `max` presses. */
async function tabTo(wanted: () => Element | null | undefined, what: string, back = false, max = 60): Promise<Element> {
  for (let i = 0; i < max; i++) {
    const target = wanted();
    if (target && focused() === target) return target;
    await (back ? chord('Shift', 'Tab') : sendKeys({ press: 'Tab' }));
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${what} (focus is on ${focused()?.outerHTML.slice(0, 80)})`);
}

/** A widget after a button to start tabbing from, with focus on that button. */
async function mount<T extends Widget>(tpl: TemplateResult, width = 480): Promise<T> {
  const wrap = await fixture<HTMLElement>(html`<div style="width: ${width}px"><button id="start">start</button>${tpl}</div>`);
  const el = wrap.querySelector<T>('#start + *')!;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="item"], .card, .slide, [part~="list"]'), `${el.localName} never loaded`);
  await el.updateComplete;
  wrap.querySelector<HTMLButtonElement>('#start')!.focus();
  return el;
}

const langs: Lang[] = ['en', 'ar'];

describe('keyboard-only journeys', function () {
  this.timeout(30000);
  let env: Awaited<ReturnType<typeof sweepEnvironment>>;
  beforeEach(async () => {
    env = await sweepEnvironment();
  });
  afterEach(() => env.restore());

  for (const lang of langs) {
    describe(lang, () => {
      it('<dcr-finder>: search → filter → near me (denied) → open a place → copy its link → back, focus restored', async () => {
        env.clipboard.refuse = false;
        const el = await mount(html`<dcr-finder lang=${lang} src=${FEEDS.finder}></dcr-finder>`);
        const count = () => $(el, '.count')!.textContent!.trim();
        const items = () => $$(el, '[part~="item"]');

        // Search: the first stop in the widget.
        await sendKeys({ press: 'Tab' });
        expect(focused()).to.equal($(el, '#search'));
        await sendKeys({ type: 'strasbourg' });
        await el.updateComplete;
        expect(items().map((i) => i.dataset.id)).to.deep.equal(['fr-strasbourg-1']);
        await chord('Control', 'a');
        await sendKeys({ press: 'Backspace' });
        await el.updateComplete;
        expect(items()).to.have.length(8);
        const allCount = count();

        // Filters: the button opens the panel, the next Tab enters it, Space ticks a box.
        const toggle = await tabTo(() => $(el, '.filters-toggle'), 'the Filters button');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        await sendKeys({ press: 'Tab' });
        expect($(el, '[part~="filters"]')!.contains(focused())).to.equal(true);
        // The model group offers integrated, stand-alone, mobile: the fixture's one mobile unit is in Berlin.
        const mobile = await tabTo(() => $$(el, '[part~="filters"] fieldset')[1]?.querySelectorAll('input')[2], 'the "mobile unit" box');
        await sendKeys({ press: 'Space' });
        await el.updateComplete;
        expect((mobile as HTMLInputElement).checked).to.equal(true);
        expect(items().map((i) => i.dataset.id)).to.deep.equal(['de-berlin-mobile']);
        // The polite count follows.
        expect(count()).not.to.equal(allCount);
        // Escape closes the panel, keeps the choice, and puts focus back on the Filters button.
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => focused() === toggle, 'Escape did not bring focus back to the Filters button');
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
        expect($(el, '#filters')!.hidden).to.equal(true);
        expect(items().map((i) => i.dataset.id)).to.deep.equal(['de-berlin-mobile']);

        // Near me, refused: a message in the polite status line; focus stays on the button; the list still works.
        const nearMe = await tabTo(() => $(el, '.near-me'), 'Near me', true);
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => $(el, '.geo[data-kind="problem"]')?.textContent?.trim(), 'no refusal message');
        expect(env.geolocation.asked).to.equal(1);
        expect($(el, '.geo')!.getAttribute('role')).to.equal('status');
        expect(focused()).to.equal(nearMe);
        expect(nearMe.getAttribute('aria-pressed')).to.equal('false');

        // Select: Tab on to the one place left; Enter opens it with focus on its name.
        await tabTo(() => items()[0], 'the list item');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => focused()?.id === 'details-title', 'focus did not move to the details title');
        expect($(el, '[part~="details"]')!.dataset.id).to.equal('de-berlin-mobile');

        // Copy link: reached by Tab, pressed with Enter; the clipboard gets the deep link, the page says so.
        await tabTo(() => $(el, '.details-actions button'), 'Copy link');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => env.clipboard.copied.length === 1, 'nothing copied');
        expect(new URL(env.clipboard.copied[0]).hash).to.equal('#dcr-facility=de-berlin-mobile');
        await waitUntil(() => $(el, '.copy-state')!.textContent!.trim() !== '', 'no "copied" note');

        // Back: Shift+Tab to it, Enter; focus returns to the same place in the list.
        await tabTo(() => $(el, '.back'), 'Back', true);
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => focused() === items()[0], 'focus not restored to the item');
        expect(items()[0].dataset.id).to.equal('de-berlin-mobile');
        expect($(el, '[part~="details"]')).to.equal(null);
      });

      it('<dcr-event-countdown>: Tab reaches "add to calendar"; Enter downloads the .ics; the calendar links are stops too', async () => {
        const el = await mount(html`<dcr-event-countdown lang=${lang} src=${FEEDS.countdown} event="symposium-2023"></dcr-event-countdown>`);
        const ics = await tabTo(() => $(el, '.calendar button'), 'the .ics button');
        const realCreate = URL.createObjectURL;
        const files: { name: string; blob: Blob }[] = [];
        let blob: Blob | undefined;
        URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), realCreate.call(URL, b));
        const keep = (e: MouseEvent) => {
          const a = e.target as HTMLAnchorElement;
          if (a.download) {
            e.preventDefault();
            files.push({ name: a.download, blob: blob! });
          }
        };
        document.addEventListener('click', keep, true);
        try {
          await sendKeys({ press: 'Enter' });
          await waitUntil(() => files.length === 1, 'no file');
        } finally {
          URL.createObjectURL = realCreate;
          document.removeEventListener('click', keep, true);
        }
        expect(files[0].name).to.match(/\.ics$/);
        const text = await files[0].blob.text();
        expect(text).to.contain('BEGIN:VEVENT').and.contain('DTSTART');
        expect(focused()).to.equal(ics);
        // Google and Outlook follow, each a link with an address.
        for (const host of ['calendar.google.com', 'outlook.live.com']) {
          const link = await tabTo(() => $$<HTMLAnchorElement>(el, '.calendar a').find((a) => a.hostname === host), host);
          expect((link as HTMLAnchorElement).href).to.match(/^https:/);
        }
      });

      it('<dcr-news-feed>: "Show more" puts focus on the first new item', async () => {
        const el = await mount(html`<dcr-news-feed lang=${lang} src=${NEWS_URL} limit="3"></dcr-news-feed>`);
        await tabTo(() => $(el, '[part~="more"]'), 'Show more');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        const items = $$(el, '[part~="item"]');
        expect(items).to.have.length(6);
        await waitUntil(() => items[3].contains(focused()), 'focus is not on the fourth item');
        expect(focused()!.closest('[part~="title"]')).to.not.equal(null);
        // The polite line says how many are shown now (it said nothing on first load).
        expect($(el, '[aria-live="polite"]')!.textContent!.trim()).to.not.equal('');
        // Tab goes on from there, to the item's "read more".
        await sendKeys({ press: 'Tab' });
        expect(items[3].contains(focused())).to.equal(true);
      });

      it('<dcr-fact-card>: pause stops the rotation, next shows the next fact and says so', async () => {
        const el = await mount(html`<dcr-fact-card lang=${lang} src=${FEEDS.fact} rotate="10"></dcr-fact-card>`);
        const active = () => $(el, '.slide[data-active]')!;
        const rotation = () => $(el, '[part~="base"]')!.dataset.rotation;
        await waitUntil(() => rotation() === 'running', `rotation is ${rotation()}`);
        const pause = await tabTo(() => $(el, '[part~="controls"] .pause'), 'pause');
        const label = pause.getAttribute('aria-label');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(pause.getAttribute('aria-label')).to.not.equal(label);
        expect(focused()).to.equal(pause);
        // Focus leaves the card; time passes; the paused card stays on its fact.
        const first = active();
        await tabTo(() => document.querySelector('#start'), 'the button before the card', true);
        expect(rotation()).to.equal('paused');
        env.factClock.tick(60_000);
        await el.updateComplete;
        expect(active()).to.equal(first);
        // Back in, on to "next": the next fact, announced politely.
        const next = await tabTo(() => $(el, '[part~="controls"] .next'), 'next');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(active()).to.not.equal(first);
        expect($(el, '[aria-live="polite"]')!.textContent).to.contain(active().querySelector('[part~="text"]')!.textContent!.trim().slice(0, 20));
        expect(focused()).to.equal(next);
      });
    });
  }
});
