import { describe, expect, it } from 'vitest'
import { z } from 'zod/v4'
import { ProxyHttpError, ProxyResponseError, ProxyUnreachableError } from './proxy-error'
import { getProxyJson, type FetchLike } from './request-proxy'

const schema = z.object({ devices: z.array(z.unknown()) })

const answer =
  (body: string, status = 200): FetchLike =>
  () =>
    Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } }))

describe('getProxyJson', () => {
  it('returns the parsed body and asks under /api', async () => {
    let asked = ''
    const fetch: FetchLike = (input) => {
      asked = input
      return answer('{"devices":[1]}')(input)
    }
    await expect(getProxyJson('/devices', schema, { fetch })).resolves.toEqual({ devices: [1] })
    expect(asked).toBe('/api/devices')
  })

  it('says the proxy is unreachable and how to fix it when fetch fails', async () => {
    const fetch: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'))
    const failure = getProxyJson('/health', schema, { fetch })
    await expect(failure).rejects.toBeInstanceOf(ProxyUnreachableError)
    await expect(failure).rejects.toThrow(
      'Cannot reach the Doorboard proxy at /api. Is `npm start` running?',
    )
  })

  it('lets an abort through as it is', async () => {
    const controller = new AbortController()
    controller.abort()
    const abort = new DOMException('aborted', 'AbortError')
    const fetch: FetchLike = () => Promise.reject(abort)
    await expect(
      getProxyJson('/health', schema, { fetch, signal: controller.signal }),
    ).rejects.toBe(abort)
  })

  it('reports an HTTP error with the status and the message of the body', async () => {
    const failure = getProxyJson('/event_log?after=x', schema, {
      fetch: answer('{"error":"internal_error","message":"Response withheld."}', 500),
    })
    await expect(failure).rejects.toBeInstanceOf(ProxyHttpError)
    await expect(failure).rejects.toThrow(
      'The Doorboard proxy failed on /api/event_log (500): Response withheld.',
    )
  })

  it('treats a gateway error as the proxy being down', async () => {
    await expect(
      getProxyJson('/health', schema, { fetch: answer('<html>Bad gateway</html>', 502) }),
    ).rejects.toThrow('The Doorboard proxy at /api is not answering (502). Is `npm start` running?')
  })

  it('rejects a body that is not JSON', async () => {
    await expect(
      getProxyJson('/health', schema, { fetch: answer('<!doctype html><html></html>') }),
    ).rejects.toThrow(new ProxyResponseError('/api/health', 'the body is not JSON'))
  })

  it('names what is wrong with a body of the wrong shape', async () => {
    const failure = getProxyJson('/devices', schema, { fetch: answer('{"devices":"none"}') })
    await expect(failure).rejects.toBeInstanceOf(ProxyResponseError)
    await expect(failure).rejects.toThrow(
      'The Doorboard proxy sent an unexpected answer to /api/devices: devices must be an array, got "none".',
    )
  })
})
