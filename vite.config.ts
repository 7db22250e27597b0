// Builds the SPA; in `npm run dev` it forwards /api to the proxy so the key stays server-side.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

const proxyPort = process.env.PORT ?? '8787'

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: { outDir: 'dist', sourcemap: true },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${proxyPort}`, '/media': `http://127.0.0.1:${proxyPort}` },
  },
})
