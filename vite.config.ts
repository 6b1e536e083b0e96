import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built once and served from app://console (desktop) or 127.0.0.1 (browser mode).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
  },
});
