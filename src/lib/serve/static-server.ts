/**
 * A tiny static file server for the built site (`npm run preview`, scripts/preview.ts),
 * also used by `npm run pdf` and the browser tests. Serves DIR on 127.0.0.1 only.
 */
import { createReadStream, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon'
}

/** A running static server. */
export interface StaticServer {
  /** The base URL, such as `http://127.0.0.1:43123`. */
  url: string
  server: Server
  /** Stop the server. */
  close: () => Promise<void>
}

/**
 * Serve a directory: `/a/` serves `/a/index.html`, unknown paths get `404.html` with status 404.
 *
 * @param dir the directory to serve.
 * @param port the port (default: any free port).
 * @returns the running server.
 */
export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const root = resolve(dir)
  const find = (pathname: string): string | null => {
    const path = normalize(join(root, decodeURIComponent(pathname)))
    if (path !== root && !path.startsWith(root + sep)) return null
    for (const candidate of [path, join(path, 'index.html'), `${path}.html`]) {
      try {
        if (statSync(candidate).isFile()) return candidate
      } catch {
        // Try the next candidate.
      }
    }
    return null
  }
  const server = createServer((request, response) => {
    let pathname = '/'
    try {
      pathname = new URL(request.url ?? '/', 'http://localhost').pathname
    } catch {
      // Keep '/'.
    }
    let file: string | null
    try {
      file = find(pathname)
    } catch {
      file = null
    }
    let status = 200
    if (!file) {
      status = 404
      file = find('/404.html')
    }
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      return
    }
    response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done))
  const address = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}`,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      })
  }
}
