/*
 * lb_api.c - the Lua-callable scenario API (docs/scenario-api.md): the global functions
 * (include, option, T, sorted_pairs, print, api_version), the query and effect tables
 * (game, unit, hex, rng), unit handles ("b20.Unit"), the event registry (on.*) and the
 * dispatch of game events to handlers (script_react).
 *
 * Bindings follow one shape: check every argument, then do one thing, then push results.
 * Queries read `const struct game *` only. Effects build a struct cmd with origin
 * ORIGIN_SCRIPT and hand it to the session's apply callback; a refused command raises a Lua
 * error naming cmd_status_str(). Nothing here writes into struct game.
 *
 * Depends on Lua 5.4, sandbox.c and the rules core (game.h, hex.h, rng.h).
 */
#include "sandbox.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#define UNIT_MT "b20.Unit"

static const char *const event_names[SBE_COUNT] = {
    "turn_begin", "phase_begin", "date", "enter", "captured",
    "destroyed",  "rail_cut",    "attack", "trigger",
};

/* ====================================================================== helpers */
static struct script *S(lua_State *L)
{
    return sb_script(L);
}

/* The game to query: only inside event handlers. */
static const struct game *need_game(lua_State *L, const char *what)
{
    struct script *s = S(L);
    if (!s->g)
        luaL_error(L, "%s is only available in event handlers, not while the scenario loads",
                   what);
    return s->g;
}

static void need_loading(lua_State *L, const char *what)
{
    if (!S(L)->loading)
        luaL_error(L, "%s can only be used while the scenario loads (at the top level of "
                      "scenario.lua or an included file)",
                   what);
}

void lb_push_hex(lua_State *L, struct hex h)
{
    int col, row;
    hex_to_offset(h, &col, &row);
    lua_createtable(L, 0, 2);
    lua_pushinteger(L, col);
    lua_setfield(L, -2, "col");
    lua_pushinteger(L, row);
    lua_setfield(L, -2, "row");
}

bool lb_to_hex(lua_State *L, int idx, const struct game *g, struct hex *out, char *msg,
               size_t msglen)
{
    idx = lua_absindex(L, idx);
    if (lua_type(L, idx) == LUA_TSTRING) {
        const char *id = lua_tostring(L, idx);
        int p = g ? place_by_id(g, id) : -1;
        if (p < 0)
            return snprintf(msg, msglen, "unknown place '%s'", id), false;
        *out = g->places[p].pos;
        return true;
    }
    if (lua_type(L, idx) != LUA_TTABLE)
        return snprintf(msg, msglen, "hex expected ({col = C, row = R} or a place id), got %s",
                        luaL_typename(L, idx)),
               false;
    lua_Integer v[2];
    static const char *const k[2] = {"col", "row"};
    for (int i = 0; i < 2; i++) {
        int t = lua_getfield(L, idx, k[i]);
        int isnum = 0;
        v[i] = lua_tointegerx(L, -1, &isnum);
        lua_pop(L, 1);
        if (t != LUA_TNUMBER || !isnum)
            return snprintf(msg, msglen, "hex needs an integer '%s'", k[i]), false;
        if (v[i] < -10000 || v[i] > 10000)
            return snprintf(msg, msglen, "hex '%s' = %lld is far off the map", k[i],
                            (long long)v[i]),
                   false;
    }
    *out = hex_from_offset((int)v[0], (int)v[1]);
    if (g && !map_contains(g, *out))
        return snprintf(msg, msglen, "hex col %lld, row %lld is off the map (%dx%d)",
                        (long long)v[0], (long long)v[1], g->width, g->height),
               false;
    return true;
}

static struct hex check_hex(lua_State *L, int idx, const struct game *g)
{
    struct hex h;
    char msg[160];
    if (!lb_to_hex(L, idx, g, &h, msg, sizeof msg))
        luaL_argerror(L, idx, msg);
    return h;
}

static int check_side(lua_State *L, int idx, const struct game *g)
{
    const char *id = luaL_checkstring(L, idx);
    int side = side_by_id(g, id);
    if (side < 0)
        luaL_argerror(L, idx, lua_pushfstring(L, "unknown side '%s'", id));
    return side;
}

static int opt_side(lua_State *L, int idx, const struct game *g)
{
    return lua_isnoneornil(L, idx) ? NO_SIDE : check_side(L, idx, g);
}

static int check_area(lua_State *L, int idx, const struct game *g)
{
    const char *id = luaL_checkstring(L, idx);
    int a = area_by_id(g, id);
    if (a < 0)
        luaL_argerror(L, idx, lua_pushfstring(L, "unknown area '%s'", id));
    return a;
}

static void copy_text(lua_State *L, int idx, char *dst, size_t n, const char *what)
{
    size_t len;
    const char *t = luaL_checklstring(L, idx, &len);
    if (len == 0 || len >= n || strlen(t) != len)
        luaL_argerror(L, idx, lua_pushfstring(L, "%s must be 1..%d bytes", what, (int)n - 1));
    memcpy(dst, t, len + 1);
}

static void push_side(lua_State *L, const struct game *g, int side)
{
    if (side >= 0 && side < g->nsides)
        lua_pushstring(L, g->sides[side].id);
    else
        lua_pushnil(L);
}

static void push_date(lua_State *L, const struct game *g, int turn)
{
    int y, m, d, half;
    game_date(g, turn, &y, &m, &d, &half);
    lua_createtable(L, 0, 4);
    lua_pushinteger(L, y);
    lua_setfield(L, -2, "year");
    lua_pushinteger(L, m);
    lua_setfield(L, -2, "month");
    lua_pushinteger(L, d);
    lua_setfield(L, -2, "day");
    lua_pushstring(L, half ? "dusk" : "dawn");
    lua_setfield(L, -2, "half");
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int lb_date_turn(const struct game *g, int y, int m, int d, int half)
{
    long days = days_from_civil(y, m, d) -
                days_from_civil(g->start_year, g->start_month, g->start_day);
    long t = days * 2 + half - g->start_half;
    if (t < -100000)
        t = -100000;
    if (t > 100000)
        t = 100000;
    return (int)t;
}

/* ====================================================================== unit handles */
struct unit_ref {
    int id;
    uint16_t gen;
};

static void push_unit(lua_State *L, const struct game *g, int id)
{
    struct unit_ref *r = lua_newuserdatauv(L, sizeof *r, 0);
    r->id = id;
    r->gen = (id >= 0 && id < MAX_UNITS) ? g->units[id].gen : 0;
    luaL_setmetatable(L, UNIT_MT);
}

/* The unit slot behind a handle; dead units are returned too (alive tells). */
static const struct unit *handle_unit(lua_State *L, int idx, int *id, bool *alive)
{
    struct unit_ref *r = luaL_checkudata(L, idx, UNIT_MT);
    const struct game *g = need_game(L, "a unit handle");
    if (r->id < 0 || r->id >= MAX_UNITS || r->gen == 0 || g->units[r->id].gen != r->gen)
        luaL_error(L, "unit #%d is gone (its slot was reused)", r->id);
    *id = r->id;
    *alive = unit_alive(g, r->id) && g->units[r->id].steps > 0;
    return &g->units[r->id];
}

static int live_unit(lua_State *L, int idx, const char *what)
{
    int id;
    bool alive;
    const struct unit *u = handle_unit(L, idx, &id, &alive);
    if (!alive)
        luaL_error(L, "%s: unit '%s' is no longer in the game", what, u->key);
    return id;
}

static void apply_cmd(lua_State *L, struct cmd *c, const char *what)
{
    struct script *s = S(L);
    if (!s->apply || !s->g)
        luaL_error(L, "%s is only available in event handlers, not while the scenario loads",
                   what);
    c->origin = ORIGIN_SCRIPT;
    enum cmd_status st = s->apply(s->apply_ctx, c);
    if (st != CMD_OK)
        luaL_error(L, "%s refused: %s", what, cmd_status_str(st));
}

static int unit_remove(lua_State *L)
{
    int id = live_unit(L, 1, "remove");
    struct cmd c = {0};
    c.kind = CMD_REMOVE;
    c.side = S(L)->g->units[id].side;
    c.unit = (int16_t)id;
    apply_cmd(L, &c, "u:remove");
    return 0;
}

static int unit_set_morale(lua_State *L)
{
    int id = live_unit(L, 1, "set_morale");
    lua_Integer v = luaL_checkinteger(L, 2);
    luaL_argcheck(L, v >= 0 && v <= 9, 2, "morale must be 0..9");
    struct cmd c = {0};
    c.kind = CMD_SET_MORALE;
    c.side = S(L)->g->units[id].side;
    c.unit = (int16_t)id;
    c.value = (int32_t)v;
    apply_cmd(L, &c, "u:set_morale");
    return 0;
}

static int unit_set_steps(lua_State *L)
{
    int id = live_unit(L, 1, "set_steps");
    lua_Integer v = luaL_checkinteger(L, 2);
    luaL_argcheck(L, v >= 0 && v <= 12, 2, "steps must be 0..12");
    struct cmd c = {0};
    c.kind = CMD_SET_STEPS;
    c.side = S(L)->g->units[id].side;
    c.unit = (int16_t)id;
    c.value = (int32_t)v;
    apply_cmd(L, &c, "u:set_steps");
    return 0;
}

static int unit_index(lua_State *L)
{
    int id;
    bool alive;
    const struct unit *u = handle_unit(L, 1, &id, &alive);
    const struct game *g = S(L)->g;
    const char *k = luaL_checkstring(L, 2);
    if (strcmp(k, "id") == 0)
        lua_pushinteger(L, id);
    else if (strcmp(k, "key") == 0)
        lua_pushstring(L, u->key);
    else if (strcmp(k, "name") == 0)
        lua_pushstring(L, u->name);
    else if (strcmp(k, "side") == 0)
        push_side(L, g, u->side);
    else if (strcmp(k, "type") == 0)
        lua_pushstring(L, u->type < g->nutypes ? g->utypes[u->type].id : "?");
    else if (strcmp(k, "tag") == 0)
        lua_pushstring(L, u->tag);
    else if (strcmp(k, "steps") == 0)
        lua_pushinteger(L, alive ? u->steps : 0);
    else if (strcmp(k, "morale") == 0)
        lua_pushinteger(L, u->morale);
    else if (strcmp(k, "hex") == 0)
        lb_push_hex(L, u->pos);
    else if (strcmp(k, "alive") == 0)
        lua_pushboolean(L, alive);
    else if (strcmp(k, "remove") == 0)
        lua_pushcfunction(L, unit_remove);
    else if (strcmp(k, "set_morale") == 0)
        lua_pushcfunction(L, unit_set_morale);
    else if (strcmp(k, "set_steps") == 0)
        lua_pushcfunction(L, unit_set_steps);
    else
        return luaL_error(L, "a unit has no field '%s'", k);
    return 1;
}

static int unit_newindex(lua_State *L)
{
    return luaL_error(L, "unit handles are read-only: use u:set_morale, u:set_steps or "
                         "u:remove");
}

static int unit_eq(lua_State *L)
{
    struct unit_ref *a = luaL_checkudata(L, 1, UNIT_MT);
    struct unit_ref *b = luaL_checkudata(L, 2, UNIT_MT);
    lua_pushboolean(L, a->id == b->id && a->gen == b->gen);
    return 1;
}

static int unit_tostring(lua_State *L)
{
    struct unit_ref *r = luaL_checkudata(L, 1, UNIT_MT);
    const struct game *g = S(L)->g;
    if (g && r->id >= 0 && r->id < MAX_UNITS && g->units[r->id].gen == r->gen)
        lua_pushfstring(L, "unit '%s' (#%d)", g->units[r->id].key, r->id);
    else
        lua_pushfstring(L, "unit #%d", r->id);
    return 1;
}

/* unit.spawn{ id, name, side, type, at, steps?, morale? } */
static int unit_spawn(lua_State *L)
{
    const struct game *g = need_game(L, "unit.spawn");
    luaL_checktype(L, 1, LUA_TTABLE);
    static const char *const keys[] = {"id", "name", "side", "type", "at", "steps", "morale",
                                       "tag", NULL};
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        bool known = false;
        if (lua_type(L, -2) == LUA_TSTRING)
            for (int i = 0; keys[i]; i++)
                if (strcmp(keys[i], lua_tostring(L, -2)) == 0)
                    known = true;
        if (!known)
            return luaL_error(L, "unit.spawn: unknown field '%s'",
                              lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?");
        lua_pop(L, 1);
    }
    struct cmd c = {0};
    c.kind = CMD_SPAWN;
    lua_getfield(L, 1, "id");
    copy_text(L, -1, c.text2, sizeof c.text2, "unit.spawn: 'id'");
    lua_getfield(L, 1, "name");
    if (lua_isnil(L, -1))
        snprintf(c.text, sizeof c.text, "%s", c.text2);
    else
        copy_text(L, -1, c.text, sizeof c.text, "unit.spawn: 'name'");
    lua_getfield(L, 1, "side");
    c.side = (int8_t)check_side(L, -1, g);
    lua_getfield(L, 1, "type");
    const char *ty = luaL_checkstring(L, -1);
    int t = utype_by_id(g, ty);
    if (t < 0)
        return luaL_error(L, "unit.spawn: unknown unit type '%s'", ty);
    c.utype = (uint8_t)t;
    lua_getfield(L, 1, "at");
    char msg[160];
    if (!lb_to_hex(L, -1, g, &c.to, msg, sizeof msg))
        return luaL_error(L, "unit.spawn: 'at': %s", msg);
    lua_getfield(L, 1, "steps");
    if (!lua_isnil(L, -1)) {
        lua_Integer v = luaL_checkinteger(L, -1);
        if (v < 1 || v > g->utypes[t].steps)
            return luaL_error(L, "unit.spawn: 'steps' must be 1..%d", g->utypes[t].steps);
        c.value = (int32_t)v;
    }
    lua_getfield(L, 1, "morale");
    lua_Integer morale = -1;
    if (!lua_isnil(L, -1)) {
        morale = luaL_checkinteger(L, -1);
        if (morale < 0 || morale > 9)
            return luaL_error(L, "unit.spawn: 'morale' must be 0..9");
    }
    lua_getfield(L, 1, "tag");
    char tag[ID_LEN] = "";
    if (!lua_isnil(L, -1))
        copy_text(L, -1, tag, sizeof tag, "unit.spawn: 'tag'");
    lua_settop(L, 1);
    if (unit_by_key(g, c.text2) >= 0)
        return luaL_error(L, "unit.spawn: a unit with id '%s' already exists", c.text2);
    apply_cmd(L, &c, "unit.spawn");
    int id = unit_by_key(S(L)->g, c.text2);
    if (id < 0)
        return luaL_error(L, "unit.spawn: the unit '%s' did not appear", c.text2);
    if (morale >= 0) {
        struct cmd m = {0};
        m.kind = CMD_SET_MORALE;
        m.side = c.side;
        m.unit = (int16_t)id;
        m.value = (int32_t)morale;
        apply_cmd(L, &m, "unit.spawn (morale)");
    }
    if (tag[0] && strcmp(S(L)->g->units[id].tag, tag) != 0 && !S(L)->deprecated_warned[1]) {
        /* the spawn command of this engine carries no tag (see docs/modding.md) */
        S(L)->deprecated_warned[1] = true;
        sb_log(S(L), "unit.spawn: the tag '%s' of '%s' is not kept: spawned units are untagged "
                     "in API %d",
               tag, c.text2, SB_API_VERSION);
    }
    push_unit(L, S(L)->g, id);
    return 1;
}

/* ====================================================================== game: queries */
static int game_turn_q(lua_State *L)
{
    lua_pushinteger(L, need_game(L, "game.turn")->turn);
    return 1;
}

static int game_date_q(lua_State *L)
{
    const struct game *g = need_game(L, "game.date");
    push_date(L, g, g->turn);
    return 1;
}

static int game_active_side_q(lua_State *L)
{
    const struct game *g = need_game(L, "game.active_side");
    push_side(L, g, game_active_side(g));
    return 1;
}

static int game_score_q(lua_State *L)
{
    const struct game *g = need_game(L, "game.score");
    lua_pushinteger(L, game_score(g, check_side(L, 1, g)));
    return 1;
}

static int game_var_q(lua_State *L)
{
    const struct game *g = need_game(L, "game.var");
    const char *name = luaL_checkstring(L, 1);
    lua_Integer def = luaL_optinteger(L, 2, 0);
    if (def < INT32_MIN || def > INT32_MAX)
        return luaL_argerror(L, 2, "default out of the 32-bit range");
    lua_pushinteger(L, game_var(g, name, (int)def));
    return 1;
}

static int game_owner_q(lua_State *L)
{
    const struct game *g = need_game(L, "game.owner");
    struct hex h = check_hex(L, 1, g);
    push_side(L, g, map_get(g, h)->owner);
    return 1;
}

static void push_unit_list(lua_State *L, const struct game *g, const int *ids, int n)
{
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        push_unit(L, g, ids[i]);
        lua_rawseti(L, -2, i + 1);
    }
}

static int game_units_at_q(lua_State *L)
{
    const struct game *g = need_game(L, "game.units_at");
    struct hex h = check_hex(L, 1, g);
    int ids[MAX_UNITS];
    int n = units_at(g, h, ids, MAX_UNITS, true);
    /* id order, whatever order the core reports */
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && ids[j - 1] > ids[j]; j--) {
            int t = ids[j];
            ids[j] = ids[j - 1];
            ids[j - 1] = t;
        }
    push_unit_list(L, g, ids, n);
    return 1;
}

static int game_units_in_q(lua_State *L)
{
    const struct game *g = need_game(L, "game.units_in");
    int a = check_area(L, 1, g);
    int ids[MAX_UNITS], n = 0;
    for (int i = 0; i < g->nunits; i++)
        if (game_unit(g, i) && area_has(g, a, g->units[i].pos))
            ids[n++] = i;
    push_unit_list(L, g, ids, n);
    return 1;
}

static int game_units_q(lua_State *L)
{
    const struct game *g = need_game(L, "game.units");
    int side = opt_side(L, 1, g);
    int ids[MAX_UNITS], n = 0;
    for (int i = 0; i < g->nunits; i++)
        if (game_unit(g, i) && (side == NO_SIDE || g->units[i].side == side))
            ids[n++] = i;
    push_unit_list(L, g, ids, n);
    return 1;
}

static int game_hex_q(lua_State *L)
{
    const struct game *g = need_game(L, "game.hex");
    const char *id = luaL_checkstring(L, 1);
    int p = place_by_id(g, id);
    if (p < 0)
        return luaL_argerror(L, 1, lua_pushfstring(L, "unknown place '%s'", id));
    lb_push_hex(L, g->places[p].pos);
    return 1;
}

static int game_at_war_q(lua_State *L)
{
    const struct game *g = need_game(L, "game.at_war");
    int a = check_side(L, 1, g), b = check_side(L, 2, g);
    lua_pushboolean(L, sides_hostile(g, a, b));
    return 1;
}

/* ====================================================================== game: effects */
static int game_message_e(lua_State *L)
{
    const struct game *g = need_game(L, "game.message");
    struct cmd c = {0};
    c.kind = CMD_MESSAGE;
    copy_text(L, 1, c.text, sizeof c.text, "a message key");
    c.side = (int8_t)opt_side(L, 2, g);
    apply_cmd(L, &c, "game.message");
    return 0;
}

static int game_milestone_e(lua_State *L)
{
    const struct game *g = need_game(L, "game.milestone");
    struct cmd c = {0};
    c.kind = CMD_MILESTONE;
    copy_text(L, 1, c.text, sizeof c.text, "a milestone name");
    c.side = (int8_t)opt_side(L, 2, g);
    apply_cmd(L, &c, "game.milestone");
    return 0;
}

static int add_score(lua_State *L, const char *what)
{
    const struct game *g = need_game(L, what);
    struct cmd c = {0};
    c.kind = CMD_ADD_SCORE;
    c.side = (int8_t)check_side(L, 1, g);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_argcheck(L, n >= -10000 && n <= 10000, 2, "points must be -10000..10000");
    c.value = (int32_t)n;
    apply_cmd(L, &c, what);
    return 0;
}

static int game_add_score_e(lua_State *L)
{
    return add_score(L, "game.add_score");
}

static int game_set_var_e(lua_State *L)
{
    need_game(L, "game.set_var");
    struct cmd c = {0};
    c.kind = CMD_SET_VAR;
    copy_text(L, 1, c.text, ID_LEN, "a variable name");
    lua_Integer v = luaL_checkinteger(L, 2);
    luaL_argcheck(L, v >= INT32_MIN && v <= INT32_MAX, 2, "out of the 32-bit range");
    c.value = (int32_t)v;
    apply_cmd(L, &c, "game.set_var");
    return 0;
}

static int game_set_owner_e(lua_State *L)
{
    const struct game *g = need_game(L, "game.set_owner");
    struct cmd c = {0};
    c.kind = CMD_SET_OWNER;
    c.to = check_hex(L, 1, g);
    c.value = opt_side(L, 2, g);
    apply_cmd(L, &c, "game.set_owner");
    return 0;
}

static int game_set_war_e(lua_State *L)
{
    const struct game *g = need_game(L, "game.set_war");
    int a = check_side(L, 1, g), b = check_side(L, 2, g);
    luaL_checktype(L, 3, LUA_TBOOLEAN);
    luaL_argcheck(L, a != b, 2, "a side cannot be at war with itself");
    struct cmd c = {0};
    c.kind = CMD_SET_WAR;
    c.side = (int8_t)a;
    c.value = b | (lua_toboolean(L, 3) ? 1 << 8 : 0);
    apply_cmd(L, &c, "game.set_war");
    return 0;
}

static int game_end_game_e(lua_State *L)
{
    const struct game *g = need_game(L, "game.end_game");
    struct cmd c = {0};
    c.kind = CMD_END_GAME;
    c.value = opt_side(L, 1, g);
    c.side = (int8_t)(c.value >= 0 ? c.value : NO_SIDE);
    copy_text(L, 2, c.text, sizeof c.text, "the reason");
    apply_cmd(L, &c, "game.end_game");
    return 0;
}

static void dispatch_trigger(struct script *s, const char *name, int data_idx);

static int game_fire_e(lua_State *L)
{
    struct script *s = S(L);
    need_game(L, "game.fire");
    size_t len;
    const char *name = luaL_checklstring(L, 1, &len);
    luaL_argcheck(L, len > 0 && len < ID_LEN, 1, "a trigger name of 1..23 bytes");
    lua_settop(L, 2);
    if (s->react_depth >= SB_REACT_DEPTH)
        return luaL_error(L, "game.fire: triggers nested more than %d deep", SB_REACT_DEPTH);
    s->react_depth++;
    dispatch_trigger(s, name, 2);
    s->react_depth--;
    return 0;
}

/* A deprecated name: logs once which name replaces it, then does the same thing. */
static int deprecated_add_vp(lua_State *L)
{
    struct script *s = S(L);
    if (!s->deprecated_warned[0]) {
        s->deprecated_warned[0] = true;
        char path[DIAG_PATH_LEN];
        int line = 0;
        if (sb_where_now(L, path, sizeof path, &line))
            sb_log(s, "%s:%d: game.add_vp is deprecated since API 1; use game.add_score", path,
                   line);
        else
            sb_log(s, "game.add_vp is deprecated since API 1; use game.add_score");
    }
    return add_score(L, "game.add_vp");
}

/* ====================================================================== hex, rng */
static int hex_distance_f(lua_State *L)
{
    const struct game *g = S(L)->g;
    struct hex a = check_hex(L, 1, g), b = check_hex(L, 2, g);
    lua_pushinteger(L, hex_distance(a, b));
    return 1;
}

static int hex_neighbors_f(lua_State *L)
{
    const struct game *g = S(L)->g;
    struct hex h = check_hex(L, 1, g);
    lua_createtable(L, HEX_DIRS, 0);
    int n = 0;
    for (int d = 0; d < HEX_DIRS; d++) {
        struct hex nb = hex_neighbor(h, d);
        if (g && !map_contains(g, nb))
            continue;
        lb_push_hex(L, nb);
        lua_rawseti(L, -2, ++n);
    }
    return 1;
}

static int hex_in_area_f(lua_State *L)
{
    const struct game *g = need_game(L, "hex.in_area");
    struct hex h = check_hex(L, 1, g);
    lua_pushboolean(L, area_has(g, check_area(L, 2, g), h));
    return 1;
}

static int rng_roll_f(lua_State *L)
{
    struct script *s = S(L);
    const struct game *g = need_game(L, "rng.roll");
    lua_Integer n = luaL_checkinteger(L, 1);
    luaL_argcheck(L, n >= 1 && n <= 1000000, 1, "n must be 1..1000000");
    if (s->roll_nlog != g->nlog) {
        s->roll_nlog = g->nlog;
        s->roll_count = 0;
    }
    struct rng r;
    rng_derive(&r, g->seed, (uint64_t)g->nlog, 0x5C0000000ull + s->roll_count++);
    lua_pushinteger(L, rng_roll(&r, (int)n));
    return 1;
}

/* ====================================================================== globals */
static int b20_print(lua_State *L)
{
    struct script *s = S(L);
    if (s->nprints >= SB_MAX_PRINTS) {
        if (s->nprints++ == SB_MAX_PRINTS)
            sb_log(s, "more than %d lines printed: the rest of this run is not shown",
                   SB_MAX_PRINTS);
        return 0;
    }
    s->nprints++;
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        luaL_tolstring(L, i, NULL);
        if (i > 1)
            luaL_addchar(&b, '\t');
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    char path[DIAG_PATH_LEN];
    int line = 0;
    if (sb_where_now(L, path, sizeof path, &line))
        sb_log(s, "%s:%d: %.900s", path, line, lua_tostring(L, -1));
    else
        sb_log(s, "%.900s", lua_tostring(L, -1));
    return 0;
}

static int b20_T(lua_State *L)
{
    lua_pushstring(L, script_text(S(L), luaL_checkstring(L, 1)));
    return 1;
}

static int b20_include(lua_State *L)
{
    struct script *s = S(L);
    need_loading(L, "include");
    const char *path = luaL_checkstring(L, 1);
    if (s->include_depth >= SB_MAX_INCLUDE_DEPTH)
        return luaL_error(L, "include: files include each other more than %d deep",
                          SB_MAX_INCLUDE_DEPTH);
    struct diag d;
    lua_settop(L, 1);
    if (!sb_load_file(s, path, &d)) {
        if (d.path[0] && d.line > 0)
            lua_pushfstring(L, "%s:%d: %s", d.path, d.line, d.msg);
        else if (d.path[0])
            return luaL_error(L, "include '%s': %s: %s", path, d.path, d.msg);
        else
            return luaL_error(L, "include: %s", d.msg);
        return lua_error(L);
    }
    s->include_depth++;
    lua_call(L, 0, LUA_MULTRET);
    s->include_depth--;
    return lua_gettop(L) - 1;
}

/* sorted_pairs(t): numbers first (ascending), then strings (byte order). */
static int key_less(lua_State *L, int a, int b)
{
    int ta = lua_type(L, a), tb = lua_type(L, b);
    if (ta != tb)
        return ta == LUA_TNUMBER;
    if (ta == LUA_TNUMBER)
        return lua_compare(L, a, b, LUA_OPLT);
    size_t la, lb;
    const char *sa = lua_tolstring(L, a, &la), *sb = lua_tolstring(L, b, &lb);
    int c = memcmp(sa, sb, la < lb ? la : lb);
    return c < 0 || (c == 0 && la < lb);
}

static int sorted_next(lua_State *L)
{
    /* upvalue 1: table, 2: sorted keys, 3: position */
    lua_Integer i = lua_tointeger(L, lua_upvalueindex(3)) + 1;
    if (lua_rawgeti(L, lua_upvalueindex(2), i) == LUA_TNIL)
        return 0;
    lua_pushinteger(L, i);
    lua_replace(L, lua_upvalueindex(3));
    lua_pushvalue(L, -1);
    lua_gettable(L, lua_upvalueindex(1));
    return 2;
}

static int b20_sorted_pairs(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    lua_newtable(L); /* keys, 2 */
    lua_Integer n = 0;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        int t = lua_type(L, -1);
        if (t != LUA_TNUMBER && t != LUA_TSTRING)
            return luaL_error(L, "sorted_pairs: keys must be numbers or strings, not %s",
                              luaL_typename(L, -1));
        /* insertion into the sorted array (charged: n^2/8 compares at worst) */
        sb_charge(L, (long)(n / 8) + 1);
        lua_Integer pos = n + 1;
        while (pos > 1) {
            lua_rawgeti(L, 2, pos - 1);
            int less = key_less(L, -2, -1);
            if (!less) {
                lua_pop(L, 1);
                break;
            }
            lua_rawseti(L, 2, pos);
            pos--;
        }
        lua_pushvalue(L, -1);
        lua_rawseti(L, 2, pos);
        n++;
    }
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, sorted_next, 3);
    return 1;
}

/* option{ id, name, note, default, min?, max? | values = {min, max} } */
static int b20_option(lua_State *L)
{
    struct script *s = S(L);
    need_loading(L, "option");
    luaL_checktype(L, 1, LUA_TTABLE);
    static const char *const keys[] = {"id", "name", "note", "default", "min", "max",
                                       "values", NULL};
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        bool known = false;
        if (lua_type(L, -2) == LUA_TSTRING)
            for (int i = 0; keys[i]; i++)
                if (strcmp(keys[i], lua_tostring(L, -2)) == 0)
                    known = true;
        if (!known)
            return luaL_error(L, "option: unknown field '%s'",
                              lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?");
        lua_pop(L, 1);
    }
    if (s->noptions >= SESSION_MAX_OPTIONS)
        return luaL_error(L, "option: more than %d options", SESSION_MAX_OPTIONS);
    struct session_option o;
    memset(&o, 0, sizeof o);
    if (lua_getfield(L, 1, "id") != LUA_TSTRING)
        return luaL_error(L, "option: 'id' (a string) is needed");
    copy_text(L, -1, o.id, sizeof o.id, "option: 'id'");
    for (int i = 0; i < s->noptions; i++)
        if (strcmp(s->options[i].id, o.id) == 0)
            return luaL_error(L, "option: duplicate option id '%s'", o.id);
    if (lua_getfield(L, 1, "name") == LUA_TNIL)
        snprintf(o.name, sizeof o.name, "%s", o.id);
    else
        copy_text(L, -1, o.name, sizeof o.name, "option: 'name'");
    if (lua_getfield(L, 1, "note") != LUA_TNIL)
        copy_text(L, -1, o.note, sizeof o.note, "option: 'note'");
    int dt = lua_getfield(L, 1, "default");
    bool boolean = dt == LUA_TBOOLEAN;
    if (boolean) {
        o.def = lua_toboolean(L, -1);
        o.min = 0;
        o.max = 1;
    } else if (dt == LUA_TNUMBER && lua_isinteger(L, -1)) {
        lua_Integer v = lua_tointeger(L, -1);
        if (v < -1000000 || v > 1000000)
            return luaL_error(L, "option '%s': default must be -1000000..1000000", o.id);
        o.def = (int)v;
        lua_Integer lo = 0, hi = 0;
        bool have = false;
        if (lua_getfield(L, 1, "values") == LUA_TTABLE) {
            if (lua_rawlen(L, -1) != 2 || lua_rawgeti(L, -1, 1) != LUA_TNUMBER ||
                lua_rawgeti(L, -2, 2) != LUA_TNUMBER || !lua_isinteger(L, -1) ||
                !lua_isinteger(L, -2))
                return luaL_error(L, "option '%s': 'values' must be {min, max} integers", o.id);
            lo = lua_tointeger(L, -2);
            hi = lua_tointeger(L, -1);
            have = true;
        } else if (!lua_isnil(L, -1)) {
            return luaL_error(L, "option '%s': 'values' must be {min, max}", o.id);
        }
        int tmin = lua_getfield(L, 1, "min"), tmax = lua_getfield(L, 1, "max");
        if (tmin != LUA_TNIL || tmax != LUA_TNIL) {
            if (have)
                return luaL_error(L, "option '%s': give 'values' or 'min'/'max', not both",
                                  o.id);
            if (!lua_isinteger(L, -2) || !lua_isinteger(L, -1))
                return luaL_error(L, "option '%s': 'min' and 'max' must be integers", o.id);
            lo = lua_tointeger(L, -2);
            hi = lua_tointeger(L, -1);
            have = true;
        }
        if (!have)
            return luaL_error(L, "option '%s': an integer option needs 'min' and 'max'", o.id);
        if (lo < -1000000 || hi > 1000000 || lo > hi || v < lo || v > hi)
            return luaL_error(L, "option '%s': needs min <= default <= max within +-1000000",
                              o.id);
        o.min = (int)lo;
        o.max = (int)hi;
    } else {
        return luaL_error(L, "option '%s': 'default' must be a boolean or an integer", o.id);
    }
    o.value = o.def;
    for (int i = 0; i < s->nopts; i++) {
        if (strcmp(s->opts[i].id, o.id) != 0)
            continue;
        int v = s->opts[i].value;
        if (v < o.min || v > o.max) {
            if (boolean)
                return luaL_error(L, "option '%s' is on/off (0 or 1), not %d", o.id, v);
            return luaL_error(L, "option '%s' must be %d..%d, not %d", o.id, o.min, o.max, v);
        }
        o.value = v;
    }
    s->options[s->noptions++] = o;
    if (boolean)
        lua_pushboolean(L, o.value);
    else
        lua_pushinteger(L, o.value);
    return 1;
}

/* ====================================================================== on.* */
static int on_register(lua_State *L)
{
    struct script *s = S(L);
    int ev = (int)lua_tointeger(L, lua_upvalueindex(1));
    char what[40];
    snprintf(what, sizeof what, "on.%s", event_names[ev]);
    need_loading(L, what);
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
    push_side(L, g, side);
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
        push_unit(L, g, id);
        lua_setfield(L, -2, k);
    }
}

static void dispatch_trigger(struct script *s, const char *name, int data_idx)
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
                push_date(L, g, e->a);
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
                lua_createtable(L, 0, 2);
                set_unit(L, g, "unit", e->unit);
                set_side(L, g, "side", e->side);
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
                lua_createtable(L, 0, 5);
                set_hex(L, "hex", e->to);
                set_side(L, g, "side", e->side);
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
    dispatch(S(L), lua_touserdata(L, 1));
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

/* ====================================================================== opening */
static int api_index_missing(lua_State *L)
{
    /* upvalue 1: table name */
    return luaL_error(L, "%s.%s does not exist in API %d", lua_tostring(L, lua_upvalueindex(1)),
                      lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?", SB_API_VERSION);
}

static void new_api_table(lua_State *L, const char *name, const luaL_Reg *funcs)
{
    lua_newtable(L);
    luaL_setfuncs(L, funcs, 0);
    /* a misspelt API name is an error, not a silent nil */
    lua_createtable(L, 0, 1);
    lua_pushstring(L, name);
    lua_pushcclosure(L, api_index_missing, 1);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    lua_setglobal(L, name);
}

void lb_open_api(lua_State *L)
{
    static const luaL_Reg game_funcs[] = {
        {"turn", game_turn_q},
        {"date", game_date_q},
        {"active_side", game_active_side_q},
        {"score", game_score_q},
        {"var", game_var_q},
        {"owner", game_owner_q},
        {"units_at", game_units_at_q},
        {"units_in", game_units_in_q},
        {"units", game_units_q},
        {"hex", game_hex_q},
        {"at_war", game_at_war_q},
        {"message", game_message_e},
        {"milestone", game_milestone_e},
        {"add_score", game_add_score_e},
        {"add_vp", deprecated_add_vp},
        {"set_var", game_set_var_e},
        {"set_owner", game_set_owner_e},
        {"set_war", game_set_war_e},
        {"end_game", game_end_game_e},
        {"fire", game_fire_e},
        {NULL, NULL},
    };
    static const luaL_Reg unit_funcs[] = {{"spawn", unit_spawn}, {NULL, NULL}};
    static const luaL_Reg hex_funcs[] = {
        {"distance", hex_distance_f},
        {"neighbors", hex_neighbors_f},
        {"in_area", hex_in_area_f},
        {NULL, NULL},
    };
    static const luaL_Reg rng_funcs[] = {{"roll", rng_roll_f}, {NULL, NULL}};
    new_api_table(L, "game", game_funcs);
    new_api_table(L, "unit", unit_funcs);
    new_api_table(L, "hex", hex_funcs);
    new_api_table(L, "rng", rng_funcs);

    lua_createtable(L, 0, SBE_COUNT);
    for (int i = 0; i < SBE_COUNT; i++) {
        lua_pushinteger(L, i);
        lua_pushcclosure(L, on_register, 1);
        lua_setfield(L, -2, event_names[i]);
    }
    lua_createtable(L, 0, 1);
    lua_pushstring(L, "on");
    lua_pushcclosure(L, api_index_missing, 1);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    lua_setglobal(L, "on");

    luaL_newmetatable(L, UNIT_MT);
    lua_pushcfunction(L, unit_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, unit_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, unit_eq);
    lua_setfield(L, -2, "__eq");
    lua_pushcfunction(L, unit_tostring);
    lua_setfield(L, -2, "__tostring");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);

    static const luaL_Reg globals[] = {
        {"print", b20_print},   {"T", b20_T},           {"include", b20_include},
        {"option", b20_option}, {"sorted_pairs", b20_sorted_pairs}, {NULL, NULL},
    };
    for (const luaL_Reg *r = globals; r->name; r++) {
        lua_pushcfunction(L, r->func);
        lua_setglobal(L, r->name);
    }
    lua_pushinteger(L, SB_API_VERSION);
    lua_setglobal(L, "api_version");
}
