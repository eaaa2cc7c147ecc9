import { html, type TemplateResult } from 'lit';
import type { Messages } from '../core/i18n/en.js';
import { listFormat, numberFormat } from '../core/i18n/format.js';
import { remaining } from './countdown-math.js';

type Unit = 'days' | 'hours' | 'minutes' | 'seconds';

/** "Starts in 3 days, 4 hours", from the time left at the last whole minute: it changes once a minute. */
export function startsInSentence(m: Messages['countdown'], locale: string, start: number, now: number): string {
  const left = remaining(start - (now - (now % 60_000)));
  const pieces = (['days', 'hours', 'minutes'] as const)
    .filter((u, i) => left[u] > 0 && (i < 2 || left.days === 0))
    .map((u) => m.amount[u](left[u], locale));
  return pieces.length ? m.startsIn(listFormat(locale, { type: 'unit', style: 'long' }).format(pieces.slice(0, 2))) : m.startsSoon;
}

/**
 * The countdown part: the digits as a `timer` (not a live region, so nothing is read out every second)
 * and a visually hidden sentence for screen readers that changes at most once a minute.
 */
export function renderCountdown(m: Messages['countdown'], locale: string, start: number, now: number, seconds: boolean): TemplateResult {
  const left = remaining(start - now);
  // In pairs, so that a row too narrow for all the boxes wraps two by two, never three and a lone one.
  const pairs: Unit[][] = [['days', 'hours'], seconds ? ['minutes', 'seconds'] : ['minutes']];
  const unit = (u: Unit) =>
    html`<span class="unit"
      ><span class="num">${numberFormat(locale, { minimumIntegerDigits: u === 'days' ? 1 : 2 }).format(left[u])}</span
      ><span class="label">${m.units[u](left[u])}</span></span
    >`;
  return html`<div part="countdown" class="countdown">
    <p class="visually-hidden">${startsInSentence(m, locale, start, now)}</p>
    <div class="digits" role="timer" aria-live="off" aria-label=${m.timer} data-units=${seconds ? 4 : 3}>
      ${pairs.map((p) => html`<span class="pair" data-units=${p.length}>${p.map(unit)}</span>`)}
    </div>
  </div>`;
}
