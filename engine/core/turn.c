/*
 * turn.c - the turn sequence and victory. A turn is half a day (dawn, dusk). Each side in
 * order has a movement phase then a combat phase. At the start of a side's movement phase its
 * reinforcements arrive, its supply is traced (out of supply: attack halved at once, movement
 * halved from the second turn, morale falls from the third, a step is lost every second turn
 * from the fourth), movement points are restored and broken units rally when supplied and
 * clear of the enemy. Dated objectives are judged at the end of their turn; sudden-death
 * objectives end the game when met; after the last turn the scores decide.
 * Depends on libc only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ====================================================================== victory */
static int tagged_alive(const struct game *g, const char *tag)
{
    int n = 0;
    for (int i = 0; i < g->nunits; i++)
        if (unit_alive(g, i) && strcmp(g->units[i].tag, tag) == 0)
            n++;
    for (int i = 0; i < g->nreinf; i++)
        if (!g->reinf[i].done && strcmp(g->reinf[i].spec.tag, tag) == 0)
            n++;
    return n;
}

static int area_owned(const struct game *g, int area, int side)
{
    const struct area *a = &g->areas[area];
    int n = 0;
    for (int i = 0; i < a->count; i++) {
        const struct hexinfo *x = map_get(g, g->area_hexes[a->first + i]);
        if (x && x->owner == side) /* water is never owned */
            n++;
    }
    return n;
}

static bool met_depth(const struct game *g, int idx, int depth)
{
    if (idx < 0 || idx >= g->nobj || depth > 16)
        return false;
    const struct objective *o = &g->obj[idx];
    switch (o->kind) {
    case OBJ_HOLD_AREA:
        return area_owned(g, o->area, o->side) == area_land_count(g, o->area);
    case OBJ_HOLD_N:
        return area_owned(g, o->area, o->side) >= o->n;
    case OBJ_DESTROY_TAG:
        return tagged_alive(g, o->tag) == 0;
    case OBJ_SAVE_TAG:
        return tagged_alive(g, o->tag) >= (o->n > 0 ? o->n : 1);
    case OBJ_AND:
        for (int i = 0; i < o->nkids; i++)
            if (!met_depth(g, o->kids[i], depth + 1))
                return false;
        return true;
    case OBJ_OR:
        for (int i = 0; i < o->nkids; i++)
            if (met_depth(g, o->kids[i], depth + 1))
                return true;
        return false;
    default:
        return false;
    }
}

bool objective_met(const struct game *g, int idx)
{
    return met_depth(g, idx, 0);
}

void game_finish(struct game *g, int winner, int level, const char *reason, struct events *ev)
{
    if (g->result.over)
        return;
    /* freeze the undated objectives so the final score no longer moves */
    for (int i = 0; i < g->nobj; i++)
        if (g->obj[i].top && g->obj[i].by_turn < 0 && g->obj[i].state == OBJ_PENDING)
            g->obj[i].state = objective_met(g, i) ? OBJ_MET : OBJ_FAILED;
    g->result.over = 1;
    g->result.winner = (int8_t)winner;
    g->result.level = (uint8_t)level;
    snprintf(g->result.reason, sizeof g->result.reason, "%s", reason ? reason : "");
    struct event *e = ev_push(ev, EV_GAME_OVER);
    if (e) {
        e->side = (int8_t)winner;
        e->a = level;
        snprintf(e->text, sizeof e->text, "%s", g->result.reason);
    }
}

void victory_decide(struct game *g, const char *reason, struct events *ev)
{
    for (int i = 0; i < g->nobj; i++)
        if (g->obj[i].top && g->obj[i].by_turn < 0 && g->obj[i].state == OBJ_PENDING)
            g->obj[i].state = objective_met(g, i) ? OBJ_MET : OBJ_FAILED;
    int best = NO_SIDE, best_score = 0, second = 0, counted = 0;
    for (int s = 0; s < g->nsides; s++) {
        if (!side_competes(g, s))
            continue;
        int sc = game_score(g, s);
        if (counted == 0 || sc > best_score) {
            if (counted > 0)
                second = best_score;
            best_score = sc;
            best = s;
        } else if (counted == 1 || sc > second) {
            second = sc;
        }
        counted++;
    }
    int lead = counted > 1 ? best_score - second : 0;
    int band = g->rules.draw_band;
    if (counted < 2 || lead < band)
        game_finish(g, NO_SIDE, 0, reason, ev);
    else
        game_finish(g, best, lead >= 2 * band ? 2 : 1, reason, ev);
}

void turn_check_sudden(struct game *g, struct events *ev)
{
    for (int i = 0; i < g->nobj && !g->result.over; i++) {
        const struct objective *o = &g->obj[i];
        if (!o->top || !o->sudden || o->state == OBJ_FAILED)
            continue;
        if (o->state == OBJ_MET || (o->by_turn < 0 && objective_met(g, i)))
            game_finish(g, o->side, 2, o->id, ev);
    }
}

static void judge_dated(struct game *g, struct events *ev)
{
    for (int i = 0; i < g->nobj; i++) {
        struct objective *o = &g->obj[i];
        if (!o->top || o->by_turn != g->turn || o->state != OBJ_PENDING)
            continue;
        o->state = objective_met(g, i) ? OBJ_MET : OBJ_FAILED;
        struct event *e = ev_push(ev, EV_OBJECTIVE);
        if (e) {
            e->side = o->side;
            e->a = i;
            e->b = o->state;
            snprintf(e->text, sizeof e->text, "%s", o->id);
        }
    }
}

/* ====================================================================== upkeep */
static bool free_for(const struct game *g, const struct unit_spec *s, struct hex h)
{
    const struct hexinfo *x = map_get(g, h);
    if (!x)
        return false;
    const struct utype *t = &g->utypes[s->type];
    bool ship = t->move_class == MOVE_SHIP;
    if (ship ? !(x->terrain == TERRAIN_SEA || (x->flags & HEXF_PORT))
             : (t->move_class == MOVE_RAIL ? !x->rail : hex_is_water(x)))
        return false;
    if (!ship && x->owner != NO_SIDE && x->owner != s->side)
        return false;
    int ids[32];
    int n = units_at(g, h, ids, 32, false);
    for (int i = 0; i < n; i++)
        if (sides_hostile(g, s->side, g->units[ids[i]].side))
            return false;
    return stack_count(g, h, ship) < (ship ? g->rules.ship_stack : g->rules.stack_limit);
}

static void arrive(struct game *g, int side, struct events *ev)
{
    for (int i = 0; i < g->nreinf; i++) {
        struct reinf *r = &g->reinf[i];
        if (r->done || r->spec.side != side || r->turn > g->turn)
            continue;
        struct hex spot = r->spec.pos;
        bool found = free_for(g, &r->spec, spot);
        for (int k = 1; k <= 2 && !found; k++) {
            struct hex ring[12];
            int n = hex_ring(r->spec.pos, k, ring, 12);
            for (int j = 0; j < n && !found; j++)
                if (free_for(g, &r->spec, ring[j])) {
                    spot = ring[j];
                    found = true;
                }
        }
        if (!found)
            continue; /* blocked: tries again next turn */
        struct unit_spec s = r->spec;
        s.pos = spot;
        int id = game_spawn_unit(g, &s);
        if (id < 0)
            continue;
        r->done = 1;
        struct event *e = ev_push(ev, EV_REINFORCED);
        if (e) {
            e->unit = (int16_t)id;
            e->side = (int8_t)side;
            e->to = spot;
        }
    }
}

static void upkeep(struct game *g, int side, struct events *ev)
{
    uint8_t *sup = malloc((size_t)(g->width * g->height));
    if (!sup)
        return;
    supply_compute(g, side, sup);
    for (int i = 0; i < g->nunits; i++) {
        struct unit *u = &g->units[i];
        if (!unit_alive(g, i) || u->side != side)
            continue;
        const struct utype *t = &g->utypes[u->type];
        int idx = map_index(g, u->pos);
        bool in = t->move_class == MOVE_SHIP || (t->flags & UTF_SELF_SUPPLY) ||
                  u->carrier != NO_UNIT || (idx >= 0 && sup[idx]);
        bool near_enemy = move_in_enemy_zoc(g, side, u->pos);
        if (in) {
            if (u->supply > 0) {
                struct event *e = ev_push(ev, EV_SUPPLY_RESTORED);
                if (e) {
                    e->unit = (int16_t)i;
                    e->side = u->side;
                    e->to = u->pos;
                }
            }
            u->supply = 0;
            if (!near_enemy) {
                if (u->morale < t->morale)
                    u->morale++;
                if ((u->flags & UF_ROUTED) && u->morale >= 3)
                    u->flags &= (uint8_t)~UF_ROUTED;
            }
        } else {
            if (u->supply == 0) {
                struct event *e = ev_push(ev, EV_SUPPLY_LOST);
                if (e) {
                    e->unit = (int16_t)i;
                    e->side = u->side;
                    e->to = u->pos;
                }
            }
            if (u->supply < 250)
                u->supply++;
            if (u->supply >= 3 && u->morale > 0)
                u->morale--;
            if (u->supply >= 4 && u->supply % 2 == 0)
                unit_lose_steps(g, i, 1, ev);
        }
        if (!unit_alive(g, i))
            continue;
        u->flags &= (uint8_t)~(UF_MOVED | UF_ATTACKED);
        int mp = (u->flags & UF_ENTRAINED) ? g->rules.rail_mp : t->mp;
        if (u->supply >= 2 && !(u->flags & UF_ENTRAINED))
            mp /= 2;
        u->mp = (int16_t)mp;
    }
    free(sup);
}

void turn_begin_side(struct game *g, struct events *ev)
{
    int side = game_active_side(g);
    if (g->active == 0) {
        for (int s = 0; s < g->nsides; s++)
            g->sides[s].rail_used = 0;
        struct event *e = ev_push(ev, EV_TURN_BEGAN);
        if (e)
            e->a = g->turn;
        /* dated peaces */
        for (int a = 0; a < g->nsides; a++)
            for (int b = a + 1; b < g->nsides; b++) {
                if (g->peace_turn[a][b] != g->turn || !sides_hostile(g, a, b))
                    continue;
                game_set_war(g, a, b, false);
                if ((e = ev_push(ev, EV_WAR))) {
                    e->side = (int8_t)a;
                    e->side2 = (int8_t)b;
                    e->a = 0;
                }
            }
    }
    g->phase = PHASE_MOVE;
    arrive(g, side, ev);
    upkeep(g, side, ev);
    struct event *e = ev_push(ev, EV_PHASE_BEGAN);
    if (e) {
        e->side = (int8_t)side;
        e->a = PHASE_MOVE;
    }
}

void turn_end_phase(struct game *g, struct events *ev)
{
    if (g->phase == PHASE_MOVE) {
        g->phase = PHASE_COMBAT;
        struct event *e = ev_push(ev, EV_PHASE_BEGAN);
        if (e) {
            e->side = (int8_t)game_active_side(g);
            e->a = PHASE_COMBAT;
        }
        turn_check_sudden(g, ev);
        return;
    }
    turn_check_sudden(g, ev);
    if (g->result.over)
        return;
    if (++g->active < g->norder) {
        turn_begin_side(g, ev);
        return;
    }
    judge_dated(g, ev);
    turn_check_sudden(g, ev);
    if (g->result.over)
        return;
    if (g->turn >= g->last_turn) {
        victory_decide(g, "the last turn ended", ev);
        return;
    }
    g->turn++;
    g->active = 0;
    turn_begin_side(g, ev);
}
