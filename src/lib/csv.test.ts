import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv'

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('Front door')).toBe('Front door')
    expect(csvCell('')).toBe('')
  })

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"')
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"')
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('+SUM(A1)')).toBe("'+SUM(A1)")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@cmd')).toBe("'@cmd")
    expect(csvCell('\t=1')).toBe("'\t=1")
    // Defused and quoted together.
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
  })

  it('does not defuse a sign in the middle, nor our own numbers', () => {
    expect(csvCell('a=b')).toBe('a=b')
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell(0.25)).toBe('0.25')
    expect(csvCell(true)).toBe('true')
  })

  it('writes null and undefined as empty cells', () => {
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
  })
})

describe('toCsv', () => {
  it('writes a header and one CRLF-terminated line per row', () => {
    expect(
      toCsv(
        ['name', 'note'],
        [
          ['Front door', 'ok'],
          ['Back, door', undefined],
        ],
      ),
    ).toBe('name,note\r\nFront door,ok\r\n"Back, door",\r\n')
  })

  it('writes only the header for no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n')
  })
})
