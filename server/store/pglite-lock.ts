// PGlite is one process's database: a lock file keeps a second Doorboard off the same folder.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import path from 'node:path'

export interface FolderLock {
  release(): void
}

/** Whether a process with this id is running (a lock left by a killed process is not held). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Takes `folder/doorboard.lock` for this process, or answers who holds it. A lock whose process
 * is gone (kill -9, a crash) is taken over.
 */
export function lockFolder(folder: string): FolderLock | { heldBy: number } {
  const file = path.join(folder, 'doorboard.lock')
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const descriptor = openSync(file, 'wx')
      writeSync(descriptor, String(process.pid))
      closeSync(descriptor)
      return { release: () => rmSync(file, { force: true }) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number(readFileSync(file, 'utf8').trim())
      if (
        Number.isSafeInteger(holder) &&
        holder > 0 &&
        holder !== process.pid &&
        isRunning(holder)
      ) {
        return { heldBy: holder }
      }
      rmSync(file, { force: true })
    }
  }
  throw new Error(`Cannot take the lock ${file}.`)
}
