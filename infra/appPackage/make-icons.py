#!/usr/bin/env python3
"""Draws the Teams app icons with no dependencies beyond the standard library.

color.png   192x192: a white four-point compass star on a rounded navy square.
outline.png  32x32:  the same star in white on a transparent background (Teams tints it).
Run it again only to change the artwork; the PNGs are committed.
"""
import math
import struct
import zlib
from pathlib import Path

NAVY = (0x1F, 0x3A, 0x68)
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4  # supersampling per axis for smooth edges


def star(cx, cy, outer, inner):
    """Vertices of a four-point star (N, E, S, W tips) centred on (cx, cy)."""
    points = []
    for i in range(8):
        angle = math.pi / 4 * i - math.pi / 2
        radius = outer if i % 2 == 0 else inner
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def inside(polygon, x, y):
    hit = False
    j = len(polygon) - 1
    for i, (xi, yi) in enumerate(polygon):
        xj, yj = polygon[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def rounded_square(size, radius, x, y):
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def coverage(size, test):
    """Fraction of each pixel's sub-samples for which test(x, y) holds."""
    grid = []
    for py in range(size):
        row = []
        for px in range(size):
            hits = sum(
                test(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)
                for sy in range(SAMPLES)
                for sx in range(SAMPLES)
            )
            row.append(hits / (SAMPLES * SAMPLES))
        grid.append(row)
    return grid


def write_png(path, size, pixels):
    raw = b"".join(b"\x00" + bytes(v for rgba in row for v in rgba) for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def color_icon(size=192):
    shape = star(size / 2, size / 2, size * 0.36, size * 0.11)
    background = coverage(size, lambda x, y: rounded_square(size, size * 0.18, x, y))
    foreground = coverage(size, lambda x, y: inside(shape, x, y))
    pixels = []
    for y in range(size):
        row = []
        for x in range(size):
            f = foreground[y][x]
            rgb = tuple(round(WHITE[c] * f + NAVY[c] * (1 - f)) for c in range(3))
            row.append(rgb + (round(255 * max(background[y][x], f)),))
        pixels.append(row)
    return pixels


def outline_icon(size=32):
    shape = star(size / 2, size / 2, size * 0.47, size * 0.15)
    alpha = coverage(size, lambda x, y: inside(shape, x, y))
    return [[WHITE + (round(255 * a),) for a in row] for row in alpha]


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    write_png(here / "color.png", 192, color_icon())
    write_png(here / "outline.png", 32, outline_icon())
