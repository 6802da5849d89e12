import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA talks to the API on the same origin: /api is proxied to the backend, in dev and in preview alike
// (the end-to-end tests run against `vite preview` of the built app).
const apiTarget = process.env.KARTA_API_PROXY ?? 'http://127.0.0.1:8080';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
