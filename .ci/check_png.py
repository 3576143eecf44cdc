#!/usr/bin/env python3
"""Fail unless each PNG is a real rendering: valid, non-trivial in size, not one colour.

Usage: check_png.py IMAGE.png...

Parses the PNG with zlib only (no Pillow): reads IHDR, inflates the IDAT stream, undoes the
per-row filters and counts the pixels that differ from the most common colour. A blank page
(all one colour, or almost) fails; so does a file that is not a PNG or is truncated.
"""
import struct
import sys
import zlib
from collections import Counter


def pixels(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None:
        raise ValueError("no IHDR chunk")
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG layout (depth {depth}, colour type {colour})")
    channels = 3 if colour == 2 else 4
    stride = width * channels
    raw = zlib.decompress(idat)
    if len(raw) != height * (stride + 1):
        raise ValueError("truncated image data")
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + pred) & 0xFF
            elif kind != 0:
                raise ValueError(f"unknown filter {kind} on row {y}")
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main(paths):
    failed = False
    for path in paths:
        try:
            width, height, channels, rows = pixels(path)
        except (OSError, ValueError, zlib.error) as error:
            print(f"error: {path}: {error}", file=sys.stderr)
            failed = True
            continue
        counts = Counter()
        for row in rows[::4]:  # every fourth row is plenty to tell a page from a blank
            for x in range(0, width * channels, channels * 2):
                counts[row[x:x + 3]] += 1
        total = sum(counts.values())
        background, most = counts.most_common(1)[0]
        inked = 1 - most / total
        print(f"{path}: {width}x{height}, {len(counts)} colours, {inked:.1%} not background")
        if width < 200 or height < 200 or len(counts) < 8 or inked < 0.02:
            print(f"error: {path} looks blank", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
