#!/usr/bin/env python3
"""Draws the home-screen icons of the web app manifest from the favicon's shape (public/favicon.svg): the white «К»
on the blue rounded square, 192 and 512 px, and a maskable 512 px one (full-bleed blue, the letter inside the safe
zone). Standard library only; run it again after changing the favicon: python3 scripts/app-icons.py"""
import struct
import zlib
from pathlib import Path

BLUE = (0x19, 0x71, 0xC2)
WHITE = (255, 255, 255)
K = [(8, 24), (8, 8), (11, 8), (11, 15), (17, 8), (21, 8), (14, 15.5), (21, 24), (17, 24), (12, 17.5), (11, 18.5),
     (11, 24)]


def inside(x, y, poly):
    hit = False
    j = len(poly) - 1
    for i in range(len(poly)):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def in_rounded(x, y, r):
    cx = min(max(x, r), 32 - r)
    cy = min(max(y, r), 32 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def draw(size, maskable):
    rows = []
    samples = ((0.25, 0.25), (0.75, 0.25), (0.25, 0.75), (0.75, 0.75))
    # maskable: the letter shrinks to 70 % around the centre, the background fills the square
    scale, offset = (0.7, 16 * 0.3) if maskable else (1.0, 0.0)
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            bg = letter = 0
            for sx, sy in samples:
                x = (px + sx) * 32 / size
                y = (py + sy) * 32 / size
                if maskable or in_rounded(x, y, 6):
                    bg += 1
                    if inside((x - offset) / scale, (y - offset) / scale, K):
                        letter += 1
            a = bg / 4
            if a == 0:
                row += bytes((0, 0, 0, 0))
                continue
            t = letter / bg
            rgb = [round(BLUE[c] * (1 - t) + WHITE[c] * t) for c in range(3)]
            row += bytes(rgb + [round(255 * a)])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


out = Path(__file__).resolve().parent.parent / "public"
for name, size, maskable in (("icon-192.png", 192, False), ("icon-512.png", 512, False),
                             ("icon-maskable-512.png", 512, True)):
    (out / name).write_bytes(draw(size, maskable))
    print("wrote", out / name)
