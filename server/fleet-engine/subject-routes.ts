// The device and account pages' routes, registered together (one line in buildApp).
import type { FastifyInstance } from 'fastify'
import type { StoreDb } from '../store/open-database'
import { registerAccountRoute } from './account-route'
import { registerDeviceRoute, type SubjectRouteOptions } from './device-route'
import type { FleetEngine } from './fleet-engine'

export function registerSubjectRoutes(
  app: FastifyInstance,
  engine: FleetEngine,
  db: StoreDb,
  options: SubjectRouteOptions,
): void {
  registerDeviceRoute(app, engine, db, options)
  registerAccountRoute(app, engine, db, options)
}
