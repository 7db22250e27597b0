// A small human-readable logger with the shape Fastify expects (one line per message, no JSON).
import type { FastifyBaseLogger } from 'fastify'

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const
type Level = (typeof LEVELS)[number]

function render(args: unknown[]): string {
  const [first, second] = args
  if (typeof first === 'string') return first
  // Fastify calls log(obj, msg); the message is what a person reads, the object is detail.
  if (typeof second === 'string') {
    const error = (first as { err?: unknown })?.err
    return error instanceof Error ? `${second}: ${error.message}` : second
  }
  if (first instanceof Error) return first.message
  return JSON.stringify(first)
}

export function createConsoleLogger(
  level: string,
  write = (line: string) => console.error(line),
): FastifyBaseLogger {
  const threshold = LEVELS.indexOf(level as Level)
  const logger = {
    level,
    silent: () => undefined,
    child: () => logger,
  } as unknown as Record<string, unknown>
  for (const name of LEVELS) {
    const enabled = threshold >= 0 && LEVELS.indexOf(name) >= threshold
    logger[name] = enabled
      ? (...args: unknown[]) => {
          const message = render(args)
          // Empty messages are ones the caller silenced (e.g. Fastify's own "listening" line).
          if (message !== '') write(`${new Date().toISOString()} ${name.padEnd(5)} ${message}`)
        }
      : () => undefined
  }
  return logger as unknown as FastifyBaseLogger
}
