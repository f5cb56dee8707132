"""Tests of scripts/mapgen.py and of the map it made (scenarios/common/caucasus1920.tmj).

Run: python3 -m unittest discover -s tests/scripts   (tests/cli/mapgen.sh does this)
"""

import collections
import csv
import json
import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import mapgen  # noqa: E402

MAP_PATH = os.path.join(ROOT, "scenarios", "common", "caucasus1920.tmj")


def load_map():
    with open(MAP_PATH, encoding="utf-8") as f:
        tmj = json.load(f)
    gid_value = {}
    for ts in tmj["tilesets"]:
        for t in ts["tiles"]:
            for p in t["properties"]:
                gid_value[ts["firstgid"] + t["id"]] = (ts["name"], p["value"])
    layers = {l["name"]: l for l in tmj["layers"]}
    w, h = tmj["width"], tmj["height"]

    def grid(name):
        out = {}
        for i, gid in enumerate(layers[name]["data"]):
            out[(i % w, i // w)] = gid_value[gid][1] if gid else (0 if name != "region" else "")
        return out

    places = {}
    for o in layers["places"]["objects"]:
        props = {p["name"]: p["value"] for p in o["properties"]}
        props["name"] = o["name"]
        props["hex"] = mapgen.px_to_hex(o["x"], o["y"])
        places[props["id"]] = props
    return tmj, {k: grid(k) for k in ("terrain", "rail", "road", "river", "bridge", "region")}, \
        places


def source_places():
    rows = []
    for name in (os.path.join(ROOT, "data", "history", "places.csv"),
                 os.path.join(ROOT, "data", "mapgen", "places_extra.csv")):
        with open(name, newline="", encoding="utf-8") as f:
            rows += list(csv.DictReader(f))
    return {r["id"]: r for r in rows}


def true_hex(row):
    return mapgen.km_to_hex(*mapgen.project(float(row["lon"]), float(row["lat"])))


def linked(grids, a, d, what="rail"):
    b = mapgen.neighbour(a[0], a[1], d)
    return b in grids[what] and grids[what][a] & (1 << d) and \
        grids[what][b] & (1 << ((d + 3) % 6))


def rail_path(grids, a, b):
    """Breadth-first search along track from a to b; the path or None."""
    prev = {a: None}
    queue = collections.deque([a])
    while queue:
        h = queue.popleft()
        if h == b:
            out = []
            while h is not None:
                out.append(h)
                h = prev[h]
            return out[::-1]
        for d in range(6):
            if linked(grids, h, d):
                n = mapgen.neighbour(h[0], h[1], d)
                if n not in prev:
                    prev[n] = h
                    queue.append(n)
    return None


class MapTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmj, cls.grids, cls.places = load_map()
        cls.src = source_places()

    def test_format_header(self):
        t = self.tmj
        self.assertEqual(t["orientation"], "hexagonal")
        self.assertEqual((t["staggeraxis"], t["staggerindex"]), ("y", "odd"))
        self.assertEqual((t["tilewidth"], t["tileheight"], t["hexsidelength"]), (28, 32, 16))
        props = {p["name"]: p["value"] for p in t["properties"]}
        self.assertEqual(props["km_per_hex"], 10)
        self.assertTrue(props["name"] and props["projection"])
        self.assertLessEqual(t["width"], 96)
        self.assertLessEqual(t["height"], 96)

    def test_extent(self):
        # Petrovsk to the Araks, Tiflis to the Absheron tip
        w, h = self.tmj["width"], self.tmj["height"]
        for lon, lat in ((47.505, 42.983), (48.0, 39.0), (44.6, 41.7), (50.35, 40.45)):
            col, row = mapgen.km_to_hex(*mapgen.project(lon, lat))
            self.assertTrue(0 <= col < w and 0 <= row < h, (lon, lat))

    def test_every_place_within_one_hex(self):
        w, h = self.tmj["width"], self.tmj["height"]
        for pid, row in self.src.items():
            col_r = true_hex(row)
            if pid not in self.places:
                # only places whose position lies off the map may be missing
                self.assertFalse(0 <= col_r[0] < w and 0 <= col_r[1] < h, pid)
                continue
            got = self.places[pid]["hex"]
            self.assertLessEqual(mapgen.hex_distance(got, col_r), 1, pid)
            self.assertEqual(self.places[pid]["name"], row["name"])
        self.assertGreaterEqual(len(self.places), 50)

    def test_distances_between_towns(self):
        pairs = [("baku", "derbent"), ("baku", "ganja"), ("ganja", "tiflis"),
                 ("baku", "shemakha"), ("yevlakh", "shusha"), ("petrovsk", "baku")]
        for a, b in pairs:
            ra, rb = self.src[a], self.src[b]
            gc = mapgen.great_circle_km(float(ra["lon"]), float(ra["lat"]),
                                        float(rb["lon"]), float(rb["lat"]))
            xa, ya = mapgen.hex_centre_km(*self.places[a]["hex"])
            xb, yb = mapgen.hex_centre_km(*self.places[b]["hex"])
            on_map = math.hypot(xa - xb, ya - yb)
            self.assertLessEqual(abs(on_map - gc), 10 + 0.1 * gc, (a, b, on_map, gc))
            # and in hex steps (a hex path is at most 2/sqrt(3) longer than a straight line)
            steps = mapgen.hex_distance(self.places[a]["hex"], self.places[b]["hex"])
            self.assertLessEqual(abs(steps * 10 - gc), 10 + 0.16 * gc, (a, b, steps, gc))

    def test_side_features_on_both_hexes(self):
        for what in ("rail", "road", "river", "bridge"):
            g = self.grids[what]
            for h, mask in g.items():
                for d in range(6):
                    if mask & (1 << d):
                        n = mapgen.neighbour(h[0], h[1], d)
                        self.assertIn(n, g, (what, h, d))
                        self.assertTrue(g[n] & (1 << ((d + 3) % 6)), (what, h, d))

    def test_texts_fit_the_game(self):
        # ID_LEN 24 and NAME_LEN 48 in engine/core/game.h, with the terminating NUL
        import re
        for pid, p in self.places.items():
            self.assertRegex(pid, r"^[a-z0-9_]{1,23}$")
            self.assertLessEqual(len(p["name"].encode()), 47, pid)
            self.assertLessEqual(len(p["alt"].encode()), 47, pid)
        for ts in self.tmj["tilesets"]:
            if ts["name"] == "region":
                for t in ts["tiles"]:
                    self.assertTrue(re.match(r"^[a-z0-9_]{1,23}$", t["properties"][0]["value"]))

    def test_tracks_and_places_on_land(self):
        for what in ("rail", "road"):
            for h, mask in self.grids[what].items():
                if mask:
                    self.assertNotIn(self.grids["terrain"][h], ("sea", "lake"), (what, h))
        for pid, p in self.places.items():
            self.assertNotIn(self.grids["terrain"][p["hex"]], ("sea", "lake"), pid)

    def test_bridges_only_on_rivers(self):
        for h, mask in self.grids["bridge"].items():
            self.assertEqual(mask & ~self.grids["river"][h], 0, h)

    def test_rail_lines_connect_stations_in_order(self):
        lines = collections.defaultdict(list)
        with open(os.path.join(ROOT, "data", "history", "railways.csv"), newline="") as f:
            for r in csv.DictReader(f):
                lines[r["line"]].append((int(r["seq"]), r["place_id"]))
        self.assertEqual(len(lines), 2)
        for line, stops in lines.items():
            ids = [pid for _, pid in sorted(stops)]
            for a, b in zip(ids, ids[1:]):
                ha, hb = self.places[a]["hex"], self.places[b]["hex"]
                self.assertTrue(self.grids["rail"][ha], (line, a))
                path = rail_path(self.grids, ha, hb)
                self.assertIsNotNone(path, (line, a, b))
                # the leg follows the line, not a long way round
                self.assertLessEqual(len(path) - 1, 2 * mapgen.hex_distance(ha, hb) + 2,
                                     (line, a, b))
            for pid in ids:
                kinds = self.src[pid]["kind"]
                if "rail_station" in kinds or "rail_terminus" in kinds:
                    self.assertTrue(self.places[pid]["station"], pid)

    def test_no_rail_into_karabakh(self):
        for h, reg in self.grids["region"].items():
            if reg in ("karabakh", "zangezur"):
                self.assertEqual(self.grids["rail"][h], 0, h)
        for pid in ("barda", "terter", "agdam", "askeran", "khankendi", "shusha", "goris"):
            c = self.places[pid]["hex"]
            for h, mask in self.grids["rail"].items():
                if mask:
                    self.assertGreater(mapgen.hex_distance(h, c), 1, (pid, h))
            self.assertFalse(self.places[pid]["station"], pid)

    def test_bridges_at_the_crossings(self):
        # a bridge on a side of the crossing's hex or of a hex next to it
        for pid in ("samur_bridge", "kura_yevlakh", "kura_poili", "red_bridge"):
            c = self.places[pid]["hex"]
            near = [h for h, m in self.grids["bridge"].items()
                    if m and mapgen.hex_distance(h, c) <= 1]
            self.assertTrue(near, pid)

    def test_rail_is_one_network(self):
        start = self.places["baku"]["hex"]
        rail = [h for h, m in self.grids["rail"].items() if m]
        seen = {start}
        queue = [start]
        while queue:
            h = queue.pop()
            for d in range(6):
                if linked(self.grids, h, d):
                    n = mapgen.neighbour(h[0], h[1], d)
                    if n not in seen:
                        seen.add(n)
                        queue.append(n)
        self.assertEqual(set(rail), seen)

    def test_baku(self):
        b = self.places["baku"]
        h = b["hex"]
        self.assertEqual(self.grids["terrain"][h], "city")
        self.assertTrue(b["port"] and b["station"] and b["town"])
        self.assertGreaterEqual(b["vp"], 5)
        self.assertTrue(self.grids["rail"][h])
        self.assertEqual(self.grids["region"][h], "adr")
        # Baku is on the coast, and the Absheron ends in the sea a few hexes east of it
        nb = [mapgen.neighbour(h[0], h[1], d) for d in range(6)]
        self.assertTrue(any(self.grids["terrain"][n] == "sea" for n in nb))
        east = [self.grids["terrain"].get((h[0] + k, h[1])) for k in range(1, 7)]
        self.assertIn("sea", east)
        self.assertNotEqual(east[0], "sea")
        for oil in ("balakhany", "surakhany", "bibi_heybat"):
            self.assertTrue(self.places[oil]["oilfield"], oil)
            self.assertLessEqual(mapgen.hex_distance(self.places[oil]["hex"], h), 2, oil)

    def test_ports_are_on_the_coast(self):
        for pid, p in self.places.items():
            if p["port"]:
                h = p["hex"]
                nb = [mapgen.neighbour(h[0], h[1], d) for d in range(6)]
                self.assertTrue(any(self.grids["terrain"].get(n) == "sea" for n in nb), pid)

    def test_cities_and_regions(self):
        for pid in ("tiflis", "ganja", "derbent"):
            self.assertEqual(self.grids["terrain"][self.places[pid]["hex"]], "city", pid)
        self.assertEqual(self.grids["region"][self.places["tiflis"]["hex"]], "georgia")
        self.assertEqual(self.grids["region"][self.places["petrovsk"]["hex"]], "dagestan")
        self.assertEqual(self.grids["region"][self.places["shusha"]["hex"]], "karabakh")
        self.assertEqual(self.grids["region"][self.places["goris"]["hex"]], "zangezur")
        self.assertEqual(self.grids["region"][self.places["zakatala"]["hex"]], "zakatala")
        for h, t in self.grids["terrain"].items():
            self.assertEqual(self.grids["region"][h] == "", t == "sea", h)

    def test_no_mingachevir_reservoir(self):
        for lon, lat in ((46.8, 40.9), (47.0, 40.85), (46.6, 40.95)):
            h = mapgen.km_to_hex(*mapgen.project(lon, lat))
            self.assertNotIn(self.grids["terrain"][h], ("lake", "sea"), (lon, lat))
        sevan = mapgen.km_to_hex(*mapgen.project(45.3, 40.35))
        self.assertEqual(self.grids["terrain"][sevan], "lake")

    def test_kura_is_a_river_line(self):
        # the Kura separates Yevlakh station from Ganja along the track
        y, k = self.places["yevlakh"]["hex"], self.places["ganja"]["hex"]
        path = rail_path(self.grids, y, k)
        crossings = sum(1 for a, b in zip(path, path[1:])
                        if self.grids["river"][a] & (1 << mapgen.dir_between(a, b)))
        self.assertGreaterEqual(crossings, 1)
        bridged = all(self.grids["bridge"][a] & (1 << mapgen.dir_between(a, b))
                      for a, b in zip(path, path[1:])
                      if self.grids["river"][a] & (1 << mapgen.dir_between(a, b)))
        self.assertTrue(bridged)

    def test_tileset_images(self):
        base = os.path.dirname(MAP_PATH)
        for ts in self.tmj["tilesets"]:
            with open(os.path.join(base, ts["image"]), "rb") as f:
                data = f.read()
            self.assertEqual(data[:8], b"\x89PNG\r\n\x1a\n")
            w, h = struct.unpack(">II", data[16:24])
            self.assertEqual((w, h), (ts["imagewidth"], ts["imageheight"]))
            self.assertEqual(zlib.crc32(data[12:29]) & 0xFFFFFFFF,
                             struct.unpack(">I", data[29:33])[0])
            ids = sorted(t["id"] for t in ts["tiles"])
            self.assertEqual(ids, list(range(ts["tilecount"])))
            if ts["name"] in mapgen.MASK_SETS:
                for t in ts["tiles"]:
                    self.assertEqual(t["properties"][0], {"name": "mask", "type": "int",
                                                          "value": t["id"]})


@unittest.skipUnless(shutil.which("tiled"), "the Tiled editor is not installed")
class TiledEditorTest(unittest.TestCase):
    """The Tiled editor itself reads the map and writes the same content back."""

    def test_tiled_reads_and_writes_the_map(self):
        base = os.path.dirname(MAP_PATH)
        with tempfile.TemporaryDirectory() as tmp:
            for name in os.listdir(base):
                if name.startswith("caucasus1920"):
                    shutil.copy(os.path.join(base, name), tmp)
            out = os.path.join(tmp, "resaved.tmj")
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
            r = subprocess.run(["tiled", "--export-map", "json",
                                os.path.join(tmp, "caucasus1920.tmj"), out],
                               capture_output=True, text=True, env=env, timeout=300)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(MAP_PATH, encoding="utf-8") as f:
                ours = json.load(f)
            with open(out, encoding="utf-8") as f:
                theirs = json.load(f)
        for k in ("orientation", "staggeraxis", "staggerindex", "width", "height",
                  "tilewidth", "tileheight", "hexsidelength"):
            self.assertEqual(ours[k], theirs[k], k)
        self.assertEqual(ours["properties"], theirs["properties"])
        la = {l["name"]: l for l in ours["layers"]}
        lb = {l["name"]: l for l in theirs["layers"]}
        self.assertEqual(sorted(la), sorted(lb))
        for name, layer in la.items():
            if layer["type"] == "tilelayer":
                self.assertEqual(layer["data"], lb[name]["data"], name)
            else:
                def objs(layer):
                    return [(o["name"], o["x"], o["y"], o.get("point"),
                             sorted((p["name"], p["value"]) for p in o["properties"]))
                            for o in layer["objects"]]
                self.assertEqual(objs(layer), objs(lb[name]))
        for ta, tb in zip(ours["tilesets"], theirs["tilesets"]):
            self.assertEqual((ta["name"], ta["firstgid"], ta["tiles"]),
                             (tb["name"], tb["firstgid"], tb["tiles"]))


class GeneratorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.m = mapgen.build()

    def test_transcaucasian_crosses_the_kura_twice(self):
        path = self.m.rail_lines["transcaucasian_baku_tiflis"]
        kura = self.m.river_sides["Kura"]
        n = sum(1 for a, b in zip(path, path[1:]) if (a, mapgen.dir_between(a, b)) in kura)
        self.assertEqual(n, 2)
        coastal = self.m.rail_lines["coastal_petrovsk_baku"]
        samur = self.m.river_sides["Samur"]
        self.assertEqual(sum(1 for a, b in zip(coastal, coastal[1:])
                             if (a, mapgen.dir_between(a, b)) in samur), 1)

    def test_deterministic(self):
        again = mapgen.build()
        self.assertEqual(mapgen.dump_json(mapgen.to_tmj(self.m)),
                         mapgen.dump_json(mapgen.to_tmj(again)))

    def test_geometry_round_trip(self):
        for col, row in ((0, 0), (5, 7), (51, 59), (20, 33)):
            x, y = mapgen.hex_centre_km(col, row)
            self.assertEqual(mapgen.km_to_hex(x, y), (col, row))
            self.assertEqual(mapgen.px_to_hex(*mapgen.hex_centre_px(col, row)), (col, row))
            self.assertEqual(mapgen.px_to_hex(*mapgen.km_to_px(x, y)), (col, row))
        for d in range(6):
            n = mapgen.neighbour(20, 33, d)
            self.assertEqual(mapgen.hex_distance((20, 33), n), 1)
            self.assertEqual(mapgen.dir_between((20, 33), n), d)
            xa, ya = mapgen.hex_centre_km(20, 33)
            xb, yb = mapgen.hex_centre_km(*n)
            self.assertAlmostEqual(math.hypot(xa - xb, ya - yb), 10.0, places=6)

    def test_check_notices_changes(self):
        base = os.path.dirname(MAP_PATH)
        script = os.path.join(ROOT, "scripts", "mapgen.py")
        with tempfile.TemporaryDirectory() as tmp:
            for name in os.listdir(base):
                if name.startswith("caucasus1920"):
                    shutil.copy(os.path.join(base, name), tmp)
            ok = subprocess.run([sys.executable, script, "--check", "--out", tmp],
                                capture_output=True, text=True)
            self.assertEqual(ok.returncode, 0, ok.stderr)
            # one pixel of the river tileset changed
            png = os.path.join(tmp, "caucasus1920_river.png")
            ihdr, raw = mapgen.png_content(png)
            w, h = struct.unpack(">II", ihdr[:8])
            px = bytearray()
            for y in range(h):
                px += raw[y * (w * 4 + 1) + 1:(y + 1) * (w * 4 + 1)]
            px[40 * 4 + 3] ^= 0xFF
            mapgen.write_png(png, w, h, px)
            r = subprocess.run([sys.executable, script, "--check", "--out", tmp],
                               capture_output=True, text=True)
            self.assertNotEqual(r.returncode, 0)
            self.assertIn("caucasus1920_river.png", r.stderr)
            os.remove(os.path.join(tmp, "caucasus1920.tmj"))
            r = subprocess.run([sys.executable, script, "--check", "--out", tmp],
                               capture_output=True, text=True)
            self.assertIn("caucasus1920.tmj", r.stderr)

    def test_map_is_up_to_date(self):
        r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "mapgen.py"),
                            "--check"], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)


if __name__ == "__main__":
    unittest.main()
