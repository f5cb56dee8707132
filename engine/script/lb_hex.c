/*
 * lb_hex.c - the `hex` table: distances, neighbours on the map and area membership, in the
 * map's offset coordinates ({col =, row =}) or place ids.
 *
 * Depends on Lua 5.4, lb_common.c and the rules core (hex.h, game.h).
 */
#include "sandbox.h"

#include <lauxlib.h>

static int hex_distance_f(lua_State *L)
{
    const struct game *g = sb_script(L)->g;
    struct hex a = lb_check_hex(L, 1, g), b = lb_check_hex(L, 2, g);
    lua_pushinteger(L, hex_distance(a, b));
    return 1;
}

static int hex_neighbors_f(lua_State *L)
{
    const struct game *g = sb_script(L)->g;
    struct hex h = lb_check_hex(L, 1, g);
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
    const struct game *g = lb_need_game(L, "hex.in_area");
    struct hex h = lb_check_hex(L, 1, g);
    lua_pushboolean(L, area_has(g, lb_check_area(L, 2, g), h));
    return 1;
}

void lb_open_hex(lua_State *L)
{
    static const luaL_Reg hex_funcs[] = {
        {"distance", hex_distance_f},
        {"neighbors", hex_neighbors_f},
        {"in_area", hex_in_area_f},
        {NULL, NULL},
    };
    lb_new_api_table(L, "hex", hex_funcs);
}
