import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { DcrElement, defineElement } from '../../src/core/element.js';
import { renderStatus } from '../../src/core/status.js';

/** A minimal widget for testing the base class: shows the feed's title, or a forced status view. */
export class DcrSampleElement extends DcrElement {
  @state() forced: 'empty' | undefined;

  override render() {
    return html`<div part="base" class="base" lang=${this.locale} dir=${this.direction}>
      ${this.forced === 'empty'
        ? renderStatus({ kind: 'empty', message: this.msg.common.empty })
        : this.renderFeed((r) => html`<p class="title">${typeof r.data.feed.title === 'string' ? r.data.feed.title : ''}</p>`)}
    </div>`;
  }
}
defineElement('dcr-sample', DcrSampleElement);

declare global {
  interface HTMLElementTagNameMap {
    'dcr-sample': DcrSampleElement;
  }
}
