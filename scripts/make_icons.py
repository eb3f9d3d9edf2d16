#!/usr/bin/env python3
"""The home-screen icons (PNG) drawn from assets/favicon.svg, the one place the icon is designed.

Usage: make_icons.py <favicon.svg> <output dir>
Writes icon-192.png and icon-512.png (the manifest's), icon-maskable-512.png (the icon inside the
safe circle of a full-bleed background, for launchers that crop to a shape) and icon-180.png
(apple-touch-icon: iOS shows no transparency and rounds the corners itself, so it is opaque).
Standard library only: the SVG holds rounded rectangles, circles and stroked M/L paths, which are
drawn as signed distance fields with one pixel of anti-aliasing. Anything else in the SVG is an
error, so the icon and the PNGs cannot drift apart silently.
"""
import math
import struct
import sys
import xml.etree.ElementTree as ET
import zlib

SVG = "{http://www.w3.org/2000/svg}"
BACKGROUND = "#f7f7f5"  # the manifest's background_color


def colour(text):
    text = text.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"colour '{text}': only #rgb and #rrggbb are drawn")
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))


def rounded_rect(x, y, w, h, r):
    cx, cy, hx, hy = x + w / 2, y + h / 2, w / 2, h / 2

    def distance(px, py):
        qx, qy = abs(px - cx) - hx + r, abs(py - cy) - hy + r
        return math.hypot(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0) - r
    return distance, (x, y, x + w, y + h)


def circle(cx, cy, r):
    return (lambda px, py: math.hypot(px - cx, py - cy) - r), (cx - r, cy - r, cx + r, cy + r)


def stroked_polyline(points, width):
    half = width / 2  # round caps and joins: the distance to the nearest segment, less half the width

    def segment(px, py, a, b):
        dx, dy = b[0] - a[0], b[1] - a[1]
        t = max(0.0, min(1.0, ((px - a[0]) * dx + (py - a[1]) * dy) / (dx * dx + dy * dy)))
        return math.hypot(px - a[0] - t * dx, py - a[1] - t * dy)

    def distance(px, py):
        return min(segment(px, py, points[i], points[i + 1]) for i in range(len(points) - 1)) - half
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return distance, (min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half)


def path_points(d):
    """M/m and L/l commands (the letter may be left out after the first pair, as SVG allows)."""
    tokens, number = [], ""
    for ch in d.replace(",", " "):
        if ch.isalpha() or ch.isspace() or (ch == "-" and number):
            if number:
                tokens.append(float(number))
            number = ""
            if ch.isalpha():
                tokens.append(ch)
            elif ch == "-":
                number = "-"
        else:
            number += ch
    if number:
        tokens.append(float(number))
    points, command, at = [], None, 0
    while at < len(tokens):
        if isinstance(tokens[at], str):
            command = tokens[at]
            at += 1
            if command not in "MmLl":
                raise ValueError(f"path command '{command}' is not drawn")
        x, y = tokens[at], tokens[at + 1]
        at += 2
        if command in "ml" and points:
            x, y = points[-1][0] + x, points[-1][1] + y
        points.append((x, y))
        command = {"M": "L", "m": "l"}.get(command, command)
    return points


def shapes_of(svg_path):
    root = ET.parse(svg_path).getroot()
    view = [float(v) for v in root.get("viewBox").split()]
    shapes = []
    for element in root:
        tag = element.tag.replace(SVG, "")
        number = lambda name, default=None: float(element.get(name, default))
        if tag == "rect":
            shape = rounded_rect(number("x", 0), number("y", 0), number("width"), number("height"), number("rx", 0))
            paint = colour(element.get("fill"))
        elif tag == "circle":
            shape = circle(number("cx"), number("cy"), number("r"))
            paint = colour(element.get("fill"))
        elif tag == "path" and element.get("fill") == "none":
            shape = stroked_polyline(path_points(element.get("d")), number("stroke-width"))
            paint = colour(element.get("stroke"))
        else:
            raise ValueError(f"<{tag}> in {svg_path} is not drawn by make_icons.py")
        shapes.append((shape, paint))
    return view, shapes


def draw(view, shapes, size, background=None, scale_to=1.0):
    """RGBA rows. The view box fills `scale_to` of the side, centred, over `background` (or clear)."""
    vx, vy, vw, vh = view
    per_pixel = max(vw, vh) / (size * scale_to)  # view units a pixel covers
    offset = (size - max(vw, vh) / per_pixel) / 2
    pixels = [[(*background, 255) if background else (0, 0, 0, 0) for _ in range(size)] for _ in range(size)]
    for (distance, (x0, y0, x1, y1)), rgb in shapes:
        # Only the pixels near the shape's box are visited.
        left = max(0, int((x0 - vx) / per_pixel + offset) - 2)
        right = min(size, int((x1 - vx) / per_pixel + offset) + 3)
        top = max(0, int((y0 - vy) / per_pixel + offset) - 2)
        bottom = min(size, int((y1 - vy) / per_pixel + offset) + 3)
        for py in range(top, bottom):
            row = pixels[py]
            sy = vy + (py + 0.5 - offset) * per_pixel
            for px in range(left, right):
                coverage = 0.5 - distance(vx + (px + 0.5 - offset) * per_pixel, sy) / per_pixel
                if coverage <= 0:
                    continue
                a = min(coverage, 1.0)
                r, g, b, under = row[px]
                out = a + under / 255 * (1 - a)  # source over
                mix = lambda src, dst: round((src * a + dst * (under / 255) * (1 - a)) / out)
                row[px] = (mix(rgb[0], r), mix(rgb[1], g), mix(rgb[2], b), round(out * 255))
    return pixels


def png(pixels):
    size = len(pixels)
    raw = b"".join(b"\x00" + bytes(c for p in row for c in p) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def main():
    svg_path, out = sys.argv[1], sys.argv[2]
    view, shapes = shapes_of(svg_path)
    for size in (192, 512):
        with open(f"{out}/icon-{size}.png", "wb") as f:
            f.write(png(draw(view, shapes, size)))
    with open(f"{out}/icon-180.png", "wb") as f:
        f.write(png(draw(view, shapes, 180, colour(BACKGROUND), 0.8)))
    # A maskable icon's launcher may crop it to any shape holding the centre circle of 80% of the
    # side: the whole view box fits in that circle.
    with open(f"{out}/icon-maskable-512.png", "wb") as f:
        f.write(png(draw(view, shapes, 512, colour(BACKGROUND), 0.8 / math.sqrt(2))))


if __name__ == "__main__":
    main()
