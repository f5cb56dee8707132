#!/usr/bin/env python3
"""mapgen_preview.py - draw a Tiled hex map (.tmj) made by mapgen.py to one PNG, the way Tiled
shows it: terrain, rivers, roads, rail, bridges, then places as dots (towns larger, stations
black-ringed). Optional region tint. Standard library only.

    python3 scripts/mapgen_preview.py [--regions] [MAP.tmj] OUT.png
"""

import argparse
import json
import os
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mapgen  # noqa: E402


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("%s: not a PNG" % path)
    pos, idat, w, h = 8, b"", 0, 0
    while pos < len(data):
        n, tag = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if tag == b"IHDR":
            w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
            if depth != 8 or ctype != 6:
                raise SystemExit("%s: only 8-bit RGBA PNGs are supported" % path)
        elif tag == b"IDAT":
            idat += body
        pos += 12 + n
    raw = zlib.decompress(idat)
    stride = w * 4
    out = bytearray(w * h * 4)
    prev = bytearray(stride)
    for y in range(h):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - 4] if x >= 4 else 0
            b = prev[x]
            c = prev[x - 4] if x >= 4 else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pr = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pr) & 255
        out[y * stride:(y + 1) * stride] = line
        prev = line
    return w, h, out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--regions", action="store_true", help="tint hexes by 1920 region")
    ap.add_argument("map", nargs="?",
                    default=os.path.join(mapgen.OUT_DIR, mapgen.MAP_BASENAME + ".tmj"))
    ap.add_argument("out")
    args = ap.parse_args(argv)
    with open(args.map, encoding="utf-8") as f:
        tmj = json.load(f)
    base = os.path.dirname(os.path.abspath(args.map))
    tw, th = tmj["tilewidth"], tmj["tileheight"]
    row_h = (th + tmj["hexsidelength"]) // 2
    W, H = tmj["width"], tmj["height"]
    img_w, img_h = W * tw + tw // 2, H * row_h + th - row_h
    img = bytearray([255, 255, 255, 255] * img_w * img_h)
    sheets = []
    for ts in tmj["tilesets"]:
        sw, sh, px = read_png(os.path.join(base, ts["image"]))
        sheets.append((ts["firstgid"], ts["tilecount"], ts["columns"], sw, px))

    def blit(gid, ox, oy):
        for first, count, cols, sw, px in sheets:
            if first <= gid < first + count:
                lid = gid - first
                sx, sy = (lid % cols) * tw, (lid // cols) * th
                for y in range(th):
                    for x in range(tw):
                        s = ((sy + y) * sw + sx + x) * 4
                        a = px[s + 3]
                        if not a:
                            continue
                        X, Y = ox + x, oy + y
                        if not (0 <= X < img_w and 0 <= Y < img_h):
                            continue
                        d = (Y * img_w + X) * 4
                        for k in range(3):
                            img[d + k] = (px[s + k] * a + img[d + k] * (255 - a)) // 255
                return

    order = ["terrain", "river", "road", "rail", "bridge"] + (["region"] if args.regions else [])
    layers = {l["name"]: l for l in tmj["layers"]}
    for name in order:
        if name not in layers:
            continue
        data = layers[name]["data"]
        for row in range(H):
            for col in range(W):
                gid = data[row * W + col]
                if gid:
                    blit(gid, col * tw + (tw // 2) * (row & 1), row * row_h)
    for obj in layers["places"]["objects"]:
        props = {p["name"]: p["value"] for p in obj.get("properties", [])}
        r = 4 if props.get("town") else 2
        cx, cy = int(obj["x"]), int(obj["y"])
        for y in range(-r - 1, r + 2):
            for x in range(-r - 1, r + 2):
                X, Y = cx + x, cy + y
                if 0 <= X < img_w and 0 <= Y < img_h and x * x + y * y <= (r + 1) ** 2:
                    d = (Y * img_w + X) * 4
                    inner = x * x + y * y <= r * r
                    col = (255, 230, 0) if props.get("oilfield") else (230, 30, 30)
                    img[d:d + 3] = bytes(col if inner else (0, 0, 0))
    mapgen.write_png(args.out, img_w, img_h, img)
    return 0


if __name__ == "__main__":
    sys.exit(main())
