/*
 * lb_base.c - the scenario's global functions (include, option, T, sorted_pairs, print,
 * api_version) and lb_open_api(), which installs every API table.
 *
 * include() reads only through sandbox.c (the scenario folder and common/, text chunks);
 * option() declares a what-if option and returns the value chosen; sorted_pairs() gives the
 * deterministic iteration order scenarios should use; print() goes to stderr and is kept for
 * the desktop game's event log (script_take_prints), capped.
 *
 * Depends on Lua 5.4, sandbox.c, lb_common.c and the other lb_*.c files.
 */
#include "sandbox.h"

#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

/* ====================================================================== globals */
static int b20_print(lua_State *L)
{
    struct script *s = sb_script(L);
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
    const char *text = lua_tostring(L, -1);
    char kept[SCRIPT_PRINT_LEN];
    if (sb_where_now(L, path, sizeof path, &line)) {
        sb_log(s, "%s:%d: %.900s", path, line, text);
        const char *file = strrchr(path, '/');
        sb_fmt(kept, sizeof kept, "%s:%d: %s", file ? file + 1 : path, line, text);
    } else {
        sb_log(s, "%.900s", text);
        sb_fmt(kept, sizeof kept, "%s", text);
    }
    /* kept for the game's log window; the oldest goes when the store is full */
    if (s->nprinted == SCRIPT_KEEP_PRINTS) {
        memmove(s->printed, s->printed + 1, (SCRIPT_KEEP_PRINTS - 1) * sizeof s->printed[0]);
        s->nprinted--;
    }
    memcpy(s->printed[s->nprinted++], kept, SCRIPT_PRINT_LEN);
    return 0;
}

static int b20_T(lua_State *L)
{
    lua_pushstring(L, script_text(sb_script(L), luaL_checkstring(L, 1)));
    return 1;
}

static int b20_include(lua_State *L)
{
    struct script *s = sb_script(L);
    lb_need_loading(L, "include");
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
    struct script *s = sb_script(L);
    lb_need_loading(L, "option");
    luaL_checktype(L, 1, LUA_TTABLE);
    static const char *const keys[] = {"id", "name", "note", "default", "min", "max",
                                       "values", NULL};
    lb_check_fields(L, 1, keys, "option");
    if (s->noptions >= SESSION_MAX_OPTIONS)
        return luaL_error(L, "option: more than %d options", SESSION_MAX_OPTIONS);
    struct session_option o;
    memset(&o, 0, sizeof o);
    if (lua_getfield(L, 1, "id") != LUA_TSTRING)
        return luaL_error(L, "option: 'id' (a string) is needed");
    lb_copy_text(L, -1, o.id, sizeof o.id, "option: 'id'");
    for (int i = 0; i < s->noptions; i++)
        if (strcmp(s->options[i].id, o.id) == 0)
            return luaL_error(L, "option: duplicate option id '%s'", o.id);
    if (lua_getfield(L, 1, "name") == LUA_TNIL)
        snprintf(o.name, sizeof o.name, "%s", o.id);
    else
        lb_copy_text(L, -1, o.name, sizeof o.name, "option: 'name'");
    if (lua_getfield(L, 1, "note") != LUA_TNIL)
        lb_copy_text(L, -1, o.note, sizeof o.note, "option: 'note'");
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

/* ====================================================================== opening */
void lb_open_api(lua_State *L)
{
    lb_open_game(L);
    lb_open_unit(L);
    lb_open_hex(L);
    lb_open_rng(L);
    lb_open_on(L);
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

    /* old names that still work, each logging once which name replaces it */
    static const struct {
        const char *table, *old, *new_table, *new_name;
        int since;
    } deprecated[] = {
        {"game", "add_vp", "game", "add_score", 1},
    };
    for (size_t i = 0; i < sizeof deprecated / sizeof deprecated[0]; i++)
        lb_deprecate(L, deprecated[i].table, deprecated[i].old, deprecated[i].new_table,
                     deprecated[i].new_name, deprecated[i].since);
}
