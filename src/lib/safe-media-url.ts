// Media URLs from events are untrusted: only absolute http(s) URLs may reach an img or video tag.

/**
 * The URL, normalized, when it is an absolute http: or https: URL; undefined for anything else
 * (javascript:, data:, relative paths, garbage), so a hostile payload cannot run script or probe
 * the page's own origin through a relative link.
 */
export function safeMediaUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined
  const trimmed = url.trim()
  if (trimmed === '') return undefined
  let parsed: URL
  try {
    parsed = new URL(trimmed)
  } catch {
    return undefined
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined
  // Credentials in a media link would be sent by the browser unasked.
  if (parsed.username !== '' || parsed.password !== '') return undefined
  return parsed.href
}
