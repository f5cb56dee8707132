/*
 * combat.c - odds-based combat: the results table, column shifts for terrain, rivers, morale,
 * supply and armored-train fire along the track, step losses, retreat and rout, advance after
 * combat and capture.
 *
 * combat_preview() is pure (the UI shows it before the player commits); combat_apply() draws
 * one d6 from the rules stream. Units attacking from beyond an adjacent hex (trains along the
 * track, ships, artillery with range) fire: they take no losses and never advance.
 * Depends on libc only.
 */
#include <stdio.h>
#include <string.h>

#include "internal.h"

const char *const crt_col_names[CRT_COLS] = {"1:3", "1:2", "1:1", "3:2", "2:1",
                                             "3:1", "4:1", "5:1", "6:1"};

static const char *const result_names[CRT_COUNT] = {"AL2", "AL", "AR", "NE", "EX",
                                                    "DR",  "DL", "DL2", "DE"};

/* Rows are odds columns, entries the result for die 1..6 (high rolls favour the attacker). */
static const uint8_t crt[CRT_COLS][6] = {
    {CRT_AL2, CRT_AL2, CRT_AL, CRT_AL, CRT_AR, CRT_NE},  /* 1:3 */
    {CRT_AL2, CRT_AL, CRT_AL, CRT_AR, CRT_NE, CRT_DR},   /* 1:2 */
    {CRT_AL, CRT_AL, CRT_AR, CRT_EX, CRT_DR, CRT_DL},    /* 1:1 */
    {CRT_AL, CRT_AR, CRT_EX, CRT_DR, CRT_DL, CRT_DL},    /* 3:2 */
    {CRT_AR, CRT_EX, CRT_DR, CRT_DL, CRT_DL, CRT_DL2},   /* 2:1 */
    {CRT_EX, CRT_DR, CRT_DL, CRT_DL, CRT_DL2, CRT_DL2},  /* 3:1 */
    {CRT_DR, CRT_DL, CRT_DL, CRT_DL2, CRT_DL2, CRT_DE},  /* 4:1 */
    {CRT_DL, CRT_DL, CRT_DL2, CRT_DL2, CRT_DE, CRT_DE},  /* 5:1 */
    {CRT_DL, CRT_DL2, CRT_DL2, CRT_DE, CRT_DE, CRT_DE},  /* 6:1 */
};

const char *crt_result_name(int r)
{
    return r >= 0 && r < CRT_COUNT ? result_names[r] : "?";
}

static int base_column(int a, int d)
{
    if (d <= 0)
        return CRT_COLS - 1;
    if (a >= 6 * d)
        return 8;
    if (a >= 5 * d)
        return 7;
    if (a >= 4 * d)
        return 6;
    if (a >= 3 * d)
        return 5;
    if (a >= 2 * d)
        return 4;
    if (2 * a >= 3 * d)
        return 3;
    if (a >= d)
        return 2;
    if (2 * a >= d)
        return 1;
    return 0;
}

/* Is `to` within `range` hexes of `from` along intact track? */
static bool rail_within(const struct game *g, struct hex from, struct hex to, int range)
{
    struct hex frontier[64], nextf[64];
    int nf = 1;
    frontier[0] = from;
    for (int step = 0; step < range; step++) {
        int nn = 0;
        for (int i = 0; i < nf; i++)
            for (int d = 0; d < 6; d++) {
                if (!map_rail_link(g, frontier[i], d))
                    continue;
                struct hex n = hex_neighbor(frontier[i], d);
                if (hex_eq(n, to))
                    return true;
                if (nn < 64)
                    nextf[nn++] = n;
            }
        memcpy(frontier, nextf, sizeof(struct hex) * (size_t)nn);
        nf = nn;
    }
    return false;
}

/* Distance 1 attackers fight; others fire. Returns 0 ok, else a status. */
static enum cmd_status attacker_ok(const struct game *g, const struct cmd *c, int id,
                                   bool *adjacent)
{
    const struct unit *u = game_unit(g, id);
    if (!u)
        return CMD_ERR_NO_UNIT;
    if (u->side != c->side)
        return CMD_ERR_NOT_YOUR_UNIT;
    if (u->carrier != NO_UNIT)
        return CMD_ERR_CARRIED;
    if (u->flags & UF_ENTRAINED)
        return CMD_ERR_ENTRAINED;
    if (u->flags & UF_ATTACKED)
        return CMD_ERR_ALREADY_ATTACKED;
    if (u->flags & UF_ROUTED)
        return CMD_ERR_ROUTED;
    const struct utype *t = &g->utypes[u->type];
    int dist = hex_distance(u->pos, c->to);
    *adjacent = false;
    if (t->move_class == MOVE_RAIL) {
        int range = t->range > 0 ? t->range : 1;
        if (!rail_within(g, u->pos, c->to, range))
            return CMD_ERR_NOT_ADJACENT; /* trains fight only along the track */
        *adjacent = dist == 1;
        return CMD_OK;
    }
    if (t->move_class == MOVE_SHIP) {
        if (dist < 1 || dist > (t->range > 0 ? t->range : 1))
            return CMD_ERR_NOT_ADJACENT;
        return CMD_OK; /* ships always fire */
    }
    if (dist == 1) {
        *adjacent = true;
        return CMD_OK;
    }
    if (dist >= 2 && dist <= t->range)
        return CMD_OK;
    return CMD_ERR_NOT_ADJACENT;
}

static int defenders(const struct game *g, int side, struct hex h, int *out, int max)
{
    int ids[32];
    int n = units_at(g, h, ids, 32, false), k = 0;
    for (int i = 0; i < n; i++)
        if (sides_hostile(g, side, g->units[ids[i]].side) && k < max)
            out[k++] = ids[i];
    return k;
}

enum cmd_status combat_validate(const struct game *g, const struct cmd *c)
{
    if (c->nunits < 1 || c->nunits > MAX_ATTACKERS || c->value < 0 || c->value > ATTACK_HOLD)
        return CMD_ERR_BAD_VALUE;
    if (!map_contains(g, c->to))
        return CMD_ERR_OFF_MAP;
    int def[32];
    if (defenders(g, c->side, c->to, def, 32) == 0)
        return CMD_ERR_NO_TARGET;
    for (int i = 0; i < c->nunits; i++) {
        for (int j = 0; j < i; j++)
            if (c->units[i] == c->units[j])
                return CMD_ERR_BAD_VALUE;
        bool adj;
        enum cmd_status s = attacker_ok(g, c, c->units[i], &adj);
        if (s != CMD_OK)
            return s;
    }
    return CMD_OK;
}

static int clampi(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

enum cmd_status combat_preview(const struct game *g, const struct cmd *c,
                               struct combat_preview *p)
{
    memset(p, 0, sizeof *p);
    enum cmd_status s = combat_validate(g, c);
    if (s != CMD_OK)
        return s;
    int def[32];
    int nd = defenders(g, c->side, c->to, def, 32);
    int att_m = 0, att_n = 0, def_m = 0, all_out = 1, adj_n = 0, river_n = 0, train = 0;
    for (int i = 0; i < c->nunits; i++) {
        int id = c->units[i];
        const struct unit *u = &g->units[id];
        bool adj = false;
        attacker_ok(g, c, id, &adj);
        p->attack += unit_attack_factor(g, id);
        att_m += u->morale;
        att_n++;
        if (adj) {
            adj_n++;
            int dir = hex_dir_to(u->pos, c->to);
            if (dir >= 0 && map_river_crossing(g, u->pos, dir))
                river_n++;
        }
        if (g->utypes[u->type].symbol == SYM_ARMORED_TRAIN)
            train = 1;
    }
    for (int i = 0; i < nd; i++) {
        const struct unit *u = &g->units[def[i]];
        p->defence += unit_defence_factor(g, def[i]);
        def_m += u->morale;
        if (u->supply == 0 || (g->utypes[u->type].flags & UTF_SELF_SUPPLY))
            all_out = 0;
    }
    if (p->defence < 1)
        p->defence = 1;
    p->base_col = base_column(p->attack, p->defence);
    const struct hexinfo *x = map_get(g, c->to);
    switch (x->terrain) {
    case TERRAIN_CITY:
    case TERRAIN_HILLS:
    case TERRAIN_FOREST:
    case TERRAIN_MARSH:
        p->shift_terrain = -1;
        break;
    case TERRAIN_MOUNTAINS:
        p->shift_terrain = -2;
        break;
    default:
        break;
    }
    p->shift_river = (adj_n > 0 && river_n == adj_n) ? -1 : 0;
    p->shift_morale = clampi((att_m / att_n - def_m / nd) / 3, -2, 2);
    p->shift_supply = all_out ? 1 : 0;
    p->shift_train = (train && x->rail) ? 1 : 0;
    p->col = clampi(p->base_col + p->shift_terrain + p->shift_river + p->shift_morale +
                        p->shift_supply + p->shift_train,
                    0, CRT_COLS - 1);
    for (int i = 0; i < 6; i++)
        p->results[i] = crt[p->col][i];
    return CMD_OK;
}

/* ====================================================================== applying */
void unit_lose_steps(struct game *g, int unit, int steps, struct events *ev)
{
    struct unit *u = &g->units[unit];
    if (!unit_alive(g, unit) || steps <= 0)
        return;
    int lost = steps < u->steps ? steps : u->steps;
    u->steps = (uint8_t)(u->steps - lost);
    struct event *e = ev_push(ev, EV_LOSS);
    if (e) {
        e->unit = (int16_t)unit;
        e->side = u->side;
        e->to = u->pos;
        e->a = lost;
    }
    if (u->steps > 0)
        return;
    e = ev_push(ev, EV_DESTROYED);
    if (e) {
        e->unit = (int16_t)unit;
        e->side = u->side;
        e->to = u->pos;
    }
    /* passengers go down with their carrier */
    for (int i = 0; i < g->nunits; i++)
        if (unit_alive(g, i) && g->units[i].carrier == unit) {
            g->units[i].carrier = NO_UNIT;
            unit_lose_steps(g, i, g->units[i].steps, ev);
        }
}

/* Takes `steps` losses from the listed units, strongest first. */
static void spread_losses(struct game *g, const int *ids, int n, int steps, bool attack,
                          struct events *ev)
{
    while (steps-- > 0) {
        int best = -1, bestf = -1;
        for (int i = 0; i < n; i++) {
            if (!unit_alive(g, ids[i]))
                continue;
            int f = attack ? unit_attack_factor(g, ids[i]) : unit_defence_factor(g, ids[i]);
            if (f > bestf) {
                bestf = f;
                best = ids[i];
            }
        }
        if (best < 0)
            return;
        unit_lose_steps(g, best, 1, ev);
    }
}

static void lower_morale(struct game *g, int unit, struct events *ev)
{
    struct unit *u = &g->units[unit];
    if (u->morale > 0)
        u->morale--;
    if (u->morale <= 2 && !(u->flags & UF_ROUTED)) {
        u->flags |= UF_ROUTED;
        struct event *e = ev_push(ev, EV_ROUTED);
        if (e) {
            e->unit = (int16_t)unit;
            e->side = u->side;
            e->to = u->pos;
        }
    }
}

/* One hex away from the attackers, or a lost step when there is nowhere to go. */
static void retreat(struct game *g, int unit, const struct cmd *c, struct events *ev)
{
    struct unit *u = &g->units[unit];
    int mc = move_class_of(g, unit);
    struct hex best = u->pos;
    int best_score = -1000000;
    for (int d = 0; d < 6; d++) {
        struct hex n = hex_neighbor(u->pos, d);
        const struct hexinfo *x = map_get(g, n);
        if (!x || move_step_cost(g, mc, u->pos, d) < 0)
            continue;
        if (mc != MOVE_SHIP && x->owner != NO_SIDE && x->owner != u->side &&
            !sides_hostile(g, u->side, x->owner))
            continue;
        int ids[32];
        int k = units_at(g, n, ids, 32, false);
        bool enemy = false, friend = false;
        for (int i = 0; i < k; i++) {
            if (sides_hostile(g, u->side, g->units[ids[i]].side))
                enemy = true;
            else
                friend = true;
        }
        if (enemy || !move_can_end(g, unit, n))
            continue;
        if (mc != MOVE_SHIP && !friend && move_in_enemy_zoc(g, u->side, n))
            continue;
        int score = 0;
        for (int i = 0; i < c->nunits; i++)
            if (unit_alive(g, c->units[i]))
                score += 10 * hex_distance(g->units[c->units[i]].pos, n);
        if (x->owner == u->side)
            score += 3;
        if (friend)
            score += 2;
        if (score > best_score) {
            best_score = score;
            best = n;
        }
    }
    if (hex_eq(best, u->pos)) {
        unit_lose_steps(g, unit, 1, ev); /* surrounded: it pays in blood */
        if (unit_alive(g, unit))
            lower_morale(g, unit, ev);
        return;
    }
    struct hex from = u->pos;
    move_place(g, unit, best, ev);
    struct event *e = ev_push(ev, EV_RETREAT);
    if (e) {
        e->unit = (int16_t)unit;
        e->side = u->side;
        e->from = from;
        e->to = best;
    }
    lower_morale(g, unit, ev);
}

void combat_apply(struct game *g, const struct cmd *c, struct events *ev)
{
    struct combat_preview p;
    combat_preview(g, c, &p);
    int die = rng_roll(&g->rng, 6);
    int res = p.results[die - 1];
    int def[32];
    int nd = defenders(g, c->side, c->to, def, 32);
    int adj[MAX_ATTACKERS], nadj = 0;
    for (int i = 0; i < c->nunits; i++) {
        bool a = false;
        attacker_ok(g, c, c->units[i], &a);
        if (a)
            adj[nadj++] = c->units[i];
    }
    struct event *e = ev_push(ev, EV_ATTACK);
    if (e) {
        e->side = c->side;
        e->side2 = g->units[def[0]].side;
        e->to = c->to;
        e->a = p.col;
        e->b = die;
        snprintf(e->text, sizeof e->text, "%s", crt_result_name(res));
    }
    for (int i = 0; i < c->nunits; i++)
        g->units[c->units[i]].flags |= UF_ATTACKED;

    int att_loss = 0, def_loss = 0;
    bool def_retreat = false;
    switch (res) {
    case CRT_AL2: att_loss = 2; break;
    case CRT_AL: att_loss = 1; break;
    case CRT_AR:
        for (int i = 0; i < nadj; i++)
            lower_morale(g, adj[i], ev);
        break;
    case CRT_NE: break;
    case CRT_EX: att_loss = 1; def_loss = 1; break;
    case CRT_DR: def_retreat = true; break;
    case CRT_DL: def_loss = 1; def_retreat = true; break;
    case CRT_DL2: def_loss = 2; def_retreat = true; break;
    case CRT_DE: def_loss = 1000; break;
    default: break;
    }
    if (nadj > 0)
        spread_losses(g, adj, nadj, att_loss, true, ev);
    spread_losses(g, def, nd, def_loss, false, ev);
    if (def_retreat)
        for (int i = 0; i < nd; i++)
            if (unit_alive(g, def[i]))
                retreat(g, def[i], c, ev);

    /* advance after combat into an emptied hex, unless the attackers hold their ground */
    int left[32];
    if (c->value == ATTACK_HOLD || defenders(g, c->side, c->to, left, 32) > 0)
        return;
    for (int i = 0; i < nadj; i++) {
        int id = adj[i];
        if (!unit_alive(g, id))
            continue;
        int mc = move_class_of(g, id);
        int dir = hex_dir_to(g->units[id].pos, c->to);
        if (dir < 0 || move_step_cost(g, mc, g->units[id].pos, dir) < 0 ||
            !move_can_end(g, id, c->to))
            continue;
        const struct hexinfo *x = map_get(g, c->to);
        if (x->owner != NO_SIDE && x->owner != c->side && !sides_hostile(g, c->side, x->owner))
            continue;
        struct hex from = g->units[id].pos;
        move_place(g, id, c->to, ev);
        e = ev_push(ev, EV_ADVANCE);
        if (e) {
            e->unit = (int16_t)id;
            e->side = c->side;
            e->from = from;
            e->to = c->to;
        }
        break;
    }
}
