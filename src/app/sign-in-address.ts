// Where a signed-out browser goes: the proxy's sign-in page, coming back to the same view after.
import { ProxyHttpError } from '../api/proxy-error'

export function signInAddress(location: { pathname: string; search: string }): string {
  return `/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`
}

/** A 401 from the proxy means the sign-in cookie expired or the token changed. */
export function needsSignIn(error: unknown): boolean {
  return error instanceof ProxyHttpError && error.status === 401
}
