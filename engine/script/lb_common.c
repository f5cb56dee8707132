/*
 * lb_common.c - what the Lua binding files share: argument checks (hexes, sides, areas, texts),
 * pushing hexes, dates, sides and unit handles, the one door for effects (lb_apply_cmd: a
 * struct cmd with origin SCRIPT handed to the session's apply callback), and the making of
 * API tables whose misspelt names raise instead of returning nil.
 *
 * Invariant: argument checks raise (luaL_argerror/luaL_error) before anything is done; nothing
 * here writes into struct game.
 * Depends on Lua 5.4, sandbox.c and the rules core (game.h, hex.h).
 */
#include "sandbox.h"

#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

/* ====================================================================== helpers */
/* The game to query: only inside event handlers. */
const struct game *lb_need_game(lua_State *L, const char *what)
{
    struct script *s = sb_script(L);
    if (!s->g)
        luaL_error(L, "%s is only available in event handlers, not while the scenario loads",
                   what);
    return s->g;
}

void lb_need_loading(lua_State *L, const char *what)
{
    if (!sb_script(L)->loading)
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

struct hex lb_check_hex(lua_State *L, int idx, const struct game *g)
{
    struct hex h;
    char msg[160];
    if (!lb_to_hex(L, idx, g, &h, msg, sizeof msg))
        luaL_argerror(L, idx, msg);
    return h;
}

int lb_check_side(lua_State *L, int idx, const struct game *g)
{
    const char *id = luaL_checkstring(L, idx);
    int side = side_by_id(g, id);
    if (side < 0)
        luaL_argerror(L, idx, lua_pushfstring(L, "unknown side '%s'", id));
    return side;
}

int lb_opt_side(lua_State *L, int idx, const struct game *g)
{
    return lua_isnoneornil(L, idx) ? NO_SIDE : lb_check_side(L, idx, g);
}

int lb_check_area(lua_State *L, int idx, const struct game *g)
{
    const char *id = luaL_checkstring(L, idx);
    int a = area_by_id(g, id);
    if (a < 0)
        luaL_argerror(L, idx, lua_pushfstring(L, "unknown area '%s'", id));
    return a;
}

void lb_check_fields(lua_State *L, int idx, const char *const *keys, const char *what)
{
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        bool known = false;
        if (lua_type(L, -2) == LUA_TSTRING)
            for (int i = 0; keys[i]; i++)
                if (strcmp(keys[i], lua_tostring(L, -2)) == 0)
                    known = true;
        if (!known)
            luaL_error(L, "%s: unknown field '%s'", what,
                       lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?");
        lua_pop(L, 1);
    }
}

void lb_copy_text(lua_State *L, int idx, char *dst, size_t n, const char *what)
{
    size_t len;
    const char *t = luaL_checklstring(L, idx, &len);
    if (len == 0 || len >= n || strlen(t) != len)
        luaL_argerror(L, idx, lua_pushfstring(L, "%s must be 1..%d bytes", what, (int)n - 1));
    memcpy(dst, t, len + 1);
}

void lb_push_side(lua_State *L, const struct game *g, int side)
{
    if (side >= 0 && side < g->nsides)
        lua_pushstring(L, g->sides[side].id);
    else
        lua_pushnil(L);
}

void lb_push_date(lua_State *L, const struct game *g, int turn)
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

void lb_push_unit(lua_State *L, const struct game *g, int id)
{
    struct lb_unit_ref *r = lua_newuserdatauv(L, sizeof *r, 0);
    r->id = id;
    r->gen = (id >= 0 && id < MAX_UNITS) ? g->units[id].gen : 0;
    luaL_setmetatable(L, LB_UNIT_MT);
}

/* The unit slot behind a handle; dead units are returned too (alive tells). */
const struct unit *lb_handle_unit(lua_State *L, int idx, int *id, bool *alive)
{
    struct lb_unit_ref *r = luaL_checkudata(L, idx, LB_UNIT_MT);
    const struct game *g = lb_need_game(L, "a unit handle");
    if (r->id < 0 || r->id >= MAX_UNITS || r->gen == 0 || g->units[r->id].gen != r->gen)
        luaL_error(L, "unit #%d is gone (its slot was reused)", r->id);
    *id = r->id;
    *alive = unit_alive(g, r->id) && g->units[r->id].steps > 0;
    return &g->units[r->id];
}

int lb_live_unit(lua_State *L, int idx, const char *what)
{
    int id;
    bool alive;
    const struct unit *u = lb_handle_unit(L, idx, &id, &alive);
    if (!alive)
        luaL_error(L, "%s: unit '%s' is no longer in the game", what, u->key);
    return id;
}

void lb_apply_cmd(lua_State *L, struct cmd *c, const char *what)
{
    struct script *s = sb_script(L);
    if (!s->apply || !s->g)
        luaL_error(L, "%s is only available in event handlers, not while the scenario loads",
                   what);
    c->origin = ORIGIN_SCRIPT;
    enum cmd_status st = s->apply(s->apply_ctx, c);
    if (st != CMD_OK)
        luaL_error(L, "%s refused: %s", what, cmd_status_str(st));
}

/* ====================================================================== API tables */
int lb_api_index_missing(lua_State *L)
{
    /* upvalue 1: table name */
    return luaL_error(L, "%s.%s does not exist in API %d", lua_tostring(L, lua_upvalueindex(1)),
                      lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "?", SB_API_VERSION);
}

void lb_new_api_table(lua_State *L, const char *name, const luaL_Reg *funcs)
{
    lua_newtable(L);
    luaL_setfuncs(L, funcs, 0);
    /* known to luaL_argerror by name ("bad argument #1 to 'game.add_score'") even when the
     * function is called from C, as deprecated aliases do; scripts cannot reach this table */
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_pushvalue(L, -2);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
    /* a misspelt API name is an error, not a silent nil */
    lua_createtable(L, 0, 1);
    lua_pushstring(L, name);
    lua_pushcclosure(L, lb_api_index_missing, 1);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    lua_setglobal(L, name);
}


/* ====================================================================== deprecated names */
/* Upvalues: 1 the function that replaces the old name, 2 the old name, 3 the new name,
 * 4 the API version that deprecated it. Logs once per game and name, then calls it. */
static int deprecated_call(lua_State *L)
{
    struct script *s = sb_script(L);
    const char *old = lua_tostring(L, lua_upvalueindex(2));
    int n = lua_gettop(L);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, "b20.deprecated_seen");
    if (lua_getfield(L, -1, old) == LUA_TNIL) {
        lua_pushboolean(L, 1);
        lua_setfield(L, -3, old);
        char path[DIAG_PATH_LEN];
        int line = 0;
        const char *repl = lua_tostring(L, lua_upvalueindex(3));
        int since = (int)lua_tointeger(L, lua_upvalueindex(4));
        if (sb_where_now(L, path, sizeof path, &line))
            sb_log(s, "%s:%d: %s is deprecated since API %d; use %s", path, line, old, since,
                   repl);
        else
            sb_log(s, "%s is deprecated since API %d; use %s", old, since, repl);
    }
    lua_settop(L, n);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, n, LUA_MULTRET);
    return lua_gettop(L);
}

void lb_deprecate(lua_State *L, const char *table, const char *old, const char *new_table,
                  const char *new_name, int since)
{
    lua_getglobal(L, table);
    lua_getglobal(L, new_table);
    lua_getfield(L, -1, new_name);
    lua_remove(L, -2);
    lua_pushfstring(L, "%s.%s", table, old);
    lua_pushfstring(L, "%s.%s", new_table, new_name);
    lua_pushinteger(L, since);
    lua_pushcclosure(L, deprecated_call, 4);
    lua_setfield(L, -2, old);
    lua_pop(L, 1);
}
