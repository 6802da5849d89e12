import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA talks to the API on the same origin: /api is proxied to the backend, in dev and in preview alike
// (the end-to-end tests run against `vite preview` of the built app).
const apiTarget = process.env.KARTA_API_PROXY ?? 'http://127.0.0.1:8080';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
};

// Security headers like the production nginx (frontend/docker/nginx.conf). The strict policy goes on `vite preview`
// (the built app, also what the end-to-end tests drive); the dev server needs inline scripts for hot reload.
const keycloakUrl = process.env.KARTA_KEYCLOAK_URL ?? 'http://127.0.0.1:8180';
const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};
const previewHeaders = {
  ...baseHeaders,
  'Content-Security-Policy': `default-src 'self'; connect-src 'self' ${keycloakUrl}; frame-src ${keycloakUrl}; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'`,
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy, headers: baseHeaders },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true, proxy, headers: previewHeaders },
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    // What a phone downloads before a screen is measured by bench/spa-size.mjs (issue 12's 200 KB budget).
    rolldownOptions: {
      output: {
        // Shared chunks are named by their hash alone: the app's chunk lists every file a screen preloads, and the
        // module names Rolldown gives them (create-scoped-keydown-handler-…) cost ~1 KB there. Screens, the app
        // (boot) and the framework keep their names.
        chunkFileNames: (chunk) => (chunk.isDynamicEntry || chunk.name === 'framework' ? 'assets/[name]-[hash].js' : 'assets/[hash].js'),
        codeSplitting: {
          // React, the router, i18next and TanStack Query, which every signed-in screen needs, in one file: split
          // between the chunks of whichever screens first shared them, they cost a few KB of file boundaries.
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|@tanstack[\\/](query-core|react-query)|openapi-fetch|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
