/*
 * ai_plan.c - the planning AI (levels easy, normal, hard; see ai.h and docs/ai.md).
 *
 * Movement phase: the planner reads the position once and plans every unit's orders for the
 * phase on a scratch copy of the game, so each later unit sees where the earlier ones went:
 *   1. values: what each hex is worth to the side, from the scenario's objectives (its own and
 *      its enemies'), its AI hints (objective/hold/avoid areas) and the victory hexes;
 *   2. threat: for every hex, the attack factors the enemy can bring against it next turn
 *      (each enemy unit's reach with its full allowance, ranged fire, trains along the track);
 *   3. goals: hexes to take, threatened hexes to hold, enemy stacks to hit (more so those that
 *      could fire on our valued hexes from afar), each with the strength it needs; a
 *      movement-cost field from each goal (rail links count a quarter of a road, so the rail
 *      net pulls units toward stations);
 *   4. assignment: units are given goals best-first (value against distance) until each goal
 *      has the strength it needs (a garrison prefers to stay where an enemy can strike next
 *      turn); a hold its garrison cannot keep calls up stronger units; a goal that cannot get
 *      even odds is dropped and its units fall back to holding or to safety;
 *   5. orders: armored trains run down the line first (repairing cut track in their way and
 *      taking foot units aboard for a long ride), their passengers land where that pays;
 *      ships ferry the units next to them whose goals lie far off by land and land them, then
 *      foot and horse units entrain at stations when the railway takes them much further,
 *      everyone else moves to the reachable hex that best closes on its goal without standing
 *      where the enemy can crush it or outside supply; cavalry and infantry finish by cutting
 *      enemy track that no friendly train needs.
 * The orders are queued with the state hash each expects; ai_think() hands them out one by
 * one and replans when the state is not the expected one.
 * Hard level: it makes three candidate plans for the movement phase (the normal temper; a
 * bolder one: less weight on danger, goals kept down to 2:3; the greedy baseline's moves),
 * plays each out to its next movement phase a few times (its combat, then every other side's
 * turn by the normal planner, with dice of its own) and keeps the one whose outcomes (score
 * lead and material) are worth most; in combat it searches attacker subsets.
 * Combat phase: one attack at a time, the one with the best expected value (step losses on
 * both sides, hex captured by the advance) from the exact odds of combat_preview(); attacks
 * worth less than the level's threshold are not made. The advance is the first adjacent
 * attacker's: the one whose going leaves least of a garrison behind is put first.
 *
 * Invariants: every command handed out passed cmd_validate() on the state it is handed out
 * for; each unit gets a bounded number of orders (each order spends its movement or its
 * attack), so every phase ends. Randomness (the easy level's slips) comes from rng_derive()
 * on the seed and the position, never from the rules stream.
 * Depends on libc only.
 */
#include <stdlib.h>
#include <string.h>

#include "ai.h"

/* ====================================================================== tuning */
#define K_VAL 8          /* cost-field units (quarter movement points) per point of value */
#define MAX_GOALS 40
#define QMAX 640
#define FAR 0xffff       /* unreachable in a goal field */
#define ATTACK_MIN_BOLD (-60) /* a bold side's least attack value: an expected loss of a point */
#define KEEP_ALWAYS 8    /* hexes worth this much to keep get a garrison, threat or not */

enum goal_kind { GOAL_TAKE, GOAL_HOLD, GOAL_HIT };

struct goal {
    int hex;
    int kind;   /* enum goal_kind */
    int value;  /* points */
    int need;   /* strength wanted (attack factors to take/hit, defence factors to hold) */
    int have;
    int enemy_def; /* defence factors of the enemy stack on it */
    bool dropped;  /* given up: hopeless to take, or to hold */
    bool beaten;   /* an enemy stack on it that we can strike at 2:1 or better this turn */
};

struct level_knobs {
    int danger_w;   /* percent weight of expected losses when choosing where to stand */
    int attack_min; /* least expected value (points x 60) of an attack worth making */
    bool rail;      /* entrain, embark, cut and repair */
    int slip;       /* random noise added to goal utilities (field units) */
    bool subsets;   /* combat: try subsets of attackers, not only the strongest first */
    int giveup;     /* a take or hit goal is given up below this share (percent) of 1:1 */
    int danger_ahead; /* danger_w for a side ahead on points by the draw band or more */
    int attack_min_ahead; /* attack_min for such a side */
    int danger_col; /* blows at odds columns below this one are no danger (0: all count) */
};

static const struct level_knobs knobs[AI_LEVEL_COUNT] = {
    [AI_EASY] = {15, -120, false, 48, false, 100, 15, -120, 0},
    [AI_NORMAL] = {30, -30, true, 0, false, 100, 100, 60, 0},
    [AI_HARD] = {30, -30, true, 0, true, 100, 100, 60, 0},
};

struct ai {
    struct game *sim, *tmp;
    struct game *roll; /* hard: the rollout's scratch game (NULL until needed) */
    struct ai *sub;    /* hard: the planner that plays every side in a rollout */
    struct reach reach;
    int side, level, nh;
    struct level_knobs k;
    /* values and the picture of the enemy */
    int16_t take[MAP_MAX_HEXES];   /* points for taking a hex we do not own */
    int16_t keep[MAP_MAX_HEXES];   /* points for keeping a hex we own */
    int16_t threat[MAP_MAX_HEXES]; /* enemy attack factors able to strike here next turn */
    uint16_t stamp[MAP_MAX_HEXES];
    uint16_t stamp_now;
    uint8_t avoid[MAP_MAX_HEXES];
    uint8_t garrison[MAP_MAX_HEXES]; /* in a garrison hint's area: kept whatever the distance */
    uint8_t horizon[MAP_MAX_HEXES]; /* turns ahead a garrison must look: to a dated goal's day */
    uint8_t supply[MAP_MAX_HEXES];
    uint8_t ourrail[MAP_MAX_HEXES];   /* track our trains or supply use: never cut */
    uint8_t theirrail[MAP_MAX_HEXES]; /* track the enemy's trains or supply use */
    uint8_t ourzoc[MAP_MAX_HEXES];    /* our units stand here (2) or exert zone of control (1) */
    uint8_t theirzoc[MAP_MAX_HEXES];  /* the same for the enemy */
    int16_t strike[MAP_MAX_HEXES];    /* our attack factors able to strike here this turn */
    int8_t fcost[MAP_MAX_HEXES][6];   /* goal-field step cost from the hex across side d, -1 */
    int32_t nbr[MAP_MAX_HEXES][6];    /* index of the neighbour across side d, -1 off the map */
    uint8_t precious[MAX_UNITS];
    int16_t dear[MAX_UNITS];   /* points x10 a save objective loses with the unit's last step */
    int16_t menace[MAX_UNITS]; /* hostile units that fire from afar: the keep value of the best
                                * hex of ours in their range next turn */
    bool enemy_trains;
    /* goals */
    int ngoals;
    struct goal goals[MAX_GOALS];
    uint16_t dist[MAX_GOALS][MAP_MAX_HEXES];
    int16_t assign[MAX_UNITS];
    /* search scratch */
    int32_t key[MAP_MAX_HEXES];
    int qidx[MAP_MAX_HEXES * 6 + 16]; /* the bucket queue's entries: hex, next in bucket */
    int qnext[MAP_MAX_HEXES * 6 + 16];
    int16_t fl[MAP_MAX_HEXES];
    int queue[MAP_MAX_HEXES];
    /* the plan */
    int nq, qpos, qside, qlevel;
    struct cmd q[QMAX];
    uint64_t qhash[QMAX];
};

/* ====================================================================== small helpers */
struct cmd ai_end_phase(int side)
{
    struct cmd c;
    memset(&c, 0, sizeof c);
    c.kind = CMD_END_PHASE;
    c.origin = ORIGIN_AI;
    c.side = (int8_t)side;
    return c;
}

static struct cmd order(int kind, int side, int unit, struct hex to)
{
    struct cmd c = ai_end_phase(side);
    c.kind = (uint8_t)kind;
    c.unit = (int16_t)unit;
    c.to = to;
    return c;
}

static int terrain_shift(int terrain)
{
    switch (terrain) {
    case TERRAIN_CITY:
    case TERRAIN_HILLS:
    case TERRAIN_FOREST:
    case TERRAIN_MARSH:
        return -1;
    case TERRAIN_MOUNTAINS:
        return -2;
    default:
        return 0;
    }
}

/* The odds column for attack a against defence d (the rules' thresholds, combat.c): 0 is 1:3,
 * 2 is 1:1, 3 is 3:2, 8 is 6:1. */
#define COL_3_2 3
static int odds_column(int a, int d)
{
    if (d <= 0)
        return 8;
    static const int num[] = {6, 5, 4, 3, 2, 3, 1, 1}, den[] = {1, 1, 1, 1, 1, 2, 1, 2};
    for (int i = 0; i < 8; i++)
        if (a * den[i] >= num[i] * d)
            return 8 - i;
    return 0;
}

/* Expected defender step losses and retreats per column, x6 (one per die face), read off
 * the results table in combat.c; an eliminated stack counts as 3 steps. */
static const int col_loss6[9] = {0, 0, 2, 3, 5, 7, 9, 12, 14};
static const int col_retreat6[9] = {0, 1, 2, 3, 4, 5, 5, 4, 3};
/* results of six that leave the defended hex to the attacker (retreat or destruction) */
static const int col_clear6[9] = {0, 1, 2, 3, 4, 5, 6, 6, 6};

static int clampi(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* Points x10 a step of this unit is worth. */
static int step_value(const struct game *g, int id)
{
    const struct unit *u = &g->units[id];
    const struct utype *t = &g->utypes[u->type];
    int st = t->steps ? t->steps : 1;
    return 10 + 10 * (t->attack + t->defence) / st;
}

static bool is_land_unit(const struct utype *t)
{
    return t->move_class == MOVE_FOOT || t->move_class == MOVE_HORSE;
}

static bool hostile_stack(const struct game *g, int side, struct hex h)
{
    int ids[32];
    int n = units_at(g, h, ids, 32, false);
    for (int i = 0; i < n; i++)
        if (sides_hostile(g, side, g->units[ids[i]].side))
            return true;
    return false;
}

static int stack_defence(const struct game *g, int side_of, struct hex h, bool hostile_to)
{
    int ids[32];
    int n = units_at(g, h, ids, 32, false), sum = 0;
    for (int i = 0; i < n; i++) {
        int s = g->units[ids[i]].side;
        if (hostile_to ? sides_hostile(g, side_of, s) : s == side_of)
            sum += unit_defence_factor(g, ids[i]);
    }
    return sum;
}

/* The side's last turn of war: the game ends after it, or peace comes with every enemy (a dated
 * peace in the scenario's war list). What a unit could do later no longer counts. */
static bool last_turn(const struct ai *a, const struct game *g)
{
    return g->turn >= game_last_war_turn(g, a->side);
}

/* ====================================================================== values */
static void add_area(struct ai *a, const struct game *g, int area, int pts_take, int pts_keep,
                     int owner_side)
{
    if (area < 0 || area >= g->nareas)
        return;
    const struct area *ar = &g->areas[area];
    for (int j = 0; j < ar->count; j++) {
        int idx = map_index(g, g->area_hexes[ar->first + j]);
        if (idx < 0)
            continue;
        const struct hexinfo *x = &g->hexes[idx];
        if (hex_is_water(x))
            continue;
        if (x->owner == owner_side) {
            a->keep[idx] = (int16_t)clampi(a->keep[idx] + pts_keep, 0, 30000);
        } else if (x->owner == NO_SIDE || sides_hostile(g, owner_side, x->owner)) {
            a->take[idx] = (int16_t)clampi(a->take[idx] + pts_take, 0, 30000);
        }
    }
}

/* A garrison of the area's hexes must look `turns` ahead: a dated objective asks for them. */
static void mark_horizon(struct ai *a, const struct game *g, int area, int turns)
{
    const struct area *ar = &g->areas[area];
    turns = clampi(turns, 0, 12);
    for (int j = 0; j < ar->count; j++) {
        int idx = map_index(g, g->area_hexes[ar->first + j]);
        if (idx >= 0 && turns > a->horizon[idx])
            a->horizon[idx] = (uint8_t)turns;
    }
}

/* Spreads an objective's points over what it asks for. `mine`: it is our objective;
 * `deadline`: turns left to the day it is judged on (0: undated). */
static void value_objective(struct ai *a, const struct game *g, int idx, int pts, bool mine,
                            int deadline, int depth)
{
    if (idx < 0 || idx >= g->nobj || depth > 8 || pts <= 0)
        return;
    const struct objective *o = &g->obj[idx];
    int side = a->side;
    switch (o->kind) {
    case OBJ_HOLD_AREA:
    case OBJ_HOLD_N: {
        if (o->area < 0 || o->area >= g->nareas)
            return;
        int cnt = area_land_count(g, o->area);
        int n = o->kind == OBJ_HOLD_N && o->n > 0 && o->n < cnt ? o->n : cnt;
        int per = n > 0 ? (pts + n - 1) / n : pts;
        if (mine) {
            add_area(a, g, o->area, per, per, side);
            mark_horizon(a, g, o->area, deadline);
        } else
            add_area(a, g, o->area, per / 2, per / 2, side); /* deny the enemy */
        break;
    }
    case OBJ_DESTROY_TAG:
    case OBJ_SAVE_TAG: {
        int n = 0, due = 0;
        for (int u = 0; u < g->nunits; u++)
            if (unit_alive(g, u) && !strcmp(g->units[u].tag, o->tag))
                n++;
        for (int r = 0; r < g->nreinf; r++)
            if (!g->reinf[r].done && !strcmp(g->reinf[r].spec.tag, o->tag))
                due++;
        /* units to spare once the units still due have come: none, and the next loss breaks
         * the objective; one, and it is half broken; and so on */
        int margin = n + due - o->n;
        for (int u = 0; u < g->nunits; u++) {
            const struct unit *x = game_unit(g, u);
            if (!x || strcmp(x->tag, o->tag) != 0)
                continue;
            bool ours = x->side == side;
            bool hunt = (mine && o->kind == OBJ_DESTROY_TAG) || (!mine && o->kind == OBJ_SAVE_TAG);
            /* on the last turn a save objective with two units to spare survives a loss */
            bool spare = last_turn(a, g) && n - o->n >= 2;
            if (ours && !hunt && !spare)
                a->precious[u] = 1;
            if (ours && !hunt && margin >= 0)
                a->dear[u] = (int16_t)clampi(a->dear[u] + 10 * pts / (margin + 1), 0, 30000);
            if (!ours && hunt && sides_hostile(g, side, x->side)) {
                int i = map_index(g, x->pos);
                if (i >= 0)
                    a->take[i] = (int16_t)clampi(a->take[i] + pts / (n ? n : 1), 0, 30000);
            }
        }
        break;
    }
    case OBJ_AND:
    case OBJ_OR:
        for (int k = 0; k < o->nkids; k++)
            value_objective(a, g, o->kids[k], o->kind == OBJ_AND ? pts / (o->nkids ? o->nkids : 1)
                                                                  : pts,
                            mine, deadline, depth + 1);
        break;
    default:
        break;
    }
}

static void compute_values(struct ai *a, const struct game *g)
{
    int side = a->side, nh = a->nh;
    memset(a->take, 0, sizeof a->take);
    memset(a->keep, 0, sizeof a->keep);
    memset(a->avoid, 0, sizeof a->avoid);
    memset(a->garrison, 0, sizeof a->garrison);
    memset(a->horizon, 0, sizeof a->horizon);
    memset(a->precious, 0, sizeof a->precious);
    memset(a->dear, 0, sizeof a->dear);
    for (int i = 0; i < nh; i++) {
        const struct hexinfo *x = &g->hexes[i];
        if (!x->vp || hex_is_water(x))
            continue;
        if (x->owner == side)
            a->keep[i] = (int16_t)(a->keep[i] + x->vp);
        else if (x->owner == NO_SIDE || sides_hostile(g, side, x->owner))
            a->take[i] = (int16_t)(a->take[i] + x->vp);
    }
    for (int i = 0; i < g->nobj; i++) {
        const struct objective *o = &g->obj[i];
        if (!o->top || o->state != OBJ_PENDING)
            continue;
        if (o->by_turn >= 0 && o->by_turn < g->turn)
            continue;
        bool mine = o->side == side;
        if (!mine && !(o->side >= 0 && sides_hostile(g, side, o->side)))
            continue;
        int pts = o->vp > 0 ? o->vp : 5;
        if (o->by_turn >= 0)
            pts += pts / 2; /* dated: now or never */
        value_objective(a, g, i, pts, mine, o->by_turn >= 0 ? o->by_turn - g->turn + 1 : 0, 0);
    }
    for (int k = 0; k < g->nhints; k++) {
        const struct ai_hint *h = &g->hints[k];
        if (h->side != side)
            continue;
        int w = h->weight > 0 ? h->weight : 6;
        if (h->kind == HINT_OBJECTIVE)
            add_area(a, g, h->area, w, w / 2, side);
        else if (h->kind == HINT_HOLD)
            add_area(a, g, h->area, w / 2, w, side);
        if ((h->kind == HINT_AVOID || h->kind == HINT_GARRISON) && h->area >= 0 &&
            h->area < g->nareas) {
            uint8_t *mark = h->kind == HINT_AVOID ? a->avoid : a->garrison;
            const struct area *ar = &g->areas[h->area];
            for (int j = 0; j < ar->count; j++) {
                int idx = map_index(g, g->area_hexes[ar->first + j]);
                if (idx >= 0)
                    mark[idx] = 1;
            }
        }
    }
    for (int i = 0; i < nh; i++)
        if (a->avoid[i])
            a->take[i] = 0;
}

/* ====================================================================== threat */
/* Marks hexes within `range` of h (range 1: h and its neighbours), once per stamp. */
static void mark_threat(struct ai *a, const struct game *g, int16_t *map, struct hex h, int range,
                        int f, int16_t *menace)
{
    for (int k = 0; k <= range; k++) {
        struct hex ring[64];
        int n = hex_ring(h, k, ring, 64);
        for (int j = 0; j < n; j++) {
            int i = map_index(g, ring[j]);
            if (i < 0 || a->stamp[i] == a->stamp_now)
                continue;
            a->stamp[i] = a->stamp_now;
            map[i] = (int16_t)clampi(map[i] + f, 0, 30000);
            if (menace && a->keep[i] > *menace)
                *menace = a->keep[i];
        }
    }
}

/* The attack factor f of enemy unit id as it counts in the threat: its stack, if we can strike
 * it at 2:1 or better this turn (`strike`), will likely not be there to strike back, and
 * counts for half, at 3:1 or better for a third. */
static int struck_first(const struct game *g, int side, int id, int f, const int16_t *strike)
{
    struct hex h = g->units[id].pos;
    int ui = map_index(g, h);
    if (ui < 0)
        return f;
    int col = odds_column(strike[ui], stack_defence(g, side, h, true));
    return col >= 5 ? (f + 2) / 3 : col >= 4 ? (f + 1) / 2 : f;
}

/* Where unit `id` could move with its full allowance, stopping in the zones of control
 * marked in `zoc` (1: zone, 2: an opposing unit stands there); fills a->fl with costs (-1
 * unreached) over the touched hexes, listed in a->queue; returns their count. */
static int flood(struct ai *a, const struct game *g, int id, int mc, int mp, const uint8_t *zoc)
{
    const struct unit *u = &g->units[id];
    int start = map_index(g, u->pos);
    if (start < 0)
        return 0;
    int n = 0;
    a->fl[start] = 0;
    a->queue[n++] = start;
    /* Bellman-Ford over the small touched set: costs are tiny and allowances short */
    for (int head = 0; head < n; head++) {
        int hi = a->queue[head];
        struct hex h = map_hex_at(g, hi);
        if (hi != start && mc != MOVE_SHIP && zoc[hi])
            continue;
        for (int d = 0; d < 6; d++) {
            int ni = map_index(g, hex_neighbor(h, d));
            if (ni < 0 || zoc[ni] == 2)
                continue;
            int step = move_step_cost(g, mc, h, d);
            if (step < 0)
                continue;
            const struct hexinfo *x = &g->hexes[ni];
            if (mc != MOVE_SHIP && x->owner != NO_SIDE && x->owner != u->side &&
                !sides_hostile(g, u->side, x->owner))
                continue;
            int nc = a->fl[hi] + step;
            if (nc > mp) {
                if (hi == start && mc != MOVE_RAIL)
                    nc = mp;
                else
                    continue;
            }
            if (a->fl[ni] >= 0 && a->fl[ni] <= nc)
                continue;
            a->fl[ni] = (int16_t)nc;
            a->queue[n++] = ni;
            if (n >= MAP_MAX_HEXES - 8)
                return n;
        }
    }
    return n;
}

static void flood_clear(struct ai *a, int n)
{
    for (int i = 0; i < n; i++)
        a->fl[a->queue[i]] = -1;
}

/* Zones of the units of `side` (mine) or of every side hostile to it (!mine). */
static void zone_map(const struct game *g, int side, bool mine, uint8_t *out)
{
    memset(out, 0, sizeof(uint8_t) * MAP_MAX_HEXES);
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = game_unit(g, i);
        if (!u || u->carrier != NO_UNIT)
            continue;
        if (mine ? u->side != side : !sides_hostile(g, side, u->side))
            continue;
        int idx = map_index(g, u->pos);
        if (idx < 0)
            continue;
        out[idx] = 2;
        if (!unit_exerts_zoc(g, i))
            continue;
        for (int d = 0; d < 6; d++) {
            int ni = map_index(g, hex_neighbor(u->pos, d));
            if (ni >= 0 && !out[ni] && !hex_is_water(&g->hexes[ni]))
                out[ni] = 1;
        }
    }
}

/* Fills `map` with the attack factors of every unit of our side (mine) or hostile to it
 * (!mine) over the hexes it could strike next with its full allowance. With `discount` (our
 * strike map), enemy units we can hit hard this turn count for less. */
static void strike_map(struct ai *a, const struct game *g, bool mine, const uint8_t *zoc,
                       int16_t *map, const int16_t *discount)
{
    int side = a->side;
    memset(map, 0, sizeof(int16_t) * MAP_MAX_HEXES);
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = game_unit(g, i);
        if (!mine)
            a->menace[i] = 0;
        if (!u || u->carrier != NO_UNIT || (u->flags & UF_ROUTED))
            continue;
        if (mine ? u->side != side : !sides_hostile(g, side, u->side))
            continue;
        const struct utype *t = &g->utypes[u->type];
        int f = unit_attack_factor(g, i);
        if (f <= 0)
            continue;
        int mc = t->move_class;
        if (!mine && mc == MOVE_RAIL)
            a->enemy_trains = true;
        if (discount)
            f = struck_first(g, side, i, f, discount);
        int mp = t->mp;
        if (u->supply >= 2 && !(t->flags & UTF_SELF_SUPPLY))
            mp /= 2;
        int n = flood(a, g, i, mc, mp, zoc);
        if (++a->stamp_now == 0) {
            memset(a->stamp, 0, sizeof a->stamp);
            a->stamp_now = 1;
        }
        int range = t->range > 1 ? t->range : 1;
        int16_t *menace = !mine && t->range > 1 ? &a->menace[i] : NULL;
        for (int j = 0; j < n; j++) {
            int hi = a->queue[j];
            if (a->fl[hi] < 0)
                continue;
            mark_threat(a, g, map, map_hex_at(g, hi), range, f, menace);
        }
        flood_clear(a, n);
    }
}

/* Whether an enemy can still strike the side after this phase of its: a side at war with it
 * that moves later in this turn, or has a later turn of war with it. */
static bool enemy_moves_after(const struct game *g, int side)
{
    for (int k = 0; k < g->norder; k++) {
        int s = g->order[k];
        if (!sides_hostile(g, side, s))
            continue;
        int t = game_war_last_turn(g, side, s);
        if (t > g->turn || (t == g->turn && k > g->active))
            return true;
    }
    return false;
}

static void compute_threat(struct ai *a, const struct game *g)
{
    a->enemy_trains = false;
    for (int i = 0; i < MAP_MAX_HEXES; i++)
        a->fl[i] = -1;
    /* what we can strike first, then what the enemy can strike back with what is left */
    zone_map(g, a->side, false, a->theirzoc);
    strike_map(a, g, true, a->theirzoc, a->strike, NULL);
    zone_map(g, a->side, true, a->ourzoc);
    strike_map(a, g, false, a->ourzoc, a->threat, a->strike);
    /* the last side to move on the last turn of war fears nothing: no enemy moves after it */
    if (!enemy_moves_after(g, a->side)) {
        memset(a->threat, 0, sizeof a->threat);
        memset(a->menace, 0, sizeof a->menace);
    }
}

/* Track reachable along intact rail from the given starts, up to `limit` hexes, not through
 * hexes where units hostile to `side` stand; with `own_only`, only through hexes that side
 * or nobody owns. */
static void rail_net(struct ai *a, const struct game *g, int side, bool own_only, int limit,
                     uint8_t *out)
{
    int n = 0;
    for (int i = 0; i < a->nh; i++)
        a->fl[i] = -1;
    for (int i = 0; i < a->nh; i++)
        if (out[i] == 1 && g->hexes[i].rail) {
            a->fl[i] = 0;
            a->queue[n++] = i;
        }
    for (int head = 0; head < n; head++) {
        int hi = a->queue[head];
        if (a->fl[hi] >= limit)
            continue;
        struct hex h = map_hex_at(g, hi);
        for (int d = 0; d < 6; d++) {
            if (!map_rail_link(g, h, d))
                continue;
            int ni = map_index(g, hex_neighbor(h, d));
            if (ni < 0 || a->fl[ni] >= 0)
                continue;
            const struct hexinfo *x = &g->hexes[ni];
            if (x->flags & HEXF_RAIL_CUT)
                continue;
            if (own_only && x->owner != NO_SIDE && x->owner != side)
                continue;
            if (hostile_stack(g, side, hex_neighbor(h, d)))
                continue;
            a->fl[ni] = (int16_t)(a->fl[hi] + 1);
            a->queue[n++] = ni;
        }
    }
    for (int i = 0; i < n; i++) {
        out[a->queue[i]] = 1;
        a->fl[a->queue[i]] = -1;
    }
}

static void compute_rail_nets(struct ai *a, const struct game *g)
{
    int side = a->side, nh = a->nh;
    memset(a->ourrail, 0, sizeof a->ourrail);
    memset(a->theirrail, 0, sizeof a->theirrail);
    /* from our supply sources through our own country */
    for (int i = 0; i < nh; i++)
        if ((g->hexes[i].supply_src & (1u << side)) &&
            (g->hexes[i].owner == side || g->hexes[i].owner == NO_SIDE))
            a->ourrail[i] = 1;
    rail_net(a, g, side, true, 200, a->ourrail);
    uint8_t *tmp = calloc((size_t)nh, 1);
    if (!tmp)
        return;
    /* from our trains, some way down the line wherever it runs */
    for (int u = 0; u < g->nunits; u++) {
        const struct unit *x = game_unit(g, u);
        if (x && x->side == side && g->utypes[x->type].move_class == MOVE_RAIL) {
            int i = map_index(g, x->pos);
            if (i >= 0)
                tmp[i] = 1;
        }
    }
    rail_net(a, g, side, false, 2 * (g->rules.rail_mp ? g->rules.rail_mp : 16), tmp);
    for (int i = 0; i < nh; i++)
        a->ourrail[i] |= tmp[i];
    /* the enemy's: from each hostile side's sources and trains */
    for (int s = 0; s < g->nsides; s++) {
        if (!sides_hostile(g, side, s))
            continue;
        memset(tmp, 0, (size_t)nh);
        for (int i = 0; i < nh; i++)
            if ((g->hexes[i].supply_src & (1u << s)) && g->hexes[i].owner == s)
                tmp[i] = 1;
        for (int u = 0; u < g->nunits; u++) {
            const struct unit *x = game_unit(g, u);
            if (x && x->side == s && g->utypes[x->type].move_class == MOVE_RAIL) {
                int i = map_index(g, x->pos);
                if (i >= 0)
                    tmp[i] = 1;
            }
        }
        rail_net(a, g, s, true, 200, tmp);
        for (int i = 0; i < nh; i++)
            a->theirrail[i] |= tmp[i];
    }
    free(tmp);
}

/* ====================================================================== goal fields */
#define FIELD_COST_MAX 120 /* the dearest step into a hex (field units) */
#define FIELD_TOLL 48      /* and what passing an enemy-held hex adds: it must be fought through */

static void compute_fcost(struct ai *a, const struct game *g)
{
    int side = a->side;
    for (int i = 0; i < a->nh; i++) {
        struct hex h = map_hex_at(g, i);
        for (int d = 0; d < 6; d++) {
            a->fcost[i][d] = -1;
            int ni = map_index(g, hex_neighbor(h, d));
            a->nbr[i][d] = ni;
            if (ni < 0)
                continue;
            const struct hexinfo *x = &g->hexes[ni];
            if (hex_is_water(x))
                continue;
            if (x->owner != NO_SIDE && x->owner != side && !sides_hostile(g, side, x->owner))
                continue;
            int c;
            if (map_rail_link(g, h, d) && !(x->flags & HEXF_RAIL_CUT) &&
                !(g->hexes[i].flags & HEXF_RAIL_CUT))
                c = 3; /* a little better than a road: the railway carries the army */
            else {
                int s = move_step_cost(g, MOVE_FOOT, h, d);
                if (s < 0)
                    continue;
                c = 4 * s;
            }
            if (a->avoid[ni])
                c += 40;
            a->fcost[i][d] = (int8_t)clampi(c, 1, FIELD_COST_MAX);
        }
    }
}

/* A bucket queue of hex indices keyed by a->key (Dial's algorithm): a goal field's steps cost
 * 1..FIELD_STEP_MAX, so the keys still queued always lie within FIELD_BUCKETS of the least,
 * and a key's bucket is key % FIELD_BUCKETS. An entry whose hex has been settled since it was
 * queued is skipped when it comes up. */
#define FIELD_STEP_MAX (FIELD_COST_MAX + FIELD_TOLL)
#define FIELD_BUCKETS 256 /* a power of two above FIELD_STEP_MAX */
_Static_assert(FIELD_STEP_MAX < FIELD_BUCKETS, "a step must stay within the bucket ring");

struct bucketq {
    int head[FIELD_BUCKETS];
    int n, queued, cur;
};

static void bq_push(struct ai *a, struct bucketq *q, int idx)
{
    int b = a->key[idx] & (FIELD_BUCKETS - 1);
    a->qnext[q->n] = q->head[b];
    a->qidx[q->n] = idx;
    q->head[b] = q->n++;
    q->queued++;
}

/* The index with the least key, or -1 when the queue is empty. */
static int bq_pop(struct ai *a, struct bucketq *q)
{
    while (q->queued > 0) {
        int b = q->cur & (FIELD_BUCKETS - 1);
        int e = q->head[b];
        if (e < 0) {
            q->cur++;
            continue;
        }
        q->head[b] = a->qnext[e];
        q->queued--;
        return a->qidx[e];
    }
    return -1;
}

/* Cost of getting from every hex to goal hex `gi` (reverse Dijkstra over fcost). Hexes held
 * by the enemy cost extra to pass (they must be fought through). */
static void goal_field(struct ai *a, int gi, const uint8_t *enemy_at)
{
    uint16_t *dist = a->dist[gi];
    for (int i = 0; i < a->nh; i++) {
        dist[i] = FAR;
        a->key[i] = 0x7fffffff;
    }
    struct bucketq q;
    for (int b = 0; b < FIELD_BUCKETS; b++)
        q.head[b] = -1;
    q.n = q.queued = q.cur = 0;
    int src = a->goals[gi].hex;
    a->key[src] = 0;
    bq_push(a, &q, src);
    for (int hi; (hi = bq_pop(a, &q)) >= 0;) {
        if (dist[hi] != FAR || a->key[hi] != q.cur)
            continue; /* settled, or queued again since at a lower key */
        int c = a->key[hi];
        dist[hi] = (uint16_t)(c < FAR - 1 ? c : FAR - 1);
        int toll = enemy_at[hi] && hi != src ? FIELD_TOLL : 0;
        for (int d = 0; d < 6; d++) {
            int ni = a->nbr[hi][d];
            if (ni < 0 || dist[ni] != FAR)
                continue;
            int back = a->fcost[ni][(d + 3) % 6]; /* from ni into hi */
            if (back < 0)
                continue;
            int nc = c + back + toll;
            if (nc < a->key[ni]) {
                a->key[ni] = nc;
                bq_push(a, &q, ni);
            }
        }
    }
}

static int add_goal(struct ai *a, int hex, int kind, int value, int need, int edef)
{
    for (int i = 0; i < a->ngoals; i++)
        if (a->goals[i].hex == hex) {
            if (value > a->goals[i].value) {
                a->goals[i].value = value;
                a->goals[i].kind = kind;
            }
            if (need > a->goals[i].need)
                a->goals[i].need = need;
            return i;
        }
    if (a->ngoals >= MAX_GOALS) {
        int worst = 0;
        for (int i = 1; i < a->ngoals; i++)
            if (a->goals[i].value < a->goals[worst].value)
                worst = i;
        if (a->goals[worst].value >= value)
            return -1;
        a->goals[worst] = (struct goal){hex, kind, value, need, 0, edef, false, false};
        return worst;
    }
    a->goals[a->ngoals] = (struct goal){hex, kind, value, need, 0, edef, false, false};
    return a->ngoals++;
}

/* Whether a hostile unit could come within striking distance of hex i before a garrison
 * sent later could: within two turns, or by the day of a dated objective of ours that asks
 * for the hex. Land units cover a hex per two movement points a turn (open steppe), trains and
 * ships a hex per point. Far from every enemy a valued hex needs no garrison yet, and the unit
 * is better used at the front. */
static bool enemy_near(const struct ai *a, const struct game *g, int i)
{
    struct hex h = map_hex_at(g, i);
    int turns = a->horizon[i] > 2 ? a->horizon[i] : 2;
    for (int u = 0; u < g->nunits; u++) {
        const struct unit *x = game_unit(g, u);
        if (!x || !sides_hostile(g, a->side, x->side))
            continue;
        const struct utype *t = &g->utypes[x->type];
        if (x->carrier != NO_UNIT && t->move_class != MOVE_RAIL && t->move_class != MOVE_SHIP)
            continue;
        int reach = t->mp * turns / 2;
        if (t->move_class == MOVE_RAIL || t->move_class == MOVE_SHIP)
            reach *= 2;
        if (hex_distance(x->pos, h) <= reach + 1)
            return true;
    }
    return false;
}

/* The largest menace of the hostile units on hex h (see struct ai). */
static int stack_menace(const struct ai *a, const struct game *g, struct hex h)
{
    int m = 0, ids[32];
    int n = units_at(g, h, ids, 32, false);
    for (int k = 0; k < n; k++)
        if (sides_hostile(g, a->side, g->units[ids[k]].side) && a->menace[ids[k]] > m)
            m = a->menace[ids[k]];
    return m;
}

static void compute_goals(struct ai *a, const struct game *g)
{
    int side = a->side, nh = a->nh;
    a->ngoals = 0;
    uint8_t *enemy_at = calloc((size_t)nh, 1);
    if (!enemy_at)
        return;
    for (int u = 0; u < g->nunits; u++) {
        const struct unit *x = game_unit(g, u);
        if (x && x->carrier == NO_UNIT && sides_hostile(g, side, x->side)) {
            int i = map_index(g, x->pos);
            if (i >= 0)
                enemy_at[i] = 1;
        }
    }
    /* best targets first so the cap keeps the valuable ones */
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < nh; i++) {
            struct hex h = map_hex_at(g, i);
            if (pass == 0 && a->take[i] > 0) {
                int edef = enemy_at[i] ? stack_defence(g, side, h, true) : 0;
                int need = edef ? edef * 3 / 2 + 1 : 1;
                add_goal(a, i, GOAL_TAKE, a->take[i], need, edef);
            } else if (pass == 1 && a->keep[i] > 0 && a->threat[i] > 0) {
                int need = a->threat[i] / 2 + 1;
                add_goal(a, i, GOAL_HOLD, a->keep[i], need, 0);
            } else if (pass == 1 && ((a->garrison[i] && a->keep[i] > 0) ||
                                     (a->keep[i] >= KEEP_ALWAYS && !last_turn(a, g) &&
                                      enemy_near(a, g, i)))) {
                /* a valued hex keeps a small garrison even before the enemy is in reach
                 * (trains can bring him within a turn), once an enemy is near enough, but not
                 * on the last turn of war, when no enemy can come later; and always where a
                 * garrison hint says so (a script may raise an enemy there) */
                add_goal(a, i, GOAL_HOLD, a->keep[i] / 2, 1, 0);
            }
        }
    /* enemy stacks as targets of their own, worth their strength, and half the keep value of
     * the best hex of ours that a unit among them could fire on next turn from afar, at no
     * risk to itself (an armored train on the line beside our town, a gunboat off the coast) */
    for (int i = 0; i < nh; i++) {
        if (!enemy_at[i])
            continue;
        struct hex h = map_hex_at(g, i);
        int edef = stack_defence(g, side, h, true);
        int v = 1 + edef / 2 + stack_menace(a, g, h) / 2;
        int gi = add_goal(a, i, GOAL_HIT, v, edef * 3 / 2 + 1, edef);
        if (gi >= 0)
            a->goals[gi].beaten = edef > 0 && odds_column(a->strike[i], edef) +
                                                  terrain_shift(g->hexes[i].terrain) >= 4;
    }
    for (int gi = 0; gi < a->ngoals; gi++)
        goal_field(a, gi, enemy_at);
    free(enemy_at);
}

/* ====================================================================== assignment */
struct pair {
    int util, unit, goal;
};

static int pair_cmp(const void *x, const void *y)
{
    const struct pair *p = x, *q = y;
    if (p->util != q->util)
        return p->util > q->util ? -1 : 1;
    if (p->unit != q->unit)
        return p->unit - q->unit;
    return p->goal - q->goal;
}

static int unit_speed_div(const struct game *g, int id)
{
    const struct utype *t = &g->utypes[g->units[id].type];
    return t->move_class == MOVE_HORSE ? 2 : 1;
}

static int slip(const struct ai *a, const struct game *g, int unit, int goal)
{
    if (!a->k.slip)
        return 0;
    struct rng r;
    rng_derive(&r, g->seed, ((uint64_t)g->turn << 8) | (uint64_t)a->side,
               ((uint64_t)unit << 8) | (uint64_t)goal);
    return (int)rng_below(&r, (uint32_t)(2 * a->k.slip + 1)) - a->k.slip;
}

/* Whether unit u, where it stands in g, can reach goal gi's hex within `turns` turns by the
 * goal's cost field (a quarter movement point a unit; horses count half). */
static bool reaches_goal(const struct ai *a, const struct game *g, int u, int gi, int turns)
{
    int pi = map_index(g, g->units[u].pos);
    int d = pi >= 0 ? a->dist[gi][pi] : FAR;
    return d != FAR && d / unit_speed_div(g, u) <= turns * 4 * g->utypes[g->units[u].type].mp;
}

static bool hold_hopeless(const struct ai *a, const struct game *g, int gi, int held)
{
    int hex = a->goals[gi].hex;
    return a->threat[hex] > 0 &&
           odds_column(a->threat[hex], held) + terrain_shift(g->hexes[hex].terrain) >= 6;
}

/* Sorts goal indices, the most valuable first (equal values keep their order). */
static void by_value(const struct ai *a, int *order, int n)
{
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && a->goals[order[j]].value > a->goals[order[j - 1]].value; j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
}

/* The strength unit u gives goal gi, as assign_goals() counts it. */
static int goal_factor(const struct ai *a, const struct game *g, int gi, int u)
{
    return a->goals[gi].kind == GOAL_HOLD ? unit_defence_factor(g, u) : unit_attack_factor(g, u);
}

/* A hold that its garrison could not keep (the threat at 4:1 or worse, terrain counted) takes
 * strength from goals worth less, from garrisons with more than they need and from idle units
 * that can be there within a turn, the strongest first, when that is enough to make a stand;
 * a strong unit guarding a quiet hex then goes where the enemy will strike. */
static void reinforce_holds(struct ai *a, const struct game *g)
{
    if (last_turn(a, g))
        return; /* nothing is given up then */
    int order[MAX_GOALS], n = 0;
    for (int gi = 0; gi < a->ngoals; gi++)
        if (a->goals[gi].kind == GOAL_HOLD && hold_hopeless(a, g, gi, a->goals[gi].have))
            order[n++] = gi;
    by_value(a, order, n);
    for (int k = 0; k < n; k++) {
        int gi = order[k];
        struct goal *go = &a->goals[gi];
        int cand[MAX_UNITS], nc = 0;
        for (int u = 0; u < g->nunits && nc < MAX_UNITS; u++) {
            const struct unit *x = game_unit(g, u);
            if (!x || x->side != a->side || a->assign[u] == gi)
                continue;
            const struct utype *t = &g->utypes[x->type];
            if (!is_land_unit(t) || x->carrier != NO_UNIT || !reaches_goal(a, g, u, gi, 1))
                continue;
            int gj = a->assign[u], f = unit_defence_factor(g, u);
            if (gj >= 0) {
                const struct goal *from = &a->goals[gj];
                bool spare = from->kind == GOAL_HOLD && from->have - f >= from->need;
                if (from->value >= go->value && !spare)
                    continue;
            } else if (t->attack == 0 && t->capacity == 0) {
                continue;
            }
            cand[nc++] = u;
        }
        for (int i = 1; i < nc; i++) /* strongest first */
            for (int j = i; j > 0 && unit_defence_factor(g, cand[j]) >
                                         unit_defence_factor(g, cand[j - 1]); j--) {
                int t = cand[j];
                cand[j] = cand[j - 1];
                cand[j - 1] = t;
            }
        int held = go->have, take = 0;
        while (take < nc && hold_hopeless(a, g, gi, held))
            held += unit_defence_factor(g, cand[take++]);
        if (hold_hopeless(a, g, gi, held))
            continue;
        for (int i = 0; i < take; i++) {
            int u = cand[i], gj = a->assign[u];
            if (gj >= 0) /* what the unit added to its old goal, as assign_goals counted it */
                a->goals[gj].have -= goal_factor(a, g, gj, u);
            a->assign[u] = (int16_t)gi;
            go->have += unit_defence_factor(g, u);
        }
    }
}

/* Whether unit u can still do anything for goal gi in this phase: stand on its hex, or, where
 * an enemy stack holds it, come within striking range of it, from the hexes in a->reach (set
 * by judged_by_reach()). */
static bool in_reach_now(const struct ai *a, const struct game *g, int u, int gi)
{
    const struct unit *x = &g->units[u];
    const struct utype *t = &g->utypes[x->type];
    struct hex goal = map_hex_at(g, a->goals[gi].hex);
    int range = t->range > 0 ? t->range : 1;
    bool enemy = a->goals[gi].kind == GOAL_HIT || a->goals[gi].enemy_def > 0;
    int pi = map_index(g, x->pos);
    for (int k = enemy ? 1 : 0; k <= (enemy ? range : 0); k++) {
        struct hex ring[64];
        int n = hex_ring(goal, k, ring, 64);
        for (int j = 0; j < n; j++) {
            int hi = map_index(g, ring[j]);
            if (hi >= 0 && (hi == pi || (a->reach.cost[hi] > 0 && !(a->reach.stop[hi] & 2))))
                return true;
        }
    }
    return false;
}

/* Whether assign_goals() must give foot or horse unit u only goals it can serve in this
 * movement phase (in_reach_now()), and if so fills a->reach: on the last turn, when what it
 * could do later no longer counts — unless it stands at a station, where a train could carry
 * it further. */
static bool judged_by_reach(struct ai *a, const struct game *g, int u)
{
    const struct unit *x = &g->units[u];
    if (!last_turn(a, g) || g->phase != PHASE_MOVE || x->carrier != NO_UNIT ||
        (x->flags & UF_ENTRAINED) || !is_land_unit(&g->utypes[x->type]))
        return false;
    struct cmd c = order(CMD_ENTRAIN, a->side, u, x->pos);
    if (a->k.rail && cmd_validate(g, &c) == CMD_OK)
        return false;
    if ((x->flags & UF_MOVED) || x->mp <= 0)
        memset(a->reach.cost, 0xff, sizeof a->reach.cost);
    else
        move_reachable(g, u, &a->reach);
    return true;
}

/* Points x6 hold or take goal gi is expected to bring at the end of the last turn of war, with
 * unit `add` joining the units assigned to it and unit `drop` leaving them (-1: none): a hold
 * its value unless the enemy's blow clears the hex, a take its value if ours clears it (results
 * of six, terrain counted; an empty hex: if anyone goes). A take counts the fire of guns of
 * ours that stay within range of it, but only a unit next to the hex can take it. */
static int end_worth(const struct ai *a, const struct game *g, int gi, int add, int drop)
{
    const struct goal *go = &a->goals[gi];
    struct hex h = map_hex_at(g, go->hex);
    int shift = terrain_shift(g->hexes[go->hex].terrain), f = 0, fire = 0;
    bool enter = false;
    for (int u = 0; u < g->nunits; u++) {
        if (u == drop || !game_unit(g, u) || g->units[u].side != a->side)
            continue;
        const struct utype *t = &g->utypes[g->units[u].type];
        if (u == add || a->assign[u] == gi) {
            f += goal_factor(a, g, gi, u);
            enter = enter || is_land_unit(t);
        } else if (go->kind == GOAL_TAKE && t->range > 1 && a->assign[u] >= 0 &&
                   a->goals[a->assign[u]].kind == GOAL_HOLD &&
                   hex_distance(map_hex_at(g, a->goals[a->assign[u]].hex), h) <= t->range) {
            fire += unit_attack_factor(g, u);
        }
    }
    if (go->kind == GOAL_HOLD) {
        int t = a->threat[go->hex];
        if (t <= 0)
            return 6 * go->value;
        if (f <= 0)
            return 0;
        return go->value * (6 - col_clear6[clampi(odds_column(t, f) + shift, 0, 8)]);
    }
    if (go->kind != GOAL_TAKE || !enter)
        return 0;
    if (go->enemy_def <= 0)
        return 6 * go->value;
    return go->value * col_clear6[clampi(odds_column(f + fire, go->enemy_def) + shift, 0, 8)];
}

/* On the last turn of war only what is held at its end counts: units move between the holds
 * and takes they can serve in this phase while that raises the points expected at the end
 * (a strong garrison's spare strength goes to retake a town next door, a quiet post's unit to
 * a town the enemy will strike). */
static void last_turn_balance(struct ai *a, const struct game *g, const struct pair *pairs,
                              int np)
{
    for (int round = 0; round < g->nunits; round++) {
        int best = 0, bu = -1, bg = -1;
        for (int i = 0; i < np; i++) {
            int u = pairs[i].unit, to = pairs[i].goal, from = a->assign[u];
            const struct goal *gt = &a->goals[to];
            if (to == from || (gt->kind != GOAL_HOLD && gt->kind != GOAL_TAKE))
                continue;
            int gain = 0;
            if (from >= 0) {
                const struct goal *gf = &a->goals[from];
                if (gf->kind != GOAL_HOLD && gf->kind != GOAL_TAKE)
                    continue;
                gain += end_worth(a, g, from, -1, u) - end_worth(a, g, from, -1, -1);
            }
            gain += end_worth(a, g, to, u, -1) - end_worth(a, g, to, -1, -1);
            if (gain > best) {
                best = gain;
                bu = u;
                bg = to;
            }
        }
        if (bu < 0)
            break;
        int from = a->assign[bu];
        if (from >= 0)
            a->goals[from].have -= goal_factor(a, g, from, bu);
        a->goals[bg].have += goal_factor(a, g, bg, bu);
        a->assign[bu] = (int16_t)bg;
    }
}

static void assign_goals(struct ai *a, const struct game *g)
{
    int side = a->side;
    for (int u = 0; u < MAX_UNITS; u++)
        a->assign[u] = -1;
    struct pair *pairs = malloc(sizeof *pairs * (size_t)(g->nunits * (a->ngoals + 1) + 1));
    if (!pairs)
        return;
    int np = 0;
    for (int u = 0; u < g->nunits; u++) {
        const struct unit *x = game_unit(g, u);
        if (!x || x->side != side)
            continue;
        const struct utype *t = &g->utypes[x->type];
        if (t->move_class == MOVE_SHIP || (t->attack == 0 && t->capacity == 0))
            continue;
        struct hex pos = x->pos;
        int pi = map_index(g, pos);
        if (pi < 0)
            continue;
        int div = unit_speed_div(g, u);
        bool now = judged_by_reach(a, g, u);
        for (int gi = 0; gi < a->ngoals; gi++) {
            int d = a->dist[gi][pi];
            if (d == FAR)
                continue;
            /* on the last turn a goal it cannot serve in this phase is worth nothing to it */
            if (now && !in_reach_now(a, g, u, gi))
                continue;
            /* a unit the side must keep alive does not march to a threatened hex it cannot
             * reach within two turns: the column would only walk into the enemy on the way */
            if (a->precious[u] && a->threat[a->goals[gi].hex] > 0 && is_land_unit(t) &&
                !reaches_goal(a, g, u, gi, 2))
                continue;
            int util = K_VAL * a->goals[gi].value * 4 - d / div + slip(a, g, u, gi);
            /* the garrison already there stays, where an enemy can strike next turn: a post
             * nothing can reach does not hold back a unit the front needs */
            if (a->goals[gi].kind == GOAL_HOLD && a->goals[gi].hex == pi &&
                a->threat[pi] > 0)
                util += K_VAL * a->goals[gi].value * 2;
            pairs[np++] = (struct pair){util, u, gi};
        }
    }
    qsort(pairs, (size_t)np, sizeof *pairs, pair_cmp);
    for (int gi = 0; gi < a->ngoals; gi++)
        a->goals[gi].have = 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < np; i++) {
            int u = pairs[i].unit, gi = pairs[i].goal;
            if (a->assign[u] >= 0)
                continue;
            struct goal *go = &a->goals[gi];
            if (pass == 0 && go->have >= go->need)
                continue;
            if (pass == 1 && go->kind == GOAL_HOLD)
                continue; /* spare units do not pile into a garrison */
            a->assign[u] = (int16_t)gi;
            go->have += goal_factor(a, g, gi, u);
        }
    reinforce_holds(a, g);
    if (last_turn(a, g))
        last_turn_balance(a, g, pairs, np);
    /* goals that cannot get even odds are given up, and so are hexes that even every unit
     * sent to them could not then hold against 4:1 or worse (terrain counted): their units
     * fall back rather than be lost for nothing */
    for (int gi = 0; gi < a->ngoals; gi++) {
        struct goal *go = &a->goals[gi];
        int held = go->kind == GOAL_HOLD ? go->have : 0;
        if (go->kind != GOAL_HOLD)
            for (int u = 0; u < g->nunits; u++)
                if (a->assign[u] == gi)
                    held += unit_defence_factor(g, u);
        /* on the last turn a hex given up is lost for good, and a unit has nothing left to
         * do elsewhere: no hold is given up as hopeless then */
        if (go->kind != GOAL_HIT && !last_turn(a, g) && hold_hopeless(a, g, gi, held))
            go->dropped = true;
        else
            go->dropped = go->kind != GOAL_HOLD && go->enemy_def > 0 &&
                          go->have * 100 < go->enemy_def * a->k.giveup &&
                          /* a take the last turn's balance found worth its units: the guns
                           * that stay in range fire with them */
                          !(last_turn(a, g) && go->kind == GOAL_TAKE &&
                            end_worth(a, g, gi, -1, -1) > 0);
        if (!go->dropped)
            continue;
        for (int u = 0; u < g->nunits; u++)
            if (a->assign[u] == gi)
                a->assign[u] = -1;
    }
    for (int i = 0; i < np; i++) {
        int u = pairs[i].unit, gi = pairs[i].goal;
        if (a->assign[u] >= 0 || a->assign[u] == -2)
            continue;
        if (!a->goals[gi].dropped)
            a->assign[u] = (int16_t)gi;
    }
    free(pairs);
}

/* ====================================================================== choosing a hex */
/* Expected loss (points x10 x K_VAL, weighted) of unit `unit` standing on hex idx against a
 * threat of t attack factors. */
static int danger_from(const struct ai *a, const struct game *sim, int unit, int idx, int t)
{
    /* on the last turn a unit is worth only what an objective says: once the game ends only
     * the units a save objective still needs count */
    if (t <= 0 || a->k.danger_w <= 0 || (last_turn(a, sim) && !a->precious[unit]))
        return 0;
    struct hex h = map_hex_at(sim, idx);
    int def = unit_defence_factor(sim, unit);
    int ids[32];
    int n = units_at(sim, h, ids, 32, false);
    for (int i = 0; i < n; i++)
        if (ids[i] != unit && sim->units[ids[i]].side == a->side)
            def += unit_defence_factor(sim, ids[i]);
    int col = clampi(odds_column(t, def) + terrain_shift(sim->hexes[idx].terrain), 0, 8);
    /* below the level's least column (a bold side's: 3:2) a blow is no danger */
    if (col < a->k.danger_col)
        return 0;
    /* escape routes: land neighbours free of enemy units and out of enemy reach */
    int escape = 0;
    for (int d = 0; d < 6; d++) {
        int ni = map_index(sim, hex_neighbor(h, d));
        if (ni < 0 || hex_is_water(&sim->hexes[ni]))
            continue;
        if (a->threat[ni] == 0)
            escape++;
    }
    int loss6 = col_loss6[col] + (escape == 0 ? col_retreat6[col] : 0);
    int v = step_value(sim, unit) * loss6 / 6; /* points x10 */
    if (a->precious[unit])
        v *= 2;
    if (t < def)
        v /= 2; /* the enemy is unlikely to attack at poor odds */
    return v * K_VAL * a->k.danger_w / 1000;
}

static int danger(const struct ai *a, const struct game *sim, int unit, int idx)
{
    return danger_from(a, sim, unit, idx, a->threat[idx]);
}

/* The threat on hex idx less the attack factors of the enemy stack of goal gi, when the unit is
 * to stand next to that stack and our side can strike it at 2:1 or better in this turn's
 * combat phase: beaten or driven off first, it does not strike back from there. The whole
 * factor comes off, not only the half or third the threat map counted it at (that left
 * red_bridge's Georgia at its old 75 wins of 160 against greedy; the whole factor: 104). */
static int threat_past_goal(const struct ai *a, const struct game *sim, int gi, int idx)
{
    int t = a->threat[idx];
    struct hex gh = map_hex_at(sim, a->goals[gi].hex);
    if (!a->goals[gi].beaten || hex_distance(gh, map_hex_at(sim, idx)) != 1)
        return t;
    int ids[32];
    int n = units_at(sim, gh, ids, 32, false);
    for (int k = 0; k < n; k++) {
        const struct unit *e = &sim->units[ids[k]];
        if (!sides_hostile(sim, a->side, e->side) || e->carrier != NO_UNIT ||
            (e->flags & UF_ROUTED))
            continue;
        int f = unit_attack_factor(sim, ids[k]);
        if (f > 0)
            t -= f;
    }
    return t > 0 ? t : 0;
}

/* Whether unit u moving onto hex idx would stand there at 4:1 or worse (terrain counted) even
 * with every unit of its side already there and every one that can still get there this phase
 * to hold or take the same hex: the company it was planned with is not coming in time. */
static bool left_alone(const struct ai *a, const struct game *sim, int u, int idx)
{
    int t = a->threat[idx];
    if (t <= 0)
        return false;
    struct hex h = map_hex_at(sim, idx);
    int def = stack_defence(sim, a->side, h, false) + unit_defence_factor(sim, u);
    for (int v = 0; v < sim->nunits; v++) {
        const struct unit *y = game_unit(sim, v);
        if (!y || v == u || y->side != a->side || hex_eq(y->pos, h) || (y->flags & UF_MOVED) ||
            y->mp <= 0 || y->carrier != NO_UNIT)
            continue;
        int gv = a->assign[v];
        if (gv < 0 || a->goals[gv].hex != idx || !reaches_goal(a, sim, v, gv, 1))
            continue;
        def += unit_defence_factor(sim, v);
    }
    return odds_column(t, def) + terrain_shift(sim->hexes[idx].terrain) >= 6;
}

/* Score of ending the phase at hex idx for unit u (higher is better). */
static int hex_score(const struct ai *a, const struct game *sim, int u, int idx)
{
    const struct unit *x = &sim->units[u];
    const struct utype *t = &sim->utypes[x->type];
    int gi = a->assign[u];
    int s = 0;
    if (gi >= 0) {
        int d = a->dist[gi][idx];
        s -= d == FAR ? 4000 : d;
    } else {
        /* no goal: stay near what we hold */
        int best = FAR;
        for (int k = 0; k < a->ngoals; k++)
            if (a->goals[k].kind != GOAL_TAKE && a->dist[k][idx] < best)
                best = a->dist[k][idx];
        s -= best == FAR ? 0 : best / 4;
    }
    /* holding a valued hex of ours, or taking one */
    const struct hexinfo *hx = &sim->hexes[idx];
    bool take = hx->owner != a->side && a->take[idx] > 0;
    bool guard = gi < 0 || (a->goals[gi].kind == GOAL_HOLD && a->goals[gi].hex == idx);
    bool keep = guard && hx->owner == a->side && a->keep[idx] > 0 && a->threat[idx] > 0;
    /* neither is worth a step onto the hex if the unit would stand there alone against a blow
     * it cannot take: the hex would be lost again at once, and the unit with it */
    bool alone = (take || keep) && !hex_eq(x->pos, map_hex_at(sim, idx)) &&
                 left_alone(a, sim, u, idx);
    if (take && !alone)
        s += K_VAL * a->take[idx];
    if (keep) {
        /* a garrison is worth its hex while the others there cannot hold it alone; units
         * given other goals leave the holding to those given this one */
        struct hex h = map_hex_at(sim, idx);
        int others = stack_defence(sim, a->side, h, false);
        if (hex_eq(x->pos, h))
            others -= unit_defence_factor(sim, u);
        if (others < a->threat[idx] / 2 + 1 && !alone)
            s += K_VAL * a->keep[idx];
    }
    /* next to the enemy stack it is to strike (trains: on the track within range) */
    if (gi >= 0 && a->goals[gi].enemy_def > 0 && t->attack > 0) {
        struct hex gh = map_hex_at(sim, a->goals[gi].hex), hh = map_hex_at(sim, idx);
        int dd = hex_distance(gh, hh);
        if (dd == 1)
            s += K_VAL * 4;
        else if (dd <= t->range && t->move_class != MOVE_FOOT && t->move_class != MOVE_HORSE)
            s += K_VAL * 2;
    }
    int dng = gi >= 0 ? danger_from(a, sim, u, idx, threat_past_goal(a, sim, gi, idx))
                      : danger(a, sim, u, idx);
    if (gi >= 0 && a->goals[gi].kind == GOAL_HOLD && a->goals[gi].hex == idx)
        dng /= 2;
    s -= dng;
    if (!(t->flags & UTF_SELF_SUPPLY) && is_land_unit(t) && !a->supply[idx])
        s -= 12 + 8 * x->supply;
    if (a->avoid[idx])
        s -= 400;
    return s;
}

/* ====================================================================== the plan */
static bool push(struct ai *a, const struct cmd *c)
{
    if (a->nq >= QMAX - 1)
        return false;
    uint64_t before = game_hash(a->sim);
    if (game_apply(a->sim, c, NULL) != CMD_OK)
        return false;
    a->qhash[a->nq] = before;
    a->q[a->nq++] = *c;
    return true;
}

/* Best reachable hex (or -1 to stay) for unit u in the scratch game. */
static int best_move(struct ai *a, int u, int *score_out)
{
    struct game *sim = a->sim;
    const struct unit *x = &sim->units[u];
    int here = map_index(sim, x->pos);
    int best = -1, best_s = hex_score(a, sim, u, here);
    if (x->mp > 0 && !(x->flags & UF_MOVED)) {
        move_reachable(sim, u, &a->reach);
        for (int i = 0; i < a->nh; i++) {
            if (a->reach.cost[i] <= 0 || (a->reach.stop[i] & 2) || i == here)
                continue;
            int s = hex_score(a, sim, u, i);
            if (s > best_s) {
                best_s = s;
                best = i;
            }
        }
    }
    if (score_out)
        *score_out = best_s;
    return best;
}

static void plan_unit_move(struct ai *a, int u)
{
    int best = best_move(a, u, NULL);
    if (best >= 0) {
        struct cmd c = order(CMD_MOVE, a->side, u, map_hex_at(a->sim, best));
        push(a, &c);
    }
}

static int carried_steps(const struct game *g, int carrier)
{
    int n = 0;
    for (int i = 0; i < g->nunits; i++)
        if (unit_alive(g, i) && g->units[i].carrier == carrier)
            n += g->units[i].steps;
    return n;
}

/* Passengers of carrier k decide whether to land, once k has its orders: to take a hex, to
 * stand next to the enemy stack they are to strike, or, when the carrier stays, wherever
 * serves them better than riding on. */
static void plan_landing(struct ai *a, int k, bool carrier_moved)
{
    struct game *sim = a->sim;
    for (int u = 0; u < sim->nunits; u++) {
        const struct unit *x = game_unit(sim, u);
        if (!x || x->carrier != k || x->side != a->side)
            continue;
        const struct unit *kx = &sim->units[k];
        int here = map_index(sim, kx->pos);
        int stay = hex_score(a, sim, u, here);
        int gi = a->assign[u];
        int best = -1, best_s = -1000000;
        bool best_capture = false, best_strike = false;
        for (int d = 0; d < 6; d++) {
            struct hex to = hex_neighbor(kx->pos, d);
            struct cmd c = order(CMD_DISEMBARK, a->side, u, to);
            if (cmd_validate(sim, &c) != CMD_OK)
                continue;
            int i = map_index(sim, to);
            int s = hex_score(a, sim, u, i);
            bool capture = sim->hexes[i].owner != a->side && a->take[i] > 0;
            bool strike = gi >= 0 && a->goals[gi].enemy_def > 0 &&
                          hex_distance(to, map_hex_at(sim, a->goals[gi].hex)) == 1;
            if (capture)
                s += 1000;
            if (s > best_s) {
                best_s = s;
                best = i;
                best_capture = capture;
                best_strike = strike;
            }
        }
        if (best < 0)
            continue;
        if (best_capture || best_strike || (!carrier_moved && best_s > stay + K_VAL)) {
            struct cmd c = order(CMD_DISEMBARK, a->side, u, map_hex_at(sim, best));
            push(a, &c);
        }
    }
}

/* Foot units on the train's hex ride along when the train goes far toward their goals. */
static void plan_embark(struct ai *a, int k, int dest)
{
    struct game *sim = a->sim;
    const struct unit *kx = &sim->units[k];
    int cap = sim->utypes[kx->type].capacity;
    int here = map_index(sim, kx->pos);
    if (cap <= 0 || dest < 0 || hex_distance(kx->pos, map_hex_at(sim, dest)) < 4)
        return;
    int ids[32];
    int n = units_at(sim, kx->pos, ids, 32, false);
    for (int i = 0; i < n; i++) {
        int u = ids[i];
        const struct unit *x = &sim->units[u];
        if (x->side != a->side || u == k || (x->flags & UF_MOVED) || x->mp <= 0)
            continue;
        if (!is_land_unit(&sim->utypes[x->type]))
            continue;
        if (carried_steps(sim, k) + x->steps > cap)
            continue;
        int gi = a->assign[u];
        if (gi < 0 || a->dist[gi][dest] == FAR || a->dist[gi][dest] + 24 >= a->dist[gi][here])
            continue;
        int foot_s = 0;
        best_move(a, u, &foot_s);
        if (hex_score(a, sim, u, dest) <= foot_s + 16)
            continue;
        struct cmd c = order(CMD_EMBARK, a->side, u, kx->pos);
        c.target = (int16_t)k;
        push(a, &c);
    }
}

/* A repair train mends cut track next to it when that track leads toward its goal. */
static bool plan_repair(struct ai *a, int k)
{
    struct game *sim = a->sim;
    const struct unit *kx = &sim->units[k];
    int gi = a->assign[k];
    int here = map_index(sim, kx->pos);
    if (gi < 0 || here < 0)
        return false;
    for (int d = 0; d <= 6; d++) {
        struct hex to = d == 6 ? kx->pos : hex_neighbor(kx->pos, d);
        int i = map_index(sim, to);
        if (i < 0 || !sim->hexes[i].rail)
            continue;
        if (d < 6 && !(sim->hexes[here].rail & (1u << d)))
            continue;
        if (d < 6 && a->dist[gi][i] >= a->dist[gi][here])
            continue;
        struct cmd c = order(CMD_REPAIR_RAIL, a->side, k, to);
        if (cmd_validate(sim, &c) == CMD_OK)
            return push(a, &c);
    }
    return false;
}

/* Entrain, ride and detrain when the railway takes the unit much further than its legs. */
static bool plan_rail_ride(struct ai *a, int u, struct game *tmp)
{
    struct game *sim = a->sim;
    struct cmd c = order(CMD_ENTRAIN, a->side, u, sim->units[u].pos);
    if (cmd_validate(sim, &c) != CMD_OK)
        return false;
    int foot_s = 0;
    best_move(a, u, &foot_s);
    game_copy_state(tmp, sim);
    if (game_apply(tmp, &c, NULL) != CMD_OK)
        return false;
    move_reachable(tmp, u, &a->reach);
    int best = -1, best_s = foot_s + 24;
    for (int i = 0; i < a->nh; i++) {
        if (a->reach.cost[i] <= 0 || (a->reach.stop[i] & 2))
            continue;
        int s = hex_score(a, tmp, u, i);
        if (s > best_s) {
            best_s = s;
            best = i;
        }
    }
    if (best < 0)
        return false;
    if (!push(a, &c))
        return false;
    struct cmd m = order(CMD_MOVE, a->side, u, map_hex_at(sim, best));
    push(a, &m);
    struct cmd dt = order(CMD_DETRAIN, a->side, u, sim->units[u].pos);
    push(a, &dt);
    return true;
}

static void plan_cut(struct ai *a, int u)
{
    struct game *sim = a->sim;
    const struct unit *x = &sim->units[u];
    int i = map_index(sim, x->pos);
    if (i < 0 || !sim->hexes[i].rail || a->ourrail[i] || !a->theirrail[i])
        return;
    if (a->threat[i] > 2 * unit_defence_factor(sim, u))
        return;
    struct cmd c = order(CMD_CUT_RAIL, a->side, u, x->pos);
    if (cmd_validate(sim, &c) == CMD_OK)
        push(a, &c);
}

struct uorder {
    int key, unit;
};

static int uorder_cmp(const void *x, const void *y)
{
    const struct uorder *p = x, *q = y;
    if (p->key != q->key)
        return p->key < q->key ? -1 : 1;
    return p->unit - q->unit;
}

/* Ships steer for the sea next to the nearest enemy or target hex. */
static bool plan_ship(struct ai *a, int u)
{
    struct game *sim = a->sim;
    const struct unit *x = &sim->units[u];
    if (x->mp <= 0 || (x->flags & UF_MOVED))
        return false;
    move_reachable(sim, u, &a->reach);
    int here = map_index(sim, x->pos);
    int best = -1, best_s = -1000000;
    for (int i = 0; i < a->nh; i++) {
        if (i != here && (a->reach.cost[i] <= 0 || (a->reach.stop[i] & 2)))
            continue;
        struct hex h = map_hex_at(sim, i);
        int s = 0, nearest = 1000;
        for (int gi = 0; gi < a->ngoals; gi++) {
            if (a->goals[gi].kind == GOAL_HOLD)
                continue;
            int dd = hex_distance(h, map_hex_at(sim, a->goals[gi].hex));
            if (dd < nearest)
                nearest = dd;
        }
        s -= nearest * 10;
        if (nearest == 1)
            s += 20;
        s -= danger(a, sim, u, i) / 4;
        if (s > best_s) {
            best_s = s;
            best = i;
        }
    }
    if (best >= 0 && best != here) {
        struct cmd c = order(CMD_MOVE, a->side, u, map_hex_at(sim, best));
        return push(a, &c);
    }
    return false;
}

/* Where a party could land from sea hex i: the land neighbour a disembark order may reach
 * (land, no enemy there, not a neutral side's, room in the stack), best for unit u, or -1. */
static int landing_hex(const struct ai *a, const struct game *sim, int u, int i, int *score)
{
    struct hex h = map_hex_at(sim, i);
    int best = -1;
    for (int d = 0; d < 6; d++) {
        struct hex to = hex_neighbor(h, d);
        int ni = map_index(sim, to);
        if (ni < 0 || hex_is_water(&sim->hexes[ni]) || hostile_stack(sim, a->side, to))
            continue;
        int owner = sim->hexes[ni].owner;
        if (owner != NO_SIDE && owner != a->side && !sides_hostile(sim, a->side, owner))
            continue;
        if (stack_count(sim, to, false) + 1 > sim->rules.stack_limit)
            continue;
        int s = hex_score(a, sim, u, ni);
        if (best < 0 || s > *score) {
            *score = s;
            best = ni;
        }
    }
    return best;
}

/* A ship with room takes aboard the foot and horse units next to it whose goals lie far
 * off by land, sails for the sea hex off the coast that serves them best and puts them
 * ashore in the same phase. Returns false (nothing ordered) when no unit gains by the ride. */
static bool plan_ferry(struct ai *a, int k)
{
    struct game *sim = a->sim;
    const struct unit *kx = &sim->units[k];
    int cap = sim->utypes[kx->type].capacity;
    if (!a->k.rail || cap <= 0 || kx->mp <= 0 || (kx->flags & UF_MOVED) ||
        carried_steps(sim, k) > 0)
        return false;
    /* the parties that could board, and the best each can do on its own legs */
    int cand[8], foot[8], nc = 0;
    for (int u = 0; u < sim->nunits && nc < 8; u++) {
        const struct unit *x = game_unit(sim, u);
        if (!x || x->side != a->side || a->assign[u] < 0)
            continue;
        struct cmd c = order(CMD_EMBARK, a->side, u, kx->pos);
        c.target = (int16_t)k;
        if ((x->flags & UF_MOVED) || cmd_validate(sim, &c) != CMD_OK)
            continue;
        best_move(a, u, &foot[nc]);
        cand[nc++] = u;
    }
    if (nc == 0)
        return false;
    /* the sea hexes the ship can end on */
    int *sea = malloc(sizeof *sea * (size_t)a->nh);
    if (!sea)
        return false;
    int ns = 0, here = map_index(sim, kx->pos);
    move_reachable(sim, k, &a->reach);
    for (int i = 0; i < a->nh; i++)
        if (i == here || (a->reach.cost[i] > 0 && !(a->reach.stop[i] & 2)))
            sea[ns++] = i;
    /* the ride must beat marching by a good stretch, for the whole party */
    int best = -1, best_gain = 0;
    for (int j = 0; j < ns; j++) {
        int gain = 0, steps = 0;
        for (int c = 0; c < nc; c++) {
            int s = 0;
            int u = cand[c];
            if (landing_hex(a, sim, u, sea[j], &s) < 0 || s <= foot[c] + 24)
                continue;
            if (steps + sim->units[u].steps > cap)
                continue;
            steps += sim->units[u].steps;
            gain += s - foot[c];
        }
        gain -= danger(a, sim, k, sea[j]) / 4;
        if (gain > best_gain) {
            best_gain = gain;
            best = sea[j];
        }
    }
    free(sea);
    if (best < 0)
        return false;
    int steps = 0;
    for (int c = 0; c < nc; c++) {
        int s = 0, u = cand[c];
        if (landing_hex(a, sim, u, best, &s) < 0 || s <= foot[c] + 24 ||
            steps + sim->units[u].steps > cap)
            continue;
        struct cmd e = order(CMD_EMBARK, a->side, u, sim->units[k].pos);
        e.target = (int16_t)k;
        if (push(a, &e))
            steps += sim->units[u].steps;
    }
    if (steps == 0)
        return false;
    if (best != here) {
        struct cmd m = order(CMD_MOVE, a->side, k, map_hex_at(sim, best));
        push(a, &m);
    }
    /* ashore at once, each on the best hex the ship's berth offers it */
    for (int u = 0; u < sim->nunits; u++) {
        const struct unit *x = game_unit(sim, u);
        if (!x || x->carrier != k)
            continue;
        int s = 0;
        int to = landing_hex(a, sim, u, map_index(sim, sim->units[k].pos), &s);
        if (to < 0)
            continue;
        struct cmd d = order(CMD_DISEMBARK, a->side, u, map_hex_at(sim, to));
        push(a, &d);
    }
    return true;
}

static void plan_moves(struct ai *a, const struct game *g)
{
    struct game *sim = a->sim;
    int side = a->side;
    struct game *tmp = a->tmp;
    struct uorder *ord = malloc(sizeof *ord * (size_t)(g->nunits + 1));
    if (!ord)
        return;
    int n = 0;
    for (int u = 0; u < g->nunits; u++) {
        const struct unit *x = game_unit(g, u);
        if (!x || x->side != side)
            continue;
        const struct utype *t = &g->utypes[x->type];
        int pi = map_index(g, x->pos);
        int gi = a->assign[u];
        int d = gi >= 0 && pi >= 0 ? a->dist[gi][pi] : FAR;
        int key;
        if (x->carrier != NO_UNIT)
            continue; /* passengers act with their carrier */
        if (t->move_class == MOVE_RAIL && !(x->flags & UF_ENTRAINED))
            key = 0 + d;            /* trains open the line */
        else if (t->move_class == MOVE_SHIP)
            key = 100000 + d;
        else
            key = 200000 + d;       /* nearest their goals first */
        ord[n++] = (struct uorder){key, u};
    }
    qsort(ord, (size_t)n, sizeof *ord, uorder_cmp);
    for (int i = 0; i < n; i++) {
        int u = ord[i].unit;
        if (!unit_alive(sim, u))
            continue;
        const struct unit *x = &sim->units[u];
        const struct utype *t = &sim->utypes[x->type];
        if (t->move_class == MOVE_RAIL && !(x->flags & UF_ENTRAINED)) {
            int dest = best_move(a, u, NULL);
            bool moved = false;
            /* a cut line ahead is mended the turn the train comes up to it */
            bool mender = a->k.rail && (t->flags & UTF_REPAIR);
            if (dest < 0 && mender && x->mp >= 2)
                plan_repair(a, u);
            else {
                if (a->k.rail)
                    plan_embark(a, u, dest);
                if (dest >= 0) {
                    struct cmd c = order(CMD_MOVE, side, u, map_hex_at(sim, dest));
                    moved = push(a, &c);
                }
                if (moved && mender && sim->units[u].mp >= 2)
                    plan_repair(a, u);
            }
            plan_landing(a, u, moved);
            continue;
        }
        if (t->move_class == MOVE_SHIP) {
            if (plan_ferry(a, u))
                continue;
            bool moved = plan_ship(a, u);
            plan_landing(a, u, moved);
            continue;
        }
        if (x->flags & UF_ENTRAINED) {
            /* left on a train: ride on if it pays, then get off */
            plan_unit_move(a, u);
            struct cmd dt = order(CMD_DETRAIN, side, u, sim->units[u].pos);
            push(a, &dt);
            continue;
        }
        if (x->flags & UF_MOVED)
            continue;
        if (a->k.rail && plan_rail_ride(a, u, tmp))
            continue;
        plan_unit_move(a, u);
    }
    /* cut the enemy's track where we stand and no train of ours needs it */
    if (a->k.rail)
        for (int u = 0; u < sim->nunits; u++) {
            const struct unit *x = game_unit(sim, u);
            if (!x || x->side != side || x->carrier != NO_UNIT || (x->flags & UF_ENTRAINED))
                continue;
            if (!is_land_unit(&sim->utypes[x->type]) || x->mp < 2)
                continue;
            plan_cut(a, u);
        }
    free(ord);
}

static void analyse(struct ai *a, const struct game *g, int side, int level)
{
    a->side = side;
    a->level = level;
    a->nh = g->width * g->height;
    compute_values(a, g);
    compute_threat(a, g);
    compute_rail_nets(a, g);
    supply_compute(g, side, a->supply);
    compute_fcost(a, g);
    compute_goals(a, g);
    assign_goals(a, g);
}

/* ====================================================================== combat */
struct attack_eval {
    int ev;  /* points x60 */
    struct cmd c;
};

/* The attack factors of the enemy within three hexes of h, but for any stack on hex *skip. */
static int attack_near(const struct ai *a, const struct game *g, struct hex h,
                       const struct hex *skip)
{
    int f = 0;
    for (int e = 0; e < g->nunits; e++) {
        const struct unit *x = game_unit(g, e);
        if (x && x->carrier == NO_UNIT && sides_hostile(g, a->side, x->side) &&
            hex_distance(x->pos, h) <= 3 && !(skip && hex_eq(x->pos, *skip)))
            f += unit_attack_factor(g, e);
    }
    return f;
}

/* Does unit id stand guard on a valued hex of ours with the enemy close? */
static bool is_garrison(const struct ai *a, const struct game *g, int id)
{
    const struct unit *u = &g->units[id];
    int hi = map_index(g, u->pos);
    if (hi < 0 || a->keep[hi] <= 0 || g->hexes[hi].owner != a->side)
        return false;
    return attack_near(a, g, u->pos, NULL) > 0;
}

/* Points of keep value put at risk when unit id leaves its hex: a garrison that leaves less
 * than its own strength behind on a hex we must keep, or less than a hold there needs against
 * the enemy close by (half his attack factors within three hexes, as compute_goals asks).
 * With `gone`, the stack on `target`, the one the unit leaves to strike, is left out: the blow
 * destroyed it. A stack driven back stays within reach and counts. */
static int leave_cost(const struct ai *a, const struct game *g, int id, struct hex target,
                      bool gone)
{
    if (!is_garrison(a, g, id))
        return 0;
    const struct unit *u = &g->units[id];
    int mine = unit_defence_factor(g, id);
    int rest = stack_defence(g, a->side, u->pos, false) - mine;
    int near = attack_near(a, g, u->pos, gone ? &target : NULL);
    return rest < mine || rest < near / 2 + 1 ? a->keep[map_index(g, u->pos)] : 0;
}

/* The first attacker next to the target advances into it if it is emptied: put first the
 * one whose going costs least (strongest first among equals, the order they came in). */
static void order_advance(const struct ai *a, const struct game *g, struct cmd *c)
{
    int best = -1, best_cost = 0;
    for (int i = 0; i < c->nunits; i++) {
        const struct unit *u = &g->units[c->units[i]];
        if (hex_distance(u->pos, c->to) != 1 || g->utypes[u->type].move_class == MOVE_SHIP)
            continue;
        int cost = leave_cost(a, g, c->units[i], c->to, false);
        if (best < 0 || cost < best_cost) {
            best = i;
            best_cost = cost;
        }
    }
    if (best <= 0)
        return;
    int16_t first = c->units[best];
    for (int i = best; i > 0; i--)
        c->units[i] = c->units[i - 1];
    c->units[0] = first;
}

/* Points x10 the attackers next to the target lose with `steps` steps lost: the loss goes each
 * time to the strongest (as combat.c spreads it), and a unit destroyed costs as a defender
 * destroyed does, and what a save objective loses with it. */
static int attacker_loss(const struct ai *a, const struct game *g, const int *adj, int nadj,
                         int steps)
{
    int left[MAX_ATTACKERS], cost = 0;
    for (int i = 0; i < nadj; i++)
        left[i] = g->units[adj[i]].steps;
    while (steps-- > 0) {
        int best = -1, bestf = -1;
        for (int i = 0; i < nadj; i++) {
            int f = unit_attack_at(g, adj[i], left[i]);
            if (left[i] > 0 && f > bestf) {
                bestf = f;
                best = i;
            }
        }
        if (best < 0)
            break;
        int id = adj[best];
        cost += step_value(g, id) * (a->precious[id] ? 2 : 1);
        if (--left[best] == 0)
            cost += 20 + a->dear[id];
    }
    return cost;
}

/* Expected value (points x10 x6) of an attack, from its exact odds, with the advance after it;
 * *hold receives its value with the attackers keeping their hexes (ATTACK_HOLD). */
static int attack_value(const struct ai *a, const struct game *g, const struct cmd *c,
                        const struct combat_preview *p, int *hold)
{
    int def[32], nd = 0;
    int ids[32];
    int n = units_at(g, c->to, ids, 32, false);
    for (int i = 0; i < n; i++)
        if (sides_hostile(g, a->side, g->units[ids[i]].side))
            def[nd++] = ids[i];
    *hold = -1000000;
    if (nd == 0)
        return -1000000;
    int dval = 0, dsteps = 0;
    for (int i = 0; i < nd; i++) {
        dval += step_value(g, def[i]) * g->units[def[i]].steps;
        dsteps += g->units[def[i]].steps;
    }
    int per_def = dval / (dsteps ? dsteps : 1);
    /* bonus for units an objective wants destroyed */
    int ti = map_index(g, c->to);
    int take = ti >= 0 ? a->take[ti] : 0;
    int adj[MAX_ATTACKERS], nadj = 0, leave = 0, leave_gone = 0;
    for (int i = 0; i < c->nunits; i++) {
        const struct unit *u = &g->units[c->units[i]];
        if (hex_distance(u->pos, c->to) == 1 &&
            g->utypes[u->type].move_class != MOVE_SHIP) {
            if (nadj == 0) { /* the advance would take a defender out of a hex we must keep */
                leave = 10 * leave_cost(a, g, c->units[i], c->to, false) / 2;
                leave_gone = 10 * leave_cost(a, g, c->units[i], c->to, true) / 2;
            }
            adj[nadj++] = c->units[i];
        }
    }
    int lose1 = attacker_loss(a, g, adj, nadj, 1), lose2 = attacker_loss(a, g, adj, nadj, 2);
    /* can the defenders get away? */
    bool escape = false;
    for (int d = 0; d < 6 && !escape; d++) {
        struct hex nb = hex_neighbor(c->to, d);
        const struct hexinfo *x = map_get(g, nb);
        if (!x || hex_is_water(x))
            continue;
        int ni = map_index(g, nb);
        if (a->ourzoc[ni])
            continue;
        escape = true;
    }
    int total = 0, advance = 0;
    for (int die = 0; die < 6; die++) {
        int r = p->results[die], v = 0;
        int dl = 0, al = 0;
        bool retreat = false, wipe = false;
        switch (r) {
        case CRT_AL2: al = 2; break;
        case CRT_AL: al = 1; break;
        case CRT_AR: v -= 3 * nadj; break;
        case CRT_EX: al = 1; dl = 1; break;
        case CRT_DR: retreat = true; break;
        case CRT_DL: dl = 1; retreat = true; break;
        case CRT_DL2: dl = 2; retreat = true; break;
        case CRT_DE: wipe = true; break;
        default: break;
        }
        if (nadj == 0)
            al = 0;
        if (wipe)
            dl = dsteps;
        if (retreat) {
            if (escape)
                v += 8 * nd; /* morale lost, maybe routed */
            else
                dl += nd;
        }
        if (dl > dsteps)
            dl = dsteps;
        v += dl * per_def;
        if (dl >= dsteps)
            v += 20 * nd; /* units gone for good */
        bool emptied = dl >= dsteps || (retreat && escape);
        if (emptied && nadj > 0)
            advance += 10 * take + 10 - (dl >= dsteps ? leave_gone : leave);
        v -= al == 2 ? lose2 : al == 1 ? lose1 : 0;
        total += v;
    }
    *hold = total;
    return total + advance;
}

static void try_attack(const struct ai *a, const struct game *g, struct cmd *c,
                       struct attack_eval *best)
{
    order_advance(a, g, c);
    struct combat_preview p;
    if (combat_preview(g, c, &p) != CMD_OK)
        return;
    int hold, ev = attack_value(a, g, c, &p, &hold);
    c->value = 0;
    if (hold > ev) { /* better to strike and keep our hexes than to follow up */
        ev = hold;
        c->value = ATTACK_HOLD;
    }
    /* each adjacent unit used here is not free to attack elsewhere */
    int adj = 0;
    for (int i = 0; i < c->nunits; i++)
        if (hex_distance(g->units[c->units[i]].pos, c->to) == 1)
            adj++;
    ev -= 6 * adj;
    if (ev > best->ev) {
        best->ev = ev;
        best->c = *c;
    }
}

/* The best attack above the level's threshold (CMD_END_PHASE when none). With `sum`, also
 * adds up the best positive value against each enemy stack (a measure of what the side can
 * strike, used by the hard level's lookahead). */
static struct cmd plan_attack(struct ai *a, const struct game *g, int side, int *sum)
{
    struct attack_eval best;
    best.ev = a->k.attack_min;
    best.c = ai_end_phase(side);
    int nh = a->nh;
    uint8_t *seen = calloc((size_t)nh, 1);
    if (!seen)
        return best.c;
    for (int e = 0; e < g->nunits; e++) {
        const struct unit *x = game_unit(g, e);
        if (!x || x->carrier != NO_UNIT || !sides_hostile(g, side, x->side))
            continue;
        int ti = map_index(g, x->pos);
        if (ti < 0 || seen[ti])
            continue;
        seen[ti] = 1;
        /* who can strike this hex: ranged fire first (it risks nothing), then the strongest */
        int cand[MAX_UNITS], nc = 0;
        struct cmd one = order(CMD_ATTACK, side, 0, x->pos);
        one.nunits = 1;
        for (int u = 0; u < g->nunits && nc < 64; u++) {
            const struct unit *y = game_unit(g, u);
            if (!y || y->side != side || hex_distance(y->pos, x->pos) > 8)
                continue;
            one.units[0] = (int16_t)u;
            if (cmd_validate(g, &one) == CMD_OK)
                cand[nc++] = u;
        }
        if (nc == 0)
            continue;
        int key[64];
        for (int i = 0; i < nc; i++) {
            const struct unit *y = &g->units[cand[i]];
            bool ranged = hex_distance(y->pos, x->pos) > 1 ||
                          g->utypes[y->type].move_class == MOVE_SHIP;
            key[i] = (ranged ? 1000 : 0) + unit_attack_factor(g, cand[i]) -
                     (!ranged && is_garrison(a, g, cand[i]) ? 500 : 0);
        }
        for (int i = 1; i < nc; i++)
            for (int j = i; j > 0 && (key[j] > key[j - 1] ||
                                      (key[j] == key[j - 1] && cand[j] < cand[j - 1]));
                 j--) {
                int t = key[j];
                key[j] = key[j - 1];
                key[j - 1] = t;
                t = cand[j];
                cand[j] = cand[j - 1];
                cand[j - 1] = t;
            }
        if (nc > MAX_ATTACKERS)
            nc = MAX_ATTACKERS;
        struct cmd c = order(CMD_ATTACK, side, 0, x->pos);
        struct attack_eval here = {0, c};
        struct attack_eval *into = sum ? &here : &best;
        if (a->k.subsets && nc <= 7) {
            for (int mask = 1; mask < (1 << nc); mask++) {
                c.nunits = 0;
                for (int i = 0; i < nc; i++)
                    if (mask & (1 << i))
                        c.units[c.nunits++] = (int16_t)cand[i];
                try_attack(a, g, &c, into);
            }
        } else {
            for (int k = 1; k <= nc; k++) {
                c.nunits = (uint8_t)k;
                for (int i = 0; i < k; i++)
                    c.units[i] = (int16_t)cand[i];
                try_attack(a, g, &c, into);
            }
        }
        if (sum)
            *sum += here.ev;
    }
    free(seen);
    return best.c;
}

/* ====================================================================== standing */
/* The side's score less the best score of a side hostile to it: the movement and combat
 * plans of a side ahead by the draw band are more careful, and the lookahead scores by it. */
static int score_lead(const struct game *g, int side)
{
    int mine = game_score(g, side), theirs = -1000000;
    for (int s = 0; s < g->nsides; s++)
        if (s != side && sides_hostile(g, side, s)) {
            int v = game_score(g, s);
            if (v > theirs)
                theirs = v;
        }
    return mine - (theirs == -1000000 ? 0 : theirs);
}

/* The level's knobs as the side's standing and its scenario posture set them, for the movement
 * phase (danger) or the combat phase (the least value of an attack). A side ahead on points by
 * the draw band has a win to lose: it weighs its losses more and risks its units only for what
 * is worth it; a side behind must take risks. A careful side always plays as if ahead; a bold
 * one weighs danger half as much, counts no blow at even odds or worse as danger, and attacks
 * down to an expected loss of one point. */
static void set_temper(struct ai *a, const struct game *g, int side, int level, bool combat)
{
    int posture = side >= 0 && side < MAX_SIDES ? g->posture[side] : POSTURE_NORMAL;
    bool ahead = posture == POSTURE_CAREFUL || score_lead(g, side) >= g->rules.draw_band;
    if (combat) {
        if (posture == POSTURE_BOLD)
            a->k.attack_min = ATTACK_MIN_BOLD;
        else if (ahead)
            a->k.attack_min = a->k.attack_min_ahead;
    } else {
        if (ahead)
            a->k.danger_w = a->k.danger_w * a->k.danger_ahead / knobs[level].danger_w;
        if (posture == POSTURE_BOLD) {
            a->k.danger_w /= 2;
            /* a blow at even odds or worse costs the striker more steps than it takes (at
             * 1:1, out of six, it loses a step on AL, AL and EX, we lose one on EX and DL):
             * a bold side stands where the enemy can strike it only so */
            a->k.danger_col = COL_3_2;
        }
    }
}

/* ====================================================================== lookahead (hard) */

/* Tempers the hard level tries in the movement phase: the normal one, a bolder one (less
 * weight on danger, goals kept down to 2:3 odds). A third, more careful temper (danger 60)
 * and a goal floor of 1:2 were tried and drew the AI-against-AI baku1920 games away from the
 * draw band, so they are not used. */
struct temper {
    int danger_w, giveup;
};
#define NTEMPERS 2
static const struct temper tempers[NTEMPERS] = {{30, 100}, {12, 67}};

/* Plans the movement phase from g with candidate v into the queue, playing it out on a->sim:
 * one of the tempers, or (v == NTEMPERS, the hard level's third candidate) every unit moving
 * as the greedy baseline would. */
static void plan_with(struct ai *a, const struct game *g, int side, int level, int v)
{
    a->nq = a->qpos = 0;
    game_copy_state(a->sim, g);
    a->side = side;
    a->level = level;
    a->k = knobs[level];
    if (v == NTEMPERS) {
        /* greedy's moves, played on a->tmp, where the units on a hex of a garrison hint
         * have spent their movement: they keep their posts. The hint stands for a scenario
         * rule the AI cannot see (a rising in a town left empty), which no future it plays
         * out would show. */
        a->nh = g->width * g->height;
        compute_values(a, g);
        game_copy_state(a->tmp, g);
        for (int u = 0; u < g->nunits; u++) {
            const struct unit *x = game_unit(g, u);
            int idx = x && x->side == side ? map_index(g, x->pos) : -1;
            if (idx >= 0 && a->garrison[idx])
                a->tmp->units[u].flags |= UF_MOVED;
        }
        for (int i = 0; i < QMAX; i++) {
            struct cmd c = ai_greedy_next(a->tmp, side, &a->reach);
            if (c.kind == CMD_END_PHASE || !push(a, &c) || game_apply(a->tmp, &c, NULL) != CMD_OK)
                break;
        }
        return;
    }
    if (level == AI_HARD) {
        a->k.danger_w = tempers[v].danger_w;
        a->k.giveup = tempers[v].giveup;
    }
    set_temper(a, g, side, level, false);
    analyse(a, g, side, level);
    plan_moves(a, g);
}

/* The hard level's lookahead: candidates (the tempers and greedy moves), the samples each is
 * played out (fewer in a large scenario: their cost grows with the units) */
#define NCAND (NTEMPERS + 1)
#define ROLL_SAMPLES 4
#define ROLL_UNITS 24 /* samples = ROLL_UNITS / units on the map, 1 to ROLL_SAMPLES */

/* Material: the steps of our units less the enemy's, at their worth (points x60). */
static int material(const struct game *g, int side)
{
    int v = 0;
    for (int u = 0; u < g->nunits; u++) {
        const struct unit *x = game_unit(g, u);
        if (!x || !unit_alive(g, u))
            continue;
        int w = 6 * x->steps * step_value(g, u);
        if (x->side == side)
            v += w;
        else if (sides_hostile(g, side, x->side))
            v -= w;
    }
    return v;
}

static struct cmd plan_combat(struct ai *a, const struct game *g, int side, int level);

/* Plays the position in a->sim, after our planned moves, on to our next movement phase: our
 * combat with the planner at `level`, then every other side's turn with the normal planner
 * (a->sub, its plan cache emptied first, so the outcome depends on the position and k
 * alone). Dice come from a stream keyed on the position and the sample k, never from the
 * rules stream: the AI cannot see the dice the game will roll. Returns the worth of where it
 * ends, points x60: the score lead over the best hostile side and the material (steps at
 * their worth). */
static int rollout(struct ai *a, int side, int level, uint64_t key, int k)
{
    struct game *r = a->roll;
    game_copy_state(r, a->sim);
    rng_derive(&r->rng, key, 0x726f6c6cu, (uint64_t)k);
    a->sub->nq = a->sub->qpos = 0;
    a->sub->qside = -1;
    struct cmd end = ai_end_phase(side);
    if (game_apply(r, &end, NULL) != CMD_OK)
        return 60 * score_lead(r, side) + material(r, side);
    /* every order spends a unit's movement or attack and every phase ends: the bound is a
     * guard, never reached in play */
    for (int i = 0; i < 4 * QMAX && !r->result.over; i++) {
        int s = game_active_side(r);
        if (s < 0 || (s == side && r->phase == PHASE_MOVE))
            break;
        struct cmd c = s == side ? plan_combat(a->sub, r, s, level)
                                 : ai_plan_next(a->sub, r, s, AI_NORMAL);
        if (game_apply(r, &c, NULL) != CMD_OK) {
            struct cmd e = ai_end_phase(s);
            if (game_apply(r, &e, NULL) != CMD_OK)
                break;
        }
    }
    return 60 * score_lead(r, side) + material(r, side);
}

/* Readies the rollouts from g: the scratch games, and the samples (fewer in a large
 * scenario, where each costs more) and the dice key they use. The key is the position's hash
 * without the rules stream's state, so the rollouts' dice do not follow the game's in any
 * way. Returns the samples, 0 when out of memory. */
static int rollout_setup(struct ai *a, const struct game *g, uint64_t *key)
{
    if (!a->roll && !(a->roll = game_new()))
        return 0;
    if (!a->sub && !(a->sub = ai_new()))
        return 0;
    int units = 0;
    for (int u = 0; u < g->nunits; u++)
        if (game_unit(g, u) && unit_alive(g, u))
            units++;
    game_copy_state(a->roll, g);
    memset(&a->roll->rng, 0, sizeof a->roll->rng);
    *key = game_hash(a->roll);
    return clampi(ROLL_UNITS / (units ? units : 1), 1, ROLL_SAMPLES);
}

/* The hard level's pick among its candidate plans for the movement phase from g: each is
 * played out `samples` times, the same dice streams for every candidate, and the one whose
 * outcomes are worth most in sum is kept (ties to the earlier: the normal temper first). */
static int pick_candidate(struct ai *a, const struct game *g, int side, int level)
{
    uint64_t key;
    int samples = rollout_setup(a, g, &key);
    long best = 0;
    int pick = 0;
    for (int v = 0; samples > 0 && v < NCAND; v++) {
        plan_with(a, g, side, level, v);
        long sum = 0;
        for (int k = 0; k < samples; k++)
            sum += rollout(a, side, level, key, k);
        if (v == 0 || sum > best) {
            best = sum;
            pick = v;
        }
    }
    return pick;
}

/* ====================================================================== entry points */
struct ai *ai_new(void)
{
    struct ai *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->sim = game_new();
    a->tmp = game_new();
    if (!a->sim || !a->tmp) {
        ai_free(a);
        return NULL;
    }
    a->qside = -1;
    return a;
}

void ai_free(struct ai *a)
{
    if (!a)
        return;
    game_free(a->sim);
    game_free(a->tmp);
    if (a->roll)
        game_free(a->roll);
    ai_free(a->sub);
    free(a);
}

/* One order of the combat phase from g: the attack with the best expected value, or the
 * phase's end. */
static struct cmd plan_combat(struct ai *a, const struct game *g, int side, int level)
{
    a->nq = a->qpos = 0;
    a->side = side;
    a->level = level;
    a->nh = g->width * g->height;
    a->k = knobs[level];
    set_temper(a, g, side, level, true);
    /* values, zones and precious units matter to the reckoning; threat does not */
    compute_values(a, g);
    memset(a->ourzoc, 0, sizeof a->ourzoc);
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = game_unit(g, i);
        if (!u || u->side != side || !unit_exerts_zoc(g, i))
            continue;
        for (int d = 0; d <= 6; d++) {
            int ni = map_index(g, d == 6 ? u->pos : hex_neighbor(u->pos, d));
            if (ni >= 0)
                a->ourzoc[ni] = 1;
        }
    }
    return plan_attack(a, g, side, NULL);
}

struct cmd ai_plan_next(struct ai *a, const struct game *g, int side, int level)
{
    if (level < AI_EASY || level >= AI_LEVEL_COUNT)
        level = AI_NORMAL;
    if (g->phase == PHASE_COMBAT) {
        return plan_combat(a, g, side, level);
    }
    uint64_t h = game_hash(g);
    if (a->qside == side && a->qlevel == level && a->qpos < a->nq && a->qhash[a->qpos] == h &&
        cmd_validate(g, &a->q[a->qpos]) == CMD_OK)
        return a->q[a->qpos++];
    /* a fresh plan from this position */
    a->qside = side;
    a->qlevel = level;
    int pick = 0;
    if (level == AI_HARD)
        pick = pick_candidate(a, g, side, level);
    plan_with(a, g, side, level, pick);
    if (a->nq > 0 && a->qhash[0] == h && cmd_validate(g, &a->q[0]) == CMD_OK)
        return a->q[a->qpos++];
    a->nq = 0;
    return ai_end_phase(side);
}

struct cmd ai_think(struct ai *a, const struct game *g, int side, int level)
{
    if (g->result.over || !g->started || game_active_side(g) != side)
        return ai_end_phase(side);
    if (level == AI_RANDOM || level == AI_GREEDY) {
        struct cmd c = level == AI_RANDOM ? ai_random_next(g, side, &a->reach)
                                          : ai_greedy_next(g, side, &a->reach);
        return cmd_validate(g, &c) == CMD_OK ? c : ai_end_phase(side);
    }
    struct cmd c = ai_plan_next(a, g, side, level);
    return cmd_validate(g, &c) == CMD_OK ? c : ai_end_phase(side);
}
