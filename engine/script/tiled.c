/*
 * tiled.c - reading and writing the theatre map in Tiled's hexagonal JSON format (tiled.h,
 * docs/map-format.md).
 *
 * Loading runs in checked stages, each refusing bad input with file, JSON line and field:
 * header (orientation, stagger, size, scale) -> tilesets (each tile's meaning from its
 * property: terrain, mask or region) -> layer directory -> game_set_map -> terrain -> side
 * masks -> side agreement (every side feature on both hexes, bridges only over rivers) ->
 * regions -> places. Invariant after success: every hex has a known terrain, every side bit
 * has its mirror on the neighbour, and every place lies on the map.
 *
 * Geometry (pixels <-> hex) is Tiled's for staggeraxis "y": columns tilewidth apart, odd rows
 * shifted tilewidth/2, rows (tileheight - hexsidelength)/2 + hexsidelength apart; a point
 * belongs to the hex with the nearest centre.
 *
 * Dependencies: the rules core (game.h, hex.h, diag.h), json.h, libc, libm (floor).
 */
#include "tiled.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

#define GID_FLAG_BITS 0xF0000000u /* Tiled's flip/rotate flags in a gid's top bits */
#define GID_ID_BITS 0x0FFFFFFFu

static const char *const dir_names[HEX_DIRS] = {"E", "NE", "NW", "W", "SW", "SE"};

/* ====================================================================== geometry */
static int row_height(int th, int hs)
{
    return (th - hs) / 2 + hs;
}

void tiled_hex_center(int tw, int th, int hs, int col, int row, double *x, double *y)
{
    *x = (double)tw * col + (double)(tw / 2) * (row & 1) + tw / 2.0;
    *y = (double)row_height(th, hs) * row + th / 2.0;
}

void tiled_pixel_to_hex(int tw, int th, int hs, double x, double y, int *col, int *row)
{
    int rh = row_height(th, hs);
    double fr = floor((y - th / 2.0) / rh);
    if (fr < -4.0)
        fr = -4.0; /* far outside: the nearest hex is off the map anyway */
    if (fr > 4.0 * MAP_MAX_H)
        fr = 4.0 * MAP_MAX_H;
    int row0 = (int)fr;
    double best = -1;
    *col = *row = -1;
    for (int r = row0 - 1; r <= row0 + 2; r++) {
        double shift = (double)(tw / 2) * (r & 1) + tw / 2.0;
        double fc = floor((x - shift) / tw);
        if (fc < -4.0)
            fc = -4.0;
        if (fc > 4.0 * MAP_MAX_W)
            fc = 4.0 * MAP_MAX_W;
        int col0 = (int)fc;
        for (int c = col0 - 1; c <= col0 + 2; c++) {
            double cx, cy;
            tiled_hex_center(tw, th, hs, c, r, &cx, &cy);
            double d2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
            if (best < 0 || d2 < best) {
                best = d2;
                *col = c;
                *row = r;
            }
        }
    }
}

/* ====================================================================== loading */
enum layer_id { L_TERRAIN, L_RAIL, L_ROAD, L_RIVER, L_BRIDGE, L_REGION, L_COUNT };
static const char *const layer_names[L_COUNT] = {"terrain", "rail", "road",
                                                 "river",   "bridge", "region"};

enum tile_kind { TK_NONE, TK_TERRAIN, TK_MASK, TK_REGION };
static const char *const tile_kind_prop[] = {"", "terrain", "mask", "region"};

struct tile {
    uint32_t gid;
    uint8_t kind; /* enum tile_kind */
    int value;    /* terrain, mask or index into regions */
};

struct ctx {
    struct game *g;
    struct tiled_map *info;
    const char *path;
    struct diag *d;
    int width, height, tw, th, hs, km;
    struct tile *tiles;
    size_t ntiles;
    const struct json *layer[L_COUNT]; /* the layer's "data" array */
    int layer_index[L_COUNT];
    const struct json *places;
    int places_index;
    double places_dx, places_dy; /* the places layer's pixel offset */
};

static bool fail(struct ctx *C, int line, const char *field, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static bool fail(struct ctx *C, int line, const char *field, const char *fmt, ...)
{
    char msg[DIAG_MSG_LEN];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return diag_set(C->d, C->path, line, field, "%s", msg);
}

/* A core setup call refused: keep its message, add where. */
static bool rewrap(struct ctx *C, int line, const char *field)
{
    char msg[DIAG_MSG_LEN];
    snprintf(msg, sizeof msg, "%s", C->d ? C->d->msg : "refused");
    return diag_set(C->d, C->path, line, field, "%s", msg);
}

/* A field path such as "tilesets[1].tiles[3].properties[0]"; a path too long for a diag is
 * cut, as diag_set() would cut it. */
static void fieldf(char *out, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void fieldf(char *out, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out, n, fmt, ap);
    va_end(ap);
}

static int line_of(const struct json *v)
{
    return v ? v->line : 0;
}

static bool get_int(struct ctx *C, const struct json *obj, const char *key, const char *where,
                    long long lo, long long hi, long long *out)
{
    const struct json *v = json_get(obj, key);
    char field[DIAG_FIELD_LEN];
    snprintf(field, sizeof field, "%s%s%s", where, where[0] ? "." : "", key);
    if (!v)
        return fail(C, line_of(obj), field, "missing");
    if (!json_int(v, out))
        return fail(C, v->line, field, "an integer is expected, not %s", json_type_name(v->type));
    if (*out < lo || *out > hi)
        return fail(C, v->line, field, "%lld is outside %lld..%lld", *out, lo, hi);
    return true;
}

static bool get_str(struct ctx *C, const struct json *obj, const char *key, const char *where,
                    bool required, const char **out)
{
    const struct json *v = json_get(obj, key);
    char field[DIAG_FIELD_LEN];
    snprintf(field, sizeof field, "%s%s%s", where, where[0] ? "." : "", key);
    *out = NULL;
    if (!v) {
        if (required)
            return fail(C, line_of(obj), field, "missing");
        return true;
    }
    if (v->type != JSON_STRING)
        return fail(C, v->line, field, "a string is expected, not %s", json_type_name(v->type));
    *out = v->u.str.s;
    return true;
}

static bool valid_id(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n >= ID_LEN)
        return false;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
            return false;
    return true;
}

static bool check_header(struct ctx *C, const struct json *root)
{
    const char *s;
    if (root->type != JSON_OBJECT)
        return fail(C, root->line, NULL, "a Tiled map (a JSON object) is expected, not %s",
                    json_type_name(root->type));
    if (!get_str(C, root, "type", "", false, &s))
        return false;
    if (s && strcmp(s, "map"))
        return fail(C, json_get(root, "type")->line, "type", "\"%s\" is not a map", s);
    if (!get_str(C, root, "orientation", "", true, &s))
        return false;
    if (strcmp(s, "hexagonal"))
        return fail(C, json_get(root, "orientation")->line, "orientation",
                    "\"%s\": the map must be \"hexagonal\"", s);
    if (!get_str(C, root, "staggeraxis", "", true, &s))
        return false;
    if (strcmp(s, "y"))
        return fail(C, json_get(root, "staggeraxis")->line, "staggeraxis",
                    "\"%s\": pointy-top hexes need \"y\"", s);
    if (!get_str(C, root, "staggerindex", "", true, &s))
        return false;
    if (strcmp(s, "odd"))
        return fail(C, json_get(root, "staggerindex")->line, "staggerindex",
                    "\"%s\": odd rows are shifted right, so \"odd\" is needed", s);
    const struct json *inf = json_get(root, "infinite");
    if (inf && !(inf->type == JSON_BOOL && !inf->u.b))
        return fail(C, inf->line, "infinite", "infinite maps are not supported");
    long long v;
    if (!get_int(C, root, "width", "", 1, MAP_MAX_W, &v))
        return false;
    C->width = (int)v;
    if (!get_int(C, root, "height", "", 1, MAP_MAX_H, &v))
        return false;
    C->height = (int)v;
    if (!get_int(C, root, "tilewidth", "", 2, 4096, &v))
        return false;
    C->tw = (int)v;
    if (!get_int(C, root, "tileheight", "", 2, 4096, &v))
        return false;
    C->th = (int)v;
    if (!get_int(C, root, "hexsidelength", "", 0, C->th, &v))
        return false;
    C->hs = (int)v;

    /* map properties: km_per_hex (required), name, projection; others are ignored */
    C->km = 0;
    const struct json *props = json_get(root, "properties");
    if (props && props->type != JSON_ARRAY)
        return fail(C, props->line, "properties", "an array is expected, not %s",
                    json_type_name(props->type));
    for (size_t i = 0; i < json_len(props); i++) {
        const struct json *p = json_at(props, i);
        char where[64];
        snprintf(where, sizeof where, "properties[%zu]", i);
        const char *name;
        if (p->type != JSON_OBJECT)
            return fail(C, p->line, where, "a property object is expected");
        if (!get_str(C, p, "name", where, true, &name))
            return false;
        const struct json *val = json_get(p, "value");
        if (!val)
            return fail(C, p->line, where, "property '%s' has no value", name);
        if (!strcmp(name, "km_per_hex")) {
            if (!get_int(C, p, "value", where, 1, 1000, &v))
                return false;
            C->km = (int)v;
        } else if (!strcmp(name, "name") || !strcmp(name, "projection")) {
            const char *t;
            if (!get_str(C, p, "value", where, true, &t))
                return false;
            if (!strcmp(name, "name")) {
                if (strlen(t) >= sizeof C->info->name)
                    return fail(C, val->line, where, "the map name is longer than %zu bytes",
                                sizeof C->info->name - 1);
                snprintf(C->info->name, sizeof C->info->name, "%s", t);
            } else {
                if (strlen(t) >= sizeof C->info->projection)
                    return fail(C, val->line, where, "the projection text is longer than %zu bytes",
                                sizeof C->info->projection - 1);
                snprintf(C->info->projection, sizeof C->info->projection, "%s", t);
            }
        }
    }
    if (!C->km)
        return fail(C, root->line, "properties",
                    "the map property km_per_hex (int) is missing");
    return true;
}

static int cmp_tile(const void *a, const void *b)
{
    const struct tile *x = a, *y = b;
    return (x->gid > y->gid) - (x->gid < y->gid);
}

static const struct tile *find_tile(const struct ctx *C, uint32_t gid)
{
    size_t lo = 0, hi = C->ntiles;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (C->tiles[mid].gid < gid)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < C->ntiles && C->tiles[lo].gid == gid ? &C->tiles[lo] : NULL;
}

static int add_region(struct tiled_map *m, const char *name)
{
    for (int i = 0; i < m->nregions; i++)
        if (!strcmp(m->regions[i], name))
            return i;
    if (m->nregions >= TILED_MAX_REGIONS)
        return -1;
    snprintf(m->regions[m->nregions], ID_LEN, "%s", name);
    return m->nregions++;
}

/* Reads one tile's meaning from its properties into *t. */
static bool read_tile_props(struct ctx *C, const struct json *tile, const char *where,
                            struct tile *t)
{
    const struct json *props = json_get(tile, "properties");
    if (props && props->type != JSON_ARRAY)
        return fail(C, props->line, where, "properties: an array is expected");
    t->kind = TK_NONE;
    for (size_t j = 0; j < json_len(props); j++) {
        const struct json *p = json_at(props, j);
        char field[DIAG_FIELD_LEN];
        fieldf(field, sizeof field, "%s.properties[%zu]", where, j);
        const char *name;
        if (p->type != JSON_OBJECT)
            return fail(C, p->line, field, "a property object is expected");
        if (!get_str(C, p, "name", field, true, &name))
            return false;
        int kind = !strcmp(name, "terrain") ? TK_TERRAIN
                   : !strcmp(name, "mask")  ? TK_MASK
                   : !strcmp(name, "region") ? TK_REGION
                                            : TK_NONE;
        if (kind == TK_NONE)
            continue;
        if (t->kind != TK_NONE)
            return fail(C, p->line, field, "a tile has one meaning: both '%s' and '%s' set",
                        tile_kind_prop[t->kind], name);
        t->kind = (uint8_t)kind;
        if (kind == TK_MASK) {
            long long v;
            if (!get_int(C, p, "value", field, 0, 63, &v))
                return false;
            t->value = (int)v;
            continue;
        }
        const char *s;
        if (!get_str(C, p, "value", field, true, &s))
            return false;
        if (kind == TK_TERRAIN) {
            t->value = terrain_from_name(s);
            if (t->value < 0) {
                char known[160] = "";
                for (int k = 0; k < TERRAIN_COUNT; k++) {
                    strncat(known, terrain_name(k), sizeof known - strlen(known) - 1);
                    if (k + 1 < TERRAIN_COUNT)
                        strncat(known, ", ", sizeof known - strlen(known) - 1);
                }
                return fail(C, p->line, field, "unknown terrain '%s' (known: %s)", s, known);
            }
        } else {
            if (!valid_id(s))
                return fail(C, p->line, field,
                            "region '%s': 1..%d lowercase letters, digits or '_' expected", s,
                            ID_LEN - 1);
            t->value = add_region(C->info, s);
            if (t->value < 0)
                return fail(C, p->line, field, "more than %d regions", TILED_MAX_REGIONS);
        }
    }
    return true;
}

static bool read_tilesets(struct ctx *C, const struct json *root)
{
    const struct json *sets = json_get(root, "tilesets");
    if (!sets || sets->type != JSON_ARRAY)
        return fail(C, line_of(sets ? sets : root), "tilesets", "an array of tilesets is needed");
    C->tiles = NULL;
    C->ntiles = 0;
    size_t cap = 0;
    long long next_free = 1;
    for (size_t i = 0; i < json_len(sets); i++) {
        const struct json *ts = json_at(sets, i);
        char where[64];
        snprintf(where, sizeof where, "tilesets[%zu]", i);
        if (ts->type != JSON_OBJECT)
            return fail(C, ts->line, where, "a tileset object is expected");
        const char *src;
        if (!get_str(C, ts, "source", where, false, &src))
            return false;
        if (src)
            return fail(C, ts->line, where,
                        "external tileset '%s' is not supported: embed it in the map "
                        "(Tiled: Map > Embed Tileset)", src);
        long long first, count;
        if (!get_int(C, ts, "firstgid", where, 1, GID_ID_BITS, &first) ||
            !get_int(C, ts, "tilecount", where, 0, TILED_MAX_TILES, &count))
            return false;
        if (first < next_free)
            return fail(C, json_get(ts, "firstgid")->line, where,
                        "firstgid %lld overlaps the tileset before it (next free gid %lld)",
                        first, next_free);
        next_free = first + count;
        const char *image;
        if (!get_str(C, ts, "image", where, false, &image))
            return false;
        const struct json *tiles = json_get(ts, "tiles");
        if (tiles && tiles->type != JSON_ARRAY)
            return fail(C, tiles->line, where, "tiles: an array is expected");
        bool has_terrain = false;
        size_t start = C->ntiles;
        for (size_t k = 0; k < json_len(tiles); k++) {
            const struct json *tile = json_at(tiles, k);
            char tw[DIAG_FIELD_LEN];
            fieldf(tw, sizeof tw, "%s.tiles[%zu]", where, k);
            if (tile->type != JSON_OBJECT)
                return fail(C, tile->line, tw, "a tile object is expected");
            long long id;
            if (!get_int(C, tile, "id", tw, 0, count - 1, &id))
                return false;
            struct tile t = {(uint32_t)(first + id), TK_NONE, 0};
            if (!read_tile_props(C, tile, tw, &t))
                return false;
            for (size_t q = start; q < C->ntiles; q++)
                if (C->tiles[q].gid == t.gid)
                    return fail(C, tile->line, tw, "tile id %lld is listed twice", id);
            if (t.kind == TK_NONE)
                continue;
            has_terrain |= t.kind == TK_TERRAIN;
            if (C->ntiles >= TILED_MAX_TILES)
                return fail(C, tile->line, tw, "more than %d tiles with a meaning",
                            TILED_MAX_TILES);
            if (C->ntiles == cap) {
                size_t ncap = cap ? cap * 2 : 256;
                struct tile *nt = realloc(C->tiles, ncap * sizeof *nt);
                if (!nt)
                    return fail(C, 0, NULL, "out of memory");
                C->tiles = nt;
                cap = ncap;
            }
            C->tiles[C->ntiles++] = t;
        }
        static const char suffix[] = "terrain.png";
        if (has_terrain && image && strlen(image) >= sizeof suffix - 1 &&
            !strcmp(image + strlen(image) - (sizeof suffix - 1), suffix) &&
            strlen(image) - (sizeof suffix - 1) < sizeof C->info->image_prefix) {
            snprintf(C->info->image_prefix, sizeof C->info->image_prefix, "%.*s",
                     (int)(strlen(image) - (sizeof suffix - 1)), image);
        }
    }
    qsort(C->tiles, C->ntiles, sizeof *C->tiles, cmp_tile);
    return true;
}

static bool read_layers(struct ctx *C, const struct json *root)
{
    const struct json *layers = json_get(root, "layers");
    if (!layers || layers->type != JSON_ARRAY)
        return fail(C, line_of(layers ? layers : root), "layers", "an array of layers is needed");
    for (int k = 0; k < L_COUNT; k++) {
        C->layer[k] = NULL;
        C->layer_index[k] = -1;
    }
    C->places = NULL;
    C->places_index = -1;
    for (size_t i = 0; i < json_len(layers); i++) {
        const struct json *L = json_at(layers, i);
        char where[64];
        snprintf(where, sizeof where, "layers[%zu]", i);
        if (L->type != JSON_OBJECT)
            return fail(C, L->line, where, "a layer object is expected");
        const char *type, *name;
        if (!get_str(C, L, "type", where, true, &type) ||
            !get_str(C, L, "name", where, true, &name))
            return false;
        if (!strcmp(type, "imagelayer"))
            continue; /* a tracing background: not part of the game */
        if (!strcmp(type, "group"))
            return fail(C, L->line, where,
                        "group layer '%s' is not supported: move its layers out of the group",
                        name);
        if (!strcmp(type, "objectgroup")) {
            if (strcmp(name, "places"))
                return fail(C, L->line, where,
                            "unknown object layer '%s' (the only one is 'places')", name);
            if (C->places)
                return fail(C, L->line, where, "a second 'places' layer");
            const struct json *objs = json_get(L, "objects");
            if (!objs || objs->type != JSON_ARRAY)
                return fail(C, L->line, where, "objects: an array is needed");
            C->places = objs;
            C->places_index = (int)i;
            /* a shifted object layer (Layer Properties > Offset) moves its points */
            const char *off_keys[2] = {"offsetx", "offsety"};
            double *off[2] = {&C->places_dx, &C->places_dy};
            for (int a = 0; a < 2; a++) {
                const struct json *o = json_get(L, off_keys[a]);
                *off[a] = 0;
                if (!o)
                    continue;
                if (o->type != JSON_NUMBER)
                    return fail(C, o->line, where, "%s: a number is expected", off_keys[a]);
                *off[a] = o->u.num;
            }
            continue;
        }
        if (strcmp(type, "tilelayer"))
            return fail(C, L->line, where, "unknown layer type '%s'", type);
        int k = 0;
        while (k < L_COUNT && strcmp(layer_names[k], name))
            k++;
        if (k == L_COUNT)
            return fail(C, L->line, where,
                        "unknown tile layer '%s' (known: terrain, rail, road, river, bridge, "
                        "region)", name);
        if (C->layer[k])
            return fail(C, L->line, where, "a second '%s' layer", name);
        const char *enc, *comp;
        if (!get_str(C, L, "encoding", where, false, &enc) ||
            !get_str(C, L, "compression", where, false, &comp))
            return false;
        if (enc && strcmp(enc, "csv"))
            return fail(C, L->line, where,
                        "layer '%s' is %s-encoded: set the map's Tile Layer Format to CSV", name,
                        enc);
        if (comp && comp[0])
            return fail(C, L->line, where, "layer '%s' is compressed: use the CSV format", name);
        if (json_get(L, "chunks"))
            return fail(C, L->line, where, "chunked (infinite) layers are not supported");
        long long w, h;
        if (!get_int(C, L, "width", where, 1, MAP_MAX_W, &w) ||
            !get_int(C, L, "height", where, 1, MAP_MAX_H, &h))
            return false;
        if (w != C->width || h != C->height)
            return fail(C, L->line, where, "layer '%s' is %lldx%lld, the map %dx%d", name, w, h,
                        C->width, C->height);
        const struct json *data = json_get(L, "data");
        if (!data || data->type != JSON_ARRAY)
            return fail(C, L->line, where, "data: an array of tile gids is needed");
        if (json_len(data) != (size_t)(C->width * C->height))
            return fail(C, data->line, where, "data has %zu cells, %d expected (%dx%d)",
                        json_len(data), C->width * C->height, C->width, C->height);
        C->layer[k] = data;
        C->layer_index[k] = (int)i;
    }
    if (!C->layer[L_TERRAIN])
        return fail(C, layers->line, "layers", "no 'terrain' tile layer");
    return true;
}

/* The tile behind cell idx of layer k, or NULL for an empty cell. */
static bool cell_tile(struct ctx *C, int k, int idx, int want, const struct tile **out)
{
    const struct json *v = json_at(C->layer[k], (size_t)idx);
    char field[DIAG_FIELD_LEN];
    snprintf(field, sizeof field, "layers[%d].data[%d]", C->layer_index[k], idx);
    int col = idx % C->width, row = idx / C->width;
    long long raw;
    if (!json_int(v, &raw) || raw < 0 || raw > 0xFFFFFFFFLL)
        return fail(C, v->line, field, "not a tile gid (hex col %d, row %d)", col, row);
    uint32_t gid = (uint32_t)raw;
    if ((gid & GID_FLAG_BITS) && want == TK_MASK)
        return fail(C, v->line, field,
                    "flipped or rotated %s tile (hex col %d, row %d): masks cannot be flipped",
                    layer_names[k], col, row);
    gid &= GID_ID_BITS;
    *out = NULL;
    if (gid == 0) {
        if (want == TK_TERRAIN)
            return fail(C, v->line, field, "empty cell: hex col %d, row %d has no terrain", col,
                        row);
        return true;
    }
    const struct tile *t = find_tile(C, gid);
    if (!t || t->kind != want)
        return fail(C, v->line, field, "gid %u is not a %s tile (hex col %d, row %d)", gid,
                    tile_kind_prop[want], col, row);
    *out = t;
    return true;
}

static uint8_t mask_of(const struct hexinfo *x, int k)
{
    switch (k) {
    case L_RAIL: return x->rail;
    case L_ROAD: return x->road;
    case L_RIVER: return x->river;
    default: return x->bridge;
    }
}

static uint8_t *mask_field(struct hexinfo *x, int k)
{
    switch (k) {
    case L_RAIL: return &x->rail;
    case L_ROAD: return &x->road;
    case L_RIVER: return &x->river;
    default: return &x->bridge;
    }
}

static bool read_cells(struct ctx *C)
{
    int n = C->width * C->height;
    for (int idx = 0; idx < n; idx++) {
        struct hex h = hex_from_offset(idx % C->width, idx / C->width);
        struct hexinfo *x = map_at(C->g, h);
        const struct tile *t;
        if (!cell_tile(C, L_TERRAIN, idx, TK_TERRAIN, &t))
            return false;
        x->terrain = (uint8_t)t->value;
        for (int k = L_RAIL; k <= L_BRIDGE; k++) {
            if (!C->layer[k])
                continue;
            if (!cell_tile(C, k, idx, TK_MASK, &t))
                return false;
            *mask_field(x, k) = t ? (uint8_t)t->value : 0;
        }
        C->info->region[idx] = -1;
        if (C->layer[L_REGION]) {
            if (!cell_tile(C, L_REGION, idx, TK_REGION, &t))
                return false;
            C->info->region[idx] = t ? (int8_t)t->value : -1;
        }
    }
    return true;
}

/* Every side feature must be on both hexes of its side; bridges only where a river runs. */
static bool check_sides(struct ctx *C)
{
    int n = C->width * C->height;
    for (int k = L_RAIL; k <= L_BRIDGE; k++) {
        if (!C->layer[k])
            continue;
        char field[DIAG_FIELD_LEN];
        snprintf(field, sizeof field, "layers[%d] (%s)", C->layer_index[k], layer_names[k]);
        for (int idx = 0; idx < n; idx++) {
            int col = idx % C->width, row = idx / C->width;
            struct hex h = hex_from_offset(col, row);
            const struct hexinfo *x = map_get(C->g, h);
            uint8_t m = mask_of(x, k);
            int line = json_at(C->layer[k], (size_t)idx)->line;
            for (int dir = 0; dir < HEX_DIRS; dir++) {
                if (!(m & (1u << dir)))
                    continue;
                struct hex nb = hex_neighbor(h, dir);
                if (!map_contains(C->g, nb))
                    return fail(C, line, field, "hex (%d,%d) side %d (%s): %s leads off the map",
                                col, row, dir, dir_names[dir], layer_names[k]);
                const struct hexinfo *y = map_get(C->g, nb);
                int back = (dir + 3) % HEX_DIRS;
                if (!(mask_of(y, k) & (1u << back))) {
                    int ncol, nrow;
                    hex_to_offset(nb, &ncol, &nrow);
                    return fail(C, line, field,
                                "hex (%d,%d) side %d (%s): %s on one hex only (hex (%d,%d) has "
                                "no side %d (%s))",
                                col, row, dir, dir_names[dir], layer_names[k], ncol, nrow, back,
                                dir_names[back]);
                }
                if (k == L_BRIDGE && !(x->river & (1u << dir)))
                    return fail(C, line, field, "hex (%d,%d) side %d (%s): bridge without a river",
                                col, row, dir, dir_names[dir]);
            }
        }
    }
    return true;
}

struct place_props {
    const char *id, *alt;
    uint8_t flags;
    int vp;
};

static bool read_place_props(struct ctx *C, const struct json *obj, const char *where,
                             struct place_props *pp)
{
    static const char *const flag_names[] = {"station", "port", "oilfield", "town"};
    static const uint8_t flag_bits[] = {HEXF_STATION, HEXF_PORT, HEXF_OILFIELD, HEXF_TOWN};
    static const char *const all_names[] = {"id", "alt", "vp", "station", "port", "oilfield",
                                            "town"};
    unsigned seen = 0;
    memset(pp, 0, sizeof *pp);
    const struct json *props = json_get(obj, "properties");
    if (props && props->type != JSON_ARRAY)
        return fail(C, props->line, where, "properties: an array is expected");
    for (size_t j = 0; j < json_len(props); j++) {
        const struct json *p = json_at(props, j);
        char field[DIAG_FIELD_LEN];
        fieldf(field, sizeof field, "%s.properties[%zu]", where, j);
        const char *name;
        if (p->type != JSON_OBJECT)
            return fail(C, p->line, field, "a property object is expected");
        if (!get_str(C, p, "name", field, true, &name))
            return false;
        const struct json *v = json_get(p, "value");
        if (!v)
            return fail(C, p->line, field, "property '%s' has no value", name);
        for (unsigned a = 0; a < sizeof all_names / sizeof all_names[0]; a++)
            if (!strcmp(all_names[a], name)) {
                if (seen & (1u << a))
                    return fail(C, p->line, field, "property '%s' is given twice", name);
                seen |= 1u << a;
            }
        if (!strcmp(name, "id") || !strcmp(name, "alt")) {
            const char *s;
            if (!get_str(C, p, "value", field, true, &s))
                return false;
            if (name[0] == 'i') {
                if (!valid_id(s))
                    return fail(C, v->line, field,
                                "id '%s': 1..%d lowercase letters, digits or '_' expected", s,
                                ID_LEN - 1);
                pp->id = s;
            } else {
                if (strlen(s) >= NAME_LEN)
                    return fail(C, v->line, field, "alt is longer than %d bytes", NAME_LEN - 1);
                pp->alt = s;
            }
            continue;
        }
        if (!strcmp(name, "vp")) {
            long long vp;
            if (!get_int(C, p, "value", field, 0, 255, &vp))
                return false;
            pp->vp = (int)vp;
            continue;
        }
        size_t f = 0;
        while (f < 4 && strcmp(flag_names[f], name))
            f++;
        if (f == 4)
            return fail(C, p->line, field,
                        "unknown property '%s' (known: id, alt, station, port, oilfield, town, "
                        "vp)", name);
        if (v->type != JSON_BOOL)
            return fail(C, v->line, field, "'%s' must be a bool, not %s", name,
                        json_type_name(v->type));
        if (v->u.b)
            pp->flags |= flag_bits[f];
    }
    return true;
}

static bool read_places(struct ctx *C)
{
    for (size_t i = 0; i < json_len(C->places); i++) {
        const struct json *obj = json_at(C->places, i);
        char where[64];
        snprintf(where, sizeof where, "layers[%d].objects[%zu]", C->places_index, i);
        if (obj->type != JSON_OBJECT)
            return fail(C, obj->line, where, "an object is expected");
        const struct json *pt = json_get(obj, "point");
        if (!pt || pt->type != JSON_BOOL || !pt->u.b)
            return fail(C, obj->line, where,
                        "only point objects mark places (insert it with the Point tool)");
        const struct json *jx = json_get(obj, "x"), *jy = json_get(obj, "y");
        if (!jx || !jy || jx->type != JSON_NUMBER || jy->type != JSON_NUMBER)
            return fail(C, obj->line, where, "x and y numbers are needed");
        const char *type, *cls, *name;
        if (!get_str(C, obj, "type", where, false, &type) ||
            !get_str(C, obj, "class", where, false, &cls) ||
            !get_str(C, obj, "name", where, false, &name))
            return false;
        bool marker = (type && !strcmp(type, "marker")) || (cls && !strcmp(cls, "marker"));
        struct place_props pp;
        if (!read_place_props(C, obj, where, &pp))
            return false;
        if (marker && pp.id)
            return fail(C, obj->line, where, "a marker object has no id (it only flags a hex)");
        if (!marker && !pp.id)
            return fail(C, obj->line, where, "a place needs an 'id' property");
        if (!name || !name[0])
            name = pp.id;
        if (name && strlen(name) >= NAME_LEN)
            return fail(C, obj->line, where, "name is longer than %d bytes", NAME_LEN - 1);
        int col, row;
        double px = jx->u.num + C->places_dx, py = jy->u.num + C->places_dy;
        tiled_pixel_to_hex(C->tw, C->th, C->hs, px, py, &col, &row);
        if (col < 0 || row < 0 || col >= C->width || row >= C->height)
            return fail(C, obj->line, where, "%s%s%s at (%g, %g) lies outside the map",
                        pp.id ? "place '" : "marker", pp.id ? pp.id : "", pp.id ? "'" : "", px,
                        py);
        struct hex h = hex_from_offset(col, row);
        if (!marker && game_add_place(C->g, pp.id, name, pp.alt ? pp.alt : "", h, C->d) < 0)
            return rewrap(C, obj->line, where);
        struct hexinfo *x = map_at(C->g, h);
        if (x->vp + pp.vp > 255)
            return fail(C, obj->line, where, "hex (%d,%d) gets more than 255 victory points",
                        col, row);
        x->vp = (uint8_t)(x->vp + pp.vp);
        x->flags |= pp.flags;
    }
    return true;
}

bool tiled_load_mem_ex(struct game *g, const char *buf, size_t len, const char *path,
                       struct tiled_map *info, struct diag *d)
{
    struct tiled_map *scratch = NULL;
    if (!info) {
        scratch = malloc(sizeof *scratch);
        if (!scratch)
            return diag_set(d, path, 0, NULL, "out of memory");
        info = scratch;
    }
    memset(info, 0, sizeof *info);
    memset(info->region, -1, sizeof info->region);
    struct ctx C = {0};
    C.g = g;
    C.info = info;
    C.path = path;
    C.d = d;
    diag_clear(d);
    struct json_error err;
    struct json_doc *doc = json_parse(buf, len, &err);
    bool ok = false;
    if (!doc) {
        if (err.line > 0 && err.col > 0)
            diag_set(d, path, err.line, NULL, "JSON: %s (column %d)", err.msg, err.col);
        else if (err.line > 0)
            diag_set(d, path, err.line, NULL, "JSON: %s", err.msg);
        else
            diag_set(d, path, 0, NULL, "JSON: %s", err.msg);
        goto done;
    }
    const struct json *root = json_root(doc);
    if (!check_header(&C, root) || !read_tilesets(&C, root) || !read_layers(&C, root))
        goto done;
    if (!game_set_map(g, C.width, C.height, C.km, d)) {
        rewrap(&C, root->line, d->field[0] ? d->field : "width");
        goto done;
    }
    if (!read_cells(&C) || !check_sides(&C))
        goto done;
    if (C.places && !read_places(&C))
        goto done;
    ok = true;
done:
    free(C.tiles);
    json_free(doc);
    free(scratch);
    return ok;
}

bool tiled_load_mem(struct game *g, const char *buf, size_t len, const char *path,
                    struct diag *d)
{
    return tiled_load_mem_ex(g, buf, len, path, NULL, d);
}

bool tiled_load_file(struct game *g, const char *path, struct tiled_map *info, struct diag *d)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return diag_set(d, path, 0, NULL, "cannot open the map file");
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    bool ok = buf != NULL;
    while (ok) {
        if (len == cap) {
            if (cap > TILED_MAX_FILE) {
                ok = false;
                diag_set(d, path, 0, NULL, "the map file is larger than %zu bytes",
                         TILED_MAX_FILE);
                break;
            }
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                ok = false;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) {
            if (ferror(f)) {
                ok = false;
                diag_set(d, path, 0, NULL, "read error");
            }
            break;
        }
    }
    fclose(f);
    if (ok && len > TILED_MAX_FILE) {
        ok = false;
        diag_set(d, path, 0, NULL, "the map file is larger than %zu bytes", TILED_MAX_FILE);
    }
    if (!buf || (!ok && !d->msg[0]))
        diag_set(d, path, 0, NULL, "out of memory reading the map file");
    if (ok)
        ok = tiled_load_mem_ex(g, buf, len, path, info, d);
    free(buf);
    return ok;
}

/* ====================================================================== regions */
int tiled_region_index(const struct tiled_map *m, const char *name)
{
    for (int i = 0; m && name && i < m->nregions; i++)
        if (!strcmp(m->regions[i], name))
            return i;
    return -1;
}

const char *tiled_region_name(const struct tiled_map *m, const struct game *g, struct hex h)
{
    int idx = map_index(g, h);
    if (!m || idx < 0 || m->region[idx] < 0 || m->region[idx] >= m->nregions)
        return NULL;
    return m->regions[m->region[idx]];
}

int tiled_region_hexes(const struct tiled_map *m, const struct game *g, const char *name,
                       struct hex *out, int max)
{
    int r = tiled_region_index(m, name);
    if (r < 0)
        return -1;
    int n = 0;
    for (int idx = 0; idx < g->width * g->height; idx++)
        if (m->region[idx] == r) {
            if (out && n < max)
                out[n] = map_hex_at(g, idx);
            n++;
        }
    return n;
}

int tiled_set_owner(struct game *g, const struct tiled_map *m, const char *region, int side)
{
    int r = tiled_region_index(m, region);
    if (r < 0 || side < NO_SIDE || side >= MAX_SIDES)
        return -1;
    int n = 0;
    for (int idx = 0; idx < g->width * g->height; idx++)
        if (m->region[idx] == r && !hex_is_water(&g->hexes[idx])) { /* water is nobody's */
            g->hexes[idx].owner = (int8_t)side;
            n++;
        }
    return n;
}

/* ====================================================================== saving */
#define SAVE_TW 28
#define SAVE_TH 32
#define SAVE_HS 16
#define SAVE_FLAGS (HEXF_STATION | HEXF_PORT | HEXF_OILFIELD | HEXF_TOWN)

static void put_layer(struct json_buf *b, int id, const char *name, const struct game *g,
                      const uint32_t *gids, bool visible)
{
    json_buf_puts(b, "  {\n   \"data\": [\n    ");
    int n = g->width * g->height;
    for (int i = 0; i < n; i++) {
        json_buf_printf(b, "%u", gids[i]);
        if (i + 1 < n)
            json_buf_puts(b, (i + 1) % g->width ? ", " : ",\n    ");
    }
    json_buf_printf(b,
                    "],\n   \"height\": %d,\n   \"id\": %d,\n   \"name\": \"%s\",\n"
                    "   \"opacity\": 1,\n   \"type\": \"tilelayer\",\n   \"visible\": %s,\n"
                    "   \"width\": %d,\n   \"x\": 0,\n   \"y\": 0\n  },\n",
                    g->height, id, name, visible ? "true" : "false", g->width);
}

static void put_tileset(struct json_buf *b, const char *prefix, const char *name, int firstgid,
                        int count, int columns, bool last, const struct tiled_map *info)
{
    int rows = (count + columns - 1) / columns;
    json_buf_printf(b, "  {\n   \"columns\": %d,\n   \"firstgid\": %d,\n   \"image\": ", columns,
                    firstgid);
    char image[TILED_TEXT_LEN + 32];
    snprintf(image, sizeof image, "%s%s.png", prefix, name);
    json_buf_string(b, image);
    json_buf_printf(b,
                    ",\n   \"imageheight\": %d,\n   \"imagewidth\": %d,\n   \"margin\": 0,\n"
                    "   \"name\": \"%s\",\n   \"spacing\": 0,\n   \"tilecount\": %d,\n"
                    "   \"tileheight\": %d,\n   \"tiles\": [\n",
                    rows * SAVE_TH, columns * SAVE_TW, name, count, SAVE_TH);
    for (int i = 0; i < count; i++) {
        json_buf_printf(b, "    {\"id\": %d, \"properties\": [{\"name\": ", i);
        if (!strcmp(name, "terrain")) {
            json_buf_puts(b, "\"terrain\", \"type\": \"string\", \"value\": ");
            json_buf_string(b, terrain_name(i));
        } else if (!strcmp(name, "region")) {
            json_buf_puts(b, "\"region\", \"type\": \"string\", \"value\": ");
            json_buf_string(b, info->regions[i]);
        } else {
            json_buf_printf(b, "\"mask\", \"type\": \"int\", \"value\": %d", i);
        }
        json_buf_puts(b, i + 1 < count ? "}]},\n" : "}]}\n");
    }
    json_buf_printf(b, "   ],\n   \"tilewidth\": %d\n  }%s\n", SAVE_TW, last ? "" : ",");
}

static void put_prop(struct json_buf *b, bool *first, const char *name, const char *type)
{
    json_buf_printf(b, "%s{\"name\": \"%s\", \"type\": \"%s\", \"value\": ",
                    *first ? "" : ", ", name, type);
    *first = false;
}

static void put_object(struct json_buf *b, int id, const struct place *p, struct hex h,
                       const struct hexinfo *x, bool with_flags, bool first_object)
{
    static const char *const flag_names[] = {"oilfield", "port", "station", "town"};
    static const uint8_t flag_bits[] = {HEXF_OILFIELD, HEXF_PORT, HEXF_STATION, HEXF_TOWN};
    int col, row;
    double px, py;
    hex_to_offset(h, &col, &row);
    tiled_hex_center(SAVE_TW, SAVE_TH, SAVE_HS, col, row, &px, &py);
    uint8_t f = with_flags ? x->flags : 0;
    json_buf_printf(b, "%s    {\n     \"height\": 0,\n     \"id\": %d,\n     \"name\": ",
                    first_object ? "" : ",\n", id);
    json_buf_string(b, p ? p->name : "");
    json_buf_puts(b, ",\n     \"point\": true,\n     \"properties\": [");
    bool first = true;
    if (p) {
        put_prop(b, &first, "alt", "string");
        json_buf_string(b, p->alt);
        json_buf_puts(b, "}");
        put_prop(b, &first, "id", "string");
        json_buf_string(b, p->id);
        json_buf_puts(b, "}");
    }
    for (int k = 0; k < 4; k++) {
        put_prop(b, &first, flag_names[k], "bool");
        json_buf_puts(b, (f & flag_bits[k]) ? "true}" : "false}");
    }
    put_prop(b, &first, "vp", "int");
    json_buf_printf(b, "%d}", with_flags ? x->vp : 0);
    json_buf_printf(b,
                    "],\n     \"rotation\": 0,\n     \"type\": \"%s\",\n     \"visible\": true,\n"
                    "     \"width\": 0,\n     \"x\": %.10g,\n     \"y\": %.10g\n    }",
                    p ? "place" : "marker", px, py);
}

bool tiled_save(const struct game *g, const struct tiled_map *info, char **out, size_t *len)
{
    *out = NULL;
    *len = 0;
    int n = g->width * g->height;
    bool regions = info && info->nregions > 0;
    uint32_t *gids = malloc((size_t)(n > 0 ? n : 1) * sizeof *gids);
    if (!gids)
        return false;
    const char *prefix = info && info->image_prefix[0] ? info->image_prefix : "map_";
    int first_mask = 1 + TERRAIN_COUNT;
    int first_region = first_mask + 4 * 64;
    struct json_buf b = {0};
    json_buf_printf(&b,
                    "{\n \"compressionlevel\": -1,\n \"height\": %d,\n \"hexsidelength\": %d,\n"
                    " \"infinite\": false,\n \"layers\": [\n",
                    g->height, SAVE_HS);
    int lid = 1;
    for (int i = 0; i < n; i++)
        gids[i] = 1u + g->hexes[i].terrain;
    put_layer(&b, lid++, "terrain", g, gids, true);
    for (int k = L_RAIL; k <= L_BRIDGE; k++) {
        for (int i = 0; i < n; i++) {
            uint8_t m = mask_of(&g->hexes[i], k);
            gids[i] = m ? (uint32_t)(first_mask + (k - L_RAIL) * 64 + m) : 0;
        }
        put_layer(&b, lid++, layer_names[k], g, gids, true);
    }
    if (regions) {
        for (int i = 0; i < n; i++)
            gids[i] = info->region[i] >= 0 ? (uint32_t)(first_region + info->region[i]) : 0;
        put_layer(&b, lid++, "region", g, gids, false);
    }
    free(gids);
    json_buf_printf(&b, "  {\n   \"draworder\": \"topdown\",\n   \"id\": %d,\n"
                        "   \"name\": \"places\",\n   \"objects\": [\n", lid++);
    int oid = 1;
    for (int i = 0; i < g->nplaces; i++) {
        const struct place *p = &g->places[i];
        const struct hexinfo *x = map_get(g, p->pos);
        put_object(&b, oid++, p, p->pos, x, x && x->place == i, i == 0);
    }
    for (int i = 0; i < n; i++) {
        const struct hexinfo *x = &g->hexes[i];
        if (x->place < 0 && ((x->flags & SAVE_FLAGS) || x->vp)) {
            bool first_object = oid == 1;
            put_object(&b, oid++, NULL, map_hex_at(g, i), x, true, first_object);
        }
    }
    json_buf_printf(&b, "\n   ],\n   \"opacity\": 1,\n   \"type\": \"objectgroup\",\n"
                        "   \"visible\": true,\n   \"x\": 0,\n   \"y\": 0\n  }\n ],\n"
                        " \"nextlayerid\": %d,\n \"nextobjectid\": %d,\n"
                        " \"orientation\": \"hexagonal\",\n \"properties\": [\n"
                        "  {\"name\": \"km_per_hex\", \"type\": \"int\", \"value\": %d},\n"
                        "  {\"name\": \"name\", \"type\": \"string\", \"value\": ",
                    lid, oid, g->km_per_hex);
    json_buf_string(&b, info ? info->name : "");
    json_buf_puts(&b, "},\n  {\"name\": \"projection\", \"type\": \"string\", \"value\": ");
    json_buf_string(&b, info ? info->projection : "");
    json_buf_printf(&b, "}\n ],\n \"renderorder\": \"right-down\",\n \"staggeraxis\": \"y\",\n"
                        " \"staggerindex\": \"odd\",\n \"tiledversion\": \"1.10.2\",\n"
                        " \"tileheight\": %d,\n \"tilesets\": [\n",
                    SAVE_TH);
    put_tileset(&b, prefix, "terrain", 1, TERRAIN_COUNT, TERRAIN_COUNT, false, info);
    static const char *const masks[] = {"rail", "road", "river", "bridge"};
    for (int k = 0; k < 4; k++)
        put_tileset(&b, prefix, masks[k], first_mask + k * 64, 64, 8, k == 3 && !regions, info);
    if (regions)
        put_tileset(&b, prefix, "region", first_region, info->nregions, info->nregions, true,
                    info);
    json_buf_printf(&b, " ],\n \"tilewidth\": %d,\n \"type\": \"map\",\n \"version\": \"1.10\",\n"
                        " \"width\": %d\n}\n",
                    SAVE_TW, g->width);
    if (b.failed) {
        json_buf_fini(&b);
        return false;
    }
    *out = b.data;
    *len = b.len;
    return true;
}
