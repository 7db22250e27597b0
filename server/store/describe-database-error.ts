// A database failure in one sentence a person can act on (never the connection string).

interface ErrorFacts {
  code?: unknown
  message?: unknown
  errno?: unknown
}

/** Why a database call failed, in words; the caller adds where and what to do. */
export function describeDatabaseError(error: unknown): string {
  const facts: ErrorFacts & { cause?: unknown } =
    typeof error === 'object' && error !== null ? error : {}
  // Drizzle wraps the driver's error ("Failed query: …", with the SQL); the cause says why.
  if (facts.code === undefined && facts.cause !== undefined) {
    return describeDatabaseError(facts.cause)
  }
  // PGlite's file system throws Emscripten's ErrnoError: no code, its own errno numbers.
  const code =
    typeof facts.code === 'string'
      ? facts.code
      : ({ 2: 'EACCES', 51: 'ENOSPC', 63: 'EPERM', 69: 'EROFS' } as Record<string, string>)[
          (facts as { name?: unknown }).name === 'ErrnoError' ? String(facts.errno) : ''
        ]
  const message = typeof facts.message === 'string' ? facts.message : ''
  switch (code) {
    case 'ENOSPC':
    case '53100':
      return 'the disk is full (ENOSPC).'
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `permission denied (${code}).`
    case 'ECONNREFUSED':
      return 'nothing is listening at that address (connection refused).'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name does not resolve (DNS).'
    case 'ECONNRESET':
    case '57P01':
    case '57P02':
    case '57P03':
      return 'the server closed the connection (it may be restarting).'
    case '28P01':
    case '28000':
      return 'the server refused the user or password.'
    case '3D000':
      return 'the database does not exist.'
    case undefined:
      break
    default:
      // PostgreSQL's own messages name tables and values, never the password.
      if (/^[0-9A-Z]{5}$/.test(code)) return `PostgreSQL error ${code}: ${message.replace(/\.?$/, '.')}`
  }
  if (/ENOSPC|no space left/i.test(message)) return 'the disk is full (ENOSPC).'
  if (/PGlite failed to initialize/i.test(message)) {
    return 'PGlite could not start on its files (a read-only or full disk, or damaged files?).'
  }
  if (/EACCES|permission denied/i.test(message)) return 'permission denied (EACCES).'
  if (/timeout/i.test(message)) return 'the server did not answer in time.'
  if (/Connection terminated|connection.*closed|closed|not open|ended/i.test(message)) {
    return 'the server closed the connection (it may be restarting).'
  }
  const name = error instanceof Error ? error.name : typeof error
  return `${name}${code === undefined ? '' : ` (${code})`}.`
}
