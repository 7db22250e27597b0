// PGlite's own failures in words: its file system's errors carry no code, only Emscripten numbers.
import { describe, expect, it } from 'vitest'
import { describeDatabaseError } from './describe-database-error'

/** What PGlite's file system throws: not an Error, no code, Emscripten's errno. */
const errnoError = (errno: number) => ({ name: 'ErrnoError', errno })

describe('describeDatabaseError on PGlite failures', () => {
  it('reads the Emscripten errno of a full or read-only disk', () => {
    expect(describeDatabaseError(errnoError(51))).toBe('the disk is full (ENOSPC).')
    expect(describeDatabaseError(errnoError(69))).toBe('permission denied (EROFS).')
    expect(describeDatabaseError(errnoError(2))).toBe('permission denied (EACCES).')
  })

  it('says what a start that PGlite gave up on may mean', () => {
    expect(describeDatabaseError(new Error('PGlite failed to initialize properly'))).toBe(
      'PGlite could not start on its files (a read-only or full disk, or damaged files?).',
    )
  })

  it('keeps a code when there is one (PostgreSQL: disk full)', () => {
    const error = { name: 'ErrnoError', errno: 69, code: '53100', message: 'could not extend file' }
    expect(describeDatabaseError(error)).toBe('the disk is full (ENOSPC).')
  })
})
