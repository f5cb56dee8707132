/*
 * ai.c - computer opponents (see ai.h). The planning AI works one command at a time from the
 * state alone: in the movement phase each unit, in id order, moves at most once, to the
 * reachable hex that best closes on the side's objectives (scenario hints, enemy-held victory
 * hexes, the enemy) while keeping stacks legal; in the combat phase it attacks the enemy stack
 * that gives the best odds above its level's threshold. The random baseline picks legal moves
 * and attacks by chance. Each unit's choice depends only on the state, so a unit that chose to
 * stay is not asked again and every phase ends.
 * Depends on libc only.
 */
#include "ai.h"

#include <stdlib.h>
#include <string.h>

static const char *const level_names[AI_LEVEL_COUNT] = {"random", "greedy", "easy", "normal",
                                                         "hard"};

const char *ai_level_name(int level)
{
    return level >= 0 && level < AI_LEVEL_COUNT ? level_names[level] : "?";
}

int ai_level_from_name(const char *name)
{
    for (int i = 0; i < AI_LEVEL_COUNT; i++)
        if (!strcmp(level_names[i], name))
            return i;
    return -1;
}

static struct cmd make(int kind, int side, int unit, struct hex to)
{
    struct cmd c;
    memset(&c, 0, sizeof c);
    c.kind = (uint8_t)kind;
    c.origin = ORIGIN_AI;
    c.side = (int8_t)side;
    c.unit = (int16_t)unit;
    c.to = to;
    return c;
}

static bool is_land(const struct hexinfo *x)
{
    return x->terrain != TERRAIN_SEA && x->terrain != TERRAIN_LAKE;
}

/* Distance (in hexes over land) from every hex to the nearest target; 9999 where none. */
static void target_field(const struct game *g, int side, int16_t *dist)
{
    int nh = g->width * g->height;
    int *queue = malloc(sizeof(int) * (size_t)nh);
    for (int i = 0; i < nh; i++)
        dist[i] = 9999;
    if (!queue)
        return;
    int head = 0, tail = 0;
    bool hinted = false;
    for (int k = 0; k < g->nhints; k++) {
        const struct ai_hint *h = &g->hints[k];
        if (h->side != side || h->kind != HINT_OBJECTIVE)
            continue;
        const struct area *a = &g->areas[h->area];
        for (int j = 0; j < a->count; j++) {
            int idx = map_index(g, g->area_hexes[a->first + j]);
            if (idx >= 0 && g->hexes[idx].owner != side && dist[idx]) {
                dist[idx] = 0;
                queue[tail++] = idx;
                hinted = true;
            }
        }
    }
    for (int i = 0; i < nh; i++) {
        const struct hexinfo *x = &g->hexes[i];
        bool target = x->vp > 0 && x->owner != side && (x->owner == NO_SIDE ||
                                                        sides_hostile(g, side, x->owner));
        if (target && dist[i]) {
            dist[i] = 0;
            queue[tail++] = i;
        }
    }
    if (!hinted)
        for (int u = 0; u < g->nunits; u++) {
            const struct unit *e = game_unit(g, u);
            if (!e || !sides_hostile(g, side, e->side))
                continue;
            int idx = map_index(g, e->pos);
            if (idx >= 0 && dist[idx]) {
                dist[idx] = 0;
                queue[tail++] = idx;
            }
        }
    while (head < tail) {
        int hi = queue[head++];
        struct hex h = map_hex_at(g, hi);
        for (int d = 0; d < 6; d++) {
            int ni = map_index(g, hex_neighbor(h, d));
            if (ni < 0 || dist[ni] <= dist[hi] + 1)
                continue;
            if (!is_land(&g->hexes[ni]) && !is_land(&g->hexes[hi]))
                continue;
            dist[ni] = (int16_t)(dist[hi] + 1);
            queue[tail++] = ni;
        }
    }
    free(queue);
}

static bool in_hold_area(const struct game *g, int side, struct hex h)
{
    for (int k = 0; k < g->nhints; k++)
        if (g->hints[k].side == side && g->hints[k].kind == HINT_HOLD &&
            area_has(g, g->hints[k].area, h))
            return true;
    return false;
}

static bool in_avoid_area(const struct game *g, int side, struct hex h)
{
    for (int k = 0; k < g->nhints; k++)
        if (g->hints[k].side == side && g->hints[k].kind == HINT_AVOID &&
            area_has(g, g->hints[k].area, h))
            return true;
    return false;
}

/* Lower is better. */
static int hex_value(const struct game *g, int side, const int16_t *dist, int idx)
{
    const struct hexinfo *x = &g->hexes[idx];
    int v = dist[idx] * 10;
    if (x->vp > 0 && x->owner != side)
        v -= 5 * x->vp;
    if (x->owner != side && x->owner != NO_SIDE)
        v -= 2;
    if (in_avoid_area(g, side, map_hex_at(g, idx)))
        v += 200;
    return v;
}

static bool attack_cmd(const struct game *g, int side, int idx, struct cmd *out)
{
    struct hex target = map_hex_at(g, idx);
    struct cmd c = make(CMD_ATTACK, side, 0, target);
    for (int u = 0; u < g->nunits && c.nunits < MAX_ATTACKERS; u++) {
        const struct unit *a = game_unit(g, u);
        if (!a || a->side != side)
            continue;
        const struct utype *t = &g->utypes[a->type];
        int reach = t->range > 1 ? t->range : 1;
        if (hex_distance(a->pos, target) > reach)
            continue;
        struct cmd one = c;
        one.nunits = 1;
        one.units[0] = (int16_t)u;
        if (cmd_validate(g, &one) != CMD_OK)
            continue;
        c.units[c.nunits++] = (int16_t)u;
    }
    *out = c;
    return c.nunits > 0 && cmd_validate(g, &c) == CMD_OK;
}

static struct cmd random_next(const struct game *g, int side, struct reach *r)
{
    struct rng rng;
    if (g->phase == PHASE_MOVE) {
        for (int u = 0; u < g->nunits; u++) {
            const struct unit *a = game_unit(g, u);
            if (!a || a->side != side || a->carrier != NO_UNIT || (a->flags & UF_MOVED) ||
                a->mp <= 0)
                continue;
            rng_derive(&rng, g->seed, (uint64_t)g->turn * 64 + (uint64_t)side, (uint64_t)u);
            if (rng_below(&rng, 10) < 3)
                continue; /* this unit stays this turn */
            int n = move_reachable(g, u, r);
            if (n == 0)
                continue;
            int pick = (int)rng_below(&rng, (uint32_t)n), k = 0;
            for (int i = 0; i < g->width * g->height; i++) {
                if (r->cost[i] <= 0 || (r->stop[i] & 2))
                    continue;
                if (k++ == pick)
                    return make(CMD_MOVE, side, u, map_hex_at(g, i));
            }
        }
        return make(CMD_END_PHASE, side, 0, hex_make(0, 0));
    }
    for (int i = 0; i < g->width * g->height; i++) {
        struct cmd c;
        if (!attack_cmd(g, side, i, &c))
            continue;
        rng_derive(&rng, g->seed, (uint64_t)g->turn * 64 + (uint64_t)side, 100000u + (uint64_t)i);
        if (rng_below(&rng, 2) == 0)
            return c;
    }
    return make(CMD_END_PHASE, side, 0, hex_make(0, 0));
}

static struct cmd plan_next(const struct game *g, int side, int level, struct reach *r)
{
    int nh = g->width * g->height;
    if (g->phase == PHASE_COMBAT) {
        int min_col = level >= AI_NORMAL ? 3 : 2; /* 3:2, or 1:1 for the weaker levels */
        int best = -1, best_col = -1;
        struct cmd best_cmd = make(CMD_END_PHASE, side, 0, hex_make(0, 0));
        for (int i = 0; i < nh; i++) {
            struct cmd c;
            if (!attack_cmd(g, side, i, &c))
                continue;
            struct combat_preview p;
            if (combat_preview(g, &c, &p) != CMD_OK || p.col < min_col)
                continue;
            int vp = g->hexes[i].vp;
            int score = p.col * 10 + vp;
            if (score > best_col) {
                best_col = score;
                best = i;
                best_cmd = c;
            }
        }
        (void)best;
        return best_cmd;
    }
    int16_t *dist = malloc(sizeof(int16_t) * (size_t)nh);
    if (!dist)
        return make(CMD_END_PHASE, side, 0, hex_make(0, 0));
    target_field(g, side, dist);
    struct cmd out = make(CMD_END_PHASE, side, 0, hex_make(0, 0));
    for (int u = 0; u < g->nunits; u++) {
        const struct unit *a = game_unit(g, u);
        if (!a || a->side != side)
            continue;
        /* passengers land when their carrier is next to a target or an enemy */
        if (a->carrier != NO_UNIT) {
            int here = map_index(g, a->pos);
            if (here >= 0 && dist[here] <= 1) {
                for (int d = 0; d <= 6; d++) {
                    struct hex to = d == 6 ? a->pos : hex_neighbor(a->pos, d);
                    struct cmd c = make(CMD_DISEMBARK, side, u, to);
                    int ti = map_index(g, to);
                    if (ti >= 0 && dist[ti] <= dist[here] && cmd_validate(g, &c) == CMD_OK) {
                        out = c;
                        goto done;
                    }
                }
            }
            continue;
        }
        if ((a->flags & UF_MOVED) || a->mp <= 0)
            continue;
        int here = map_index(g, a->pos);
        if (here < 0)
            continue;
        if (in_hold_area(g, side, a->pos) && g->hexes[here].vp > 0)
            continue; /* garrison */
        move_reachable(g, u, r);
        int best = -1, best_v = hex_value(g, side, dist, here);
        for (int i = 0; i < nh; i++) {
            if (r->cost[i] <= 0 || (r->stop[i] & 2))
                continue;
            int v = hex_value(g, side, dist, i);
            if (v < best_v) {
                best_v = v;
                best = i;
            }
        }
        if (best >= 0) {
            out = make(CMD_MOVE, side, u, map_hex_at(g, best));
            goto done;
        }
    }
done:
    free(dist);
    return out;
}

struct cmd ai_next(const struct game *g, int side, int level)
{
    struct cmd end = make(CMD_END_PHASE, side, 0, hex_make(0, 0));
    if (g->result.over || game_active_side(g) != side)
        return end;
    struct reach *r = malloc(sizeof *r);
    if (!r)
        return end;
    struct cmd c = level == AI_RANDOM ? random_next(g, side, r) : plan_next(g, side, level, r);
    free(r);
    return c;
}
