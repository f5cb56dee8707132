/*
 * game.c - the game state: lifecycle, scenario setup, queries, the state hash and the
 * invariant walker.
 *
 * Invariants: a unit slot is alive when gen != 0 and steps > 0; a carried unit stands on its
 * carrier's hex; river/road/rail/bridge bits agree on both hexes of a side; owners and sides
 * are valid indices. Setup functions only work before game_start().
 * Depends on libc only.
 */
#include "game.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ====================================================================== names */
static const char *const terrain_names[TERRAIN_COUNT] = {
    "sea", "lake", "plain", "steppe", "forest", "hills", "mountains", "marsh", "city",
};
static const char *const class_names[MOVE_CLASS_COUNT] = {"foot", "horse", "rail", "ship"};
static const char *const symbol_names[SYM_COUNT] = {
    "infantry", "cavalry", "armored_train", "ship", "militia", "artillery", "hq",
};

static int name_index(const char *const *names, int n, const char *name)
{
    if (!name)
        return -1;
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return i;
    return -1;
}

const char *terrain_name(int t)
{
    return t >= 0 && t < TERRAIN_COUNT ? terrain_names[t] : "?";
}
int terrain_from_name(const char *name)
{
    return name_index(terrain_names, TERRAIN_COUNT, name);
}
const char *move_class_name(int m)
{
    return m >= 0 && m < MOVE_CLASS_COUNT ? class_names[m] : "?";
}
int move_class_from_name(const char *name)
{
    return name_index(class_names, MOVE_CLASS_COUNT, name);
}
const char *symbol_name(int s)
{
    return s >= 0 && s < SYM_COUNT ? symbol_names[s] : "?";
}
int symbol_from_name(const char *name)
{
    return name_index(symbol_names, SYM_COUNT, name);
}

static void copy_str(char *dst, size_t n, const char *src)
{
    snprintf(dst, n, "%s", src ? src : "");
}

/* ====================================================================== lifecycle */
struct game *game_new(void)
{
    struct game *g = calloc(1, sizeof *g);
    if (!g) {
        fprintf(stderr, "baku1920: out of memory\n");
        abort();
    }
    g->km_per_hex = 10;
    g->start_year = 1920;
    g->start_month = 4;
    g->start_day = 27;
    g->last_turn = 0;
    g->rules.stack_limit = 3;
    g->rules.ship_stack = 4;
    g->rules.rail_mp = 16;
    g->rules.rail_cap = 4;
    g->rules.supply_range = 6;
    g->rules.draw_band = 10;
    g->result.winner = NO_SIDE;
    for (int a = 0; a < MAX_SIDES; a++)
        for (int b = 0; b < MAX_SIDES; b++)
            g->peace_turn[a][b] = -1;
    for (int i = 0; i < MAP_MAX_HEXES; i++) {
        g->hexes[i].owner = NO_SIDE;
        g->hexes[i].place = -1;
    }
    return g;
}

void game_free(struct game *g)
{
    if (!g)
        return;
    free(g->log);
    free(g);
}

void game_copy_state(struct game *dst, const struct game *src)
{
    struct cmd *log = dst->log;
    memcpy(dst, src, sizeof *dst);
    dst->log = log;
    dst->nlog = 0;
    dst->no_log = true;
}

struct game *game_clone(const struct game *g)
{
    struct game *c = game_new();
    memcpy(c, g, sizeof *c);
    c->log = NULL;
    c->caplog = 0;
    if (g->nlog) {
        c->log = malloc(g->nlog * sizeof *c->log);
        if (!c->log) {
            fprintf(stderr, "baku1920: out of memory\n");
            abort();
        }
        memcpy(c->log, g->log, g->nlog * sizeof *c->log);
        c->caplog = g->nlog;
    }
    return c;
}

/* ====================================================================== setup */
#define SETUP_GUARD(g, d)                                                                \
    do {                                                                                 \
        if ((g)->started) {                                                              \
            diag_set(d, NULL, 0, NULL, "the game has started: setup is closed");         \
            return -1;                                                                   \
        }                                                                                \
    } while (0)

bool game_set_map(struct game *g, int width, int height, int km_per_hex, struct diag *d)
{
    if (g->started)
        return diag_set(d, NULL, 0, NULL, "the game has started: setup is closed");
    if (width < 1 || height < 1 || width > MAP_MAX_W || height > MAP_MAX_H)
        return diag_set(d, NULL, 0, "map", "size %dx%d is outside 1x1..%dx%d", width, height,
                        MAP_MAX_W, MAP_MAX_H);
    if (km_per_hex < 1 || km_per_hex > 1000)
        return diag_set(d, NULL, 0, "map.km_per_hex", "%d is not a sensible scale", km_per_hex);
    g->width = width;
    g->height = height;
    g->km_per_hex = km_per_hex;
    return true;
}

static int days_in_month(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return dm[(m - 1) % 12];
}

bool game_set_dates(struct game *g, int year, int month, int day, int half, int turns,
                    struct diag *d)
{
    if (g->started)
        return diag_set(d, NULL, 0, NULL, "the game has started: setup is closed");
    if (year < 1800 || year > 2100 || month < 1 || month > 12 || day < 1 ||
        day > days_in_month(year, month))
        return diag_set(d, NULL, 0, "start", "%04d-%02d-%02d is not a date", year, month, day);
    if (half < 0 || half > 1)
        return diag_set(d, NULL, 0, "start.half", "must be dawn or dusk");
    if (turns < 1 || turns > 1000)
        return diag_set(d, NULL, 0, "turns", "%d is outside 1..1000", turns);
    g->start_year = year;
    g->start_month = month;
    g->start_day = day;
    g->start_half = half;
    g->last_turn = turns - 1;
    return true;
}

int game_add_side(struct game *g, const char *id, const char *name, uint32_t color, uint8_t flags,
                  struct diag *d)
{
    SETUP_GUARD(g, d);
    if (!id || !id[0] || strlen(id) >= ID_LEN)
        return diag_set(d, NULL, 0, "sides.id", "an id of 1..%d characters is needed", ID_LEN - 1),
               -1;
    if (side_by_id(g, id) >= 0)
        return diag_set(d, NULL, 0, "sides.id", "duplicate side id '%s'", id), -1;
    if (g->nsides >= MAX_SIDES)
        return diag_set(d, NULL, 0, "sides", "more than %d sides", MAX_SIDES), -1;
    struct side *s = &g->sides[g->nsides];
    memset(s, 0, sizeof *s);
    copy_str(s->id, sizeof s->id, id);
    copy_str(s->name, sizeof s->name, name ? name : id);
    s->color = color & 0xffffff;
    s->flags = flags;
    g->order[g->norder++] = (int8_t)g->nsides;
    return g->nsides++;
}

int game_add_utype(struct game *g, const struct utype *t, struct diag *d)
{
    SETUP_GUARD(g, d);
    if (!t->id[0])
        return diag_set(d, NULL, 0, "unit_types.id", "an id is needed"), -1;
    if (utype_by_id(g, t->id) >= 0)
        return diag_set(d, NULL, 0, "unit_types.id", "duplicate unit type id '%s'", t->id), -1;
    if (g->nutypes >= MAX_UTYPES)
        return diag_set(d, NULL, 0, "unit_types", "more than %d unit types", MAX_UTYPES), -1;
    if (t->move_class >= MOVE_CLASS_COUNT)
        return diag_set(d, NULL, 0, "unit_types.class", "unknown movement class"), -1;
    if (t->symbol >= SYM_COUNT)
        return diag_set(d, NULL, 0, "unit_types.symbol", "unknown symbol"), -1;
    if (t->steps < 1 || t->steps > 12)
        return diag_set(d, NULL, 0, "unit_types.steps", "%d is outside 1..12", t->steps), -1;
    if (t->morale > 9)
        return diag_set(d, NULL, 0, "unit_types.morale", "%d is outside 0..9", t->morale), -1;
    if (t->mp > 60 || t->range > 4)
        return diag_set(d, NULL, 0, "unit_types", "mp must be 0..60 and range 0..4"), -1;
    g->utypes[g->nutypes] = *t;
    return g->nutypes++;
}

/* Can a unit of this type stand on h? (sea for ships, track for trains, land for the rest) */
static bool type_can_stand(const struct game *g, const struct utype *t, struct hex h)
{
    const struct hexinfo *x = map_get(g, h);
    if (!x)
        return false;
    switch (t->move_class) {
    case MOVE_SHIP:
        return x->terrain == TERRAIN_SEA || (x->flags & HEXF_PORT);
    case MOVE_RAIL:
        return x->rail != 0;
    default:
        return !hex_is_water(x);
    }
}

static int place_unit(struct game *g, const struct unit_spec *s, struct diag *d, bool check_hex)
{
    if (s->type >= g->nutypes)
        return diag_set(d, NULL, 0, "units.type", "unknown unit type #%d", s->type), -1;
    if (s->side < 0 || s->side >= g->nsides)
        return diag_set(d, NULL, 0, "units.side", "unknown side #%d", s->side), -1;
    const struct utype *t = &g->utypes[s->type];
    if (check_hex && !map_contains(g, s->pos))
        return diag_set(d, NULL, 0, "units.at", "unit '%s' is off the map", s->key), -1;
    if (check_hex && !type_can_stand(g, t, s->pos)) {
        int col, row;
        hex_to_offset(s->pos, &col, &row);
        return diag_set(d, NULL, 0, "units.at",
                        "unit '%s' (%s) cannot stand on %s at col %d, row %d", s->key,
                        move_class_name(t->move_class),
                        terrain_name(map_get(g, s->pos)->terrain), col, row),
               -1;
    }
    if (s->key[0] && unit_by_key(g, s->key) >= 0)
        return diag_set(d, NULL, 0, "units.id", "duplicate unit id '%s'", s->key), -1;
    if (s->steps > t->steps)
        return diag_set(d, NULL, 0, "units.steps", "unit '%s' has %d steps, its type at most %d",
                        s->key, s->steps, t->steps),
               -1;
    if (s->morale > 9)
        return diag_set(d, NULL, 0, "units.morale", "%d is outside 0..9", s->morale), -1;
    int id = -1;
    for (int i = 0; i < g->nunits; i++)
        if (g->units[i].gen == 0) {
            id = i;
            break;
        }
    if (id < 0) {
        if (g->nunits >= MAX_UNITS)
            return diag_set(d, NULL, 0, "units", "more than %d units", MAX_UNITS), -1;
        id = g->nunits++;
    }
    struct unit *u = &g->units[id];
    uint16_t gen = (uint16_t)(u->gen + 1);
    memset(u, 0, sizeof *u);
    u->gen = gen ? gen : 1;
    u->type = s->type;
    u->side = s->side;
    u->pos = s->pos;
    u->steps = s->steps ? s->steps : t->steps;
    u->morale = s->morale >= 0 ? (uint8_t)s->morale : t->morale;
    u->mp = t->mp;
    u->carrier = NO_UNIT;
    copy_str(u->key, sizeof u->key, s->key);
    copy_str(u->name, sizeof u->name, s->name[0] ? s->name : s->key);
    copy_str(u->tag, sizeof u->tag, s->tag);
    return id;
}

int game_add_unit(struct game *g, const struct unit_spec *s, struct diag *d)
{
    SETUP_GUARD(g, d);
    return place_unit(g, s, d, true);
}

/* Used by CMD_SPAWN and reinforcements (after start). */
int game_spawn_unit(struct game *g, const struct unit_spec *s)
{
    struct diag d;
    return place_unit(g, s, &d, true);
}

/* Put passenger aboard carrier at setup (scenario `aboard`). */
int game_add_place(struct game *g, const char *id, const char *name, const char *alt,
                   struct hex pos, struct diag *d)
{
    SETUP_GUARD(g, d);
    if (!id || !id[0] || strlen(id) >= ID_LEN)
        return diag_set(d, NULL, 0, "places.id", "an id of 1..%d characters is needed",
                        ID_LEN - 1),
               -1;
    if (place_by_id(g, id) >= 0)
        return diag_set(d, NULL, 0, "places.id", "duplicate place id '%s'", id), -1;
    if (!map_contains(g, pos))
        return diag_set(d, NULL, 0, "places", "place '%s' is off the map", id), -1;
    if (g->nplaces >= MAX_PLACES)
        return diag_set(d, NULL, 0, "places", "more than %d places", MAX_PLACES), -1;
    struct place *p = &g->places[g->nplaces];
    copy_str(p->id, sizeof p->id, id);
    copy_str(p->name, sizeof p->name, name ? name : id);
    copy_str(p->alt, sizeof p->alt, alt);
    p->pos = pos;
    struct hexinfo *x = map_at(g, pos);
    if (x->place < 0)
        x->place = (int16_t)g->nplaces;
    return g->nplaces++;
}

int game_add_area(struct game *g, const char *id, const struct hex *hexes, int n, struct diag *d)
{
    SETUP_GUARD(g, d);
    if (!id || !id[0] || strlen(id) >= ID_LEN)
        return diag_set(d, NULL, 0, "areas", "an id of 1..%d characters is needed", ID_LEN - 1),
               -1;
    if (area_by_id(g, id) >= 0)
        return diag_set(d, NULL, 0, "areas", "duplicate area id '%s'", id), -1;
    if (g->nareas >= MAX_AREAS || g->narea_hexes + n > MAX_AREA_HEXES)
        return diag_set(d, NULL, 0, "areas", "too many areas or area hexes"), -1;
    if (n < 1)
        return diag_set(d, NULL, 0, "areas", "area '%s' is empty", id), -1;
    struct area *a = &g->areas[g->nareas];
    copy_str(a->id, sizeof a->id, id);
    a->first = (uint16_t)g->narea_hexes;
    a->count = 0;
    for (int i = 0; i < n; i++) {
        if (!map_contains(g, hexes[i]))
            return diag_set(d, NULL, 0, "areas", "area '%s' has a hex off the map", id), -1;
        bool dup = false;
        for (int j = 0; j < a->count; j++)
            if (hex_eq(g->area_hexes[a->first + j], hexes[i]))
                dup = true;
        if (!dup)
            g->area_hexes[a->first + a->count++] = hexes[i];
    }
    g->narea_hexes += a->count;
    return g->nareas++;
}

int game_add_reinf(struct game *g, const struct unit_spec *s, int turn, struct diag *d)
{
    SETUP_GUARD(g, d);
    if (g->nreinf >= MAX_REINF)
        return diag_set(d, NULL, 0, "reinforcements", "more than %d", MAX_REINF), -1;
    if (s->type >= g->nutypes)
        return diag_set(d, NULL, 0, "reinforcements.type", "unknown unit type"), -1;
    if (s->side < 0 || s->side >= g->nsides)
        return diag_set(d, NULL, 0, "reinforcements.side", "unknown side"), -1;
    if (turn < 0 || turn > g->last_turn)
        return diag_set(d, NULL, 0, "reinforcements.turn",
                        "'%s' arrives on turn %d, outside the game's turns 0..%d", s->key, turn,
                        g->last_turn),
               -1;
    const struct utype *t = &g->utypes[s->type];
    if (!map_contains(g, s->pos) || !type_can_stand(g, t, s->pos))
        return diag_set(d, NULL, 0, "reinforcements.at",
                        "'%s' would arrive where a %s unit cannot stand", s->key,
                        move_class_name(t->move_class)),
               -1;
    if (s->key[0]) {
        if (unit_by_key(g, s->key) >= 0)
            return diag_set(d, NULL, 0, "reinforcements.id", "duplicate unit id '%s'", s->key),
                   -1;
        for (int i = 0; i < g->nreinf; i++)
            if (strcmp(g->reinf[i].spec.key, s->key) == 0)
                return diag_set(d, NULL, 0, "reinforcements.id", "duplicate unit id '%s'",
                                s->key),
                       -1;
    }
    g->reinf[g->nreinf].spec = *s;
    g->reinf[g->nreinf].turn = (int16_t)turn;
    g->reinf[g->nreinf].done = 0;
    return g->nreinf++;
}

int game_add_objective(struct game *g, const struct objective *o, struct diag *d)
{
    SETUP_GUARD(g, d);
    if (g->nobj >= MAX_OBJ)
        return diag_set(d, NULL, 0, "objectives", "more than %d conditions", MAX_OBJ), -1;
    if (o->side < 0 || o->side >= g->nsides)
        return diag_set(d, NULL, 0, "objectives.side", "objective '%s' names no side", o->id),
               -1;
    switch (o->kind) {
    case OBJ_HOLD_AREA:
    case OBJ_HOLD_N:
        if (o->area < 0 || o->area >= g->nareas)
            return diag_set(d, NULL, 0, "objectives", "objective '%s' names no area", o->id), -1;
        if (area_land_count(g, o->area) < 1)
            return diag_set(d, NULL, 0, "objectives",
                            "objective '%s' holds area '%s', which is all water: no side can "
                            "own a sea or lake hex",
                            o->id, g->areas[o->area].id),
                   -1;
        if (o->kind == OBJ_HOLD_N && (o->n < 1 || o->n > area_land_count(g, o->area)))
            return diag_set(d, NULL, 0, "objectives.hold_n.n",
                            "objective '%s' needs 1..%d hexes (the land hexes of area '%s'), "
                            "not %d",
                            o->id, area_land_count(g, o->area), g->areas[o->area].id, o->n),
                   -1;
        break;
    case OBJ_DESTROY_TAG:
    case OBJ_SAVE_TAG: {
        bool found = false;
        for (int i = 0; i < g->nunits && !found; i++)
            if (g->units[i].gen && strcmp(g->units[i].tag, o->tag) == 0)
                found = true;
        for (int i = 0; i < g->nreinf && !found; i++)
            if (strcmp(g->reinf[i].spec.tag, o->tag) == 0)
                found = true;
        if (!o->tag[0] || !found)
            return diag_set(d, NULL, 0, "objectives",
                            "objective '%s' names tag '%s', which no unit carries", o->id,
                            o->tag),
                   -1;
        break;
    }
    case OBJ_AND:
    case OBJ_OR:
        if (o->nkids < 1 || o->nkids > MAX_OBJ_KIDS)
            return diag_set(d, NULL, 0, "objectives", "objective '%s' combines 1..%d conditions",
                            o->id, MAX_OBJ_KIDS),
                   -1;
        for (int i = 0; i < o->nkids; i++)
            if (o->kids[i] < 0 || o->kids[i] >= g->nobj)
                return diag_set(d, NULL, 0, "objectives", "objective '%s' has a bad part",
                                o->id),
                       -1;
        break;
    default:
        return diag_set(d, NULL, 0, "objectives", "objective '%s' has an unknown kind", o->id),
               -1;
    }
    if (o->by_turn > g->last_turn)
        return diag_set(d, NULL, 0, "objectives.by", "objective '%s' is dated after the last turn",
                        o->id),
               -1;
    g->obj[g->nobj] = *o;
    g->obj[g->nobj].state = OBJ_PENDING;
    return g->nobj++;
}

int game_add_hint(struct game *g, const struct ai_hint *h, struct diag *d)
{
    SETUP_GUARD(g, d);
    if (g->nhints >= MAX_HINTS)
        return diag_set(d, NULL, 0, "ai", "more than %d hints", MAX_HINTS), -1;
    if (h->side < 0 || h->side >= g->nsides || h->area < 0 || h->area >= g->nareas)
        return diag_set(d, NULL, 0, "ai", "a hint names an unknown side or area"), -1;
    if (h->kind >= HINT_KIND_COUNT)
        return diag_set(d, NULL, 0, "ai", "unknown hint kind %d", h->kind), -1;
    g->hints[g->nhints] = *h;
    return g->nhints++;
}

void game_set_war(struct game *g, int a, int b, bool war)
{
    if (a < 0 || b < 0 || a >= MAX_SIDES || b >= MAX_SIDES || a == b)
        return;
    g->war[a][b] = g->war[b][a] = war ? 1 : 0;
}

bool game_set_peace(struct game *g, int a, int b, int turn)
{
    if (a < 0 || b < 0 || a >= g->nsides || b >= g->nsides || a == b || turn < 1 ||
        turn > g->last_turn)
        return false;
    g->peace_turn[a][b] = g->peace_turn[b][a] = (int16_t)turn;
    return true;
}

/* ====================================================================== queries */
bool map_contains(const struct game *g, struct hex h)
{
    return map_index(g, h) >= 0;
}

int map_index(const struct game *g, struct hex h)
{
    int col, row;
    hex_to_offset(h, &col, &row);
    if (col < 0 || row < 0 || col >= g->width || row >= g->height)
        return -1;
    return row * g->width + col;
}

struct hex map_hex_at(const struct game *g, int index)
{
    return hex_from_offset(index % g->width, index / g->width);
}

struct hexinfo *map_at(struct game *g, struct hex h)
{
    int i = map_index(g, h);
    return i < 0 ? NULL : &g->hexes[i];
}

const struct hexinfo *map_get(const struct game *g, struct hex h)
{
    int i = map_index(g, h);
    return i < 0 ? NULL : &g->hexes[i];
}

static uint8_t *side_bits(struct hexinfo *x, char what)
{
    switch (what) {
    case 'r':
        return &x->rail;
    case 'd':
        return &x->road;
    case 'v':
        return &x->river;
    case 'b':
        return &x->bridge;
    default:
        return NULL;
    }
}

void map_set_side(struct game *g, struct hex h, int dir, char what, bool on)
{
    struct hexinfo *a = map_at(g, h), *b = map_at(g, hex_neighbor(h, dir));
    uint8_t *bits;
    if (a && (bits = side_bits(a, what)))
        *bits = on ? (uint8_t)(*bits | (1u << dir)) : (uint8_t)(*bits & ~(1u << dir));
    int o = (dir + 3) % 6;
    if (b && (bits = side_bits(b, what)))
        *bits = on ? (uint8_t)(*bits | (1u << o)) : (uint8_t)(*bits & ~(1u << o));
}

bool map_rail_link(const struct game *g, struct hex h, int dir)
{
    const struct hexinfo *a = map_get(g, h), *b = map_get(g, hex_neighbor(h, dir));
    if (!a || !b)
        return false;
    int o = (dir + 3) % 6;
    if (!(a->rail & (1u << dir)) || !(b->rail & (1u << o)))
        return false;
    /* a blown bridge on this side cuts the line */
    if ((a->blown & (1u << dir)) || (b->blown & (1u << o)))
        return false;
    return true;
}

bool map_road_link(const struct game *g, struct hex h, int dir)
{
    const struct hexinfo *a = map_get(g, h), *b = map_get(g, hex_neighbor(h, dir));
    if (!a || !b)
        return false;
    int o = (dir + 3) % 6;
    if (!(a->road & (1u << dir)) || !(b->road & (1u << o)))
        return false;
    if ((a->river & (1u << dir)) && (!(a->bridge & (1u << dir)) || (a->blown & (1u << dir))))
        return false;
    return true;
}

bool map_river_crossing(const struct game *g, struct hex h, int dir)
{
    const struct hexinfo *a = map_get(g, h);
    if (!a || !(a->river & (1u << dir)))
        return false;
    return !(a->bridge & (1u << dir)) || (a->blown & (1u << dir));
}

bool unit_alive(const struct game *g, int id)
{
    return id >= 0 && id < g->nunits && g->units[id].gen != 0 && g->units[id].steps > 0;
}

const struct unit *game_unit(const struct game *g, int id)
{
    return unit_alive(g, id) ? &g->units[id] : NULL;
}

const struct utype *unit_type(const struct game *g, int id)
{
    return unit_alive(g, id) ? &g->utypes[g->units[id].type] : NULL;
}

int units_at(const struct game *g, struct hex h, int *out, int max, bool with_carried)
{
    int n = 0;
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = &g->units[i];
        if (!unit_alive(g, i) || !hex_eq(u->pos, h))
            continue;
        if (!with_carried && u->carrier != NO_UNIT)
            continue;
        if (n < max)
            out[n] = i;
        n++;
    }
    return n < max ? n : max;
}

int side_by_id(const struct game *g, const char *id)
{
    for (int i = 0; i < g->nsides; i++)
        if (strcmp(g->sides[i].id, id) == 0)
            return i;
    return -1;
}

int utype_by_id(const struct game *g, const char *id)
{
    for (int i = 0; i < g->nutypes; i++)
        if (strcmp(g->utypes[i].id, id) == 0)
            return i;
    return -1;
}

int place_by_id(const struct game *g, const char *id)
{
    for (int i = 0; i < g->nplaces; i++)
        if (strcmp(g->places[i].id, id) == 0)
            return i;
    return -1;
}

int area_by_id(const struct game *g, const char *id)
{
    for (int i = 0; i < g->nareas; i++)
        if (strcmp(g->areas[i].id, id) == 0)
            return i;
    return -1;
}

int unit_by_key(const struct game *g, const char *key)
{
    if (!key || !key[0])
        return -1;
    for (int i = 0; i < g->nunits; i++)
        if (g->units[i].gen && strcmp(g->units[i].key, key) == 0)
            return i;
    return -1;
}

bool area_has(const struct game *g, int area, struct hex h)
{
    if (area < 0 || area >= g->nareas)
        return false;
    const struct area *a = &g->areas[area];
    for (int i = 0; i < a->count; i++)
        if (hex_eq(g->area_hexes[a->first + i], h))
            return true;
    return false;
}

int area_land_count(const struct game *g, int area)
{
    if (area < 0 || area >= g->nareas)
        return 0;
    const struct area *a = &g->areas[area];
    int n = 0;
    for (int i = 0; i < a->count; i++) {
        const struct hexinfo *x = map_get(g, g->area_hexes[a->first + i]);
        if (x && !hex_is_water(x))
            n++;
    }
    return n;
}

bool sides_hostile(const struct game *g, int a, int b)
{
    if (a < 0 || b < 0 || a >= g->nsides || b >= g->nsides || a == b)
        return false;
    return g->war[a][b] != 0;
}

int game_war_last_turn(const struct game *g, int a, int b)
{
    int p = g->peace_turn[a][b];
    int t = p > g->turn ? p - 1 : g->last_turn; /* a peace gone by: war again, by a script */
    return t < g->last_turn ? t : g->last_turn;
}

int game_last_war_turn(const struct game *g, int side)
{
    int last = -1;
    for (int s = 0; s < g->nsides; s++) {
        if (!sides_hostile(g, side, s))
            continue;
        int t = game_war_last_turn(g, side, s);
        if (t > last)
            last = t;
    }
    return last >= 0 ? last : g->last_turn;
}

int game_last_fight_turn(const struct game *g)
{
    int last = -1;
    for (int s = 0; s < g->nsides; s++)
        for (int o = 0; o < g->nsides; o++)
            if (sides_hostile(g, s, o)) {
                int t = game_last_war_turn(g, s);
                if (t > last)
                    last = t;
                break;
            }
    return last >= 0 ? last : g->last_turn;
}

int game_active_side(const struct game *g)
{
    if (g->norder == 0)
        return NO_SIDE;
    return g->order[g->active];
}

void game_date(const struct game *g, int turn, int *year, int *month, int *day, int *half)
{
    int halves = g->start_half + turn;
    int days = halves / 2;
    int y = g->start_year, m = g->start_month, dd = g->start_day + days;
    while (dd > days_in_month(y, m)) {
        dd -= days_in_month(y, m);
        if (++m > 12) {
            m = 1;
            y++;
        }
    }
    *year = y;
    *month = m;
    *day = dd;
    *half = halves % 2;
}

void game_date_str(const struct game *g, int turn, char *out, size_t outlen)
{
    int y, m, d, h;
    game_date(g, turn, &y, &m, &d, &h);
    snprintf(out, outlen, "%04d-%02d-%02d %s", y, m, d, h ? "dusk" : "dawn");
}

int game_var(const struct game *g, const char *name, int fallback)
{
    for (int i = 0; i < g->nvars; i++)
        if (strcmp(g->vars[i].name, name) == 0)
            return g->vars[i].value;
    return fallback;
}

static int scaled(int factor, int steps, int full)
{
    if (full <= 0)
        return factor;
    return (factor * steps + full - 1) / full;
}

int unit_attack_at(const struct game *g, int id, int steps)
{
    const struct unit *u = game_unit(g, id);
    if (!u)
        return 0;
    const struct utype *t = &g->utypes[u->type];
    int f = scaled(t->attack, steps, t->steps);
    if (u->supply > 0 && !(t->flags & UTF_SELF_SUPPLY))
        f = (f + 1) / 2;
    return f;
}

int unit_attack_factor(const struct game *g, int id)
{
    const struct unit *u = game_unit(g, id);
    return u ? unit_attack_at(g, id, u->steps) : 0;
}

int unit_defence_factor(const struct game *g, int id)
{
    const struct unit *u = game_unit(g, id);
    if (!u)
        return 0;
    const struct utype *t = &g->utypes[u->type];
    int f = scaled(t->defence, u->steps, t->steps);
    if ((u->flags & (UF_ENTRAINED | UF_ROUTED)) && f > 1)
        f = (f + 1) / 2;
    return f;
}

bool side_competes(const struct game *g, int side)
{
    if (side < 0 || side >= g->nsides)
        return false;
    if (g->sides[side].flags & SIDE_PLAYABLE)
        return true;
    for (int s = 0; s < g->nsides; s++)
        if (g->sides[s].flags & SIDE_PLAYABLE)
            return false;
    return true;
}

int game_score(const struct game *g, int side)
{
    if (side < 0 || side >= g->nsides)
        return 0;
    int s = g->sides[side].score;
    for (int i = 0; i < g->width * g->height; i++)
        if (g->hexes[i].owner == side)
            s += g->hexes[i].vp;
    for (int i = 0; i < g->nobj; i++)
        if (g->obj[i].top && g->obj[i].side == side && objective_scores(g, i))
            s += g->obj[i].vp;
    return s;
}

bool objective_scores(const struct game *g, int idx)
{
    const struct objective *o = &g->obj[idx];
    if (o->by_turn >= 0)
        return o->state == OBJ_MET;
    return o->state == OBJ_MET || (o->state != OBJ_FAILED && objective_met(g, idx));
}

/* ====================================================================== hash */
struct hasher {
    uint64_t h;
};

static void hash_bytes(struct hasher *hs, const void *p, size_t n)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++) {
        hs->h ^= b[i];
        hs->h *= 0x100000001b3ULL;
    }
}

static void hash_int(struct hasher *hs, long long v)
{
    unsigned char b[8];
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned char)((unsigned long long)v >> (8 * i));
    hash_bytes(hs, b, 8);
}

static void hash_str(struct hasher *hs, const char *s)
{
    hash_bytes(hs, s, strlen(s) + 1);
}

uint64_t game_hash(const struct game *g)
{
    struct hasher hs = {0xcbf29ce484222325ULL};
    hash_str(&hs, g->scenario_id);
    hash_int(&hs, (long long)g->scenario_hash);
    hash_int(&hs, (long long)g->seed);
    hash_int(&hs, g->width);
    hash_int(&hs, g->height);
    for (int i = 0; i < g->width * g->height; i++) {
        const struct hexinfo *x = &g->hexes[i];
        unsigned char b[10] = {x->terrain, x->rail,  x->road,           x->river,
                               x->bridge,  x->blown, x->flags,          (unsigned char)x->owner,
                               x->vp,      x->supply_src};
        hash_bytes(&hs, b, sizeof b);
        hash_int(&hs, x->place);
    }
    hash_int(&hs, g->nsides);
    for (int i = 0; i < g->nsides; i++) {
        hash_str(&hs, g->sides[i].id);
        hash_int(&hs, g->sides[i].score);
        hash_int(&hs, g->sides[i].rail_used);
        for (int j = 0; j < g->nsides; j++)
            hash_int(&hs, g->war[i][j]);
    }
    hash_int(&hs, g->nunits);
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = &g->units[i];
        hash_int(&hs, u->gen);
        if (!u->gen)
            continue;
        long long f[] = {u->type, u->side, u->pos.q, u->pos.r, u->steps,  u->morale,
                         u->mp,   u->flags, u->supply, u->carrier};
        for (size_t k = 0; k < sizeof f / sizeof f[0]; k++)
            hash_int(&hs, f[k]);
        hash_str(&hs, u->key);
        hash_str(&hs, u->tag);
    }
    for (int i = 0; i < g->nreinf; i++)
        hash_int(&hs, g->reinf[i].done);
    for (int i = 0; i < g->nobj; i++)
        hash_int(&hs, g->obj[i].state);
    hash_int(&hs, g->turn);
    hash_int(&hs, g->active);
    hash_int(&hs, g->phase);
    hash_int(&hs, (long long)g->rng.state);
    hash_int(&hs, (long long)g->rng.inc);
    for (int i = 0; i < g->nvars; i++) {
        hash_str(&hs, g->vars[i].name);
        hash_int(&hs, g->vars[i].value);
    }
    for (int i = 0; i < g->nmilestones; i++) {
        hash_str(&hs, g->milestones[i].name);
        hash_int(&hs, g->milestones[i].side);
        hash_int(&hs, g->milestones[i].turn);
    }
    hash_int(&hs, g->result.over);
    hash_int(&hs, g->result.winner);
    hash_int(&hs, g->result.level);
    return hs.h;
}

/* ====================================================================== invariants */
bool game_check(const struct game *g, struct diag *d)
{
    for (int i = 0; i < g->width * g->height; i++) {
        const struct hexinfo *x = &g->hexes[i];
        struct hex h = map_hex_at(g, i);
        if (x->terrain >= TERRAIN_COUNT)
            return diag_set(d, NULL, 0, "map", "hex %d has terrain %d", i, x->terrain);
        if (x->owner < NO_SIDE || x->owner >= g->nsides)
            return diag_set(d, NULL, 0, "map", "hex %d has owner %d", i, x->owner);
        for (int dir = 0; dir < 6; dir++) {
            const struct hexinfo *y = map_get(g, hex_neighbor(h, dir));
            int o = (dir + 3) % 6;
            if (!y)
                continue;
            if (((x->river >> dir) & 1) != ((y->river >> o) & 1) ||
                ((x->rail >> dir) & 1) != ((y->rail >> o) & 1) ||
                ((x->road >> dir) & 1) != ((y->road >> o) & 1))
                return diag_set(d, NULL, 0, "map", "hex %d side %d disagrees with its neighbour",
                                i, dir);
        }
    }
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = &g->units[i];
        if (!unit_alive(g, i))
            continue;
        if (u->type >= g->nutypes || u->side < 0 || u->side >= g->nsides)
            return diag_set(d, NULL, 0, "units", "unit %d has a bad type or side", i);
        if (!map_contains(g, u->pos))
            return diag_set(d, NULL, 0, "units", "unit %d is off the map", i);
        if (u->steps > g->utypes[u->type].steps || u->morale > 9)
            return diag_set(d, NULL, 0, "units", "unit %d has bad steps or morale", i);
        if (u->carrier != NO_UNIT) {
            if (!unit_alive(g, u->carrier))
                return diag_set(d, NULL, 0, "units", "unit %d rides a dead carrier", i);
            if (!hex_eq(g->units[u->carrier].pos, u->pos))
                return diag_set(d, NULL, 0, "units", "unit %d is not on its carrier's hex", i);
        }
    }
    if (g->started && !g->result.over) {
        if (g->active < 0 || g->active >= g->norder)
            return diag_set(d, NULL, 0, "turn", "active side index %d is bad", g->active);
        if (g->turn < 0 || g->turn > g->last_turn)
            return diag_set(d, NULL, 0, "turn", "turn %d outside 0..%d", g->turn, g->last_turn);
    }
    return true;
}
