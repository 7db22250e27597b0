// Names the upstream whose history the store keeps, without keeping the key itself.
import { createHash, randomUUID } from 'node:crypto'

export const SEAM_DEFAULT_ENDPOINT = 'https://connect.getseam.com'

/** Seam: the endpoint and a hash of the key (one key, one workspace). */
export function seamIdentity(endpoint: string | undefined, apiKey: string): string {
  const keyHash = createHash('sha256').update(apiKey).digest('hex').slice(0, 16)
  return `seam:${endpoint ?? SEAM_DEFAULT_ENDPOINT}:${keyHash}`
}

/** The embedded fake makes new ids at every start: each start is an upstream of its own. */
export function embeddedIdentity(): string {
  return `embedded:${randomUUID()}`
}
