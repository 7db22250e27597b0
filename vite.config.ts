// Builds the SPA; in `npm run dev` it forwards /api to the proxy so the key stays server-side.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

const proxyPort = process.env.PORT ?? '8787'

export default defineConfig({
  plugins: [react(), tailwindcss()],
  // BUILD_DIR lets parallel test runs build side by side without deleting each other's files.
  build: { outDir: process.env.BUILD_DIR ?? 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${proxyPort}`, '/media': `http://127.0.0.1:${proxyPort}` },
  },
})
