// The ways a call to the Doorboard proxy fails, each with a message a person can act on.

/** The proxy did not answer at all: not running, wrong port, network down. */
export class ProxyUnreachableError extends Error {
  override readonly name = 'ProxyUnreachableError'
  readonly path: string

  constructor(path: string, options?: ErrorOptions) {
    super('Cannot reach the Doorboard proxy at /api. Is `npm start` running?', options)
    this.path = path
  }
}

/** The proxy answered with an HTTP error status. */
export class ProxyHttpError extends Error {
  override readonly name = 'ProxyHttpError'
  readonly path: string
  readonly status: number

  constructor(path: string, status: number, detail: string | undefined) {
    super(httpMessage(path, status, detail))
    this.path = path
    this.status = status
  }
}

/** The proxy answered 200 with something that is not what this dashboard expects. */
export class ProxyResponseError extends Error {
  override readonly name = 'ProxyResponseError'
  readonly path: string

  constructor(path: string, problem: string) {
    super(
      `The Doorboard proxy sent an unexpected answer to ${path}: ${problem}. The dashboard and the proxy may be different versions: rebuild with \`npm start\` and reload.`,
    )
    this.path = path
  }
}

export type ProxyError = ProxyUnreachableError | ProxyHttpError | ProxyResponseError

export function isProxyError(error: unknown): error is ProxyError {
  return (
    error instanceof ProxyUnreachableError ||
    error instanceof ProxyHttpError ||
    error instanceof ProxyResponseError
  )
}

function httpMessage(path: string, status: number, detail: string | undefined): string {
  const because = detail === undefined ? '' : `: ${detail}`
  if (status === 404) {
    return `The Doorboard proxy has no ${path} (404)${because}. Is another program answering on this port?`
  }
  if (status === 502 || status === 503 || status === 504) {
    return `The Doorboard proxy at /api is not answering (${status})${because}. Is \`npm start\` running?`
  }
  if (status >= 500) {
    return `The Doorboard proxy failed on ${path} (${status})${because}. Its console log says more.`
  }
  return `The Doorboard proxy refused ${path} (${status})${because}.`
}

/** The message of any failure, for a banner: proxy errors are already worded for people. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message
  return 'Something went wrong while loading data.'
}
