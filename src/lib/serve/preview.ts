/**
 * The built site served by Astro's own preview server (`astro preview`, through its programmatic
 * `preview()`), on 127.0.0.1: for `npm run preview` (scripts/preview.ts), the PDF printer and the
 * browser tests. `/a/` and `/a` serve `/a/index.html`; an unknown path gets the site's `404.html`
 * with status 404; nothing outside the folder is served. No telemetry (the build runs offline).
 */
import { resolve } from 'node:path'
import { ROOT } from '../build/cache.ts'

/** A running preview server. */
export interface SitePreview {
  /** The base URL, such as `http://127.0.0.1:43123` (no trailing slash). */
  url: string
  /** Stop the server. */
  close: () => Promise<void>
}

/** Options of {@link previewSite}. */
export interface PreviewOptions {
  /** The port (default 0: any free port). */
  port?: number
  /** The host to listen on (default `127.0.0.1`). */
  host?: string
}

/**
 * Serve a built site with Astro's preview server.
 *
 * @param outDir the built site (`dist` or a build's `--out` folder).
 * @param options port and host.
 * @returns the running server.
 */
export async function previewSite(outDir: string, options: PreviewOptions = {}): Promise<SitePreview> {
  const host = options.host ?? '127.0.0.1'
  process.env.ASTRO_TELEMETRY_DISABLED = '1'
  const { preview } = await import('astro')
  const server = await preview({
    root: ROOT,
    outDir: resolve(outDir),
    logLevel: 'warn',
    telemetry: false,
    server: { host, port: options.port ?? 0 }
  } as Parameters<typeof preview>[0])
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${server.port}`,
    close: () => server.stop()
  }
}
