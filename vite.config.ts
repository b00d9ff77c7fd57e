import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built once and served by both the browser host and Electron's custom protocol.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // Vite inlines files under 4 KB as base64; for the Chinese font's smallest subsets that put 130 KB of
    // base64 into the stylesheet every start parses before the first screen. A
    // subset is fetched only when a character on screen needs it, so fonts are never inlined.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        // The biggest libraries in chunks of their own, preloaded beside the app's: Chromium compiles
        // scripts as they arrive, one thread each, so four smaller ones are ready sooner than one large
        // one on a two-core kiosk. Libraries only: no order-sensitive app code moves.
        codeSplitting: {
          groups: [
            { name: 'react-dom', test: /node_modules[\\/](react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'xstate', test: /node_modules[\\/](xstate|@xstate)[\\/]/, priority: 20 },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
