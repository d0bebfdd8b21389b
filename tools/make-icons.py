#!/usr/bin/env python3
"""Draws the Practice Guard icons (a blue shield with a white check mark) as PNG files.

Pure python3 (zlib + struct), no image library: run `python3 tools/make-icons.py` to regenerate
extension/icons/icon-{16,32,48,128}.png. The PNGs are committed; build.sh does not run this.
"""
import math
import os
import struct
import zlib

SIZES = (16, 32, 48, 128)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "extension", "icons")
SS = 4  # supersampling per axis, for smooth edges

BLUE = (23, 92, 190)
DARK = (12, 52, 120)
WHITE = (255, 255, 255)

# Geometry on a 128 x 128 canvas.
TOP, SHOULDER, TIP, CX, HALF = 8.0, 62.0, 121.0, 64.0, 52.0
CHECK = [(38.0, 64.0), (57.0, 84.0), (92.0, 44.0)]


def shield_half_width(y):
    if y < TOP or y > TIP:
        return -1.0
    if y <= SHOULDER:
        # A slight dip in the middle of the top edge is drawn by the caller; sides are straight.
        return HALF
    t = (y - SHOULDER) / (TIP - SHOULDER)
    return HALF * math.cos(t * math.pi / 2) ** 0.85


def in_shield(x, y, inset=0.0):
    # Top edge curves down a little towards the middle, like a crest.
    top = TOP + inset + 6.0 * (1 - ((x - CX) / HALF) ** 2) if abs(x - CX) <= HALF else TOP
    if y < top:
        return False
    w = shield_half_width(y + inset * 0.6) - inset
    return w > 0 and abs(x - CX) <= w


def seg_dist(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def in_check(x, y, width):
    return min(seg_dist(x, y, CHECK[0], CHECK[1]), seg_dist(x, y, CHECK[1], CHECK[2])) <= width / 2


def render(size):
    scale = 128.0 / size
    check_w = 14.0 if size >= 48 else 18.0  # thicker at small sizes so it stays visible
    border = max(4.0, 1.2 * scale)
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type 0
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(SS):
                for sx in range(SS):
                    x = (px + (sx + 0.5) / SS) * scale
                    y = (py + (sy + 0.5) / SS) * scale
                    if not in_shield(x, y):
                        continue
                    if in_check(x, y, check_w):
                        c = WHITE
                    elif in_shield(x, y, border):
                        c = BLUE
                    else:
                        c = DARK
                    acc[0] += c[0]
                    acc[1] += c[1]
                    acc[2] += c[2]
                    acc[3] += 1
            n = acc[3]
            if n:
                row += bytes([round(acc[0] / n), round(acc[1] / n), round(acc[2] / n), round(255 * n / (SS * SS))])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(w, h, raw):
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    os.makedirs(OUT, exist_ok=True)
    for s in SIZES:
        path = os.path.join(OUT, f"icon-{s}.png")
        with open(path, "wb") as f:
            f.write(render(s))
        print(path)


if __name__ == "__main__":
    main()
