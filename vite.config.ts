// Builds the SPA; in `npm run dev` it forwards /api to the proxy so the key stays server-side.
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

const proxyPort = process.env.PORT ?? '8787'

// After the build, a .br and a .gz beside each script and style sheet, so the server sends them
// compressed (@fastify/static's preCompressed) without compressing per request. Brotli at its
// best quality costs seconds once, at build time, not at every load.
const COMPRESSIBLE = /\.(js|css|svg|json|txt)$/

export function precompressAssets(): Plugin {
  let outDir = 'dist'
  return {
    name: 'doorboard-precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const assets = path.join(outDir, 'assets')
      for (const name of readdirSync(assets)) {
        if (!COMPRESSIBLE.test(name)) continue
        const file = path.join(assets, name)
        const content = readFileSync(file)
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
          }),
        )
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }))
      }
    },
  }
}

export default defineConfig({
  plugins: [react(), tailwindcss(), precompressAssets()],
  // BUILD_DIR lets parallel test runs build side by side without deleting each other's files.
  build: { outDir: process.env.BUILD_DIR ?? 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    port: 5173,
    proxy: { '/api': `http://127.0.0.1:${proxyPort}`, '/media': `http://127.0.0.1:${proxyPort}` },
  },
})
