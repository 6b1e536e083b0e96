import { defineConfig } from 'vitest/config';

// Two projects: everything runs in Node, except the renderer's component tests (*.test.tsx), which get a DOM.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['electron/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Run through Vitest rather than loaded by Node, so a test's vi.mock('electron') reaches the electron it imports.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['renderer/**/*.test.tsx'],
          setupFiles: ['renderer/test-support/setup-dom.ts'],
        },
      },
    ],
  },
});
