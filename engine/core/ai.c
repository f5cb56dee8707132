/*
 * ai.c - computer opponents (see ai.h): the level names, the stateless entry point and the
 * two baselines the planner (ai_plan.c) is measured against.
 *
 * random: each unit, in id order, moves to a random reachable hex (or, three times in ten,
 *         stays); each enemy stack in reach is attacked by everyone able, on a coin toss.
 * greedy: each unit, in id order, moves once to the reachable hex that captures the most
 *         victory points now, else closes most on the nearest target (a hinted objective,
 *         an enemy-held victory hex, or an enemy unit); it attacks every stack it can at 1:1
 *         or better with everyone able, the best odds first. No rail, no risk, no plan.
 * A unit that chose to stay is asked again on the next call but answers the same (its
 * choice depends on the state and on dice derived from the position), and every order
 * spends a unit's movement or attack, so each phase ends.
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
    struct cmd c = ai_end_phase(side);
    c.kind = (uint8_t)kind;
    c.unit = (int16_t)unit;
    c.to = to;
    return c;
}

/* Everyone of `side` able to strike hex idx, in one attack command; false when nobody. */
static bool attack_cmd(const struct game *g, int side, int idx, struct cmd *out)
{
    struct hex target = map_hex_at(g, idx);
    struct cmd c = make(CMD_ATTACK, side, 0, target);
    for (int u = 0; u < g->nunits && c.nunits < MAX_ATTACKERS; u++) {
        const struct unit *a = game_unit(g, u);
        if (!a || a->side != side || hex_distance(a->pos, target) > 8)
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

/* Hexes where some unit hostile to side stands (not carried). */
static void enemy_hexes(const struct game *g, int side, uint8_t *out)
{
    memset(out, 0, (size_t)(g->width * g->height));
    for (int u = 0; u < g->nunits; u++) {
        const struct unit *e = game_unit(g, u);
        if (!e || e->carrier != NO_UNIT || !sides_hostile(g, side, e->side))
            continue;
        int idx = map_index(g, e->pos);
        if (idx >= 0)
            out[idx] = 1;
    }
}

/* ====================================================================== random */
struct cmd ai_random_next(const struct game *g, int side, struct reach *r)
{
    struct rng rng;
    int nh = g->width * g->height;
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
            for (int i = 0; i < nh; i++) {
                if (r->cost[i] <= 0 || (r->stop[i] & 2))
                    continue;
                if (k++ == pick)
                    return make(CMD_MOVE, side, u, map_hex_at(g, i));
            }
        }
        return ai_end_phase(side);
    }
    uint8_t *enemy = malloc((size_t)nh);
    if (!enemy)
        return ai_end_phase(side);
    enemy_hexes(g, side, enemy);
    struct cmd out = ai_end_phase(side);
    for (int i = 0; i < nh; i++) {
        struct cmd c;
        if (!enemy[i] || !attack_cmd(g, side, i, &c))
            continue;
        rng_derive(&rng, g->seed, (uint64_t)g->turn * 64 + (uint64_t)side, 100000u + (uint64_t)i);
        if (rng_below(&rng, 2) == 0) {
            out = c;
            break;
        }
    }
    free(enemy);
    return out;
}

/* ====================================================================== greedy */
/* Distance in hexes over land from every hex to the nearest target; 9999 where none. */
static void target_field(const struct game *g, int side, int16_t *dist, int *queue)
{
    int nh = g->width * g->height;
    for (int i = 0; i < nh; i++)
        dist[i] = 9999;
    int head = 0, tail = 0;
    for (int k = 0; k < g->nhints; k++) {
        const struct ai_hint *h = &g->hints[k];
        if (h->side != side || h->kind != HINT_OBJECTIVE || h->area < 0 || h->area >= g->nareas)
            continue;
        const struct area *a = &g->areas[h->area];
        for (int j = 0; j < a->count; j++) {
            int idx = map_index(g, g->area_hexes[a->first + j]);
            if (idx >= 0 && g->hexes[idx].owner != side && dist[idx]) {
                dist[idx] = 0;
                queue[tail++] = idx;
            }
        }
    }
    for (int i = 0; i < nh; i++) {
        const struct hexinfo *x = &g->hexes[i];
        bool target = x->vp > 0 && x->owner != side &&
                      (x->owner == NO_SIDE || sides_hostile(g, side, x->owner));
        if (target && dist[i]) {
            dist[i] = 0;
            queue[tail++] = i;
        }
    }
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
            if (hex_is_water(&g->hexes[ni]) && hex_is_water(&g->hexes[hi]))
                continue;
            dist[ni] = (int16_t)(dist[hi] + 1);
            queue[tail++] = ni;
        }
    }
}

/* Lower is better: distance to a target, less what entering the hex captures now. */
static int greedy_value(const struct game *g, int side, const int16_t *dist, int idx)
{
    const struct hexinfo *x = &g->hexes[idx];
    int v = dist[idx] * 10;
    if (x->owner != side && (x->owner == NO_SIDE || sides_hostile(g, side, x->owner)))
        v -= 2 + 10 * x->vp;
    return v;
}

static struct cmd greedy_move(const struct game *g, int side, struct reach *r, int16_t *dist)
{
    int nh = g->width * g->height;
    for (int u = 0; u < g->nunits; u++) {
        const struct unit *a = game_unit(g, u);
        if (!a || a->side != side)
            continue;
        if (a->carrier != NO_UNIT) {
            /* passengers jump off next to a target */
            int here = map_index(g, a->pos);
            if (here < 0 || dist[here] > 1)
                continue;
            for (int d = 0; d <= 6; d++) {
                struct hex to = d == 6 ? a->pos : hex_neighbor(a->pos, d);
                struct cmd c = make(CMD_DISEMBARK, side, u, to);
                int ti = map_index(g, to);
                if (ti >= 0 && dist[ti] <= dist[here] && cmd_validate(g, &c) == CMD_OK)
                    return c;
            }
            continue;
        }
        if ((a->flags & UF_MOVED) || a->mp <= 0)
            continue;
        int here = map_index(g, a->pos);
        if (here < 0)
            continue;
        move_reachable(g, u, r);
        int best = -1, best_v = greedy_value(g, side, dist, here);
        for (int i = 0; i < nh; i++) {
            if (r->cost[i] <= 0 || (r->stop[i] & 2))
                continue;
            int v = greedy_value(g, side, dist, i);
            if (v < best_v) {
                best_v = v;
                best = i;
            }
        }
        if (best >= 0)
            return make(CMD_MOVE, side, u, map_hex_at(g, best));
    }
    return ai_end_phase(side);
}

struct cmd ai_greedy_next(const struct game *g, int side, struct reach *r)
{
    int nh = g->width * g->height;
    if (g->phase == PHASE_COMBAT) {
        uint8_t *enemy = malloc((size_t)nh);
        if (!enemy)
            return ai_end_phase(side);
        enemy_hexes(g, side, enemy);
        int best_score = -1;
        struct cmd best = ai_end_phase(side);
        for (int i = 0; i < nh; i++) {
            struct cmd c;
            if (!enemy[i] || !attack_cmd(g, side, i, &c))
                continue;
            struct combat_preview p;
            if (combat_preview(g, &c, &p) != CMD_OK || p.col < 2)
                continue; /* 1:1 or better */
            int score = p.col * 10 + g->hexes[i].vp;
            if (score > best_score) {
                best_score = score;
                best = c;
            }
        }
        free(enemy);
        return best;
    }
    int16_t *dist = malloc(sizeof(int16_t) * (size_t)nh);
    int *queue = malloc(sizeof(int) * (size_t)nh);
    struct cmd out = ai_end_phase(side);
    if (dist && queue) {
        target_field(g, side, dist, queue);
        out = greedy_move(g, side, r, dist);
    }
    free(dist);
    free(queue);
    return out;
}

/* ====================================================================== entry */
struct cmd ai_next(const struct game *g, int side, int level)
{
    struct ai *a = ai_new();
    if (!a)
        return ai_end_phase(side);
    struct cmd c = ai_think(a, g, side, level);
    ai_free(a);
    return c;
}
