import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { REPO_ROOT } from './generate'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
}

/**
 * A tiny static server: /bench/* from bench/, /vendor/* from maplibre-gl's dist folder, everything
 * else from `root` (a built app). Missing files are 404 (not index.html).
 */
export function serve(root: string, port: number): Promise<Server> {
  const mounts: [string, string][] = [
    ['/bench/', join(REPO_ROOT, 'bench')],
    ['/vendor/', join(REPO_ROOT, 'node_modules/maplibre-gl/dist')],
    ['/', resolve(root)],
  ]
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const [prefix, dir] = mounts.find(([p]) => path.startsWith(p)) as [string, string]
    let file = normalize(join(dir, path.slice(prefix.length)))
    if (!file.startsWith(dir)) {
      res.writeHead(403).end()
      return
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!existsSync(file)) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    createReadStream(file).pipe(res)
  })
  return new Promise((ok, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => ok(server))
  })
}
