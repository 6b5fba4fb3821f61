/**
 * `npm run preview [-- DIR] [-- PORT]`: serve the built site (default dist/) on
 * http://127.0.0.1:4321/ with Astro's preview server (src/lib/serve/preview.ts).
 */
import { previewSite } from '../src/lib/serve/preview.ts'

const [dir = 'dist', port = '4321'] = process.argv.slice(2).filter((arg) => arg !== '--')
const running = await previewSite(dir, { port: Number(port) })
process.stdout.write(`Serving ${dir} at ${running.url}/ (Ctrl-C to stop)\n`)
