/*
 * lb_event.c - the `on` table (event handlers registered while the scenario loads), the
 * resolution of their filters once the map and areas exist, and script_react(): the events
 * game_apply() reported are turned into Lua tables and passed to the matching handlers in
 * registration order. Each handler call is one entry into Lua with its own instruction
 * budget; an error disables that handler and is recorded (script_take_errors), the game goes
 * on. Event tables are built inside a protected call, so even a scenario that has used up its
 * memory cannot make the game panic.
 *
 * Depends on Lua 5.4, sandbox.c, lb_common.c and the rules core.
 */
#include "sandbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

static const char *const event_names[SBE_COUNT] = {
    "turn_begin", "phase_begin", "date", "enter", "captured",
    "destroyed",  "rail_cut",    "attack", "trigger",
};


/* ====================================================================== on.* */
static int on_register(lua_State *L)
{
    struct script *s = sb_script(L);
    int ev = (int)lua_tointeger(L, lua_upvalueindex(1));
    char what[40];
    snprintf(what, sizeof what, "on.%s", event_names[ev]);
    lb_need_loading(L, what);
    int nargs = lua_gettop(L);
    int fn = nargs;
    if (nargs < 1 || lua_type(L, fn) != LUA_TFUNCTION)
        return luaL_error(L, "%s: the last argument must be a function", what);
    struct sb_handler h;
    memset(&h, 0, sizeof h);
    h.event = ev;
    h.filter = SBF_NONE;
    h.area = -1;
    switch (ev) {
    case SBE_DATE: {
        if (nargs != 2 || lua_type(L, 1) != LUA_TTABLE)
            return luaL_error(L, "%s(date, fn): a date table is needed", what);
        static const char *const k[] = {"year", "month", "day"};
        int *dst[] = {&h.date_y, &h.date_m, &h.date_d};
        for (int i = 0; i < 3; i++) {
            int t = lua_getfield(L, 1, k[i]);
            if (t == LUA_TNIL && i == 0) {
                h.date_y = 0; /* the start year, filled in when resolved */
            } else if (!lua_isinteger(L, -1)) {
                return luaL_error(L, "%s: date.%s must be an integer", what, k[i]);
            } else {
                lua_Integer v = lua_tointeger(L, -1);
                if (v < 1 || v > 3000)
                    return luaL_error(L, "%s: date.%s is out of range", what, k[i]);
                *dst[i] = (int)v;
            }
            lua_pop(L, 1);
        }
        int t = lua_getfield(L, 1, "half");
        if (t == LUA_TNIL || (t == LUA_TSTRING && strcmp(lua_tostring(L, -1), "dawn") == 0))
            h.date_half = 0;
        else if (t == LUA_TSTRING && strcmp(lua_tostring(L, -1), "dusk") == 0)
            h.date_half = 1;
        else
            return luaL_error(L, "%s: date.half must be \"dawn\" or \"dusk\"", what);
        lua_pop(L, 1);
        break;
    }
    case SBE_ENTER:
    case SBE_CAPTURED:
        if (nargs == 2 && lua_type(L, 1) == LUA_TSTRING) {
            h.filter = SBF_PLACE; /* place or area: decided when resolved */
            size_t len;
            const char *id = lua_tolstring(L, 1, &len);
            if (len == 0 || len >= ID_LEN)
                return luaL_error(L, "%s: an area or place id of 1..%d bytes", what,
                                  ID_LEN - 1);
            memcpy(h.name, id, len + 1);
        } else if (nargs == 2 && lua_type(L, 1) == LUA_TTABLE) {
            char msg[160];
            if (!lb_to_hex(L, 1, NULL, &h.hex, msg, sizeof msg))
                return luaL_error(L, "%s: %s", what, msg);
            h.filter = SBF_HEX;
        } else if (!(ev == SBE_CAPTURED && (nargs == 1 || (nargs == 2 && lua_isnil(L, 1))))) {
            return luaL_error(L, "%s(area_or_place, fn): an area or place id is needed", what);
        }
        break;
    case SBE_TRIGGER: {
        size_t len;
        if (nargs != 2 || lua_type(L, 1) != LUA_TSTRING)
            return luaL_error(L, "%s(name, fn): a trigger name is needed", what);
        const char *id = lua_tolstring(L, 1, &len);
        if (len == 0 || len >= ID_LEN)
            return luaL_error(L, "%s: a trigger name of 1..%d bytes", what, ID_LEN - 1);
        memcpy(h.name, id, len + 1);
        break;
    }
    default:
        if (nargs != 1)
            return luaL_error(L, "%s(fn) takes just the handler", what);
        break;
    }
    if (s->nhandlers >= SB_MAX_HANDLERS)
        return luaL_error(L, "more than %d event handlers", SB_MAX_HANDLERS);
    if (!sb_where_now(L, h.src, sizeof h.src, &h.line)) {
        h.src[0] = '\0';
        h.line = 0;
    }
    struct sb_handler *nh = realloc(s->handlers, (size_t)(s->nhandlers + 1) * sizeof *nh);
    if (!nh)
        return luaL_error(L, "out of memory");
    s->handlers = nh;
    lua_pushvalue(L, fn);
    h.ref = luaL_ref(L, LUA_REGISTRYINDEX);
    s->handlers[s->nhandlers++] = h;
    return 0;
}

bool lb_resolve_handlers(struct script *s, const struct game *g, struct diag *d)
{
    for (int i = 0; i < s->nhandlers; i++) {
        struct sb_handler *h = &s->handlers[i];
        const char *ev = event_names[h->event];
        if (h->filter == SBF_PLACE) {
            int p = place_by_id(g, h->name);
            int a = area_by_id(g, h->name);
            if (a >= 0) {
                h->filter = SBF_AREA;
                h->area = a;
            } else if (p >= 0) {
                h->hex = g->places[p].pos;
            } else {
                return diag_set(d, h->src, h->line, NULL,
                                "on.%s: '%s' is neither an area nor a place", ev, h->name);
            }
        } else if (h->filter == SBF_HEX && !map_contains(g, h->hex)) {
            int col, row;
            hex_to_offset(h->hex, &col, &row);
            return diag_set(d, h->src, h->line, NULL, "on.%s: hex col %d, row %d is off the map",
                            ev, col, row);
        }
        if (h->event == SBE_DATE) {
            int y = h->date_y ? h->date_y : g->start_year;
            if (h->date_m < 1 || h->date_m > 12 || h->date_d < 1 || h->date_d > 31)
                return diag_set(d, h->src, h->line, NULL, "on.date: %d-%02d-%02d is not a date",
                                y, h->date_m, h->date_d);
            h->date_turn = lb_date_turn(g, y, h->date_m, h->date_d, h->date_half);
            if (h->date_turn < 0 || h->date_turn > g->last_turn)
                return diag_set(d, h->src, h->line, NULL,
                                "on.date: %d-%02d-%02d %s is outside the game (turns 0..%d)", y,
                                h->date_m, h->date_d, h->date_half ? "dusk" : "dawn",
                                g->last_turn);
        }
    }
    return true;
}

/* ====================================================================== dispatch */
static bool filter_match(const struct game *g, const struct sb_handler *h, struct hex at)
{
    switch (h->filter) {
    case SBF_NONE: return true;
    case SBF_AREA: return area_has(g, h->area, at);
    default: return hex_eq(h->hex, at);
    }
}

/* Calls handler h with the event table on top of the stack (popped). */
static void call_handler(struct script *s, struct sb_handler *h)
{
    lua_State *L = s->L;
    if (h->disabled) {
        lua_pop(L, 1);
        return;
    }
    bool outer;
    sb_enter(s, SB_EVENT_BUDGET, &outer);
    lua_rawgeti(L, LUA_REGISTRYINDEX, h->ref);
    lua_insert(L, -2);
    struct diag d;
    if (!sb_pcall(s, 1, 0, &d)) {
        h->disabled = true;
        if (!d.path[0]) {
            snprintf(d.path, sizeof d.path, "%s", h->src);
            d.line = h->line;
        }
        snprintf(d.field, sizeof d.field, "on.%s handler (line %d, now disabled)",
                 event_names[h->event], h->line);
        sb_record_error(s, &d);
    }
    sb_leave(s, outer);
}

static void set_int(lua_State *L, const char *k, lua_Integer v)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}

static void set_side(lua_State *L, const struct game *g, const char *k, int side)
{
    lb_push_side(L, g, side);
    lua_setfield(L, -2, k);
}

static void set_hex(lua_State *L, const char *k, struct hex h)
{
    lb_push_hex(L, h);
    lua_setfield(L, -2, k);
}

static void set_unit(lua_State *L, const struct game *g, const char *k, int id)
{
    if (id >= 0 && id < MAX_UNITS && g->units[id].gen) {
        lb_push_unit(L, g, id);
        lua_setfield(L, -2, k);
    }
}

void lb_fire_trigger(struct script *s, const char *name, int data_idx)
{
    lua_State *L = s->L;
    data_idx = lua_absindex(L, data_idx);
    for (int i = 0; i < s->nhandlers; i++) {
        struct sb_handler *h = &s->handlers[i];
        if (h->event != SBE_TRIGGER || h->disabled || strcmp(h->name, name) != 0)
            continue;
        lua_createtable(L, 0, 2);
        lua_pushstring(L, name);
        lua_setfield(L, -2, "name");
        lua_pushvalue(L, data_idx);
        lua_setfield(L, -2, "data");
        call_handler(s, h);
    }
}

static void dispatch(struct script *s, const struct event *e)
{
    lua_State *L = s->L;
    for (int i = 0; i < s->nhandlers; i++) {
        struct sb_handler *h = &s->handlers[i];
        const struct game *g = s->g;
        if (h->disabled)
            continue;
        switch (e->kind) {
        case EV_TURN_BEGAN:
            if (h->event == SBE_TURN_BEGIN || (h->event == SBE_DATE && !h->fired &&
                                               h->date_turn == e->a)) {
                if (h->event == SBE_DATE)
                    h->fired = true;
                lua_createtable(L, 0, 2);
                set_int(L, "turn", e->a);
                lb_push_date(L, g, e->a);
                lua_setfield(L, -2, "date");
                call_handler(s, h);
            }
            break;
        case EV_PHASE_BEGAN:
            if (h->event == SBE_PHASE_BEGIN) {
                lua_createtable(L, 0, 3);
                set_int(L, "turn", g->turn);
                set_side(L, g, "side", e->side);
                lua_pushstring(L, e->a == PHASE_COMBAT ? "combat" : "move");
                lua_setfield(L, -2, "phase");
                call_handler(s, h);
            }
            break;
        case EV_ENTERED:
        case EV_ADVANCE:
        case EV_RETREAT:
        case EV_DISEMBARKED:
            if (h->event == SBE_ENTER && filter_match(g, h, e->to)) {
                lua_createtable(L, 0, 3);
                set_unit(L, g, "unit", e->unit);
                set_hex(L, "hex", e->to);
                int side = e->unit >= 0 && e->unit < MAX_UNITS ? g->units[e->unit].side
                                                               : e->side;
                set_side(L, g, "side", side);
                call_handler(s, h);
            }
            break;
        case EV_CAPTURED:
            if (h->event == SBE_CAPTURED && filter_match(g, h, e->to)) {
                lua_createtable(L, 0, 3);
                set_hex(L, "hex", e->to);
                set_side(L, g, "side", e->side);
                set_side(L, g, "from", e->side2);
                call_handler(s, h);
            }
            break;
        case EV_DESTROYED:
            if (h->event == SBE_DESTROYED) {
                lua_createtable(L, 0, 3);
                set_unit(L, g, "unit", e->unit);
                set_side(L, g, "side", e->side);
                set_hex(L, "hex", e->to);
                call_handler(s, h);
            }
            break;
        case EV_RAIL_CUT:
            if (h->event == SBE_RAIL_CUT) {
                lua_createtable(L, 0, 2);
                set_hex(L, "hex", e->to);
                set_side(L, g, "side", e->side);
                call_handler(s, h);
            }
            break;
        case EV_ATTACK:
            if (h->event == SBE_ATTACK) {
                lua_createtable(L, 0, 6);
                set_hex(L, "hex", e->to);
                set_side(L, g, "side", e->side);
                set_side(L, g, "defender", e->side2);
                if (e->a >= 0 && e->a < CRT_COLS)
                    lua_pushstring(L, crt_col_names[e->a]);
                else
                    lua_pushinteger(L, e->a);
                lua_setfield(L, -2, "odds");
                set_int(L, "die", e->b);
                lua_pushstring(L, e->text);
                lua_setfield(L, -2, "result");
                call_handler(s, h);
            }
            break;
        default:
            break;
        }
    }
}

static int dispatch_protected(lua_State *L)
{
    dispatch(sb_script(L), lua_touserdata(L, 1));
    return 0;
}

static const char *event_kind_label(int kind)
{
    switch (kind) {
    case EV_TURN_BEGAN: return "turn began";
    case EV_PHASE_BEGAN: return "phase began";
    case EV_ENTERED: return "entered";
    case EV_ADVANCE: return "advance";
    case EV_RETREAT: return "retreat";
    case EV_DISEMBARKED: return "disembarked";
    case EV_CAPTURED: return "captured";
    case EV_DESTROYED: return "destroyed";
    case EV_RAIL_CUT: return "rail cut";
    case EV_ATTACK: return "attack";
    default: return "event";
    }
}

void script_react(struct script *s, const struct game *g, const struct events *ev,
                  script_apply_fn apply, void *ctx)
{
    if (!s || !s->L || !g || !ev || ev->n <= 0 || s->nhandlers == 0)
        return;
    if (s->react_depth >= SB_REACT_DEPTH) {
        struct diag d;
        diag_set(&d, NULL, 0, NULL,
                 "event handlers caused events nested more than %d deep; the deeper ones were "
                 "not handled",
                 SB_REACT_DEPTH);
        sb_record_error(s, &d);
        return;
    }
    /* the caller's buffer may be reused by the effects' own applies: work on a copy */
    int n = ev->n < MAX_EVENTS ? ev->n : MAX_EVENTS;
    struct event *copy = malloc((size_t)n * sizeof *copy);
    if (!copy)
        return;
    memcpy(copy, ev->ev, (size_t)n * sizeof *copy);
    const struct game *pg = s->g;
    script_apply_fn papply = s->apply;
    void *pctx = s->apply_ctx;
    s->g = g;
    s->apply = apply;
    s->apply_ctx = ctx;
    s->react_depth++;
    int top = lua_gettop(s->L);
    for (int i = 0; i < n; i++) {
        /* building the event tables allocates: protected, so that a scenario that has used
         * up its memory gets an error here, not a panic */
        lua_pushcfunction(s->L, dispatch_protected);
        lua_pushlightuserdata(s->L, &copy[i]);
        int st = lua_pcall(s->L, 1, 0, 0);
        if (st != LUA_OK) {
            struct diag d;
            const char *msg = lua_tostring(s->L, -1);
            diag_set(&d, NULL, 0, NULL, "event '%s' not handled: %s",
                     event_kind_label(copy[i].kind),
                     st == LUA_ERRMEM || s->mem_refused ? "memory limit of 64 MiB exceeded"
                                                        : msg ? msg : "error");
            s->mem_refused = false;
            sb_record_error(s, &d);
            lua_settop(s->L, top);
        }
    }
    lua_settop(s->L, top);
    s->react_depth--;
    s->g = pg;
    s->apply = papply;
    s->apply_ctx = pctx;
    free(copy);
}


void lb_open_on(lua_State *L)
{
    lua_createtable(L, 0, SBE_COUNT);
    for (int i = 0; i < SBE_COUNT; i++) {
        lua_pushinteger(L, i);
        lua_pushcclosure(L, on_register, 1);
        lua_setfield(L, -2, event_names[i]);
    }
    lua_createtable(L, 0, 1);
    lua_pushstring(L, "on");
    lua_pushcclosure(L, lb_api_index_missing, 1);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    lua_setglobal(L, "on");
}
