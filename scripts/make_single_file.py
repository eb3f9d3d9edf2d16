#!/usr/bin/env python3
"""Makes build/dist/jobname-studio.html from build/web: one self-contained page that works when
opened straight from disk (file://), offline. The wasm goes in gzipped and in base64 (the page
unpacks it with the browser's DecompressionStream), jobname.js and the loader as text, the style
sheet and icon inline. Its Content-Security-Policy allows exactly those inline scripts and that
style by their SHA-256 hashes, and no connection at all.

Usage: make_single_file.py WEB_DIR OUTPUT_HTML
"""
import base64
import gzip
import hashlib
import re
import sys
from pathlib import Path


def read_text(path):
    return path.read_text(encoding="utf-8")


def csp_hash(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def safe_in_script_element(name, text):
    # Inside <script> the HTML parser ends or changes the element at these; none may appear.
    lowered = text.lower()
    for marker in ("</script", "<!--", "<script"):
        if marker in lowered:
            sys.exit(f"make_single_file: {name} contains '{marker}', which cannot sit inside a <script> element")


def replace_once(html, old, new, what):
    if html.count(old) != 1:
        sys.exit(f"make_single_file: index.html no longer has exactly one {what} ({old!r}); update this script")
    return html.replace(old, new)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    web, output = Path(sys.argv[1]), Path(sys.argv[2])
    for name in ("index.html", "style.css", "loader.js", "jobname.js", "jobname.wasm", "favicon.svg"):
        if not (web / name).is_file():
            sys.exit(f"make_single_file: {web / name} is missing: build the web app first (make web)")

    html = read_text(web / "index.html")
    css = read_text(web / "style.css")
    loader = read_text(web / "loader.js")
    program = read_text(web / "jobname.js")
    for name, text in (("style.css", css), ("loader.js", loader), ("jobname.js", program)):
        safe_in_script_element(name, text)
    # mtime=0: the same build gives the same file.
    wasm = base64.b64encode(gzip.compress((web / "jobname.wasm").read_bytes(), compresslevel=9, mtime=0)).decode()
    icon = base64.b64encode((web / "favicon.svg").read_bytes()).decode()

    policy = ("default-src 'none'; "
              f"script-src {csp_hash(loader)} {csp_hash(program)} 'wasm-unsafe-eval'; "
              f"style-src {csp_hash(css)}; img-src blob: data:; connect-src 'none'; "
              "base-uri 'none'; form-action 'none'")
    html = re.sub(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
                  f'<meta http-equiv="Content-Security-Policy" content="{policy}">', html, count=1)
    if policy not in html:
        sys.exit("make_single_file: index.html has no Content-Security-Policy meta element to replace")
    html = re.sub(r"\s*<!-- Nothing leaves the machine:.*?-->", "", html, count=1, flags=re.S)
    html = replace_once(html, '  <link rel="manifest" href="manifest.webmanifest">\n', "", "manifest link")
    # A file opened from disk is not added to a home screen: no icon files beside it.
    html = re.sub(r"\s*<!-- Added to the home screen,.*?-->", "", html, count=1, flags=re.S)
    html = replace_once(html, '  <link rel="apple-touch-icon" href="icon-180.png">\n', "", "apple-touch-icon link")
    html = replace_once(html, 'href="favicon.svg"', f'href="data:image/svg+xml;base64,{icon}"', "icon link")
    html = replace_once(html, '<link rel="stylesheet" href="style.css">', f"<style>{css}</style>", "style sheet link")
    html = replace_once(html, '<script src="loader.js"></script>',
                        f'<script type="application/octet-stream" id="jobname-wasm">{wasm}</script>\n'
                        f'  <script type="text/plain" id="jobname-js">{program}</script>\n'
                        f"  <script>{loader}</script>", "loader script")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    main()
