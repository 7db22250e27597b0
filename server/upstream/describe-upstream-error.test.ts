import { AxiosError, AxiosHeaders } from 'axios'
import { describe, expect, it } from 'vitest'
import { SeamHttpApiError, SeamHttpUnauthorizedError } from '@seamapi/http/connect'
import { describeUpstreamError } from './describe-upstream-error'
import { UpstreamCallError, type UpstreamRequest } from './seam-upstream'

const NOW = Date.parse('2026-11-20T12:00:00Z')

function httpError(status: number, headers: Record<string, string> = {}): AxiosError {
  const config = { headers: new AxiosHeaders() }
  return new AxiosError(
    'failed',
    'ERR_BAD_RESPONSE',
    config,
    {},
    {
      status,
      statusText: '',
      headers,
      config,
      data: '',
    },
  )
}

describe('describeUpstreamError', () => {
  it('marks a rejected key as fatal and says which variable to check', () => {
    expect(describeUpstreamError(new SeamHttpUnauthorizedError('req_1'), NOW)).toMatchObject({
      kind: 'unauthorized',
      fatal: true,
      message: 'Seam rejected the API key (401). Check SEAM_API_KEY.',
    })
  })

  it('reads Retry-After in seconds or as a date', () => {
    expect(describeUpstreamError(httpError(429, { 'retry-after': '12' }), NOW).retryAfterMs).toBe(
      12_000,
    )
    const date = new Date(NOW + 30_000).toUTCString()
    expect(
      describeUpstreamError(new UpstreamCallError(httpError(429), date, 'events'), NOW)
        .retryAfterMs,
    ).toBe(30_000)
  })

  it('tells a timeout from a refused connection from a failing server', () => {
    const config = { headers: new AxiosHeaders() }
    expect(describeUpstreamError(new AxiosError('t', 'ECONNABORTED', config), NOW).kind).toBe(
      'timeout',
    )
    expect(describeUpstreamError(new AxiosError('n', 'ECONNREFUSED', config), NOW).message).toBe(
      'Cannot reach Seam (ECONNREFUSED): nothing is listening at the address (connection refused). Check the network or SEAM_ENDPOINT.',
    )
    expect(describeUpstreamError(httpError(503), NOW)).toMatchObject({
      kind: 'server_error',
      fatal: false,
    })
  })

  it('says when the host name does not resolve (DNS)', () => {
    const config = { headers: new AxiosHeaders() }
    for (const code of ['ENOTFOUND', 'EAI_AGAIN']) {
      const failure = describeUpstreamError(new AxiosError('getaddrinfo', code, config), NOW)
      expect(failure).toMatchObject({ kind: 'unreachable', fatal: false })
      expect(failure.message).toContain(
        `Cannot reach Seam (${code}): the host name does not resolve (DNS)`,
      )
    }
  })

  it('never repeats an unknown error message, which could carry request details', () => {
    const failure = describeUpstreamError(new Error('Bearer seam_secret_key leaked'), NOW)
    expect(failure.message).not.toContain('seam_secret_key')
  })

  it('names the call Seam answered with an error', () => {
    const invalid = () =>
      new SeamHttpApiError({ type: 'invalid_input', message: 'bad' }, 400, 'req_1')
    const message = (request: UpstreamRequest) =>
      describeUpstreamError(new UpstreamCallError(invalid(), undefined, request), NOW).message
    expect(message('events')).toBe('Seam answered 400 (invalid_input) to the events request.')
    expect(message('devices')).toBe('Seam answered 400 (invalid_input) to the device list request.')
    expect(message('connected accounts')).toBe(
      'Seam answered 400 (invalid_input) to the connected account list request.',
    )
  })

  it('suggests a smaller UPSTREAM_PAGE_LIMIT only for the events pages it sizes', () => {
    const config = { headers: new AxiosHeaders() }
    const tooLarge = () => new AxiosError('maxContentLength exceeded', 'ERR_BAD_RESPONSE', config)
    const message = (request: UpstreamRequest) =>
      describeUpstreamError(new UpstreamCallError(tooLarge(), undefined, request), NOW).message
    expect(message('events')).toBe(
      'Cannot reach Seam (ERR_BAD_RESPONSE): the answer was unreadable or larger than Doorboard accepts (64 MB); a smaller UPSTREAM_PAGE_LIMIT may help. Check the network or SEAM_ENDPOINT.',
    )
    expect(message('devices')).toBe(
      'Cannot reach Seam (ERR_BAD_RESPONSE): the answer was unreadable or larger than Doorboard accepts (64 MB). Check the network or SEAM_ENDPOINT.',
    )
    expect(message('connected accounts')).not.toContain('UPSTREAM_PAGE_LIMIT')
  })
})
