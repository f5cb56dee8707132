#!/usr/bin/env python3
"""mapgen.py - generate the Baku 1920 theatre map (Tiled JSON, hexagonal) from source data.

Inputs (all under data/, see data/README.md and data/mapgen/README.md):
  history/places.csv, history/railways.csv        places with lat/lon, station order of the lines
  geo/caucasus_gshhg_caspian_kura.geojson         Caspian shoreline, lakes, the Kura
  mapgen/terrain.geojson, rivers.geojson,         hand-made: terrain areas, other rivers,
  mapgen/regions.geojson, roads.json,             1920 polities, main roads,
  mapgen/places_extra.csv, place_attrs.csv        oil fields and a few towns, victory points
Output: scenarios/common/caucasus1920.tmj and its tileset images caucasus1920_*.png.

The output is deterministic: the same inputs give the same bytes. `--check` regenerates into a
temporary folder and fails when the result differs from the committed map.

Geometry (docs/map-format.md): equirectangular projection about the box's centre latitude;
pointy-top hexes in odd-r offset coordinates (Tiled: staggeraxis y, staggerindex odd), hex
centres km_per_hex apart. Standard library only.
"""

import argparse
import csv
import filecmp
import heapq
import json
import math
import os
import struct
import sys
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
OUT_DIR = os.path.join(ROOT, "scenarios", "common")
MAP_BASENAME = "caucasus1920"

# ---------------------------------------------------------------------------- geometry
LON_MIN, LON_MAX = 44.4, 50.5
LAT_MIN, LAT_MAX = 38.6, 43.2
LAT0 = (LAT_MIN + LAT_MAX) / 2.0
EARTH_R = 6371.0
KM_PER_DEG = math.pi / 180.0 * EARTH_R
KM_PER_HEX = 10
ROW_KM = KM_PER_HEX * math.sqrt(3) / 2.0
MAP_MAX = 96

TILE_W, TILE_H, HEX_SIDE = 28, 32, 16
ROW_PX = (TILE_H + HEX_SIDE) // 2  # 24

TERRAINS = ["sea", "lake", "plain", "steppe", "forest", "hills", "mountains", "marsh", "city"]
TERRAIN_COLORS = {
    "sea": (64, 112, 184), "lake": (104, 164, 224), "plain": (200, 216, 150),
    "steppe": (226, 210, 142), "forest": (62, 128, 70), "hills": (176, 152, 104),
    "mountains": (128, 106, 92), "marsh": (118, 160, 142), "city": (184, 78, 78),
}
REGIONS = ["adr", "karabakh", "zakatala", "nakhichevan", "zangezur", "dagestan", "rsfsr",
           "georgia", "armenia", "persia"]
REGION_COLORS = {
    "adr": (40, 150, 70), "karabakh": (150, 170, 40), "zakatala": (90, 190, 150),
    "nakhichevan": (200, 140, 60), "zangezur": (220, 110, 40), "dagestan": (200, 30, 30),
    "rsfsr": (150, 20, 20), "georgia": (120, 40, 160), "armenia": (230, 150, 30),
    "persia": (60, 90, 200),
}
DEFAULT_REGION = "adr"

# Axial direction vectors, numbered as engine/core/hex.h: 0 E, 1 NE, 2 NW, 3 W, 4 SW, 5 SE.
DIRS = [(1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1)]
DIR_NAMES = ["E", "NE", "NW", "W", "SW", "SE"]


def project(lon, lat):
    """lon/lat degrees -> (x, y) km from the box's north-west corner, y growing south."""
    x = (lon - LON_MIN) * KM_PER_DEG * math.cos(math.radians(LAT0))
    y = (LAT_MAX - lat) * KM_PER_DEG
    return x, y


def map_size():
    x_max, _ = project(LON_MAX, LAT_MAX)
    _, y_max = project(LON_MIN, LAT_MIN)
    width = int(math.floor(x_max / KM_PER_HEX)) + 1
    height = int(math.floor(y_max / ROW_KM)) + 1
    return width, height


def offset_to_axial(col, row):
    return col - (row - (row & 1)) // 2, row


def axial_to_offset(q, r):
    return q + (r - (r & 1)) // 2, r


def hex_centre_km(col, row):
    return KM_PER_HEX * (col + 0.5 * (row & 1)), ROW_KM * row


def km_to_hex(x, y):
    """The hex (col, row) whose centre is nearest to the point, by cube rounding."""
    size = KM_PER_HEX / math.sqrt(3)
    qf = (math.sqrt(3) / 3 * x - y / 3) / size
    rf = (2.0 / 3 * y) / size
    q, r = cube_round(qf, rf)
    return axial_to_offset(q, r)


def cube_round(qf, rf):
    sf = -qf - rf
    q, r, s = round(qf), round(rf), round(sf)
    dq, dr, ds = abs(q - qf), abs(r - rf), abs(s - sf)
    if dq > dr and dq > ds:
        q = -r - s
    elif dr > ds:
        r = -q - s
    return int(q), int(r)


def km_to_px(x, y):
    return TILE_W / 2 + x * TILE_W / KM_PER_HEX, TILE_H / 2 + y * ROW_PX / ROW_KM


def hex_centre_px(col, row):
    return TILE_W * col + (TILE_W // 2) * (row & 1) + TILE_W / 2, ROW_PX * row + TILE_H / 2


def px_to_hex(px, py):
    """The hex whose centre (in Tiled's pixel geometry) is nearest; ties to the lower row, then
    the lower column. engine/script/tiled.c does exactly the same."""
    row0 = int(math.floor((py - TILE_H / 2) / ROW_PX))
    best = None
    for row in range(row0 - 1, row0 + 3):
        shift = (TILE_W // 2) * (row & 1) + TILE_W / 2
        col0 = int(math.floor((px - shift) / TILE_W))
        for col in range(col0 - 1, col0 + 3):
            cx, cy = hex_centre_px(col, row)
            d2 = (px - cx) ** 2 + (py - cy) ** 2
            if best is None or d2 < best[0]:
                best = (d2, col, row)
    return best[1], best[2]


def neighbour(col, row, d):
    q, r = offset_to_axial(col, row)
    return axial_to_offset(q + DIRS[d][0], r + DIRS[d][1])


def hex_distance(a, b):
    aq, ar = offset_to_axial(*a)
    bq, br = offset_to_axial(*b)
    dq, dr = aq - bq, ar - br
    return max(abs(dq), abs(dr), abs(dq + dr))


def dir_between(a, b):
    aq, ar = offset_to_axial(*a)
    bq, br = offset_to_axial(*b)
    v = (bq - aq, br - ar)
    return DIRS.index(v) if v in DIRS else -1


def great_circle_km(lon1, lat1, lon2, lat2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_R * math.asin(math.sqrt(a))


def point_in_ring(x, y, ring):
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y):
            xc = xi + (y - yi) * (xj - xi) / (yj - yi)
            if x < xc:
                inside = not inside
        j = i
    return inside


def _orient(ax, ay, bx, by, cx, cy):
    v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    return 1 if v >= 0 else -1


def nearest_on_line(p, line):
    """The point of a polyline nearest to p (all in km)."""
    best, out = None, None
    for a, b in zip(line, line[1:]):
        dx, dy = b[0] - a[0], b[1] - a[1]
        ll = dx * dx + dy * dy
        t = 0.0 if ll == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / ll))
        c = (a[0] + t * dx, a[1] + t * dy)
        d = math.hypot(p[0] - c[0], p[1] - c[1])
        if best is None or d < best:
            best, out = d, c
    return out


def segments_cross(p1, p2, q1, q2):
    """Half-open crossing test: consistent when a polyline vertex lies on q1q2."""
    if _orient(q1[0], q1[1], q2[0], q2[1], p1[0], p1[1]) == \
            _orient(q1[0], q1[1], q2[0], q2[1], p2[0], p2[1]):
        return False
    return _orient(p1[0], p1[1], p2[0], p2[1], q1[0], q1[1]) != \
        _orient(p1[0], p1[1], p2[0], p2[1], q2[0], q2[1])


# ---------------------------------------------------------------------------- inputs
def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# Text limits of the game (ID_LEN and NAME_LEN in engine/core/game.h, less the NUL).
ID_MAX, NAME_MAX = 23, 47


def fit_names(alt):
    """Alternate names "a; b; c" cut after the last whole name that fits NAME_MAX bytes."""
    out = ""
    for part in [x.strip() for x in alt.split(";") if x.strip()]:
        cand = part if not out else out + "; " + part
        if len(cand.encode()) > NAME_MAX:
            break
        out = cand
    return out


def load_places():
    rows = read_csv(os.path.join(DATA, "history", "places.csv"))
    rows += read_csv(os.path.join(DATA, "mapgen", "places_extra.csv"))
    seen = set()
    places = []
    for r in rows:
        if r["id"] in seen:
            raise SystemExit("mapgen: duplicate place id %s" % r["id"])
        seen.add(r["id"])
        kinds = [k.strip() for k in r["kind"].split(";") if k.strip()]
        if len(r["id"].encode()) > ID_MAX or len(r["name"].encode()) > NAME_MAX:
            raise SystemExit("mapgen: place %s: id or name too long" % r["id"])
        places.append({
            "id": r["id"], "name": r["name"], "alt": fit_names(r["alt_names"]),
            "lat": float(r["lat"]), "lon": float(r["lon"]), "kinds": kinds,
        })
    attrs = {a["id"]: a for a in read_csv(os.path.join(DATA, "mapgen", "place_attrs.csv"))}
    for a in attrs:
        if a not in seen:
            raise SystemExit("mapgen: place_attrs.csv names unknown place %s" % a)
    for p in places:
        a = attrs.get(p["id"], {})
        p["vp"] = int(a.get("vp") or 0)
        p["terrain"] = a.get("terrain") or ""
    return places


def load_railways():
    lines = {}
    for r in read_csv(os.path.join(DATA, "history", "railways.csv")):
        lines.setdefault(r["line"], []).append((int(r["seq"]), r["place_id"]))
    return {k: [pid for _, pid in sorted(v)] for k, v in sorted(lines.items())}


def load_geo():
    gshhg = read_json(os.path.join(DATA, "geo", "caucasus_gshhg_caspian_kura.geojson"))
    shore, lakes, kura = None, [], None
    for f in gshhg["features"]:
        kind = f["properties"]["kind"]
        coords = f["geometry"]["coordinates"]
        if kind == "shore":
            shore = coords[0]
        elif kind == "lake_shore":
            lakes = coords
        elif kind == "river" and f["properties"].get("name") == "Kura":
            kura = coords
    if shore is None or kura is None:
        raise SystemExit("mapgen: shoreline or Kura missing from the GSHHG file")
    # The shoreline is an open line from the box's south edge to its north edge with the sea
    # to its east: close it through the box's eastern corners.
    last, first = shore[-1], shore[0]
    sea = list(shore) + [[51.5, last[1]], [51.5, first[1]]]
    kept_lakes = []
    for ring in lakes:
        lons = [p[0] for p in ring]
        lats = [p[1] for p in ring]
        # The Mingachevir reservoir (about 46.3-47.2 E, 40.7-41.1 N) was built in 1953.
        if min(lons) > 46.2 and max(lons) < 47.3 and min(lats) > 40.6 and max(lats) < 41.2:
            continue
        kept_lakes.append(ring)
    return sea, kept_lakes, kura


def load_features(name):
    return read_json(os.path.join(DATA, "mapgen", name))["features"]


# ---------------------------------------------------------------------------- the model
class Map:
    def __init__(self, width, height):
        self.width, self.height = width, height
        n = width * height
        self.terrain = ["plain"] * n
        self.region = [""] * n
        self.masks = {k: [0] * n for k in ("rail", "road", "river", "bridge")}
        self.river_sides = {}  # river name -> {((col, row), dir)}, both hexes of each side
        self.places = []      # dicts with id, name, alt, px, py, col, row, flags, vp
        self.report = []

    def idx(self, col, row):
        return row * self.width + col

    def on_map(self, col, row):
        return 0 <= col < self.width and 0 <= row < self.height

    def set_side(self, what, a, d, on=True):
        b = neighbour(a[0], a[1], d)
        if not self.on_map(*a) or not self.on_map(*b):
            return False
        m = self.masks[what]
        ia, ib = self.idx(*a), self.idx(*b)
        if on:
            m[ia] |= 1 << d
            m[ib] |= 1 << ((d + 3) % 6)
        else:
            m[ia] &= ~(1 << d)
            m[ib] &= ~(1 << ((d + 3) % 6))
        return True

    def has_side(self, what, a, d):
        return bool(self.masks[what][self.idx(*a)] & (1 << d))


def hex_samples(col, row):
    """Centre plus six points half-way to the corners, in km."""
    cx, cy = hex_centre_km(col, row)
    rad = KM_PER_HEX / math.sqrt(3) / 2
    pts = [(cx, cy)]
    for k in range(6):
        a = math.radians(60 * k + 30)
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    return pts


def km_to_lonlat(x, y):
    lon = LON_MIN + x / (KM_PER_DEG * math.cos(math.radians(LAT0)))
    lat = LAT_MAX - y / KM_PER_DEG
    return lon, lat


# Route costs (integers, so ties break the same way everywhere): a step, a step's distance
# from the straight line between the two stops, a river crossed, a sea or lake hex entered.
STEP_COST = 10
OFF_LINE_COST = 4        # per km from the straight line
RAIL_CROSSING_COST = 400
ROAD_CROSSING_COST = 60
WATER_COST = 2000
ROUTE_MARGIN = 6         # hexes around the leg's bounding box that a route may use


def route_leg(m, a, b, crossing_cost):
    """Cheapest hex path from a to b: close to the straight line, avoiding river sides and
    water. Dijkstra over a box around the leg; deterministic."""

    if a == b:
        return [a]
    ax, ay = hex_centre_km(*a)
    bx, by = hex_centre_km(*b)
    L = math.hypot(bx - ax, by - ay)
    c0, c1 = min(a[0], b[0]) - ROUTE_MARGIN, max(a[0], b[0]) + ROUTE_MARGIN
    r0, r1 = min(a[1], b[1]) - ROUTE_MARGIN, max(a[1], b[1]) + ROUTE_MARGIN

    def off_line(h):
        x, y = hex_centre_km(*h)
        t = max(0.0, min(1.0, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / (L * L)))
        return int(round(math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay))))

    dist = {a: 0}
    prev = {}
    heap = [(0, a[1], a[0])]
    while heap:
        cost, row, col = heapq.heappop(heap)
        h = (col, row)
        if cost > dist.get(h, 1 << 60):
            continue
        if h == b:
            break
        for d in range(6):
            n = neighbour(col, row, d)
            if not m.on_map(*n) or not (c0 <= n[0] <= c1 and r0 <= n[1] <= r1):
                continue
            step = STEP_COST + OFF_LINE_COST * off_line(n)
            if m.has_side("river", h, d):
                step += crossing_cost
            if n != b and m.terrain[m.idx(*n)] in ("sea", "lake"):
                step += WATER_COST
            nc = cost + step
            if nc < dist.get(n, 1 << 60):
                dist[n] = nc
                prev[n] = h
                heapq.heappush(heap, (nc, n[1], n[0]))
    path = [b]
    while path[-1] != a:
        path.append(prev[path[-1]])
    return path[::-1]


def build():
    width, height = map_size()
    if width > MAP_MAX or height > MAP_MAX:
        raise SystemExit("mapgen: map %dx%d exceeds %d" % (width, height, MAP_MAX))
    m = Map(width, height)
    sea, lakes, kura = load_geo()
    terrain_polys = [(f["properties"]["terrain"], f["geometry"]["coordinates"][0])
                     for f in load_features("terrain.geojson")]
    for t, _ in terrain_polys:
        if t not in TERRAINS:
            raise SystemExit("mapgen: terrain.geojson: unknown terrain %s" % t)
    region_polys = [(f["properties"]["region"], f["geometry"]["coordinates"][0])
                    for f in load_features("regions.geojson")]
    for reg, _ in region_polys:
        if reg not in REGIONS:
            raise SystemExit("mapgen: regions.geojson: unknown region %s" % reg)

    # -- terrain: sea by majority of samples, lakes by centre, then the hand-made areas
    for row in range(height):
        for col in range(width):
            i = m.idx(col, row)
            ll = [km_to_lonlat(x, y) for x, y in hex_samples(col, row)]
            wet = sum(1 for lon, lat in ll if point_in_ring(lon, lat, sea))
            if wet >= 4:
                m.terrain[i] = "sea"
                continue
            clon, clat = ll[0]
            t = "plain"
            for name, ring in terrain_polys:
                if point_in_ring(clon, clat, ring):
                    t = name
            if any(point_in_ring(clon, clat, ring) for ring in lakes):
                t = "lake"
            m.terrain[i] = t
            reg = DEFAULT_REGION
            for name, ring in region_polys:
                if point_in_ring(clon, clat, ring):
                    reg = name
                    break
            m.region[i] = reg

    places = load_places()
    by_id = {}
    px_w = TILE_W * width + TILE_W // 2
    px_h = ROW_PX * height + (TILE_H - ROW_PX)
    for p in places:
        x, y = project(p["lon"], p["lat"])
        px, py = km_to_px(x, y)
        px, py = int(round(px)), int(round(py))
        if not (0 <= px < px_w and 0 <= py < px_h):
            m.report.append("off the map: %s (%.3f N %.3f E)" % (p["id"], p["lat"], p["lon"]))
            continue
        col, row = px_to_hex(px, py)
        if not m.on_map(col, row):
            m.report.append("off the map: %s" % p["id"])
            continue
        p.update(px=px, py=py, col=col, row=row)
        by_id[p["id"]] = p
        m.places.append(p)
        i = m.idx(col, row)
        if p["terrain"]:
            m.terrain[i] = p["terrain"]
        elif m.terrain[i] == "sea":
            m.terrain[i] = "plain"
        if not m.region[i]:
            reg = DEFAULT_REGION
            for name, ring in region_polys:
                if point_in_ring(p["lon"], p["lat"], ring):
                    reg = name
                    break
            m.region[i] = reg

    def land(h):
        i = m.idx(*h)
        if m.terrain[i] in ("sea", "lake"):
            m.terrain[i] = "plain"
            if not m.region[i]:
                m.region[i] = DEFAULT_REGION

    def route(stops, crossing_cost, free_crossings=()):
        path = []
        for k, (a, b) in enumerate(zip(stops, stops[1:])):
            seg = route_leg(m, a, b, 0 if k in free_crossings else crossing_cost)
            path.extend(seg if not path else seg[1:])
        return path

    # -- rivers: a hex side is a river side when the river crosses the segment joining the
    # two hex centres an odd number of times (the crossed sides then form a connected chain)
    rivers = [("Kura", kura, None)] + [(f["properties"]["name"], f["geometry"]["coordinates"],
                                       f["properties"].get("joins"))
                                      for f in load_features("rivers.geojson")]
    by_name = {name: [project(lon, lat) for lon, lat in coords] for name, coords, _ in rivers}
    for name, coords, joins in rivers:
        pts = [project(lon, lat) for lon, lat in coords]
        if joins:
            # a tributary ends exactly on the river it joins (no spur across it)
            if joins not in by_name:
                raise SystemExit("mapgen: river %s joins unknown river %s" % (name, joins))
            end = nearest_on_line(pts[-1], by_name[joins])
            if math.hypot(end[0] - pts[-1][0], end[1] - pts[-1][1]) > 15:
                raise SystemExit("mapgen: river %s ends more than 15 km from the %s"
                                 % (name, joins))
            pts[-1] = end
        parity = {}
        for p1, p2 in zip(pts, pts[1:]):
            x0, x1 = min(p1[0], p2[0]) - 12, max(p1[0], p2[0]) + 12
            y0, y1 = min(p1[1], p2[1]) - 12, max(p1[1], p2[1]) + 12
            r0, r1 = int(math.floor(y0 / ROW_KM)), int(math.ceil(y1 / ROW_KM))
            c0, c1 = int(math.floor(x0 / KM_PER_HEX)), int(math.ceil(x1 / KM_PER_HEX))
            for row in range(r0, r1 + 1):
                for col in range(c0, c1 + 1):
                    for d in (0, 4, 5):
                        b = neighbour(col, row, d)
                        q1 = hex_centre_km(col, row)
                        q2 = hex_centre_km(*b)
                        if segments_cross(p1, p2, q1, q2):
                            key = (col, row, d)
                            parity[key] = parity.get(key, 0) ^ 1
        for (col, row, d), odd in sorted(parity.items()):
            if not odd:
                continue
            a = (col, row)
            b = neighbour(col, row, d)
            if not m.on_map(*a) or not m.on_map(*b):
                continue
            if "sea" in (m.terrain[m.idx(*a)], m.terrain[m.idx(*b)]):
                continue
            m.set_side("river", a, d)
            m.river_sides.setdefault(name, set()).update(
                {(a, d), (b, (d + 3) % 6)})

    # -- railways, in station order
    m.rail_lines = {}
    for line, ids in load_railways().items():
        stops = []
        for pid in ids:
            if pid not in by_id:
                raise SystemExit("mapgen: railways.csv line %s: unknown or off-map place %s"
                                 % (line, pid))
            stops.append((by_id[pid]["col"], by_id[pid]["row"]))
        # the track may cross a river only on a leg that ends at a river crossing
        free = [k for k in range(len(ids) - 1)
                if "river_crossing" in by_id[ids[k]]["kinds"]
                or "river_crossing" in by_id[ids[k + 1]]["kinds"]]
        path = route(stops, RAIL_CROSSING_COST, free)
        for h in path:
            land(h)
        for a, b in zip(path, path[1:]):
            if a != b:
                m.set_side("rail", a, dir_between(a, b))
        m.rail_lines[line] = path

    # -- roads
    roads = read_json(os.path.join(DATA, "mapgen", "roads.json"))["roads"]
    m.road_paths = {}
    for road in roads:
        stops = []
        for s in road["via"]:
            if isinstance(s, str):
                if s not in by_id:
                    raise SystemExit("mapgen: roads.json %s: unknown place %s" % (road["name"], s))
                stops.append((by_id[s]["col"], by_id[s]["row"]))
            else:
                stops.append(km_to_hex(*project(s["lon"], s["lat"])))
        path = [h for h in route(stops, ROAD_CROSSING_COST) if m.on_map(*h)]
        for h in path:
            land(h)
        for a, b in zip(path, path[1:]):
            d = dir_between(a, b)
            if d >= 0:
                m.set_side("road", a, d)
        m.road_paths[road["name"]] = path

    # -- bridges: wherever a track or road crosses a river side
    for path in list(m.rail_lines.values()) + list(m.road_paths.values()):
        for a, b in zip(path, path[1:]):
            d = dir_between(a, b)
            if d >= 0 and m.has_side("river", a, d):
                m.set_side("bridge", a, d)

    # -- place flags
    for p in m.places:
        k = p["kinds"]
        flags = []
        if any(x in k for x in ("rail_station", "rail_junction", "rail_terminus")):
            flags.append("station")
        if "port" in k:
            flags.append("port")
        if "oilfield" in k:
            flags.append("oilfield")
        if any(x in k for x in ("town", "city", "capital", "fortress")):
            flags.append("town")
        p["flags"] = flags
    return m


# ---------------------------------------------------------------------------- PNG tilesets
def write_png(path, width, height, rgba):
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = bytearray()
    stride = width * 4
    for y in range(height):
        raw.append(0)
        raw.extend(rgba[y * stride:(y + 1) * stride])
    png = b"\x89PNG\r\n\x1a\n"
    png += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(bytes(raw), 9))
    png += chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def png_content(path):
    """(IHDR, decompressed image data) of a PNG, or None when it is not one."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    pos, ihdr, idat = 8, b"", b""
    while pos + 8 <= len(data):
        n, tag = struct.unpack(">I4s", data[pos:pos + 8])
        if tag == b"IHDR":
            ihdr = data[pos + 8:pos + 8 + n]
        elif tag == b"IDAT":
            idat += data[pos + 8:pos + 8 + n]
        pos += 12 + n
    try:
        return ihdr, zlib.decompress(idat)
    except zlib.error:
        return None


HEX_CORNERS = [(14, 0), (28, 8), (28, 24), (14, 32), (0, 24), (0, 8)]
# Corners bounding side d (0 E .. 5 SE, see DIRS)
SIDE_CORNERS = [(1, 2), (0, 1), (5, 0), (4, 5), (3, 4), (2, 3)]


def side_mid(d):
    a, b = SIDE_CORNERS[d]
    return ((HEX_CORNERS[a][0] + HEX_CORNERS[b][0]) / 2,
            (HEX_CORNERS[a][1] + HEX_CORNERS[b][1]) / 2)


def seg_dist(px, py, a, b):
    ax, ay = a
    bx, by = b
    dx, dy = bx - ax, by - ay
    ll = dx * dx + dy * dy
    t = 0.0 if ll == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / ll))
    cx, cy = ax + t * dx, ay + t * dy
    return math.hypot(px - cx, py - cy)


class Sheet:
    def __init__(self, columns, count):
        self.columns = columns
        self.rows = (count + columns - 1) // columns
        self.w, self.h = columns * TILE_W, self.rows * TILE_H
        self.px = bytearray(self.w * self.h * 4)

    def tile_pixels(self, tile):
        ox, oy = (tile % self.columns) * TILE_W, (tile // self.columns) * TILE_H
        for y in range(TILE_H):
            for x in range(TILE_W):
                yield x + 0.5, y + 0.5, ((oy + y) * self.w + ox + x) * 4

    def put(self, off, rgba):
        self.px[off:off + 4] = bytes(rgba)


def inside_hex(x, y):
    return point_in_ring(x, y, HEX_CORNERS)


def draw_terrain_sheet():
    s = Sheet(len(TERRAINS), len(TERRAINS))
    for t, name in enumerate(TERRAINS):
        col = TERRAIN_COLORS[name]
        for x, y, off in s.tile_pixels(t):
            if not inside_hex(x, y):
                continue
            c = col
            if name == "city" and (int(x) % 6 < 3) == (int(y) % 6 < 3):
                c = (150, 60, 60)
            elif name == "marsh" and int(y) % 5 == 0:
                c = (70, 120, 180)
            elif name == "forest" and (int(x) + int(y)) % 7 == 0:
                c = (30, 90, 40)
            elif name == "mountains" and abs(x - 14) < (y - 8) * 0.6 and y < 22 and y > 8:
                c = (235, 235, 235) if y < 13 else (95, 80, 70)
            elif name == "hills" and math.hypot(x - 14, y - 18) < 6 and y < 18:
                c = (140, 120, 80)
            s.put(off, c + (255,))
    return s


def draw_mask_sheet(kind):
    s = Sheet(8, 64)
    centre = (14.0, 16.0)
    for mask in range(64):
        for x, y, off in s.tile_pixels(mask):
            hit = None
            for d in range(6):
                if not mask & (1 << d):
                    continue
                mid = side_mid(d)
                if kind == "rail":
                    if seg_dist(x, y, centre, mid) <= 1.6:
                        hit = (30, 30, 30, 255)
                    elif seg_dist(x, y, centre, mid) <= 3.2 and \
                            int(math.hypot(x - 14, y - 16)) % 4 == 0:
                        hit = hit or (30, 30, 30, 255)
                elif kind == "road":
                    if seg_dist(x, y, centre, mid) <= 1.2:
                        hit = (150, 88, 30, 255)
                elif kind == "river":
                    a, b = SIDE_CORNERS[d]
                    pa, pb = HEX_CORNERS[a], HEX_CORNERS[b]
                    # pulled a little toward the centre so the line stays inside the tile
                    pa = (pa[0] * 0.88 + 14 * 0.12, pa[1] * 0.88 + 16 * 0.12)
                    pb = (pb[0] * 0.88 + 14 * 0.12, pb[1] * 0.88 + 16 * 0.12)
                    if seg_dist(x, y, pa, pb) <= 1.5:
                        hit = (30, 80, 220, 255)
                elif kind == "bridge":
                    mx, my = side_mid(d)
                    mx, my = mx * 0.8 + 14 * 0.2, my * 0.8 + 16 * 0.2
                    vx, vy = mx - 14, my - 16
                    ln = math.hypot(vx, vy)
                    ux, uy = vx / ln, vy / ln
                    a = (mx - ux * 4, my - uy * 4)
                    b = (mx + ux * 4, my + uy * 4)
                    if seg_dist(x, y, a, b) <= 2.2:
                        hit = (110, 70, 30, 255)
            if hit:
                s.put(off, hit)
    return s


def draw_region_sheet():
    s = Sheet(len(REGIONS), len(REGIONS))
    for t, name in enumerate(REGIONS):
        col = REGION_COLORS[name]
        for x, y, off in s.tile_pixels(t):
            if inside_hex(x, y):
                s.put(off, col + (96,))
    return s


# ---------------------------------------------------------------------------- Tiled JSON
MASK_SETS = ["rail", "road", "river", "bridge"]


def tilesets():
    """[(name, firstgid, tilecount, columns, property name, values)] in gid order."""
    out = []
    gid = 1
    out.append(("terrain", gid, len(TERRAINS), len(TERRAINS), "terrain", TERRAINS))
    gid += len(TERRAINS)
    for k in MASK_SETS:
        out.append((k, gid, 64, 8, "mask", list(range(64))))
        gid += 64
    out.append(("region", gid, len(REGIONS), len(REGIONS), "region", REGIONS))
    return out


def prop(name, ptype, value):
    return {"name": name, "type": ptype, "value": value}


def to_tmj(m):
    ts = tilesets()
    first = {t[0]: t[1] for t in ts}
    layers = []
    lid = 1
    data = [first["terrain"] + TERRAINS.index(t) for t in m.terrain]
    layers.append(("terrain", data))
    for k in MASK_SETS:
        layers.append((k, [first[k] + v if v else 0 for v in m.masks[k]]))
    layers.append(("region", [first["region"] + REGIONS.index(r) if r else 0 for r in m.region]))
    out_layers = []
    for name, data in layers:
        out_layers.append({
            "data": data, "height": m.height, "id": lid, "name": name, "opacity": 1,
            "type": "tilelayer", "visible": name != "region", "width": m.width, "x": 0, "y": 0,
        })
        lid += 1
    objects = []
    oid = 1
    for p in m.places:
        props = [prop("id", "string", p["id"]), prop("alt", "string", p["alt"])]
        for f in ("station", "port", "oilfield", "town"):
            props.append(prop(f, "bool", f in p["flags"]))
        props.append(prop("vp", "int", p["vp"]))
        objects.append({
            "height": 0, "id": oid, "name": p["name"], "point": True,
            "properties": sorted(props, key=lambda q: q["name"]), "rotation": 0,
            "type": "place", "visible": True, "width": 0, "x": p["px"], "y": p["py"],
        })
        oid += 1
    out_layers.append({
        "draworder": "topdown", "id": lid, "name": "places", "objects": objects, "opacity": 1,
        "type": "objectgroup", "visible": True, "x": 0, "y": 0,
    })
    lid += 1
    out_ts = []
    for name, firstgid, count, columns, pname, values in ts:
        rows = (count + columns - 1) // columns
        tiles = []
        for i, v in enumerate(values):
            ptype = "int" if pname == "mask" else "string"
            tiles.append({"id": i, "properties": [prop(pname, ptype, v)]})
        out_ts.append({
            "columns": columns, "firstgid": firstgid,
            "image": "%s_%s.png" % (MAP_BASENAME, name),
            "imageheight": rows * TILE_H, "imagewidth": columns * TILE_W, "margin": 0,
            "name": name, "spacing": 0, "tilecount": count, "tileheight": TILE_H,
            "tiles": tiles, "tilewidth": TILE_W,
        })
    projection = ("equirectangular about %.1f N: x = %.3f km per degree of longitude east of "
                  "%.1f E, y = %.3f km per degree of latitude south of %.1f N; hex (col,row) "
                  "odd-r centre at x = %d*(col + row%%2/2), y = %.4f*row km; pixel = "
                  "(14 + 2.8 x, 16 + %.5f y)"
                  % (LAT0, KM_PER_DEG * math.cos(math.radians(LAT0)), LON_MIN, KM_PER_DEG,
                     LAT_MAX, KM_PER_HEX, ROW_KM, ROW_PX / ROW_KM))
    return {
        "compressionlevel": -1, "height": m.height, "hexsidelength": HEX_SIDE, "infinite": False,
        "layers": out_layers, "nextlayerid": lid, "nextobjectid": oid,
        "orientation": "hexagonal",
        "properties": [prop("km_per_hex", "int", KM_PER_HEX),
                       prop("name", "string", "Caucasus 1920"),
                       prop("projection", "string", projection)],
        "renderorder": "right-down", "staggeraxis": "y", "staggerindex": "odd",
        "tiledversion": "1.10.2", "tileheight": TILE_H, "tilesets": out_ts,
        "tilewidth": TILE_W, "type": "map", "version": "1.10", "width": m.width,
    }


def dump_json(obj, width=None, indent=0):
    """Deterministic pretty printer: tile layer data one map row per line, small objects and
    arrays of scalars on one line."""
    pad = " " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        if all(not isinstance(v, (dict, list)) for v in obj.values()) and len(obj) <= 4:
            return "{" + ", ".join(json.dumps(k) + ": " + json.dumps(v, ensure_ascii=False)
                                   for k, v in obj.items()) + "}"
        w = obj.get("width") if obj.get("type") == "tilelayer" else None
        items = []
        for k, v in obj.items():
            if k == "data" and w:
                rows = [", ".join(str(x) for x in v[i:i + w]) for i in range(0, len(v), w)]
                body = (",\n" + pad + "  ").join(rows)
                items.append(pad + " " + json.dumps(k) + ": [\n" + pad + "  " + body + "]")
            else:
                items.append(pad + " " + json.dumps(k) + ": " + dump_json(v, None, indent + 1))
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if not obj:
            return "[]"
        if all(not isinstance(v, (dict, list)) for v in obj):
            return "[" + ", ".join(json.dumps(v) for v in obj) + "]"
        return "[\n" + ",\n".join(pad + " " + dump_json(v, None, indent + 1) for v in obj) + \
            "\n" + pad + "]"
    return json.dumps(obj, ensure_ascii=False)


def write_all(m, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    paths = []
    tmj = os.path.join(out_dir, MAP_BASENAME + ".tmj")
    with open(tmj, "w", encoding="utf-8", newline="\n") as f:
        f.write(dump_json(to_tmj(m)) + "\n")
    paths.append(tmj)
    sheets = {"terrain": draw_terrain_sheet(), "region": draw_region_sheet()}
    for k in MASK_SETS:
        sheets[k] = draw_mask_sheet(k)
    for name in ["terrain"] + MASK_SETS + ["region"]:
        s = sheets[name]
        p = os.path.join(out_dir, "%s_%s.png" % (MAP_BASENAME, name))
        write_png(p, s.w, s.h, s.px)
        paths.append(p)
    return paths


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=OUT_DIR, help="output folder (default scenarios/common)")
    ap.add_argument("--check", action="store_true",
                    help="regenerate into a temporary folder; fail if it differs from --out")
    ap.add_argument("-v", "--verbose", action="store_true", help="print a summary")
    args = ap.parse_args(argv)
    m = build()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = write_all(m, tmp)
            stale = []
            for p in fresh:
                old = os.path.join(args.out, os.path.basename(p))
                if not os.path.exists(old):
                    stale.append(os.path.basename(p))
                elif p.endswith(".png"):
                    # compare pixels, not bytes: another zlib may compress differently
                    if png_content(p) != png_content(old):
                        stale.append(os.path.basename(p))
                elif not filecmp.cmp(p, old, shallow=False):
                    stale.append(os.path.basename(p))
            if stale:
                print("mapgen: out of date: %s (run python3 scripts/mapgen.py)"
                      % ", ".join(stale), file=sys.stderr)
                return 1
            print("mapgen: %s is up to date" % os.path.join(args.out, MAP_BASENAME + ".tmj"))
            return 0
    paths = write_all(m, args.out)
    if args.verbose:
        counts = {}
        for t in m.terrain:
            counts[t] = counts.get(t, 0) + 1
        print("map %dx%d, %d places" % (m.width, m.height, len(m.places)))
        print("terrain: " + ", ".join("%s %d" % (t, counts.get(t, 0)) for t in TERRAINS))
        for k in MASK_SETS:
            print("%s hexes: %d" % (k, sum(1 for v in m.masks[k] if v)))
        for line in m.report:
            print(line)
    for p in paths:
        print("wrote " + os.path.relpath(p, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
