import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// `npm start` serves demo/ (a partner-like page) against the library source;
// `npm run build` builds that demo site into dist/demo.
export default defineConfig({
  root: here('./demo'),
  publicDir: false,
  server: { port: 5173, fs: { allow: [here('.')] } },
  preview: { port: 4173 },
  build: {
    outDir: here('./dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
    // maplibre-gl is one ~1.1 MB chunk (plus its worker file), loaded only when a finder map is on screen.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: { index: here('./demo/index.html'), configurator: here('./demo/configurator.html'), rtl: here('./demo/rtl.html') },
    },
  },
});
