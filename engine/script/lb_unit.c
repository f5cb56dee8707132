/*
 * lb_unit.c - the `unit` table and unit handles ("b20.Unit"): a handle is a userdata holding
 * {index, generation}, never a pointer, so a destroyed or reused unit gives a clear error
 * instead of a dangling read. Fields are read-only; changes go through commands
 * (u:remove, u:set_morale, u:set_steps, unit.spawn).
 *
 * Depends on Lua 5.4, lb_common.c and the rules core.
 */
#include "sandbox.h"

#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

/* A command of the given kind on the unit id, on behalf of its side. */
static int unit_cmd(lua_State *L, int id, int kind, lua_Integer value, const char *what)
{
    struct cmd c = {0};
    c.kind = (uint8_t)kind;
    c.side = sb_script(L)->g->units[id].side;
    c.unit = (int16_t)id;
    c.value = (int32_t)value;
    lb_apply_cmd(L, &c, what);
    return 0;
}

static int unit_remove(lua_State *L)
{
    int id = lb_live_unit(L, 1, "remove");
    return unit_cmd(L, id, CMD_REMOVE, 0, "u:remove");
}

static int unit_set_morale(lua_State *L)
{
    int id = lb_live_unit(L, 1, "set_morale");
    lua_Integer v = luaL_checkinteger(L, 2);
    luaL_argcheck(L, v >= 0 && v <= 9, 2, "morale must be 0..9");
    return unit_cmd(L, id, CMD_SET_MORALE, v, "u:set_morale");
}

static int unit_set_steps(lua_State *L)
{
    int id = lb_live_unit(L, 1, "set_steps");
    lua_Integer v = luaL_checkinteger(L, 2);
    luaL_argcheck(L, v >= 0 && v <= 12, 2, "steps must be 0..12");
    return unit_cmd(L, id, CMD_SET_STEPS, v, "u:set_steps");
}

static int unit_index(lua_State *L)
{
    int id;
    bool alive;
    const struct unit *u = lb_handle_unit(L, 1, &id, &alive);
    const struct game *g = sb_script(L)->g;
    const char *k = luaL_checkstring(L, 2);
    if (strcmp(k, "id") == 0)
        lua_pushinteger(L, id);
    else if (strcmp(k, "key") == 0)
        lua_pushstring(L, u->key);
    else if (strcmp(k, "name") == 0)
        lua_pushstring(L, u->name);
    else if (strcmp(k, "side") == 0)
        lb_push_side(L, g, u->side);
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
    struct lb_unit_ref *a = luaL_checkudata(L, 1, LB_UNIT_MT);
    struct lb_unit_ref *b = luaL_checkudata(L, 2, LB_UNIT_MT);
    lua_pushboolean(L, a->id == b->id && a->gen == b->gen);
    return 1;
}

static int unit_tostring(lua_State *L)
{
    struct lb_unit_ref *r = luaL_checkudata(L, 1, LB_UNIT_MT);
    const struct game *g = sb_script(L)->g;
    if (g && r->id >= 0 && r->id < MAX_UNITS && g->units[r->id].gen == r->gen)
        lua_pushfstring(L, "unit '%s' (#%d)", g->units[r->id].key, r->id);
    else
        lua_pushfstring(L, "unit #%d", r->id);
    return 1;
}

/* unit.spawn{ id, name, side, type, at, steps?, morale? } */
static int unit_spawn(lua_State *L)
{
    const struct game *g = lb_need_game(L, "unit.spawn");
    luaL_checktype(L, 1, LUA_TTABLE);
    static const char *const keys[] = {"id", "name", "side", "type", "at", "steps", "morale",
                                       "tag", NULL};
    lb_check_fields(L, 1, keys, "unit.spawn");
    struct cmd c = {0};
    c.kind = CMD_SPAWN;
    lua_getfield(L, 1, "id");
    lb_copy_text(L, -1, c.text2, sizeof c.text2, "unit.spawn: 'id'");
    lua_getfield(L, 1, "name");
    if (lua_isnil(L, -1))
        snprintf(c.text, sizeof c.text, "%s", c.text2);
    else
        lb_copy_text(L, -1, c.text, sizeof c.text, "unit.spawn: 'name'");
    lua_getfield(L, 1, "side");
    c.side = (int8_t)lb_check_side(L, -1, g);
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
    if (!lua_isnil(L, -1))
        lb_copy_text(L, -1, c.tag, sizeof c.tag, "unit.spawn: 'tag'");
    lua_settop(L, 1);
    if (unit_by_key(g, c.text2) >= 0)
        return luaL_error(L, "unit.spawn: a unit with id '%s' already exists", c.text2);
    lb_apply_cmd(L, &c, "unit.spawn");
    int id = unit_by_key(sb_script(L)->g, c.text2);
    if (id < 0)
        return luaL_error(L, "unit.spawn: the unit '%s' did not appear", c.text2);
    if (morale >= 0) {
        struct cmd m = {0};
        m.kind = CMD_SET_MORALE;
        m.side = c.side;
        m.unit = (int16_t)id;
        m.value = (int32_t)morale;
        lb_apply_cmd(L, &m, "unit.spawn (morale)");
    }
    lb_push_unit(L, sb_script(L)->g, id);
    return 1;
}


void lb_open_unit(lua_State *L)
{
    static const luaL_Reg unit_funcs[] = {{"spawn", unit_spawn}, {NULL, NULL}};
    lb_new_api_table(L, "unit", unit_funcs);
    static const luaL_Reg unit_meta[] = {{"__index", unit_index},
                                         {"__newindex", unit_newindex},
                                         {"__eq", unit_eq},
                                         {"__tostring", unit_tostring},
                                         {NULL, NULL}};
    luaL_newmetatable(L, LB_UNIT_MT);
    luaL_setfuncs(L, unit_meta, 0);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
}
