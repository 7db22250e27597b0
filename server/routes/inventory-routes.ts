// GET /api/devices and /api/connected_accounts: the last good lists from Seam.
import type { FastifyInstance } from 'fastify'
import type { InventoryPoller } from '../poller/inventory-poller'

export function registerInventoryRoutes(app: FastifyInstance, inventory: InventoryPoller): void {
  app.get('/api/devices', async (_request, reply) =>
    reply
      .header('cache-control', 'no-store')
      .type('application/json')
      .send(`{"devices":${inventory.snapshot.devicesJson}}`),
  )
  app.get('/api/connected_accounts', async (_request, reply) =>
    reply
      .header('cache-control', 'no-store')
      .type('application/json')
      .send(`{"connected_accounts":${inventory.snapshot.connectedAccountsJson}}`),
  )
}
