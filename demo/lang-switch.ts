// The demo pages' language switcher: sets <html lang> (every widget without its own `lang` follows it) and keeps
// the choice in the address (?lang=fr), so a reload or a shared link opens in the same language. A page whose
// <select> is empty gets one option per UI language, each named in itself.
import { SUPPORTED_LANGUAGES } from '../src/core/i18n/locale.ts';
import { languageName } from './configurator/widgets.ts';

const select = document.querySelector<HTMLSelectElement>('#lang-switch');
if (select) {
  if (!select.options.length) {
    for (const tag of SUPPORTED_LANGUAGES) {
      const option = new Option(languageName(tag), tag);
      option.lang = tag;
      select.add(option);
    }
  }
  const saved = new URLSearchParams(location.search).get('lang');
  if (saved) document.documentElement.lang = saved;
  select.value = document.documentElement.lang || 'en';
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    const url = new URL(location.href);
    url.searchParams.set('lang', select.value);
    history.replaceState(null, '', url);
  });
}
