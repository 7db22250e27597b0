import { describe, expect, it } from 'vitest'
import { createConsoleLogger } from './console-logger'

describe('createConsoleLogger', () => {
  it('writes one readable line per message at or above its level', () => {
    const lines: string[] = []
    const logger = createConsoleLogger('warn', (line) => lines.push(line))
    logger.info('not shown')
    logger.warn('Seam answered 503')
    logger.error({ err: new Error('socket hang up') }, 'Poll failed')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/ warn {2}Seam answered 503$/)
    expect(lines[1]).toMatch(/ error Poll failed: socket hang up$/)
  })

  it('drops empty messages, which callers use to silence a line', () => {
    const lines: string[] = []
    createConsoleLogger('info', (line) => lines.push(line)).info('')
    expect(lines).toEqual([])
  })
})
