/*
 * supply.c - which hexes a side can supply. Supply runs from the side's sources (hexes marked
 * supply_src for it, while it or nobody owns them) along intact railway and along roads,
 * through hexes free of hostile units, hostile ownership and (unless a friendly unit stands
 * there) hostile zones of control; from that network it reaches rules.supply_range foot
 * movement points overland. Pure: the turn sequence applies the effects (turn.c).
 * Depends on libc only.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static bool blocked(const struct game *g, int side, int idx, const struct occupancy *o,
                    const uint8_t *friendly)
{
    const struct hexinfo *x = &g->hexes[idx];
    if (o->enemy[idx])
        return true;
    if (x->owner != NO_SIDE && x->owner != side)
        return true;
    if (o->zoc[idx] && !friendly[idx])
        return true;
    return false;
}

void supply_compute(const struct game *g, int side, uint8_t *out)
{
    int nh = g->width * g->height;
    memset(out, 0, (size_t)nh);
    if (side < 0 || side >= g->nsides || nh <= 0)
        return;
    struct occupancy *o = malloc(sizeof *o);
    uint8_t *net = calloc((size_t)nh, 1), *friendly = calloc((size_t)nh, 1);
    int *queue = malloc(sizeof(int) * (size_t)nh);
    int16_t *best = malloc(sizeof(int16_t) * (size_t)nh);
    if (!o || !net || !friendly || !queue || !best)
        goto done;
    move_occupancy(g, side, o);
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = game_unit(g, i);
        if (u && u->side == side && u->carrier == NO_UNIT) {
            int idx = map_index(g, u->pos);
            if (idx >= 0)
                friendly[idx] = 1;
        }
    }
    /* 1. the rail and road network from the sources */
    int head = 0, tail = 0;
    for (int i = 0; i < nh; i++) {
        const struct hexinfo *x = &g->hexes[i];
        if (!(x->supply_src & (1u << side)))
            continue;
        if (x->owner != NO_SIDE && x->owner != side)
            continue;
        if (o->enemy[i])
            continue;
        net[i] = 1;
        queue[tail++] = i;
    }
    while (head < tail) {
        int hi = queue[head++];
        struct hex h = map_hex_at(g, hi);
        bool cut_here = (g->hexes[hi].flags & HEXF_RAIL_CUT) != 0;
        for (int d = 0; d < 6; d++) {
            int ni = map_index(g, hex_neighbor(h, d));
            if (ni < 0 || net[ni])
                continue;
            bool rail = !cut_here && map_rail_link(g, h, d) &&
                        !(g->hexes[ni].flags & HEXF_RAIL_CUT);
            if (!rail && !map_road_link(g, h, d))
                continue;
            if (blocked(g, side, ni, o, friendly))
                continue;
            net[ni] = 1;
            queue[tail++] = ni;
        }
    }
    /* 2. overland from the network, Dijkstra-lite by repeated relaxation (small range) */
    for (int i = 0; i < nh; i++)
        best[i] = net[i] ? 0 : -1;
    int range = g->rules.supply_range;
    for (int c = 0; c < range; c++) {
        bool changed = false;
        for (int hi = 0; hi < nh; hi++) {
            if (best[hi] != c)
                continue;
            struct hex h = map_hex_at(g, hi);
            for (int d = 0; d < 6; d++) {
                int ni = map_index(g, hex_neighbor(h, d));
                if (ni < 0)
                    continue;
                int step = move_step_cost(g, MOVE_FOOT, h, d);
                if (step < 0 || c + step > range)
                    continue;
                if (o->enemy[ni] || (o->zoc[ni] && !friendly[ni]))
                    continue;
                if (best[ni] < 0 || best[ni] > c + step) {
                    best[ni] = (int16_t)(c + step);
                    changed = true;
                }
            }
        }
        (void)changed;
    }
    for (int i = 0; i < nh; i++)
        out[i] = best[i] >= 0;
done:
    free(o);
    free(net);
    free(friendly);
    free(queue);
    free(best);
}
