#!/usr/bin/env python3
"""Serves a folder as a static site on loopback, as any static host would (.wasm as application/wasm)."""
import http.server
import sys
from functools import partial

root, host, port = sys.argv[1], sys.argv[2], int(sys.argv[3])


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript",
                      ".json": "application/json", ".webmanifest": "application/manifest+json"}

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()


server = http.server.ThreadingHTTPServer((host, port), partial(Handler, directory=root))
print(f"Jobname Studio: http://{host}:{port}/  (serving {root}; Ctrl+C stops)", flush=True)
try:
    server.serve_forever()
except KeyboardInterrupt:
    pass
