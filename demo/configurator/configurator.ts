// The configurator: choose a widget, set its attributes in a form, see it live, copy the snippet.
// The preview is the snippet's own element HTML, parsed: what a partner sees is what the snippet gives.
import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { loadFeed, resolveFeedUrl } from '../../src/core/feed/loader.ts';
import { elementHtml, snippet, SNIPPET_KINDS, vueConfigSnippet, type Config, type SnippetKind } from './snippet.ts';
import { suggestionsFrom, type Suggestions } from './suggestions.ts';
import { WIDGETS, widget, type AttrSpec, type ListAttr, type Suggestion, type WidgetTag } from './widgets.ts';

type FormValues = Record<string, string | boolean>;

interface Block {
  title: string;
  text: string;
}

/** Typing waits this long before the preview follows (a half-typed feed URL is not fetched). */
const PREVIEW_DELAY_MS = 350;

const NOTES: Record<SnippetKind, TemplateResult> = {
  html: html`Paste both lines where the widget should appear. <strong>WordPress:</strong> add a <em>Custom HTML</em>
    block and paste them there. The script address is an example: host the package’s <code>dist/cdn</code> folder
    on your own server or CDN and use its address.`,
  react: html`After <code>npm install dcr-widgets</code>. React 19 hands attributes and properties to custom elements
    and listens with <code>on</code> + the exact event name. In Next.js, use it in a client component
    (<code>'use client'</code>).`,
  vue: html`After <code>npm install dcr-widgets</code>. Tell Vue’s template compiler that <code>dcr-</code> tags are
    custom elements (second block).`,
  angular: html`After <code>npm install dcr-widgets</code>. <code>CUSTOM_ELEMENTS_SCHEMA</code> lets the template use
    the tag (in an NgModule, add it to the module’s <code>schemas</code>).`,
};

/** Mounts the configurator in `root`; `initial` chooses the widget and values it opens with. */
export class Configurator {
  private tag: WidgetTag;
  private kind: SnippetKind = 'html';
  private readonly values = new Map<WidgetTag, FormValues>();
  private readonly events = new Map<WidgetTag, Set<string>>();
  private suggestions: Suggestions = suggestionsFrom(undefined);
  private suggestionsFor: string | undefined;
  private copyStatus: { index: number; text: string } | undefined;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: HTMLElement,
    initial: Config = { tag: 'dcr-finder' },
  ) {
    this.tag = initial.tag;
    this.values.set(initial.tag, { ...(initial.values as FormValues | undefined) });
    this.events.set(initial.tag, new Set(initial.events));
    this.update({ preview: 'now' });
  }

  /** The configuration the form shows. */
  get config(): Config {
    return { tag: this.tag, values: this.valuesOf(this.tag), events: [...this.eventsOf(this.tag)] };
  }

  /** Stops the pending preview update and empties the root. */
  destroy(): void {
    clearTimeout(this.previewTimer);
    render(nothing, this.root);
  }

  private valuesOf(tag: WidgetTag): FormValues {
    let v = this.values.get(tag);
    if (!v) this.values.set(tag, (v = {}));
    return v;
  }

  private eventsOf(tag: WidgetTag): Set<string> {
    let e = this.events.get(tag);
    if (!e) this.events.set(tag, (e = new Set()));
    return e;
  }

  /** Re-renders the form and snippet; the preview follows now, after a typing pause, or not at all. */
  private update({ preview }: { preview: 'now' | 'soon' | 'no' }): void {
    render(this.template(), this.root);
    if (preview === 'now') this.syncPreview();
    if (preview === 'soon') {
      clearTimeout(this.previewTimer);
      this.previewTimer = setTimeout(() => this.syncPreview(), PREVIEW_DELAY_MS);
    }
  }

  /** Keeps the preview's element in step with the snippet: same tag → attributes synced, else replaced. */
  private syncPreview(): void {
    clearTimeout(this.previewTimer);
    void this.loadSuggestions();
    const box = this.root.querySelector<HTMLElement>('.cfg-preview');
    if (!box) return;
    const parsed = document.createElement('template');
    parsed.innerHTML = elementHtml(this.config);
    const next = parsed.content.firstElementChild!;
    const current = box.firstElementChild;
    if (!current || current.localName !== next.localName) {
      box.replaceChildren(document.importNode(next, true));
      return;
    }
    for (const name of current.getAttributeNames()) {
      if (!next.hasAttribute(name)) current.removeAttribute(name);
    }
    for (const name of next.getAttributeNames()) {
      const value = next.getAttribute(name)!;
      if (current.getAttribute(name) !== value) current.setAttribute(name, value);
    }
  }

  /** Fills the suggestion lists from the feed the preview reads (once per feed address, when the preview takes it). */
  private async loadSuggestions(): Promise<void> {
    const src = this.valuesOf(this.tag).src;
    const url = resolveFeedUrl(typeof src === 'string' ? src : undefined);
    if (url === this.suggestionsFor) return;
    this.suggestionsFor = url;
    try {
      const loaded = await loadFeed(url);
      if (this.suggestionsFor !== url) return;
      this.suggestions = suggestionsFrom(loaded.data.feed);
    } catch {
      // Not a shared feed (an RSS address for the news feed) or unreachable: the widget says so; no suggestions.
      this.suggestions = suggestionsFrom(undefined);
    }
    render(this.template(), this.root);
  }

  private setValue(name: string, value: string | boolean, preview: 'now' | 'soon'): void {
    this.valuesOf(this.tag)[name] = value;
    this.copyStatus = undefined;
    this.update({ preview });
  }

  private chooseWidget(tag: WidgetTag): void {
    this.tag = tag;
    this.copyStatus = undefined;
    this.update({ preview: 'now' });
  }

  private toggleEvent(name: string, on: boolean): void {
    const set = this.eventsOf(this.tag);
    if (on) set.add(name);
    else set.delete(name);
    this.copyStatus = undefined;
    this.update({ preview: 'no' });
  }

  private reset(): void {
    this.values.set(this.tag, {});
    this.events.set(this.tag, new Set());
    this.copyStatus = undefined;
    this.update({ preview: 'now' });
  }

  /** The code to copy: one block, or for Vue the component and the vite config. */
  private blocks(): Block[] {
    const spec = widget(this.tag);
    const title = {
      html: 'Your page (HTML)',
      react: `${spec.component}.jsx`,
      vue: `${spec.component}.vue`,
      angular: `${spec.entry}.component.ts`,
    }[this.kind];
    const main = { title, text: snippet(this.kind, this.config) };
    return this.kind === 'vue' ? [main, { title: 'vite.config.js', text: vueConfigSnippet() }] : [main];
  }

  /** Clipboard first; when the browser refuses, the code is selected and the reader told to copy it. */
  private async copy(index: number): Promise<void> {
    const text = this.blocks()[index].text;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.copyStatus = { index, text: 'Copied to the clipboard.' };
    } catch {
      const code = this.root.querySelectorAll<HTMLElement>('.cfg-code')[index];
      code.focus();
      getSelection()?.selectAllChildren(code);
      this.copyStatus = { index, text: 'The browser did not allow copying: the snippet is selected, press Ctrl+C (⌘C on a Mac).' };
    }
    render(this.template(), this.root);
  }

  private template(): TemplateResult {
    const spec = widget(this.tag);
    return html`
      <div class="cfg">
        <form class="cfg-form" aria-label="Widget settings" @submit=${(e: Event) => e.preventDefault()}>
          ${this.renderWidgetChoice()}
          ${keyed(this.tag, html`${this.renderGroups()} ${this.renderEvents()}`)}
          <button type="button" class="cfg-reset" @click=${() => this.reset()}>Reset ${spec.title.toLowerCase()} settings</button>
        </form>
        <div class="cfg-output">
          <section class="cfg-preview-panel" aria-labelledby="cfg-preview-h">
            <h2 id="cfg-preview-h">Live preview</h2>
            <p class="cfg-help">Without a <code>lang</code>, the widget follows the page’s language switcher.</p>
            <div class="cfg-preview"></div>
          </section>
          <section class="cfg-snippet-panel" aria-labelledby="cfg-snippet-h">
            <h2 id="cfg-snippet-h">Snippet</h2>
            ${this.renderKinds()}
            <p class="cfg-help">${NOTES[this.kind]}</p>
            ${this.blocks().map((b, i) => this.renderBlock(b, i))}
          </section>
        </div>
      </div>
    `;
  }

  private renderWidgetChoice(): TemplateResult {
    return html`
      <fieldset class="cfg-widgets">
        <legend>Widget</legend>
        ${WIDGETS.map(
          (w) => html`
            <label class="cfg-widget">
              <input
                type="radio"
                name="cfg-widget"
                value=${w.tag}
                .checked=${live(w.tag === this.tag)}
                @change=${() => this.chooseWidget(w.tag)}
              />
              <span><strong>${w.title}</strong> <code>&lt;${w.tag}&gt;</code><br /><span class="cfg-summary">${w.summary}</span></span>
            </label>
          `,
        )}
      </fieldset>
    `;
  }

  private renderGroups(): TemplateResult[] {
    const spec = widget(this.tag);
    const groups = [...new Set(spec.attributes.map((a) => a.group))];
    return groups.map(
      (group) => html`
        <fieldset class="cfg-group">
          <legend>${group}</legend>
          ${spec.attributes.filter((a) => a.group === group).map((a) => this.renderControl(a))}
        </fieldset>
      `,
    );
  }

  private renderControl(a: AttrSpec): TemplateResult {
    const id = `cfg-${this.tag}-${a.name}`;
    const helpId = a.help ? `${id}-help` : undefined;
    const value = this.valuesOf(this.tag)[a.name];
    const text = typeof value === 'string' ? value : '';
    const label = html`<label for=${id}>${a.label} <code>${a.name}</code></label>`;
    const help = helpId ? html`<p class="cfg-help" id=${helpId}>${a.help}</p>` : nothing;
    switch (a.kind) {
      case 'boolean':
        return html`<div class="cfg-field cfg-check">
          <input
            id=${id}
            type="checkbox"
            .checked=${live(value === true)}
            aria-describedby=${ifDefined(helpId)}
            @change=${(e: Event) => this.setValue(a.name, (e.target as HTMLInputElement).checked, 'now')}
          />
          ${label} ${help}
        </div>`;
      case 'list':
        return this.renderList(a, id, text);
      case 'select':
        return html`<div class="cfg-field">
          ${label}
          <select
            id=${id}
            aria-describedby=${ifDefined(helpId)}
            @change=${(e: Event) => this.setValue(a.name, (e.target as HTMLSelectElement).value, 'now')}
          >
            ${a.options.map((o) => html`<option value=${o.value} ?selected=${(text || a.default) === o.value}>${o.label}</option>`)}
          </select>
          ${help}
        </div>`;
      default: {
        const isNumber = a.kind === 'number';
        const list = a.kind !== 'number' && a.suggest ? `cfg-list-${a.suggest}` : undefined;
        const placeholder = isNumber ? `${a.default} (default)` : a.placeholder ? `e.g. ${a.placeholder}` : undefined;
        return html`<div class="cfg-field">
          ${label}
          <input
            id=${id}
            type=${isNumber ? 'number' : a.kind === 'url' ? 'url' : 'text'}
            min=${ifDefined(isNumber ? a.min : undefined)}
            step=${ifDefined(isNumber ? 1 : undefined)}
            inputmode=${ifDefined(isNumber ? 'numeric' : undefined)}
            list=${ifDefined(list)}
            placeholder=${ifDefined(placeholder)}
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${ifDefined(helpId)}
            .value=${live(text)}
            @input=${(e: Event) => this.setValue(a.name, (e.target as HTMLInputElement).value, 'soon')}
            @change=${(e: Event) => this.setValue(a.name, (e.target as HTMLInputElement).value, 'now')}
          />
          ${help}
          ${list && a.kind !== 'number' && a.suggest ? this.renderDatalist(list, a.suggest) : nothing}
        </div>`;
      }
    }
  }

  private renderList(a: ListAttr, id: string, text: string): TemplateResult {
    const chosen = new Set(text.split(',').filter(Boolean));
    const toggle = (value: string, on: boolean) => {
      if (on) chosen.add(value);
      else chosen.delete(value);
      this.setValue(a.name, a.options.map((o) => o.value).filter((v) => chosen.has(v)).join(','), 'now');
    };
    return html`<fieldset class="cfg-field cfg-list">
      <legend>${a.label} <code>${a.name}</code></legend>
      ${a.options.map(
        (o) => html`<label class="cfg-check"
          ><input
            type="checkbox"
            id=${`${id}-${o.value}`}
            .checked=${live(chosen.has(o.value))}
            @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)}
          />
          ${o.label}</label
        >`,
      )}
    </fieldset>`;
  }

  private renderDatalist(id: string, kind: Suggestion): TemplateResult {
    const options = this.suggestions[kind] ?? [];
    return html`<datalist id=${id}>
      ${options.map((o) => html`<option value=${o.value}>${o.label ?? nothing}</option>`)}
    </datalist>`;
  }

  private renderEvents(): TemplateResult {
    const spec = widget(this.tag);
    const chosen = this.eventsOf(this.tag);
    return html`<fieldset class="cfg-group">
      <legend>Listen to events</legend>
      ${spec.events.map(
        (e) => html`<div class="cfg-field cfg-check">
          <input
            id=${`cfg-${this.tag}-on-${e.name}`}
            type="checkbox"
            .checked=${live(chosen.has(e.name))}
            @change=${(ev: Event) => this.toggleEvent(e.name, (ev.target as HTMLInputElement).checked)}
          />
          <label for=${`cfg-${this.tag}-on-${e.name}`}><code>${e.name}</code>: ${e.help}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  private renderKinds(): TemplateResult {
    return html`<fieldset class="cfg-kinds">
      <legend>Your site is built with</legend>
      ${SNIPPET_KINDS.map(
        (k) => html`<label
          ><input
            type="radio"
            name="cfg-kind"
            value=${k.kind}
            .checked=${live(k.kind === this.kind)}
            @change=${() => {
              this.kind = k.kind;
              this.copyStatus = undefined;
              this.update({ preview: 'no' });
            }}
          />
          ${k.label}</label
        >`,
      )}
    </fieldset>`;
  }

  private renderBlock(block: Block, index: number): TemplateResult {
    const status = this.copyStatus?.index === index ? this.copyStatus.text : '';
    return html`<div class="cfg-block">
      <div class="cfg-block-head">
        <h3 id=${`cfg-block-${index}`}>${block.title}</h3>
        <button type="button" class="cfg-copy" @click=${() => this.copy(index)}>
          ${index === 0 ? 'Copy snippet' : `Copy ${block.title}`}
        </button>
      </div>
      <pre class="cfg-code" tabindex="0" role="region" aria-labelledby=${`cfg-block-${index}`}><code>${block.text}</code></pre>
      <p class="cfg-copy-status" role="status">${status}</p>
    </div>`;
  }
}
