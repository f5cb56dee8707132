/*
 * cmd.c - the one door: commands are validated (cmd_validate answers why not) and applied
 * (game_apply mutates, logs, reports events). Also the text form of a command used by saves
 * and replays, and game_start().
 *
 * Invariant: game_apply() changes nothing when cmd_validate() refuses; every accepted command
 * is appended to the log (unless the game is an AI scratch copy).
 * Depends on libc only.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* ====================================================================== names */
static const char *const kind_names[CMD_KIND_COUNT] = {
    "none",     "move",    "attack",   "entrain",   "detrain",   "embark",  "disembark",
    "cut_rail", "repair",  "end_phase", "spawn",    "remove",    "set_owner", "set_morale",
    "set_steps", "add_score", "end_game", "milestone", "message", "set_var", "set_war",
};

static const char *const status_text[CMD_STATUS_COUNT] = {
    [CMD_OK] = "ok",
    [CMD_ERR_GAME_OVER] = "the game is over",
    [CMD_ERR_BAD_KIND] = "unknown command",
    [CMD_ERR_NOT_YOUR_TURN] = "it is not this side's turn",
    [CMD_ERR_WRONG_PHASE] = "not allowed in this phase",
    [CMD_ERR_NO_UNIT] = "no such unit",
    [CMD_ERR_NOT_YOUR_UNIT] = "the unit belongs to another side",
    [CMD_ERR_OFF_MAP] = "the hex is off the map",
    [CMD_ERR_NO_PATH] = "no legal path there",
    [CMD_ERR_NO_MOVES] = "not enough movement points left",
    [CMD_ERR_ZOC] = "blocked by an enemy zone of control",
    [CMD_ERR_STACKING] = "the hex is full (stacking limit)",
    [CMD_ERR_ENEMY_HEX] = "an enemy unit holds the hex",
    [CMD_ERR_NEUTRAL] = "the hex belongs to a power not at war",
    [CMD_ERR_IMPASSABLE] = "the unit cannot enter that terrain",
    [CMD_ERR_NO_RAIL] = "no railway there",
    [CMD_ERR_RAIL_CUT] = "the track is cut",
    [CMD_ERR_NOT_STATION] = "entraining needs a friendly station",
    [CMD_ERR_RAIL_CAPACITY] = "the railway's capacity for this turn is used up",
    [CMD_ERR_ENTRAINED] = "the unit is on a train",
    [CMD_ERR_NOT_ENTRAINED] = "the unit is not on a train",
    [CMD_ERR_CARRIED] = "the unit is aboard a carrier",
    [CMD_ERR_NOT_CARRIED] = "the unit is not aboard a carrier",
    [CMD_ERR_NO_CAPACITY] = "the carrier has no room",
    [CMD_ERR_NOT_CARRIER] = "that unit cannot carry troops",
    [CMD_ERR_CARRIER_FAR] = "the carrier is not close enough",
    [CMD_ERR_CANT_CARRY] = "this unit cannot be carried",
    [CMD_ERR_NO_TARGET] = "no enemy unit in the target hex",
    [CMD_ERR_NOT_ADJACENT] = "the target is out of reach",
    [CMD_ERR_ALREADY_ATTACKED] = "the unit has already attacked this turn",
    [CMD_ERR_ROUTED] = "the unit is routed",
    [CMD_ERR_NOT_CUT] = "there is nothing to repair",
    [CMD_ERR_ALREADY_CUT] = "the track is already cut",
    [CMD_ERR_BAD_VALUE] = "a value is out of range",
    [CMD_ERR_BAD_SIDE] = "no such side",
    [CMD_ERR_BAD_TYPE] = "no such unit type",
    [CMD_ERR_TOO_MANY] = "a limit of the game is reached",
    [CMD_ERR_ORIGIN] = "that command is reserved for scenario scripts",
};

const char *cmd_status_str(enum cmd_status s)
{
    return (int)s >= 0 && s < CMD_STATUS_COUNT && status_text[s] ? status_text[s] : "unknown";
}

const char *cmd_kind_name(int kind)
{
    return kind >= 0 && kind < CMD_KIND_COUNT ? kind_names[kind] : "?";
}

int cmd_kind_from_name(const char *name)
{
    for (int i = 1; i < CMD_KIND_COUNT; i++)
        if (strcmp(kind_names[i], name) == 0)
            return i;
    return -1;
}

/* ====================================================================== validation */
static bool is_play(int kind)
{
    return kind >= CMD_MOVE && kind <= CMD_END_PHASE;
}

static bool hostile_at(const struct game *g, int side, struct hex h)
{
    int ids[32];
    int n = units_at(g, h, ids, 32, false);
    for (int i = 0; i < n; i++)
        if (sides_hostile(g, side, g->units[ids[i]].side))
            return true;
    return false;
}

static bool neutral_hex(const struct game *g, int side, const struct hexinfo *x)
{
    return x->owner != NO_SIDE && x->owner != side && !sides_hostile(g, side, x->owner);
}

static int carried_steps(const struct game *g, int carrier)
{
    int n = 0;
    for (int i = 0; i < g->nunits; i++)
        if (unit_alive(g, i) && g->units[i].carrier == carrier)
            n += g->units[i].steps;
    return n;
}

/* Why a unit cannot reach `to`, when the search found no path. */
static enum cmd_status no_path_reason(const struct game *g, int unit, struct hex to)
{
    const struct unit *u = &g->units[unit];
    const struct hexinfo *x = map_get(g, to);
    int mc = move_class_of(g, unit);
    if (hostile_at(g, u->side, to))
        return CMD_ERR_ENEMY_HEX;
    if (mc == MOVE_SHIP ? !(x->terrain == TERRAIN_SEA || (x->flags & HEXF_PORT)) : hex_is_water(x))
        return CMD_ERR_IMPASSABLE;
    if (mc == MOVE_RAIL && !x->rail)
        return CMD_ERR_NO_RAIL;
    if (mc == MOVE_RAIL && (x->flags & HEXF_RAIL_CUT))
        return CMD_ERR_RAIL_CUT;
    if (mc != MOVE_SHIP && neutral_hex(g, u->side, x))
        return CMD_ERR_NEUTRAL;
    if (hex_distance(u->pos, to) == 1) {
        int dir = hex_dir_to(u->pos, to);
        if (move_step_cost(g, mc, u->pos, dir) < 0)
            return mc == MOVE_RAIL ? CMD_ERR_RAIL_CUT : CMD_ERR_IMPASSABLE;
        if (move_in_enemy_zoc(g, u->side, u->pos) && move_in_enemy_zoc(g, u->side, to))
            return CMD_ERR_ZOC;
        return CMD_ERR_NO_MOVES;
    }
    return CMD_ERR_NO_PATH;
}

static enum cmd_status own_unit(const struct game *g, const struct cmd *c, int id)
{
    const struct unit *u = game_unit(g, id);
    if (!u)
        return CMD_ERR_NO_UNIT;
    if (u->side != c->side)
        return CMD_ERR_NOT_YOUR_UNIT;
    return CMD_OK;
}

static enum cmd_status validate_move(const struct game *g, const struct cmd *c)
{
    enum cmd_status s = own_unit(g, c, c->unit);
    if (s != CMD_OK)
        return s;
    const struct unit *u = &g->units[c->unit];
    if (u->carrier != NO_UNIT)
        return CMD_ERR_CARRIED;
    if (!map_contains(g, c->to))
        return CMD_ERR_OFF_MAP;
    if (hex_eq(u->pos, c->to))
        return CMD_ERR_BAD_VALUE;
    if (u->mp <= 0)
        return CMD_ERR_NO_MOVES;
    struct reach *r = malloc(sizeof *r);
    if (!r)
        return CMD_ERR_TOO_MANY;
    move_reachable(g, c->unit, r);
    int ti = map_index(g, c->to);
    int cost = r->cost[ti], stop = r->stop[ti];
    free(r);
    if (cost < 0)
        return no_path_reason(g, c->unit, c->to);
    if (stop & 2)
        return CMD_ERR_STACKING;
    return CMD_OK;
}

static enum cmd_status validate_entrain(const struct game *g, const struct cmd *c)
{
    enum cmd_status s = own_unit(g, c, c->unit);
    if (s != CMD_OK)
        return s;
    const struct unit *u = &g->units[c->unit];
    const struct utype *t = &g->utypes[u->type];
    const struct hexinfo *x = map_get(g, u->pos);
    if (u->carrier != NO_UNIT)
        return CMD_ERR_CARRIED;
    if (t->move_class != MOVE_FOOT && t->move_class != MOVE_HORSE)
        return CMD_ERR_CANT_CARRY;
    if (u->flags & UF_ENTRAINED)
        return CMD_ERR_ENTRAINED;
    if (!x->rail || !(x->flags & HEXF_STATION) || x->owner != u->side)
        return CMD_ERR_NOT_STATION;
    if (x->flags & HEXF_RAIL_CUT)
        return CMD_ERR_RAIL_CUT;
    if ((u->flags & (UF_MOVED | UF_ATTACKED)) || u->mp <= 0 || t->mp == 0)
        return CMD_ERR_NO_MOVES; /* a unit that cannot march cannot board a train either */
    if (move_in_enemy_zoc(g, u->side, u->pos))
        return CMD_ERR_ZOC;
    if (g->sides[u->side].rail_used >= g->rules.rail_cap)
        return CMD_ERR_RAIL_CAPACITY;
    return CMD_OK;
}

static enum cmd_status validate_embark(const struct game *g, const struct cmd *c)
{
    enum cmd_status s = own_unit(g, c, c->unit);
    if (s != CMD_OK)
        return s;
    if ((s = own_unit(g, c, c->target)) != CMD_OK)
        return s;
    const struct unit *u = &g->units[c->unit], *k = &g->units[c->target];
    const struct utype *t = &g->utypes[u->type], *kt = &g->utypes[k->type];
    if (c->unit == c->target)
        return CMD_ERR_BAD_VALUE;
    if (t->move_class != MOVE_FOOT && t->move_class != MOVE_HORSE)
        return CMD_ERR_CANT_CARRY;
    if (u->carrier != NO_UNIT)
        return CMD_ERR_CARRIED;
    if (u->flags & UF_ENTRAINED)
        return CMD_ERR_ENTRAINED;
    if (kt->capacity == 0)
        return CMD_ERR_NOT_CARRIER;
    if (k->carrier != NO_UNIT)
        return CMD_ERR_CARRIED;
    if (u->mp <= 0)
        return CMD_ERR_NO_MOVES;
    int dist = hex_distance(u->pos, k->pos);
    if (dist > 1 || (dist == 1 && kt->move_class != MOVE_SHIP))
        return CMD_ERR_CARRIER_FAR;
    if (carried_steps(g, c->target) + u->steps > kt->capacity)
        return CMD_ERR_NO_CAPACITY;
    return CMD_OK;
}

static enum cmd_status validate_disembark(const struct game *g, const struct cmd *c)
{
    enum cmd_status s = own_unit(g, c, c->unit);
    if (s != CMD_OK)
        return s;
    const struct unit *u = &g->units[c->unit];
    if (u->carrier == NO_UNIT)
        return CMD_ERR_NOT_CARRIED;
    const struct hexinfo *x = map_get(g, c->to);
    if (!x)
        return CMD_ERR_OFF_MAP;
    if (hex_distance(u->pos, c->to) > 1)
        return CMD_ERR_CARRIER_FAR;
    if (hex_is_water(x))
        return CMD_ERR_IMPASSABLE;
    if (hostile_at(g, u->side, c->to))
        return CMD_ERR_ENEMY_HEX;
    if (neutral_hex(g, u->side, x))
        return CMD_ERR_NEUTRAL;
    if (stack_count(g, c->to, false) + 1 > g->rules.stack_limit)
        return CMD_ERR_STACKING;
    return CMD_OK;
}

static enum cmd_status validate_cut(const struct game *g, const struct cmd *c, bool repair)
{
    enum cmd_status s = own_unit(g, c, c->unit);
    if (s != CMD_OK)
        return s;
    const struct unit *u = &g->units[c->unit];
    const struct utype *t = &g->utypes[u->type];
    if (u->carrier != NO_UNIT)
        return CMD_ERR_CARRIED;
    if (u->flags & UF_ENTRAINED)
        return CMD_ERR_ENTRAINED;
    if (t->move_class == MOVE_SHIP)
        return CMD_ERR_IMPASSABLE;
    if (u->mp < 2 || (u->flags & UF_ATTACKED))
        return CMD_ERR_NO_MOVES;
    struct hex h = repair ? c->to : u->pos;
    const struct hexinfo *x = map_get(g, h);
    if (!x)
        return CMD_ERR_OFF_MAP;
    if (!x->rail)
        return CMD_ERR_NO_RAIL;
    if (!repair) {
        if (t->move_class == MOVE_RAIL)
            return CMD_ERR_CANT_CARRY; /* trains do not tear up their own road */
        if ((x->flags & HEXF_RAIL_CUT) && !(x->bridge & x->rail & ~x->blown))
            return CMD_ERR_ALREADY_CUT;
        return CMD_OK;
    }
    int dist = hex_distance(u->pos, h);
    if (dist > 1 || (dist == 1 && !(t->flags & UTF_REPAIR)))
        return CMD_ERR_NOT_ADJACENT;
    if (!(x->flags & HEXF_RAIL_CUT) && !(x->blown & x->rail))
        return CMD_ERR_NOT_CUT;
    if (hostile_at(g, u->side, h))
        return CMD_ERR_ENEMY_HEX;
    return CMD_OK;
}

static enum cmd_status validate_script(const struct game *g, const struct cmd *c)
{
    switch (c->kind) {
    case CMD_SPAWN: {
        if (c->utype >= g->nutypes)
            return CMD_ERR_BAD_TYPE;
        if (c->side < 0 || c->side >= g->nsides)
            return CMD_ERR_BAD_SIDE;
        const struct hexinfo *x = map_get(g, c->to);
        if (!x)
            return CMD_ERR_OFF_MAP;
        const struct utype *t = &g->utypes[c->utype];
        if (c->value < 0 || c->value > t->steps)
            return CMD_ERR_BAD_VALUE;
        bool ok = t->move_class == MOVE_SHIP ? (x->terrain == TERRAIN_SEA || (x->flags & HEXF_PORT))
                  : t->move_class == MOVE_RAIL ? x->rail != 0
                                               : !hex_is_water(x);
        if (!ok)
            return CMD_ERR_IMPASSABLE;
        if (hostile_at(g, c->side, c->to))
            return CMD_ERR_ENEMY_HEX;
        if (c->text2[0] && unit_by_key(g, c->text2) >= 0)
            return CMD_ERR_BAD_VALUE;
        int free_slot = g->nunits < MAX_UNITS;
        for (int i = 0; i < g->nunits && !free_slot; i++)
            if (g->units[i].gen == 0)
                free_slot = 1;
        return free_slot ? CMD_OK : CMD_ERR_TOO_MANY;
    }
    case CMD_REMOVE:
        return game_unit(g, c->unit) ? CMD_OK : CMD_ERR_NO_UNIT;
    case CMD_SET_OWNER:
        if (!map_contains(g, c->to))
            return CMD_ERR_OFF_MAP;
        if (c->value < NO_SIDE || c->value >= g->nsides)
            return CMD_ERR_BAD_SIDE;
        /* water is nobody's: no side can hold a sea or lake hex */
        return c->value != NO_SIDE && hex_is_water(map_get(g, c->to)) ? CMD_ERR_BAD_VALUE
                                                                       : CMD_OK;
    case CMD_SET_MORALE:
        if (!game_unit(g, c->unit))
            return CMD_ERR_NO_UNIT;
        return c->value >= 0 && c->value <= 9 ? CMD_OK : CMD_ERR_BAD_VALUE;
    case CMD_SET_STEPS:
        if (!game_unit(g, c->unit))
            return CMD_ERR_NO_UNIT;
        return c->value >= 0 && c->value <= g->utypes[g->units[c->unit].type].steps
                   ? CMD_OK
                   : CMD_ERR_BAD_VALUE;
    case CMD_ADD_SCORE:
        if (c->side < 0 || c->side >= g->nsides)
            return CMD_ERR_BAD_SIDE;
        return c->value >= -10000 && c->value <= 10000 ? CMD_OK : CMD_ERR_BAD_VALUE;
    case CMD_END_GAME:
        return c->value == END_BY_SCORE || (c->value >= NO_SIDE && c->value < g->nsides)
                   ? CMD_OK
                   : CMD_ERR_BAD_SIDE;
    case CMD_MILESTONE:
        if (!c->text[0])
            return CMD_ERR_BAD_VALUE;
        if (c->side < NO_SIDE || c->side >= g->nsides)
            return CMD_ERR_BAD_SIDE;
        return g->nmilestones < MAX_MILESTONES ? CMD_OK : CMD_ERR_TOO_MANY;
    case CMD_MESSAGE:
        if (c->side < NO_SIDE || c->side >= g->nsides)
            return CMD_ERR_BAD_SIDE;
        return c->text[0] ? CMD_OK : CMD_ERR_BAD_VALUE;
    case CMD_SET_VAR: {
        if (!c->text[0] || strlen(c->text) >= ID_LEN)
            return CMD_ERR_BAD_VALUE;
        for (int i = 0; i < g->nvars; i++)
            if (strcmp(g->vars[i].name, c->text) == 0)
                return CMD_OK;
        return g->nvars < MAX_VARS ? CMD_OK : CMD_ERR_TOO_MANY;
    }
    case CMD_SET_WAR: {
        int other = c->value & 0xff;
        if (c->side < 0 || c->side >= g->nsides || other >= g->nsides || other == c->side)
            return CMD_ERR_BAD_SIDE;
        return (c->value >> 8) == 0 || (c->value >> 8) == 1 ? CMD_OK : CMD_ERR_BAD_VALUE;
    }
    default:
        return CMD_ERR_BAD_KIND;
    }
}

enum cmd_status cmd_validate(const struct game *g, const struct cmd *c)
{
    if (!g->started || g->result.over)
        return CMD_ERR_GAME_OVER;
    if (c->kind <= CMD_NONE || c->kind >= CMD_KIND_COUNT)
        return CMD_ERR_BAD_KIND;
    if (c->origin > ORIGIN_SCRIPT)
        return CMD_ERR_BAD_VALUE;
    if (!is_play(c->kind)) {
        if (c->origin != ORIGIN_SCRIPT)
            return CMD_ERR_ORIGIN;
        return validate_script(g, c);
    }
    if (c->origin == ORIGIN_SCRIPT && c->kind == CMD_END_PHASE)
        return CMD_ERR_ORIGIN;
    if (c->origin == ORIGIN_SCRIPT && (c->kind == CMD_CUT_RAIL || c->kind == CMD_REPAIR_RAIL)) {
        /* a scenario's event tears up or mends track on a hex, with no unit and in any phase */
        const struct hexinfo *x = map_get(g, c->to);
        if (!x)
            return CMD_ERR_OFF_MAP;
        if (!x->rail)
            return CMD_ERR_NO_RAIL;
        bool cut = (x->flags & HEXF_RAIL_CUT) || (x->blown & x->rail);
        if (c->kind == CMD_CUT_RAIL)
            return (x->flags & HEXF_RAIL_CUT) ? CMD_ERR_ALREADY_CUT : CMD_OK;
        return cut ? CMD_OK : CMD_ERR_NOT_CUT;
    }
    if (c->origin == ORIGIN_SCRIPT)
        return CMD_ERR_ORIGIN; /* scripts do not move or fight for a side */
    if (c->side != game_active_side(g))
        return CMD_ERR_NOT_YOUR_TURN;
    bool combat = c->kind == CMD_ATTACK;
    if (c->kind != CMD_END_PHASE && combat != (g->phase == PHASE_COMBAT))
        return CMD_ERR_WRONG_PHASE;
    switch (c->kind) {
    case CMD_MOVE:
        return validate_move(g, c);
    case CMD_ATTACK:
        return combat_validate(g, c);
    case CMD_ENTRAIN:
        return validate_entrain(g, c);
    case CMD_DETRAIN: {
        enum cmd_status s = own_unit(g, c, c->unit);
        if (s != CMD_OK)
            return s;
        return (g->units[c->unit].flags & UF_ENTRAINED) ? CMD_OK : CMD_ERR_NOT_ENTRAINED;
    }
    case CMD_EMBARK:
        return validate_embark(g, c);
    case CMD_DISEMBARK:
        return validate_disembark(g, c);
    case CMD_CUT_RAIL:
        return validate_cut(g, c, false);
    case CMD_REPAIR_RAIL:
        return validate_cut(g, c, true);
    case CMD_END_PHASE:
        return CMD_OK;
    default:
        return CMD_ERR_BAD_KIND;
    }
}

/* ====================================================================== applying */
static void copy_trunc(char *dst, size_t n, const char *src)
{
    size_t k = strnlen(src, n - 1);
    memcpy(dst, src, k);
    dst[k] = '\0';
}

static struct event *unit_event(struct events *ev, int kind, const struct game *g, int unit)
{
    struct event *e = ev_push(ev, kind);
    if (e) {
        e->unit = (int16_t)unit;
        e->side = g->units[unit].side;
        e->to = g->units[unit].pos;
    }
    return e;
}

static void set_rail_state(struct game *g, struct hex h, bool cut, struct events *ev, int side)
{
    struct hexinfo *x = map_at(g, h);
    if (cut) {
        x->flags |= HEXF_RAIL_CUT;
        uint8_t blow = (uint8_t)(x->bridge & x->rail & x->river);
        for (int d = 0; d < 6; d++)
            if (blow & (1u << d)) {
                x->blown |= (uint8_t)(1u << d);
                struct hexinfo *y = map_at(g, hex_neighbor(h, d));
                if (y)
                    y->blown |= (uint8_t)(1u << ((d + 3) % 6));
            }
    } else {
        x->flags &= (uint8_t)~HEXF_RAIL_CUT;
        for (int d = 0; d < 6; d++)
            if (x->blown & (1u << d)) {
                struct hexinfo *y = map_at(g, hex_neighbor(h, d));
                if (y)
                    y->blown &= (uint8_t)~(1u << ((d + 3) % 6));
            }
        x->blown = 0;
    }
    struct event *e = ev_push(ev, cut ? EV_RAIL_CUT : EV_RAIL_REPAIRED);
    if (e) {
        e->side = (int8_t)side;
        e->to = h;
    }
}

static void apply_script(struct game *g, const struct cmd *c, struct events *ev)
{
    struct event *e;
    switch (c->kind) {
    case CMD_SPAWN: {
        struct unit_spec s;
        memset(&s, 0, sizeof s);
        snprintf(s.key, sizeof s.key, "%s", c->text2);
        snprintf(s.tag, sizeof s.tag, "%s", c->tag);
        copy_trunc(s.name, sizeof s.name, c->text);
        s.type = c->utype;
        s.side = c->side;
        s.pos = c->to;
        s.steps = (uint8_t)c->value;
        s.morale = -1;
        int id = game_spawn_unit(g, &s);
        if (id >= 0) {
            capture_hex(g, c->side, c->to, ev);
            unit_event(ev, EV_SPAWNED, g, id);
        }
        break;
    }
    case CMD_REMOVE: {
        struct unit *u = &g->units[c->unit];
        for (int i = 0; i < g->nunits; i++)
            if (unit_alive(g, i) && g->units[i].carrier == c->unit)
                g->units[i].carrier = NO_UNIT;
        unit_event(ev, EV_REMOVED, g, c->unit);
        u->steps = 0;
        break;
    }
    case CMD_SET_OWNER: {
        struct hexinfo *x = map_at(g, c->to);
        x->owner = (int8_t)c->value;
        if ((e = ev_push(ev, EV_OWNER))) {
            e->side = (int8_t)c->value;
            e->to = c->to;
        }
        break;
    }
    case CMD_SET_MORALE:
        g->units[c->unit].morale = (uint8_t)c->value;
        if ((e = unit_event(ev, EV_MORALE, g, c->unit)))
            e->a = c->value;
        break;
    case CMD_SET_STEPS: {
        int have = g->units[c->unit].steps;
        if (c->value < have)
            unit_lose_steps(g, c->unit, have - c->value, ev);
        else
            g->units[c->unit].steps = (uint8_t)c->value;
        break;
    }
    case CMD_ADD_SCORE:
        g->sides[c->side].score += c->value;
        if ((e = ev_push(ev, EV_SCORE))) {
            e->side = c->side;
            e->a = c->value;
        }
        break;
    case CMD_END_GAME: {
        const char *why = c->text[0] ? c->text : "scenario";
        if (c->value == END_BY_SCORE)
            victory_decide(g, why, ev);
        else
            game_finish(g, c->value, c->value == NO_SIDE ? 0 : 2, why, ev);
        break;
    }
    case CMD_MILESTONE: {
        struct milestone *m = &g->milestones[g->nmilestones++];
        snprintf(m->name, sizeof m->name, "%s", c->text);
        m->side = c->side;
        m->turn = (int16_t)g->turn;
        if ((e = ev_push(ev, EV_MILESTONE))) {
            e->side = c->side;
            e->a = g->turn;
            snprintf(e->text, sizeof e->text, "%s", c->text);
        }
        break;
    }
    case CMD_MESSAGE:
        if ((e = ev_push(ev, EV_MESSAGE))) {
            e->side = c->side;
            snprintf(e->text, sizeof e->text, "%s", c->text);
        }
        break;
    case CMD_SET_VAR: {
        int i = 0;
        while (i < g->nvars && strcmp(g->vars[i].name, c->text) != 0)
            i++;
        if (i == g->nvars) {
            copy_trunc(g->vars[i].name, sizeof g->vars[i].name, c->text);
            g->nvars++;
        }
        g->vars[i].value = c->value;
        if ((e = ev_push(ev, EV_VAR))) {
            e->a = c->value;
            snprintf(e->text, sizeof e->text, "%s", c->text);
        }
        break;
    }
    case CMD_SET_WAR: {
        int other = c->value & 0xff, war = c->value >> 8;
        game_set_war(g, c->side, other, war != 0);
        if ((e = ev_push(ev, EV_WAR))) {
            e->side = c->side;
            e->side2 = (int8_t)other;
            e->a = war;
        }
        break;
    }
    default:
        break;
    }
}

static void log_append(struct game *g, const struct cmd *c)
{
    if (g->no_log)
        return;
    if (g->nlog == g->caplog) {
        size_t cap = g->caplog ? g->caplog * 2 : 256;
        struct cmd *n = realloc(g->log, cap * sizeof *n);
        if (!n) {
            fprintf(stderr, "baku1920: out of memory\n");
            abort();
        }
        g->log = n;
        g->caplog = cap;
    }
    g->log[g->nlog++] = *c;
}

enum cmd_status game_apply(struct game *g, const struct cmd *c, struct events *ev)
{
    if (ev) {
        ev->n = 0;
        ev->dropped = 0;
    }
    enum cmd_status s = cmd_validate(g, c);
    if (s != CMD_OK)
        return s;
    log_append(g, c);
    struct unit *u = (c->unit >= 0 && c->unit < g->nunits) ? &g->units[c->unit] : NULL;
    switch (c->kind) {
    case CMD_MOVE:
        move_apply(g, c->unit, c->to, ev);
        break;
    case CMD_ATTACK:
        combat_apply(g, c, ev);
        break;
    case CMD_ENTRAIN:
        u->flags |= UF_ENTRAINED;
        u->mp = g->rules.rail_mp;
        g->sides[u->side].rail_used++;
        unit_event(ev, EV_ENTRAINED, g, c->unit);
        break;
    case CMD_DETRAIN:
        u->flags &= (uint8_t)~UF_ENTRAINED;
        u->flags |= UF_MOVED;
        u->mp = 0;
        unit_event(ev, EV_DETRAINED, g, c->unit);
        break;
    case CMD_EMBARK: {
        u->carrier = c->target;
        u->pos = g->units[c->target].pos;
        u->mp = 0;
        u->flags |= UF_MOVED;
        struct event *e = unit_event(ev, EV_EMBARKED, g, c->unit);
        if (e)
            e->unit2 = c->target;
        break;
    }
    case CMD_DISEMBARK: {
        int carrier = u->carrier;
        u->carrier = NO_UNIT;
        move_place(g, c->unit, c->to, ev);
        u->mp = 0;
        u->flags |= UF_MOVED;
        struct event *e = unit_event(ev, EV_DISEMBARKED, g, c->unit);
        if (e)
            e->unit2 = (int16_t)carrier;
        break;
    }
    case CMD_CUT_RAIL:
        if (c->origin == ORIGIN_SCRIPT) {
            set_rail_state(g, c->to, true, ev, c->side);
            break;
        }
        set_rail_state(g, u->pos, true, ev, u->side);
        u->mp = 0;
        u->flags |= UF_MOVED;
        break;
    case CMD_REPAIR_RAIL:
        if (c->origin == ORIGIN_SCRIPT) {
            set_rail_state(g, c->to, false, ev, c->side);
            break;
        }
        set_rail_state(g, c->to, false, ev, u->side);
        u->mp = 0;
        u->flags |= UF_MOVED;
        break;
    case CMD_END_PHASE:
        turn_end_phase(g, ev);
        break;
    default:
        apply_script(g, c, ev);
        break;
    }
    return CMD_OK;
}

bool game_start(struct game *g, uint64_t seed, struct events *ev, struct diag *d)
{
    if (ev) {
        ev->n = 0;
        ev->dropped = 0;
    }
    if (g->started)
        return diag_set(d, NULL, 0, NULL, "the game has already started");
    if (g->width < 1 || g->height < 1)
        return diag_set(d, NULL, 0, "map", "the scenario has no map");
    if (g->nsides < 1)
        return diag_set(d, NULL, 0, "sides", "the scenario has no sides");
    if (g->nutypes < 1)
        return diag_set(d, NULL, 0, "unit_types", "the scenario has no unit types");
    struct diag tmp;
    if (!game_check(g, d ? d : &tmp))
        return false;
    g->seed = seed;
    rng_seed(&g->rng, seed, 0x6261756b75ULL); /* the rules stream */
    g->started = true;
    g->turn = 0;
    g->active = 0;
    g->phase = PHASE_MOVE;
    turn_begin_side(g, ev);
    return true;
}

/* ====================================================================== text form */
static void put_text(char **p, char *end, const char *key, const char *s)
{
    int n = snprintf(*p, (size_t)(end - *p), " %s=", key);
    *p += n < end - *p ? n : end - *p;
    for (; *s && *p < end - 4; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch <= ' ' || ch == '%' || ch == '=' || ch >= 0x7f) {
            snprintf(*p, 4, "%%%02X", ch);
            *p += 3;
        } else {
            *(*p)++ = (char)ch;
        }
    }
    **p = '\0';
}

bool cmd_encode(const struct cmd *c, char *out, size_t outlen)
{
    char buf[512];
    char *p = buf, *end = buf + sizeof buf;
    p += snprintf(p, (size_t)(end - p), "%s o=%d s=%d", cmd_kind_name(c->kind), c->origin,
                  c->side);
    if (c->unit != 0)
        p += snprintf(p, (size_t)(end - p), " u=%d", c->unit);
    if (c->target != 0)
        p += snprintf(p, (size_t)(end - p), " g=%d", c->target);
    if (c->to.q != 0 || c->to.r != 0)
        p += snprintf(p, (size_t)(end - p), " q=%d r=%d", c->to.q, c->to.r);
    if (c->value != 0)
        p += snprintf(p, (size_t)(end - p), " v=%ld", (long)c->value);
    if (c->utype != 0)
        p += snprintf(p, (size_t)(end - p), " t=%d", c->utype);
    if (c->nunits > 0) {
        p += snprintf(p, (size_t)(end - p), " us=");
        for (int i = 0; i < c->nunits && i < MAX_ATTACKERS; i++)
            p += snprintf(p, (size_t)(end - p), i ? ",%d" : "%d", c->units[i]);
    }
    if (c->text[0])
        put_text(&p, end, "x", c->text);
    if (c->text2[0])
        put_text(&p, end, "y", c->text2);
    if (c->tag[0])
        put_text(&p, end, "z", c->tag);
    if (strlen(buf) + 1 > outlen)
        return false;
    memcpy(out, buf, strlen(buf) + 1);
    return true;
}

static bool parse_long(const char *s, long lo, long hi, long *out)
{
    char *e;
    errno = 0;
    long v = strtol(s, &e, 10);
    if (errno || e == s || *e || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

static bool get_text(const char *s, char *out, size_t n)
{
    size_t k = 0;
    while (*s) {
        int ch = (unsigned char)*s;
        if (ch == '%') {
            if (!isxdigit((unsigned char)s[1]) || !isxdigit((unsigned char)s[2]))
                return false;
            char hx[3] = {s[1], s[2], 0};
            ch = (int)strtol(hx, NULL, 16);
            s += 3;
        } else {
            s++;
        }
        if (k + 1 >= n || ch == 0)
            return false;
        out[k++] = (char)ch;
    }
    out[k] = '\0';
    return true;
}

bool cmd_decode(const char *line, struct cmd *c, char *err, size_t errlen)
{
    memset(c, 0, sizeof *c);
    char buf[1024];
    if (strlen(line) >= sizeof buf) {
        snprintf(err, errlen, "command line too long");
        return false;
    }
    snprintf(buf, sizeof buf, "%s", line);
    char *save = NULL;
    char *tok = strtok_r(buf, " \t\r\n", &save);
    if (!tok) {
        snprintf(err, errlen, "empty command");
        return false;
    }
    int kind = cmd_kind_from_name(tok);
    if (kind < 0) {
        snprintf(err, errlen, "unknown command '%.40s'", tok);
        return false;
    }
    c->kind = (uint8_t)kind;
    while ((tok = strtok_r(NULL, " \t\r\n", &save))) {
        char *eq = strchr(tok, '=');
        if (!eq) {
            snprintf(err, errlen, "'%.40s' is not key=value", tok);
            return false;
        }
        *eq = '\0';
        const char *k = tok, *v = eq + 1;
        long n = 0;
        bool ok = true;
        if (!strcmp(k, "o"))
            ok = parse_long(v, 0, ORIGIN_SCRIPT, &n) && ((c->origin = (uint8_t)n), true);
        else if (!strcmp(k, "s"))
            ok = parse_long(v, -1, MAX_SIDES - 1, &n) && ((c->side = (int8_t)n), true);
        else if (!strcmp(k, "u"))
            ok = parse_long(v, -1, MAX_UNITS - 1, &n) && ((c->unit = (int16_t)n), true);
        else if (!strcmp(k, "g"))
            ok = parse_long(v, -1, MAX_UNITS - 1, &n) && ((c->target = (int16_t)n), true);
        else if (!strcmp(k, "q"))
            ok = parse_long(v, -10000, 10000, &n) && ((c->to.q = (int)n), true);
        else if (!strcmp(k, "r"))
            ok = parse_long(v, -10000, 10000, &n) && ((c->to.r = (int)n), true);
        else if (!strcmp(k, "v"))
            ok = parse_long(v, -2147483647L, 2147483647L, &n) && ((c->value = (int32_t)n), true);
        else if (!strcmp(k, "t"))
            ok = parse_long(v, 0, MAX_UTYPES - 1, &n) && ((c->utype = (uint8_t)n), true);
        else if (!strcmp(k, "us")) {
            char list[256];
            snprintf(list, sizeof list, "%s", v);
            char *s2 = NULL;
            for (char *it = strtok_r(list, ",", &s2); it && ok; it = strtok_r(NULL, ",", &s2)) {
                if (c->nunits >= MAX_ATTACKERS || !parse_long(it, 0, MAX_UNITS - 1, &n))
                    ok = false;
                else
                    c->units[c->nunits++] = (int16_t)n;
            }
        } else if (!strcmp(k, "x"))
            ok = get_text(v, c->text, sizeof c->text);
        else if (!strcmp(k, "y"))
            ok = get_text(v, c->text2, sizeof c->text2);
        else if (!strcmp(k, "z"))
            ok = get_text(v, c->tag, sizeof c->tag);
        else {
            snprintf(err, errlen, "unknown field '%.20s'", k);
            return false;
        }
        if (!ok) {
            snprintf(err, errlen, "bad value for '%.20s'", k);
            return false;
        }
    }
    return true;
}
