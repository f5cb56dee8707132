/*
 * test_tiled.c - the JSON reader and the Tiled map loader/saver (engine/script/json.c,
 * tiled.c): the real theatre map's known facts, load -> save -> load round trips, and malformed
 * inputs that must each be refused with the expected message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "json.h"
#include "tiled.h"

/* ====================================================================== helpers */
static char *read_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 20, n = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf)
        buf[n] = '\0';
    *len = n;
    return buf;
}

/* The committed map: $B20_SRC/scenarios/common/caucasus1920.tmj (or relative to the cwd). */
static char *read_real_map(size_t *len, char *path, size_t pathlen)
{
    const char *roots[] = {getenv("B20_SRC"), ".", "..", "../.."};
    for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++) {
        if (!roots[i])
            continue;
        snprintf(path, pathlen, "%s/scenarios/common/caucasus1920.tmj", roots[i]);
        char *t = read_text(path, len);
        if (t)
            return t;
    }
    return NULL;
}

struct loaded {
    struct game *g;
    struct tiled_map *m;
};

static bool load_real(struct loaded *L, struct diag *d)
{
    char path[512];
    size_t len = 0;
    char *text = read_real_map(&len, path, sizeof path);
    L->g = game_new();
    L->m = calloc(1, sizeof *L->m);
    if (!text) {
        diag_set(d, path, 0, NULL, "cannot read the map");
        return false;
    }
    bool ok = tiled_load_mem_ex(L->g, text, len, path, L->m, d);
    free(text);
    return ok;
}

static void unload(struct loaded *L)
{
    game_free(L->g);
    free(L->m);
}

static void print_diag(const struct diag *d)
{
    char buf[1024];
    diag_format(d, buf, sizeof buf);
    fprintf(stderr, "  diag: %s\n", buf);
}

static struct hex place_hex(const struct game *g, const char *id)
{
    int i = place_by_id(g, id);
    if (i < 0) {
        fprintf(stderr, "  no place '%s'\n", id);
        return hex_make(-1000, -1000);
    }
    return g->places[i].pos;
}

static bool rail_linked(const struct game *g, struct hex h, int dir)
{
    const struct hexinfo *a = map_get(g, h), *b = map_get(g, hex_neighbor(h, dir));
    return a && b && (a->rail & (1u << dir)) && (b->rail & (1u << ((dir + 3) % 6)));
}

/* Breadth-first along track; the number of steps, or -1 when b cannot be reached. */
static int rail_steps(const struct game *g, struct hex a, struct hex b)
{
    static int dist[MAP_MAX_HEXES];
    static int queue[MAP_MAX_HEXES];
    for (int i = 0; i < MAP_MAX_HEXES; i++)
        dist[i] = -1;
    int ia = map_index(g, a), ib = map_index(g, b);
    if (ia < 0 || ib < 0)
        return -1;
    int head = 0, tail = 0;
    dist[ia] = 0;
    queue[tail++] = ia;
    while (head < tail) {
        int i = queue[head++];
        if (i == ib)
            return dist[i];
        struct hex h = map_hex_at(g, i);
        for (int d = 0; d < HEX_DIRS; d++) {
            if (!rail_linked(g, h, d))
                continue;
            int j = map_index(g, hex_neighbor(h, d));
            if (dist[j] < 0) {
                dist[j] = dist[i] + 1;
                queue[tail++] = j;
            }
        }
    }
    return -1;
}

/* ====================================================================== the real map */
static void test_real_map_loads(void)
{
    struct loaded L;
    struct diag d;
    bool ok = load_real(&L, &d);
    if (!ok)
        print_diag(&d);
    CHECK(ok);
    if (ok) {
        CHECK(L.g->width >= 40 && L.g->width <= MAP_MAX_W);
        CHECK(L.g->height >= 40 && L.g->height <= MAP_MAX_H);
        CHECK_EQ_INT(L.g->km_per_hex, 10);
        CHECK(L.g->nplaces >= 50);
        CHECK(!strcmp(L.m->name, "Caucasus 1920"));
        CHECK(strstr(L.m->projection, "equirectangular") != NULL);
        CHECK(tiled_region_index(L.m, "adr") >= 0);
        CHECK(tiled_region_index(L.m, "karabakh") >= 0);
        CHECK(tiled_region_index(L.m, "nowhere") < 0);
        int counts[TERRAIN_COUNT] = {0};
        for (int i = 0; i < L.g->width * L.g->height; i++)
            counts[L.g->hexes[i].terrain]++;
        CHECK(counts[TERRAIN_SEA] > 300);
        CHECK(counts[TERRAIN_MOUNTAINS] > 200);
        CHECK(counts[TERRAIN_CITY] >= 3);
    }
    unload(&L);
}

static void test_baku(void)
{
    struct loaded L;
    struct diag d;
    CHECK(load_real(&L, &d));
    struct hex b = place_hex(L.g, "baku");
    const struct hexinfo *x = map_get(L.g, b);
    CHECK(x != NULL);
    if (x) {
        CHECK_EQ_INT(x->terrain, TERRAIN_CITY);
        CHECK(x->flags & HEXF_PORT);
        CHECK(x->flags & HEXF_STATION);
        CHECK(x->flags & HEXF_TOWN);
        CHECK(x->rail != 0);
        CHECK(x->vp >= 5);
        CHECK_EQ_INT(x->place, place_by_id(L.g, "baku"));
        CHECK(!strcmp(tiled_region_name(L.m, L.g, b), "adr"));
        /* on the coast, and the sea lies east of it at the end of the Absheron */
        bool coast = false;
        for (int dir = 0; dir < HEX_DIRS; dir++) {
            const struct hexinfo *n = map_get(L.g, hex_neighbor(b, dir));
            coast |= n && n->terrain == TERRAIN_SEA;
        }
        CHECK(coast);
        struct hex e = b;
        bool sea_east = false;
        for (int k = 0; k < 6 && !sea_east; k++) {
            e = hex_neighbor(e, HEX_E);
            const struct hexinfo *n = map_get(L.g, e);
            sea_east = n && n->terrain == TERRAIN_SEA;
        }
        CHECK(sea_east);
        /* oil fields next to it */
        const char *oil[] = {"balakhany", "surakhany", "bibi_heybat"};
        for (int i = 0; i < 3; i++) {
            struct hex o = place_hex(L.g, oil[i]);
            CHECK(hex_distance(o, b) <= 2);
            CHECK(map_get(L.g, o) && (map_get(L.g, o)->flags & HEXF_OILFIELD));
        }
    }
    CHECK(map_get(L.g, place_hex(L.g, "petrovsk"))->flags & HEXF_PORT);
    CHECK_EQ_INT(map_get(L.g, place_hex(L.g, "tiflis"))->terrain, TERRAIN_CITY);
    CHECK_EQ_INT(map_get(L.g, place_hex(L.g, "ganja"))->terrain, TERRAIN_CITY);
    CHECK(!strcmp(tiled_region_name(L.m, L.g, place_hex(L.g, "tiflis")), "georgia"));
    CHECK(!strcmp(tiled_region_name(L.m, L.g, place_hex(L.g, "derbent")), "dagestan"));
    CHECK(!strcmp(tiled_region_name(L.m, L.g, place_hex(L.g, "shusha")), "karabakh"));
    unload(&L);
}

static void check_line(const struct game *g, const char *const *ids, int n)
{
    for (int i = 0; i + 1 < n; i++) {
        struct hex a = place_hex(g, ids[i]), b = place_hex(g, ids[i + 1]);
        int steps = rail_steps(g, a, b);
        if (steps < 0 || steps > 2 * hex_distance(a, b) + 2)
            fprintf(stderr, "  %s -> %s: %d rail steps for distance %d\n", ids[i], ids[i + 1],
                    steps, hex_distance(a, b));
        CHECK(steps >= 0);
        CHECK(steps <= 2 * hex_distance(a, b) + 2);
    }
}

static void test_rail_lines(void)
{
    struct loaded L;
    struct diag d;
    CHECK(load_real(&L, &d));
    static const char *const coastal[] = {"petrovsk", "derbent",  "belidzhi", "samur_bridge",
                                          "yalama",   "khudat",   "khachmaz", "divichi",
                                          "siyazan",  "sumgait",  "baladzhary", "baku"};
    static const char *const transcaucasian[] = {
        "baku",   "baladzhary", "alyat",  "hajigabul",    "kurdamir",  "ujar",
        "yevlakh", "kura_yevlakh", "ganja", "shamkhor",   "tovuz",     "akstafa",
        "poili",  "kura_poili", "beyuk_kyasik", "karayazy", "tiflis"};
    check_line(L.g, coastal, 12);
    check_line(L.g, transcaucasian, 17);
    for (int i = 0; i < 12; i++) {
        const struct hexinfo *x = map_get(L.g, place_hex(L.g, coastal[i]));
        CHECK(x && x->rail);
    }
    /* the Samur is bridged on the coastal line, the Kura at Yevlakh */
    struct hex a = place_hex(L.g, "belidzhi"), b = place_hex(L.g, "yalama");
    int bridges = 0;
    for (int i = 0; i < L.g->width * L.g->height; i++) {
        const struct hexinfo *x = &L.g->hexes[i];
        struct hex h = map_hex_at(L.g, i);
        if ((x->bridge & x->rail) && hex_distance(h, a) <= 2 && hex_distance(h, b) <= 2)
            bridges++;
    }
    CHECK(bridges > 0);
    /* no railway into Karabakh */
    int karabakh = tiled_region_index(L.m, "karabakh");
    CHECK(karabakh >= 0);
    int hexes = 0;
    for (int i = 0; i < L.g->width * L.g->height; i++)
        if (L.m->region[i] == karabakh) {
            hexes++;
            CHECK_EQ_INT(L.g->hexes[i].rail, 0);
        }
    CHECK(hexes > 10);
    const char *inland[] = {"shusha", "khankendi", "askeran", "agdam", "barda", "terter"};
    for (int i = 0; i < 6; i++) {
        const struct hexinfo *x = map_get(L.g, place_hex(L.g, inland[i]));
        CHECK(x && x->rail == 0 && !(x->flags & HEXF_STATION));
    }
    unload(&L);
}

static void test_regions_to_owners(void)
{
    struct loaded L;
    struct diag d;
    CHECK(load_real(&L, &d));
    CHECK(game_add_side(L.g, "red", "Red Army", 0xc02020, SIDE_PLAYABLE, &d) == 0);
    int n = tiled_set_owner(L.g, L.m, "dagestan", 0);
    CHECK(n > 50);
    CHECK_EQ_INT(map_get(L.g, place_hex(L.g, "derbent"))->owner, 0);
    CHECK_EQ_INT(map_get(L.g, place_hex(L.g, "baku"))->owner, NO_SIDE);
    struct hex out[4];
    CHECK_EQ_INT(tiled_region_hexes(L.m, L.g, "dagestan", out, 4), n);
    CHECK(!strcmp(tiled_region_name(L.m, L.g, out[0]), "dagestan"));
    CHECK_EQ_INT(tiled_set_owner(L.g, L.m, "atlantis", 0), -1);
    CHECK_EQ_INT(tiled_region_hexes(L.m, L.g, "atlantis", out, 4), -1);
    CHECK(tiled_region_name(L.m, L.g, hex_make(-50, -50)) == NULL);
    unload(&L);
}

static void test_round_trip(void)
{
    struct loaded L;
    struct diag d;
    CHECK(load_real(&L, &d));
    char *text = NULL;
    size_t len = 0;
    CHECK(tiled_save(L.g, L.m, &text, &len));
    CHECK(text && len == strlen(text));
    struct game *g2 = game_new();
    struct tiled_map *m2 = calloc(1, sizeof *m2);
    bool ok = text && tiled_load_mem_ex(g2, text, len, "saved.tmj", m2, &d);
    if (!ok)
        print_diag(&d);
    CHECK(ok);
    CHECK(game_hash(L.g) == game_hash(g2));
    CHECK(!memcmp(L.g->hexes, g2->hexes, sizeof L.g->hexes));
    CHECK_EQ_INT(g2->nplaces, L.g->nplaces);
    for (int i = 0; i < L.g->nplaces && i < g2->nplaces; i++) {
        CHECK(!strcmp(L.g->places[i].id, g2->places[i].id));
        CHECK(!strcmp(L.g->places[i].name, g2->places[i].name));
        CHECK(!strcmp(L.g->places[i].alt, g2->places[i].alt));
        CHECK(hex_eq(L.g->places[i].pos, g2->places[i].pos));
    }
    CHECK(!memcmp(L.m->region, m2->region, sizeof m2->region));
    CHECK_EQ_INT(m2->nregions, L.m->nregions);
    CHECK(!strcmp(m2->name, L.m->name));
    CHECK(!strcmp(m2->projection, L.m->projection));
    /* saving again gives the same text */
    char *text2 = NULL;
    size_t len2 = 0;
    CHECK(tiled_save(g2, m2, &text2, &len2));
    CHECK(text && text2 && len == len2 && !memcmp(text, text2, len));

    /* an edit survives: a flag on a hex without a place (saved as a marker), a new rail side */
    struct hex h = place_hex(g2, "kuba");
    struct hex empty = hex_neighbor(hex_neighbor(h, HEX_W), HEX_W);
    CHECK(map_get(g2, empty)->place < 0);
    map_at(g2, empty)->flags |= HEXF_TOWN;
    map_at(g2, empty)->vp = 3;
    map_set_side(g2, h, HEX_W, 'r', true);
    map_set_side(g2, h, HEX_W, 'd', true);
    char *text3 = NULL;
    size_t len3 = 0;
    CHECK(tiled_save(g2, m2, &text3, &len3));
    struct game *g3 = game_new();
    ok = text3 && tiled_load_mem(g3, text3, len3, "edited.tmj", &d);
    if (!ok)
        print_diag(&d);
    CHECK(ok);
    CHECK(game_hash(g2) == game_hash(g3));
    CHECK(map_get(g3, empty)->flags & HEXF_TOWN);
    CHECK_EQ_INT(map_get(g3, empty)->vp, 3);
    CHECK(map_get(g3, h)->rail & (1u << HEX_W));
    CHECK(game_hash(L.g) != game_hash(g3));
    game_free(g3);
    free(text3);
    free(text2);
    free(text);
    game_free(g2);
    free(m2);
    unload(&L);
}

static void test_load_file(void)
{
    char path[512];
    size_t len;
    char *text = read_real_map(&len, path, sizeof path);
    CHECK(text != NULL);
    free(text);
    struct game *g = game_new();
    struct diag d;
    CHECK(tiled_load_file(g, path, NULL, &d));
    CHECK(place_by_id(g, "derbent") >= 0);
    game_free(g);
    g = game_new();
    CHECK(!tiled_load_file(g, "/nonexistent/map.tmj", NULL, &d));
    CHECK_STR_CONTAINS(d.msg, "cannot open");
    CHECK(!strcmp(d.path, "/nonexistent/map.tmj"));
    game_free(g);
}

/* ====================================================================== a tiny map */
struct mini {
    const char *orientation, *stagger, *size, *props, *terrain1, *terrain, *rail, *river,
        *bridge, *rail_extra, *tileset_extra, *objects, *places_extra;
};

static void mask_tiles(char *out, size_t n)
{
    size_t k = 0;
    for (int i = 0; i < 64 && k < n; i++)
        k += (size_t)snprintf(out + k, n - k,
                              "%s{\"id\": %d, \"properties\": [{\"name\": \"mask\", "
                              "\"type\": \"int\", \"value\": %d}]}",
                              i ? ", " : "", i, i);
}

#define D(field, def) (m->field ? m->field : (def))

/* A 3x2 map: terrain gids 1 sea, 2 plain; rail 3+mask, river 67+mask, bridge 131+mask. */
static char *mini_map(const struct mini *m)
{
    static char tiles[8192];
    mask_tiles(tiles, sizeof tiles);
    size_t cap = 65536;
    char *buf = malloc(cap);
    snprintf(
        buf, cap,
        "{\"type\": \"map\", \"orientation\": \"%s\", \"staggeraxis\": \"y\",\n"
        " \"staggerindex\": \"%s\", %s, \"tilewidth\": 28, \"tileheight\": 32,\n"
        " \"hexsidelength\": 16, \"infinite\": false,\n"
        " \"properties\": [%s],\n"
        " \"tilesets\": [%s\n"
        "  {\"firstgid\": 1, \"name\": \"terrain\", \"tilecount\": 2, \"image\": "
        "\"t_terrain.png\", \"tiles\": [\n"
        "   {\"id\": 0, \"properties\": [{\"name\": \"terrain\", \"type\": \"string\", "
        "\"value\": \"sea\"}]},\n"
        "   {\"id\": 1, \"properties\": [{\"name\": \"terrain\", \"type\": \"string\", "
        "\"value\": \"%s\"}]}]},\n"
        "  {\"firstgid\": 3, \"name\": \"rail\", \"tilecount\": 64, \"tiles\": [%s]},\n"
        "  {\"firstgid\": 67, \"name\": \"river\", \"tilecount\": 64, \"tiles\": [%s]},\n"
        "  {\"firstgid\": 131, \"name\": \"bridge\", \"tilecount\": 64, \"tiles\": [%s]}],\n"
        " \"layers\": [\n"
        "  {\"type\": \"tilelayer\", \"name\": \"terrain\", \"width\": 3, \"height\": 2,\n"
        "   \"data\": [%s]},\n"
        "  {\"type\": \"tilelayer\", \"name\": \"rail\", \"width\": 3, \"height\": 2%s,\n"
        "   \"data\": [%s]},\n"
        "  {\"type\": \"tilelayer\", \"name\": \"river\", \"width\": 3, \"height\": 2,\n"
        "   \"data\": [%s]},\n"
        "  {\"type\": \"tilelayer\", \"name\": \"bridge\", \"width\": 3, \"height\": 2,\n"
        "   \"data\": [%s]},\n"
        "  {\"type\": \"objectgroup\", \"name\": \"places\"%s, \"objects\": [%s]}]}\n",
        D(orientation, "hexagonal"), D(stagger, "odd"), D(size, "\"width\": 3, \"height\": 2"),
        D(props, "{\"name\": \"km_per_hex\", \"type\": \"int\", \"value\": 10}"),
        D(tileset_extra, ""), D(terrain1, "plain"), tiles, tiles, tiles,
        D(terrain, "2, 2, 1,\n 2, 2, 1"), D(rail_extra, ""), D(rail, "4, 11, 0, 0, 0, 0"),
        D(river, "0, 0, 0, 0, 0, 0"), D(bridge, "0, 0, 0, 0, 0, 0"), D(places_extra, ""),
        D(objects,
          "{\"id\": 1, \"name\": \"Town\", \"point\": true, \"x\": 14, \"y\": 16, "
          "\"properties\": [{\"name\": \"id\", \"type\": \"string\", \"value\": \"town\"}, "
          "{\"name\": \"town\", \"type\": \"bool\", \"value\": true}, "
          "{\"name\": \"station\", \"type\": \"bool\", \"value\": true}, "
          "{\"name\": \"vp\", \"type\": \"int\", \"value\": 2}]}"));
    return buf;
}

static bool load_text(const char *text, struct game **gout, struct diag *d)
{
    struct game *g = game_new();
    bool ok = tiled_load_mem(g, text, strlen(text), "mini.tmj", d);
    if (gout)
        *gout = g;
    else
        game_free(g);
    return ok;
}

static void test_mini_map_loads(void)
{
    struct mini m = {0};
    char *text = mini_map(&m);
    struct game *g;
    struct diag d;
    bool ok = load_text(text, &g, &d);
    if (!ok)
        print_diag(&d);
    CHECK(ok);
    if (ok) {
        CHECK_EQ_INT(g->width, 3);
        CHECK_EQ_INT(g->height, 2);
        CHECK_EQ_INT(map_get(g, hex_from_offset(2, 0))->terrain, TERRAIN_SEA);
        CHECK_EQ_INT(map_get(g, hex_from_offset(0, 0))->terrain, TERRAIN_PLAIN);
        CHECK(rail_linked(g, hex_from_offset(0, 0), HEX_E));
        int t = place_by_id(g, "town");
        CHECK(t >= 0);
        if (t >= 0) {
            CHECK(hex_eq(g->places[t].pos, hex_from_offset(0, 0)));
            CHECK(!strcmp(g->places[t].name, "Town"));
        }
        const struct hexinfo *x = map_get(g, hex_from_offset(0, 0));
        CHECK(x->flags & HEXF_TOWN);
        CHECK(x->flags & HEXF_STATION);
        CHECK_EQ_INT(x->vp, 2);
    }
    game_free(g);
    free(text);

    /* a shifted places layer moves its points: 28 pixels right is the next column */
    struct mini shifted = {.places_extra = ", \"offsetx\": 28, \"offsety\": 0"};
    text = mini_map(&shifted);
    ok = load_text(text, &g, &d);
    CHECK(ok);
    if (ok)
        CHECK(hex_eq(g->places[0].pos, hex_from_offset(1, 0)));
    game_free(g);
    free(text);
}

struct bad_case {
    const char *name;
    struct mini m;
    const char *expect;      /* in the message */
    const char *expect_field; /* in the field, or NULL */
};

static void test_malformed_maps(void)
{
    const char *place_fmt =
        "{\"id\": 1, \"name\": \"P\", \"point\": true, \"x\": %s, \"y\": 16, \"properties\": "
        "[{\"name\": \"id\", \"type\": \"string\", \"value\": \"%s\"}%s]}";
    char outside[512], dup[1024], unknown_prop[512], rect[512];
    snprintf(outside, sizeof outside, place_fmt, "500", "far", "");
    char p1[256], p2[256];
    snprintf(p1, sizeof p1, place_fmt, "14", "same", "");
    snprintf(p2, sizeof p2, place_fmt, "42", "same", "");
    snprintf(dup, sizeof dup, "%s, %s", p1, p2);
    snprintf(unknown_prop, sizeof unknown_prop, place_fmt, "14", "p",
             ", {\"name\": \"staton\", \"type\": \"bool\", \"value\": true}");
    snprintf(rect, sizeof rect,
             "{\"id\": 1, \"name\": \"R\", \"x\": 1, \"y\": 1, \"width\": 10, \"height\": 10}");
    struct bad_case cases[] = {
        {"wrong orientation", {.orientation = "orthogonal"}, "must be \"hexagonal\"",
         "orientation"},
        {"even stagger", {.stagger = "even"}, "\"odd\" is needed", "staggerindex"},
        {"unknown terrain", {.terrain1 = "swamp"}, "unknown terrain 'swamp'", "tilesets[0]"},
        {"mask gid in terrain layer", {.terrain = "2, 4, 1, 2, 2, 1"},
         "gid 4 is not a terrain tile (hex col 1, row 0)", "layers[0].data[1]"},
        {"empty terrain cell", {.terrain = "2, 2, 0, 2, 2, 1"}, "has no terrain",
         "layers[0].data[2]"},
        {"rail on one hex", {.rail = "4, 0, 0, 0, 0, 0"},
         "hex (0,0) side 0 (E): rail on one hex only", "layers[1] (rail)"},
        {"rail off the map", {.rail = "0, 0, 4, 0, 0, 0"}, "rail leads off the map", NULL},
        {"bridge without river", {.bridge = "132, 139, 0, 0, 0, 0"}, "bridge without a river",
         "(bridge)"},
        {"flipped mask", {.rail = "2147483652, 11, 0, 0, 0, 0"}, "flipped", "layers[1].data[0]"},
        {"too wide", {.size = "\"width\": 200, \"height\": 2"}, "outside 1..96", "width"},
        {"huge number", {.size = "\"width\": 1e999, \"height\": 2"}, "number out of range",
         NULL},
        {"short data", {.terrain = "2, 2, 1"}, "data has 3 cells, 6 expected", "layers[0]"},
        {"no scale", {.props = ""}, "km_per_hex", "properties"},
        {"external tileset",
         {.tileset_extra = "{\"firstgid\": 500, \"source\": \"terrain.tsj\"},"},
         "external tileset 'terrain.tsj'", "tilesets[0]"},
        {"base64 layer", {.rail_extra = ", \"encoding\": \"base64\""}, "CSV", "layers[1]"},
        {"place off the map", {.objects = outside}, "lies outside the map", "objects[0]"},
        {"duplicate place id", {.objects = dup}, "duplicate place id 'same'", "objects[1]"},
        {"unknown place property", {.objects = unknown_prop}, "unknown property 'staton'",
         "objects[0].properties[1]"},
        {"rectangle place", {.objects = rect}, "only point objects", "objects[0]"},
        {"bad gid", {.terrain = "2, 2, -1, 2, 2, 1"}, "not a tile gid", "layers[0].data[2]"},
        {"text offset", {.places_extra = ", \"offsetx\": \"28\""}, "offsetx: a number",
         "layers[4]"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *text = mini_map(&cases[i].m);
        struct diag d;
        diag_clear(&d);
        bool ok = load_text(text, NULL, &d);
        if (ok || !strstr(d.msg, cases[i].expect) ||
            (cases[i].expect_field && !strstr(d.field, cases[i].expect_field))) {
            fprintf(stderr, "  case '%s':\n", cases[i].name);
            print_diag(&d);
        }
        CHECK(!ok);
        CHECK_STR_CONTAINS(d.msg, cases[i].expect);
        if (cases[i].expect_field)
            CHECK_STR_CONTAINS(d.field, cases[i].expect_field);
        CHECK(!strcmp(d.path, "mini.tmj"));
        CHECK(d.line > 0);
        free(text);
    }
}

static void test_malformed_json(void)
{
    /* truncated real map */
    char path[512];
    size_t len = 0;
    char *text = read_real_map(&len, path, sizeof path);
    CHECK(text != NULL);
    struct diag d;
    if (text) {
        struct game *g = game_new();
        CHECK(!tiled_load_mem(g, text, len / 2, path, &d));
        CHECK_STR_CONTAINS(d.msg, "JSON: unterminated");
        CHECK(d.line > 0);
        game_free(g);
        free(text);
    }
    struct {
        const char *text, *expect;
        int line;
    } cases[] = {
        {"", "unexpected end of input", 1},
        {"{\"a\": 1,}", "trailing comma", 1},
        {"[1, 2,\n 3,]", "trailing comma", 2},
        {"{\"a\": 1, \"a\": 2}", "duplicate key \"a\"", 1},
        {"{\n \"a\": 1,\n \"b\": 2,\n \"a\": 3\n}", "duplicate key \"a\"", 4},
        {"[01]", "leading zero", 1},
        {"[1.]", "a digit must follow '.'", 1},
        {"[\"\\x\"]", "bad escape", 1},
        {"[\"\\ud800\"]", "high surrogate", 1},
        {"[\"\\udc00\"]", "lone low surrogate", 1},
        {"[\"\\u0000\"]", "\\u0000 is not allowed", 1},
        {"[\"a\xff\"]", "invalid UTF-8", 1},
        {"[\"\xed\xa0\x80\"]", "invalid UTF-8", 1},
        {"[\"tab\there\"]", "control character", 1},
        {"[1e400]", "number out of range", 1},
        {"[-1e400]", "number out of range", 1},
        {"{\"a\" 1}", "expected ':'", 1},
        {"[true false]", "expected ',' or ']'", 1},
        {"[nul]", "unexpected 'n'", 1},
        {"{}\n\n x", "after the JSON value", 3},
        {"{'a': 1}", "expected a string key", 1},
        {"/* c */ {}", "unexpected '/'", 1},
        {"\"abc", "unterminated string", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        struct json_error err;
        struct json_doc *doc = json_parse(cases[i].text, strlen(cases[i].text), &err);
        if (doc || !strstr(err.msg, cases[i].expect) || err.line != cases[i].line)
            fprintf(stderr, "  json case %zu: line %d: %s\n", i, err.line, err.msg);
        CHECK(doc == NULL);
        CHECK_STR_CONTAINS(err.msg, cases[i].expect);
        CHECK_EQ_INT(err.line, cases[i].line);
        json_free(doc);
    }
    /* deep nesting, both in arrays and objects */
    char deep[400];
    memset(deep, '[', 200);
    memset(deep + 200, ']', 200);
    struct json_error err;
    CHECK(json_parse(deep, sizeof deep, &err) == NULL);
    CHECK_STR_CONTAINS(err.msg, "nesting deeper than 64");
    char deep_obj[1200];
    size_t n = 0;
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(deep_obj + n, sizeof deep_obj - n, "{\"a\":");
    CHECK(json_parse(deep_obj, n, &err) == NULL);
    CHECK_STR_CONTAINS(err.msg, "nesting deeper than 64");
    struct game *g = game_new();
    CHECK(!tiled_load_mem(g, deep, sizeof deep, "deep.tmj", &d));
    CHECK_STR_CONTAINS(d.msg, "nesting deeper than 64");
    CHECK(!tiled_load_mem(g, "[1, 2]", 6, "array.tmj", &d));
    CHECK_STR_CONTAINS(d.msg, "a Tiled map (a JSON object) is expected");
    game_free(g);
}

static void test_json_values(void)
{
    const char *text = "{\n \"s\": \"caf\\u00e9 \\ud83d\\ude82 \\\"q\\\" \\/\",\n"
                       " \"n\": [0, -12, 3.5, 1e3, 1e16],\n"
                       " \"b\": [true, false, null],\n \"o\": {}, \"raw\": \"Gəncə\"\n}";
    struct json_error err;
    struct json_doc *doc = json_parse(text, strlen(text), &err);
    CHECK(doc != NULL);
    if (!doc)
        return;
    const struct json *r = json_root(doc);
    CHECK_EQ_INT(r->type, JSON_OBJECT);
    CHECK_EQ_INT(json_len(r), 5);
    CHECK(!strcmp(json_key(r, 0), "s"));
    CHECK(!strcmp(json_str(json_get(r, "s")), "caf\xc3\xa9 \xf0\x9f\x9a\x82 \"q\" /"));
    CHECK(!strcmp(json_str(json_get(r, "raw")), "Gəncə"));
    const struct json *nums = json_get(r, "n");
    CHECK_EQ_INT(nums->line, 3);
    long long v = 0;
    CHECK(json_int(json_at(nums, 1), &v) && v == -12);
    CHECK(!json_int(json_at(nums, 2), &v));
    CHECK(json_int(json_at(nums, 3), &v) && v == 1000);
    CHECK(json_at(nums, 2)->u.num == 3.5);
    CHECK(!json_int(json_at(nums, 4), &v)); /* beyond 2^53 */
    CHECK(json_at(nums, 5) == NULL);
    const struct json *b = json_get(r, "b");
    CHECK(json_at(b, 0)->type == JSON_BOOL && json_at(b, 0)->u.b);
    CHECK(json_at(b, 2)->type == JSON_NULL);
    CHECK_EQ_INT(json_len(json_get(r, "o")), 0);
    CHECK(json_get(r, "missing") == NULL);
    CHECK(json_get(nums, "s") == NULL);
    json_free(doc);

    /* many keys: the sorted duplicate check */
    struct json_buf w = {0};
    json_buf_puts(&w, "{");
    for (int i = 0; i < 500; i++)
        json_buf_printf(&w, "%s\"k%d\": %d", i ? ", " : "", i, i);
    json_buf_puts(&w, "}");
    doc = json_parse(w.data, w.len, &err);
    CHECK(doc != NULL);
    CHECK(json_int(json_get(json_root(doc), "k499"), &v) && v == 499);
    json_free(doc);
    json_buf_puts(&w, "");
    w.len--; /* drop the closing brace, repeat a key */
    json_buf_puts(&w, ", \"k17\": 1}");
    CHECK(json_parse(w.data, w.len, &err) == NULL);
    CHECK_STR_CONTAINS(err.msg, "duplicate key \"k17\"");
    json_buf_fini(&w);

    /* the writer escapes what the reader needs */
    json_buf_string(&w, "a\"b\\c\nd\x01");
    CHECK(!strcmp(w.data, "\"a\\\"b\\\\c\\nd\\u0001\""));
    doc = json_parse(w.data, w.len, &err);
    CHECK(doc && !strcmp(json_str(json_root(doc)), "a\"b\\c\nd\x01"));
    json_free(doc);
    json_buf_fini(&w);
}

static void test_pixel_geometry(void)
{
    for (int row = 0; row < 8; row++)
        for (int col = 0; col < 8; col++) {
            double x, y;
            int c, r;
            tiled_hex_center(28, 32, 16, col, row, &x, &y);
            tiled_pixel_to_hex(28, 32, 16, x, y, &c, &r);
            CHECK(c == col && r == row);
            tiled_pixel_to_hex(28, 32, 16, x + 9, y - 5, &c, &r);
            CHECK(c == col && r == row);
        }
    int c, r;
    tiled_pixel_to_hex(28, 32, 16, 14 + 14, 16 + 24, &c, &r); /* row 1 is shifted right */
    CHECK(c == 0 && r == 1);
    tiled_pixel_to_hex(28, 32, 16, -1e9, 1e9, &c, &r);
    CHECK(c < 0 || r >= MAP_MAX_H);
}

static const struct test_case tests[] = {
    {"real_map_loads", test_real_map_loads},
    {"baku", test_baku},
    {"rail_lines", test_rail_lines},
    {"regions_to_owners", test_regions_to_owners},
    {"round_trip", test_round_trip},
    {"load_file", test_load_file},
    {"mini_map_loads", test_mini_map_loads},
    {"malformed_maps", test_malformed_maps},
    {"malformed_json", test_malformed_json},
    {"json_values", test_json_values},
    {"pixel_geometry", test_pixel_geometry},
};

HARNESS_MAIN(tests)
