// Why the proxy could not listen, in one line that names the variable to change.

export function describeListenError(error: unknown, host: string, port: number): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'EADDRINUSE') {
    return `Port ${port} is in use. Set PORT to another port, e.g. PORT=${port === 65535 ? port - 1 : port + 1} npm start.`
  }
  if (code === 'EACCES') {
    return `Not allowed to listen on port ${port}. Set PORT to a port above 1023, e.g. PORT=8787 npm start.`
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `Cannot listen on HOST=${host}: no such address on this machine. Set HOST to a local address, e.g. HOST=127.0.0.1 npm start.`
  }
  return `Doorboard could not start its server on ${host}:${port} (${error instanceof Error ? error.message : String(error)}).`
}
