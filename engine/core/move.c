/*
 * move.c - movement: terrain and hex-side costs, zones of control, stacking, the reachable set
 * and cheapest paths, and carrying out a move.
 *
 * Costs are integer movement points (open ground 2, road 1, see game.h). A unit that enters a
 * hex in a hostile zone of control stops there; it may leave such a hex, but not straight into
 * another one. A unit with its full allowance may always enter one adjacent passable hex.
 * Rail-bound units (armored trains, entrained units) move only along intact track, 1 point a
 * hex. Ships move on sea hexes and into ports. The search is Dijkstra over a bucket queue
 * (costs are small integers), ties broken by hex index, so paths are deterministic.
 * Depends on libc only.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Movement points per terrain for foot and horse; -1 impassable. */
static const int8_t terrain_cost[TERRAIN_COUNT][2] = {
    [TERRAIN_SEA] = {-1, -1},      [TERRAIN_LAKE] = {-1, -1},  [TERRAIN_PLAIN] = {2, 2},
    [TERRAIN_STEPPE] = {2, 2},     [TERRAIN_FOREST] = {3, 4},  [TERRAIN_HILLS] = {3, 4},
    [TERRAIN_MOUNTAINS] = {6, 8},  [TERRAIN_MARSH] = {4, 6},   [TERRAIN_CITY] = {2, 2},
};
#define RIVER_COST 2

int move_step_cost(const struct game *g, int mc, struct hex h, int dir)
{
    struct hex n = hex_neighbor(h, dir);
    const struct hexinfo *x = map_get(g, n);
    if (!x || !map_get(g, h))
        return -1;
    switch (mc) {
    case MOVE_RAIL:
        if (!map_rail_link(g, h, dir) || (x->flags & HEXF_RAIL_CUT))
            return -1;
        return 1;
    case MOVE_SHIP:
        return (x->terrain == TERRAIN_SEA || (x->flags & HEXF_PORT)) ? 1 : -1;
    case MOVE_FOOT:
    case MOVE_HORSE: {
        int c = terrain_cost[x->terrain][mc == MOVE_HORSE];
        if (c < 0)
            return -1;
        if (map_road_link(g, h, dir))
            return 1;
        if (map_river_crossing(g, h, dir))
            c += RIVER_COST;
        return c;
    }
    default:
        return -1;
    }
}

int move_class_of(const struct game *g, int unit)
{
    const struct unit *u = &g->units[unit];
    if (u->flags & UF_ENTRAINED)
        return MOVE_RAIL;
    return g->utypes[u->type].move_class;
}

bool unit_exerts_zoc(const struct game *g, int id)
{
    const struct unit *u = game_unit(g, id);
    if (!u || u->carrier != NO_UNIT || (u->flags & (UF_ENTRAINED | UF_ROUTED)))
        return false;
    const struct utype *t = &g->utypes[u->type];
    if (t->flags & UTF_NO_ZOC)
        return false;
    return t->move_class == MOVE_FOOT || t->move_class == MOVE_HORSE;
}

void move_occupancy(const struct game *g, int side, struct occupancy *o)
{
    memset(o->enemy, 0, (size_t)(g->width * g->height));
    memset(o->zoc, 0, (size_t)(g->width * g->height));
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = game_unit(g, i);
        if (!u || u->carrier != NO_UNIT || !sides_hostile(g, side, u->side))
            continue;
        int idx = map_index(g, u->pos);
        if (idx < 0)
            continue;
        o->enemy[idx] = 1;
        if (!unit_exerts_zoc(g, i))
            continue;
        o->zoc[idx] = 1;
        for (int d = 0; d < 6; d++) {
            struct hex n = hex_neighbor(u->pos, d);
            int ni = map_index(g, n);
            if (ni >= 0 && !hex_is_water(&g->hexes[ni]))
                o->zoc[ni] = 1;
        }
    }
}

bool move_in_enemy_zoc(const struct game *g, int side, struct hex h)
{
    const struct hexinfo *x = map_get(g, h);
    if (!x || hex_is_water(x))
        return false;
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = game_unit(g, i);
        if (!u || !sides_hostile(g, side, u->side) || !unit_exerts_zoc(g, i))
            continue;
        if (hex_distance(u->pos, h) <= 1)
            return true;
    }
    return false;
}

int stack_count(const struct game *g, struct hex h, bool ships)
{
    int n = 0;
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = game_unit(g, i);
        if (!u || u->carrier != NO_UNIT || !hex_eq(u->pos, h))
            continue;
        bool is_ship = g->utypes[u->type].move_class == MOVE_SHIP;
        if (is_ship == ships)
            n++;
    }
    return n;
}

bool move_can_end(const struct game *g, int unit, struct hex h)
{
    const struct unit *u = &g->units[unit];
    bool ship = g->utypes[u->type].move_class == MOVE_SHIP;
    int n = stack_count(g, h, ship);
    if (hex_eq(u->pos, h))
        return true;
    return n + 1 <= (ship ? g->rules.ship_stack : g->rules.stack_limit);
}

/* May the side's unit pass into hex x at all (ownership, enemies)? */
static bool may_enter(const struct game *g, int side, int mc, const struct hexinfo *x, int idx,
                      const struct occupancy *o)
{
    if (o->enemy[idx])
        return false;
    if (mc != MOVE_SHIP && x->owner != NO_SIDE && x->owner != side &&
        !sides_hostile(g, side, x->owner))
        return false; /* a neutral power's territory */
    return true;
}

int move_reachable(const struct game *g, int unit, struct reach *out)
{
    int nh = g->width * g->height;
    for (int i = 0; i < MAP_MAX_HEXES; i++) {
        out->cost[i] = -1;
        out->prev[i] = -1;
        out->stop[i] = 0;
    }
    const struct unit *u = game_unit(g, unit);
    if (!u || u->carrier != NO_UNIT || nh <= 0)
        return 0;
    int start = map_index(g, u->pos);
    if (start < 0)
        return 0;
    int mc = move_class_of(g, unit);
    int mp = u->mp;
    bool fresh = !(u->flags & UF_MOVED) && mp > 0;
    bool uses_zoc = mc != MOVE_SHIP;

    struct occupancy *o = malloc(sizeof *o);
    /* bucket queue: heads per cost, singly linked through next */
    int16_t *next = malloc(sizeof(int16_t) * (size_t)nh);
    int16_t heads[256];
    if (!o || !next) {
        free(o);
        free(next);
        return 0;
    }
    for (int i = 0; i < 256; i++)
        heads[i] = -1;
    move_occupancy(g, u->side, o);
    out->cost[start] = 0;
    heads[0] = (int16_t)start;
    next[start] = -1;
    int reached = 0;
    int maxc = mp < 255 ? mp : 255;
    for (int c = 0; c <= maxc; c++) {
        while (heads[c] >= 0) {
            int hi = heads[c];
            heads[c] = next[hi];
            if (out->cost[hi] != c)
                continue; /* a stale entry */
            struct hex h = map_hex_at(g, hi);
            bool here_zoc = uses_zoc && o->zoc[hi];
            if (hi != start && here_zoc)
                continue; /* movement ends on entering a zone of control */
            for (int d = 0; d < 6; d++) {
                struct hex n = hex_neighbor(h, d);
                int ni = map_index(g, n);
                if (ni < 0)
                    continue;
                int step = move_step_cost(g, mc, h, d);
                if (step < 0)
                    continue;
                if (!may_enter(g, u->side, mc, &g->hexes[ni], ni, o))
                    continue;
                if (uses_zoc && hi == start && here_zoc && o->zoc[ni])
                    continue; /* no zone-to-zone moves */
                int nc = c + step;
                if (nc > mp) {
                    /* the minimum move: a fresh unit may always enter one adjacent hex */
                    if (hi == start && fresh && mc != MOVE_RAIL)
                        nc = mp;
                    else
                        continue;
                }
                if (nc > maxc || (out->cost[ni] >= 0 && out->cost[ni] <= nc))
                    continue;
                out->cost[ni] = (int16_t)nc;
                out->prev[ni] = (int16_t)hi;
                next[ni] = heads[nc];
                heads[nc] = (int16_t)ni;
            }
        }
    }
    for (int i = 0; i < nh; i++) {
        if (i == start || out->cost[i] < 0)
            continue;
        if (uses_zoc && o->zoc[i])
            out->stop[i] |= 1;
        if (!move_can_end(g, unit, map_hex_at(g, i)))
            out->stop[i] |= 2;
        else
            reached++;
    }
    free(o);
    free(next);
    return reached;
}

int move_path(const struct game *g, int unit, struct hex to, struct hex *path, int max, int *cost)
{
    if (cost)
        *cost = 0;
    int ti = map_index(g, to);
    if (ti < 0 || !game_unit(g, unit))
        return 0;
    struct reach *r = malloc(sizeof *r);
    if (!r)
        return 0;
    move_reachable(g, unit, r);
    int n = 0;
    if (r->cost[ti] >= 0 && !(r->stop[ti] & 2)) {
        int len = 0;
        for (int i = ti; i >= 0; i = r->prev[i])
            len++;
        if (len <= max) {
            int k = len - 1;
            for (int i = ti; i >= 0; i = r->prev[i])
                path[k--] = map_hex_at(g, i);
            n = len;
            if (cost)
                *cost = r->cost[ti];
        }
    }
    free(r);
    return n;
}

/* ====================================================================== applying */
void capture_hex(struct game *g, int side, struct hex h, struct events *ev)
{
    struct hexinfo *x = map_at(g, h);
    if (!x || hex_is_water(x) || x->owner == side)
        return;
    int old = x->owner;
    x->owner = (int8_t)side;
    struct event *e = ev_push(ev, EV_CAPTURED);
    if (e) {
        e->side = (int8_t)side;
        e->side2 = (int8_t)old;
        e->to = h;
    }
}

void move_place(struct game *g, int unit, struct hex h, struct events *ev)
{
    struct unit *u = &g->units[unit];
    u->pos = h;
    for (int i = 0; i < g->nunits; i++)
        if (unit_alive(g, i) && g->units[i].carrier == unit)
            g->units[i].pos = h;
    if (g->utypes[u->type].move_class != MOVE_SHIP)
        capture_hex(g, u->side, h, ev);
}

void move_apply(struct game *g, int unit, struct hex to, struct events *ev)
{
    struct hex path[MAP_MAX_W + MAP_MAX_H + 64];
    int cost = 0;
    int n = move_path(g, unit, to, path, (int)(sizeof path / sizeof path[0]), &cost);
    struct unit *u = &g->units[unit];
    struct hex from = u->pos;
    for (int i = 1; i < n; i++) {
        move_place(g, unit, path[i], ev);
        struct event *e = ev_push(ev, EV_ENTERED);
        if (e) {
            e->unit = (int16_t)unit;
            e->side = u->side;
            e->from = path[i - 1];
            e->to = path[i];
        }
    }
    u->mp = (int16_t)(u->mp - cost);
    if (u->mp < 0)
        u->mp = 0;
    if (move_class_of(g, unit) != MOVE_SHIP && move_in_enemy_zoc(g, u->side, u->pos))
        u->mp = 0;
    u->flags |= UF_MOVED;
    struct event *e = ev_push(ev, EV_MOVED);
    if (e) {
        e->unit = (int16_t)unit;
        e->side = u->side;
        e->from = from;
        e->to = u->pos;
        e->a = cost;
    }
}
