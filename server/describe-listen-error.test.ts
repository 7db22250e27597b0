import { describe, expect, it } from 'vitest'
import { describeListenError } from './describe-listen-error'

describe('describeListenError', () => {
  it('names the port and the variable to change when the port is taken', () => {
    expect(describeListenError({ code: 'EADDRINUSE' }, '127.0.0.1', 8787)).toBe(
      'Port 8787 is in use. Set PORT to another port, e.g. PORT=8788 npm start.',
    )
  })

  it('names HOST when the address does not exist here', () => {
    expect(describeListenError({ code: 'EADDRNOTAVAIL' }, '10.9.9.9', 8787)).toMatch(
      /^Cannot listen on HOST=10\.9\.9\.9/,
    )
  })
})
