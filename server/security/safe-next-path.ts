// Where to go after signing in: only a path on this dashboard, never another site (open redirect).

export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2_000) return '/'
  // "//host" and "/\host" are read by browsers as another site; control characters smuggle both.
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/'
  if (value === '/sign-in' || value.startsWith('/sign-in?') || value.startsWith('/sign-in/')) {
    return '/'
  }
  return value
}
