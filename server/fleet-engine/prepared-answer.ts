// One HTTP answer prepared once per version: its JSON text, a strong ETag, and each encoding made once.
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

type Encoding = 'br' | 'gzip'

export class PreparedAnswer {
  readonly body: string
  /** Strong: the same bytes of JSON give the same tag, whichever server or start made them. */
  readonly etag: string
  /** Compressed bytes pass the app's check for the API key unseen, so it is made here, once. */
  readonly holdsSecret: boolean
  readonly #encoded = new Map<Encoding, Promise<Buffer>>()

  constructor(body: string, secrets: readonly string[] = []) {
    this.body = body
    this.holdsSecret = secrets.some((secret) => body.includes(secret))
    this.etag = `"${createHash('sha1').update(body).digest('base64url')}"`
  }

  /** The body compressed, made on first demand and kept (off the event loop's thread). */
  encoded(encoding: Encoding): Promise<Buffer> {
    let encoded = this.#encoded.get(encoding)
    if (encoded === undefined) {
      encoded =
        encoding === 'br'
          ? // Quality 5 compresses a fleet's megabytes in milliseconds, near gzip -9's size.
            brotliAsync(this.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
          : gzipAsync(this.body)
      this.#encoded.set(encoding, encoded)
    }
    return encoded
  }
}

/** The best encoding the client accepts (brotli, then gzip), honouring `q=0`. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (acceptEncoding === undefined) return undefined
  const accepted = new Set<string>()
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    if (q !== undefined && Number(q.slice(2)) === 0) continue
    if (name !== undefined && name !== '') accepted.add(name.trim())
  }
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip'
  return undefined
}

/** Whether If-None-Match names `etag` (a list, `*`, or a weak form of it). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*')
}

/** Sends `answer`: 304 when the client has it, else the body in the best accepted encoding. */
export async function sendPrepared(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: PreparedAnswer,
): Promise<FastifyReply> {
  void reply
    .header('etag', answer.etag)
    .header('vary', 'accept-encoding')
    .header('cache-control', 'no-cache')
  if (matches(request.headers['if-none-match'], answer.etag)) return reply.code(304).send()
  void reply.type('application/json; charset=utf-8')
  const encoding = chooseEncoding(request.headers['accept-encoding'])
  // As text, the app's onSend hook withholds it.
  if (encoding === undefined || answer.holdsSecret) return reply.send(answer.body)
  const body = await answer.encoded(encoding)
  return reply.header('content-encoding', encoding).send(body)
}
