// CSV text (RFC 4180) from rows of cells, safe to open in a spreadsheet.

export type CsvCell = string | number | boolean | null | undefined

// A spreadsheet runs a cell starting with one of these as a formula; event payloads and device
// names are untrusted, so such cells get a leading apostrophe (OWASP's advice). Tab and carriage
// return also start formulas in some programs.
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell: quoted when it holds a comma, quote or line break; quotes doubled; formulas defused. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  // Numbers and booleans are ours, not user input: a negative number stays a number.
  if (typeof value !== 'string') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The whole file: header line, then one line per row, CRLF line ends as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(',')]
  for (const row of rows) lines.push(row.map(csvCell).join(','))
  return `${lines.join('\r\n')}\r\n`
}
