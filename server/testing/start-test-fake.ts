// Test support: a real fake-seam-connect on a random loopback port, plus a way to add events.
import type { AddressInfo } from 'node:net'
import { createFake, type Fake } from '@seamapi/fake-seam-connect'

export const FAKE_API_KEY = 'seam_apikey1_token'
export const FAKE_WORKSPACE_ID = 'seed_workspace_1'

export interface TestFake {
  fake: Fake
  url: string
  /** Adds an event to the fake's store as Seam would create it. */
  addEvent(event: Record<string, unknown> & { event_type: string }): Record<string, unknown>
  /** Every event id the fake would list for the workspace. */
  eventIds(): string[]
  /** Drops every event, the seed's too (its one device.connected is dated now). */
  clearEvents(): void
  close(): Promise<void>
}

export async function startTestFake(): Promise<TestFake> {
  const fake = await createFake()
  await fake.seed()
  const server = await fake.startServer({ port: 0 })
  const { port } = server.server.address() as AddressInfo
  return {
    fake,
    url: `http://127.0.0.1:${port}`,
    addEvent(event) {
      const createdAt =
        typeof event.created_at === 'string' ? event.created_at : new Date().toISOString()
      // The fake types events by its own catalogue; tests also need unknown and malformed ones.
      const added: unknown = fake.database.addEvent({
        workspace_id: FAKE_WORKSPACE_ID,
        created_at: createdAt,
        occurred_at: createdAt,
        ...event,
      } as Parameters<typeof fake.database.addEvent>[0])
      return added as Record<string, unknown>
    },
    eventIds() {
      return fake.database.events
        .filter((event) => event.workspace_id === FAKE_WORKSPACE_ID)
        .map((event) => event.event_id)
    },
    clearEvents() {
      // The fake's database has setState, its types do not say so.
      ;(fake.database as unknown as { setState(patch: object): void }).setState({ events: [] })
    },
    close: async () => {
      server.server.closeAllConnections?.()
      await fake.stopServer()
    },
  }
}
