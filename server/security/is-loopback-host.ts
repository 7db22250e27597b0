// Whether an address only this machine can reach: decides if the dashboard needs a token.
import net from 'node:net'

/** HOST values (and client addresses) that stay on this machine. Names other than localhost count as exposed. */
export function isLoopbackHost(host: string): boolean {
  const value = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
  if (value === 'localhost' || value.endsWith('.localhost')) return true
  if (value === '::1') return true
  // IPv4-mapped IPv6 (::ffff:127.0.0.1), as Node reports clients of a dual-stack socket.
  const v4 = value.startsWith('::ffff:') ? value.slice(7) : value
  return net.isIPv4(v4) && v4.split('.')[0] === '127'
}
