// GET /api/stream: the change feed as server-sent events (@fastify/sse), resumable by Last-Event-ID.
import fastifySse from '@fastify/sse'
import type { FastifyInstance } from 'fastify'
import type { StreamClients } from '../stream/stream-clients'

export async function registerStreamRoute(
  app: FastifyInstance,
  clients: StreamClients,
): Promise<void> {
  // Heartbeats are the clients' own (stream-clients.ts): the plugin's ignore a full socket.
  await app.register(fastifySse, { heartbeatInterval: 0 })
  app.get(
    '/api/stream',
    { sse: { kind: 'only', heartbeat: false } },
    async (_request, reply) => {
      reply.sse.keepAlive()
      // Every message must reach the browser at once: no proxy buffering, no transforming.
      void reply.header('cache-control', 'no-cache, no-transform')
      void reply.header('x-accel-buffering', 'no')
      reply.sse.sendHeaders()
      // Headers now, not with the first message: a resumed client may have nothing to read yet.
      reply.raw.flushHeaders()
      clients.open(reply.raw, reply.sse.lastEventId)
    },
  )
}
