import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/desktop/content-security-policy';

/** index.html carries the same policy the server sends (frame-ancestors only works as a header). */
const policyInPage: Plugin = {
  name: 'content-security-policy',
  transformIndexHtml: (html) =>
    html.replace(
      '%CONTENT_SECURITY_POLICY%',
      contentSecurityPolicy
        .split('; ')
        .filter((directive) => !directive.startsWith('frame-ancestors'))
        .join('; '),
    ),
};

// The renderer is built once and served from app://console (desktop) or 127.0.0.1 (browser mode).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), policyInPage],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
  },
});
