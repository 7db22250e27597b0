// `npm start`: build the SPA when its sources are newer than the build, then run the proxy.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const built = path.join(path.resolve(root, process.env.BUILD_DIR ?? 'dist'), 'index.html')
const sources = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'tailwind.config.ts',
  'package-lock.json',
]

function newestChange(target: string): number {
  if (!existsSync(target)) return 0
  const stats = statSync(target)
  if (!stats.isDirectory()) return stats.mtimeMs
  let newest = stats.mtimeMs
  for (const entry of readdirSync(target)) {
    newest = Math.max(newest, newestChange(path.join(target, entry)))
  }
  return newest
}

function needsBuild(): boolean {
  if (!existsSync(built)) return true
  const builtAt = statSync(built).mtimeMs
  return sources.some((source) => newestChange(path.join(root, source)) > builtAt)
}

if (needsBuild()) {
  console.log('Building the dashboard (first start or sources changed)…')
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
  if (result.status !== 0) {
    console.error(
      'The dashboard build failed (see above). Fix the error, then run npm start again.',
    )
    process.exit(result.status ?? 1)
  }
}

await import('../server/main')
