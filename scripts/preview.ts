/** `npm run preview`: serve the built site (`node scripts/preview.ts [DIR] [PORT]`, src/lib/serve/static-server.ts). */
import { serveStatic } from '../src/lib/serve/static-server.ts'

const dir = process.argv[2] ?? 'dist'
const port = Number(process.argv[3] ?? 4321)
const running = await serveStatic(dir, port)
process.stdout.write(`Serving ${dir} at ${running.url}/ (Ctrl-C to stop)\n`)
