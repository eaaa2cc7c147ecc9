// Configurator page entry: every widget (for the preview), the language switcher, and the configurator itself.
import '../../src/index.ts';
import '../lang-switch.ts';
import { Configurator } from './configurator.ts';

const root = document.querySelector<HTMLElement>('#configurator');
if (root) new Configurator(root);
