#!/usr/bin/env python3
"""Writes the PNG logos of the branding examples (plain zlib, no imaging library needed)."""
import struct, zlib, math, os

def png(path, w, h, pixel):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pixel(x, y))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)

def badge(w, h, colour):
    r0 = min(w, h) * 0.42
    def pixel(x, y):
        cx, cy = min(w, h) / 2, min(w, h) / 2
        if math.hypot(x - cx, y - cy) < r0:
            return (*colour, 255)
        # a band of the brand colour to the right (wide) or below (tall) the circle
        if (w > h and abs(y - h / 2) < h * 0.18 and x > h) or (h > w and abs(x - w / 2) < w * 0.18 and y > w):
            return (*colour, 255)
        return (255, 255, 255, 0)
    return pixel

here = os.path.dirname(os.path.abspath(__file__))
png(os.path.join(here, "branding-png", "logo.png"), 360, 120, badge(360, 120, (255, 127, 0)))
png(os.path.join(here, "branding-wide", "logo-wide.png"), 1600, 120, badge(1600, 120, (200, 30, 60)))
png(os.path.join(here, "branding-tall", "logo-tall.png"), 120, 720, badge(120, 720, (40, 120, 40)))
