// Demo entry: registers every widget from the library source and wires the language switcher.
import '../src/index.ts';
import './lang-switch.ts';
import './feed-summary.ts';
