// A static file server on a free loopback port, as a static host would serve build/web: at the
// root, or under a sub-path (`base`, e.g. '/user/repo/') as GitHub Pages serves a project.
// With `consoleCapture`, each HTML page first loads lib/console-capture.js (for engines whose
// driver cannot read the console).
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CAPTURE_NAME = 'jn-console-capture.js';
const CAPTURE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'console-capture.js');

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

export async function startServer(root, { base = '/', consoleCapture = false } = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(base)) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
    let file = path.join(root, decodeURIComponent(url.pathname.slice(base.length - 1)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    if (consoleCapture && path.basename(file) === CAPTURE_NAME) file = CAPTURE_FILE;
    try {
      let body = await fs.readFile(file);
      if (consoleCapture && path.extname(file) === '.html') {
        body = body.toString('utf8').replace('<head>', `<head><script src="${CAPTURE_NAME}"></script>`);
      }
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  // Closing ends kept-alive connections too: a closed server is one the browser cannot reach.
  return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) };
}
