// GET /api/devices: Seam's device list as the proxy last fetched it, each device validated.
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/v4'
import { parseDevice, type Device } from '../domain/devices/device-schema'
import { parseEach, type ParsedList } from './parse-list'
import { getProxyJson, type RequestOptions } from './request-proxy'

// Items stay unknown here: each is checked by the domain schema so one bad device is reported,
// not fatal.
const devicesResponseSchema = z.object({ devices: z.array(z.unknown()) })

export type DeviceList = ParsedList<Device>

export async function fetchDevices(options: RequestOptions = {}): Promise<DeviceList> {
  const body = await getProxyJson('/devices', devicesResponseSchema, options)
  return parseEach(body.devices, parseDevice)
}

/** The proxy refreshes its snapshot every 30 s and soon after lifecycle events. */
export const INVENTORY_REFRESH_MS = 10_000

export const devicesQuery = () =>
  queryOptions({
    queryKey: ['devices'],
    queryFn: ({ signal }) => fetchDevices({ signal }),
    refetchInterval: INVENTORY_REFRESH_MS,
    refetchIntervalInBackground: true,
    retry: false,
  })
