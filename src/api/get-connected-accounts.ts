// GET /api/connected_accounts: Seam's connected accounts as the proxy last fetched them, validated.
import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/v4'
import {
  parseConnectedAccount,
  type ConnectedAccount,
} from '../domain/accounts/connected-account-schema'
import { INVENTORY_REFRESH_MS } from './get-devices'
import { parseEach, type ParsedList } from './parse-list'
import { getProxyJson, type RequestOptions } from './request-proxy'

const connectedAccountsResponseSchema = z.object({ connected_accounts: z.array(z.unknown()) })

export type ConnectedAccountList = ParsedList<ConnectedAccount>

export async function fetchConnectedAccounts(
  options: RequestOptions = {},
): Promise<ConnectedAccountList> {
  const body = await getProxyJson('/connected_accounts', connectedAccountsResponseSchema, options)
  return parseEach(body.connected_accounts, parseConnectedAccount)
}

export const connectedAccountsQuery = () =>
  queryOptions({
    queryKey: ['connected_accounts'],
    queryFn: ({ signal }) => fetchConnectedAccounts({ signal }),
    refetchInterval: INVENTORY_REFRESH_MS,
    refetchIntervalInBackground: true,
    retry: false,
  })
