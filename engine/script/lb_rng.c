/*
 * lb_rng.c - the `rng` table: dice for scenarios. Each roll draws from a stream derived with
 * rng_derive(seed, log position, count), so the same game gives the same rolls in every
 * process, and rolling never moves the rules' own stream (combat stays as it was).
 *
 * Depends on Lua 5.4, lb_common.c and the rules core (rng.h).
 */
#include "sandbox.h"

#include <lauxlib.h>

static int rng_roll_f(lua_State *L)
{
    struct script *s = sb_script(L);
    const struct game *g = lb_need_game(L, "rng.roll");
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


void lb_open_rng(lua_State *L)
{
    static const luaL_Reg rng_funcs[] = {{"roll", rng_roll_f}, {NULL, NULL}};
    lb_new_api_table(L, "rng", rng_funcs);
}
