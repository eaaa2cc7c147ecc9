// Demo entry: registers every widget from the library source and wires the language switcher.
import '../src/index.ts';
import './feed-summary.ts';

const select = document.querySelector<HTMLSelectElement>('#lang-switch');
if (select) {
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
