/*
 * lb_game.c - the `game` table: queries that read `const struct game *` (turn, date, scores,
 * owners, units, variables) and effects that become commands (messages, milestones, score,
 * variables, ownership, war, the end of the game, custom triggers), plus the deprecated
 * aliases of older names.
 *
 * Depends on Lua 5.4, lb_common.c, lb_event.c (game.fire) and the rules core.
 */
#include "sandbox.h"

#include <stdio.h>
#include <string.h>

#include <lauxlib.h>

/* ====================================================================== game: queries */
static int game_turn_q(lua_State *L)
{
    lua_pushinteger(L, lb_need_game(L, "game.turn")->turn);
    return 1;
}

static int game_date_q(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.date");
    lb_push_date(L, g, g->turn);
    return 1;
}

static int game_active_side_q(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.active_side");
    lb_push_side(L, g, game_active_side(g));
    return 1;
}

static int game_score_q(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.score");
    lua_pushinteger(L, game_score(g, lb_check_side(L, 1, g)));
    return 1;
}

static int game_var_q(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.var");
    const char *name = luaL_checkstring(L, 1);
    lua_Integer def = luaL_optinteger(L, 2, 0);
    if (def < INT32_MIN || def > INT32_MAX)
        return luaL_argerror(L, 2, "default out of the 32-bit range");
    lua_pushinteger(L, game_var(g, name, (int)def));
    return 1;
}

static int game_owner_q(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.owner");
    struct hex h = lb_check_hex(L, 1, g);
    lb_push_side(L, g, map_get(g, h)->owner);
    return 1;
}

static void push_unit_list(lua_State *L, const struct game *g, const int *ids, int n)
{
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        lb_push_unit(L, g, ids[i]);
        lua_rawseti(L, -2, i + 1);
    }
}

static int game_units_at_q(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.units_at");
    struct hex h = lb_check_hex(L, 1, g);
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
    const struct game *g = lb_need_game(L, "game.units_in");
    int a = lb_check_area(L, 1, g);
    int ids[MAX_UNITS], n = 0;
    for (int i = 0; i < g->nunits; i++)
        if (game_unit(g, i) && area_has(g, a, g->units[i].pos))
            ids[n++] = i;
    push_unit_list(L, g, ids, n);
    return 1;
}

static int game_units_q(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.units");
    int side = lb_opt_side(L, 1, g);
    int ids[MAX_UNITS], n = 0;
    for (int i = 0; i < g->nunits; i++)
        if (game_unit(g, i) && (side == NO_SIDE || g->units[i].side == side))
            ids[n++] = i;
    push_unit_list(L, g, ids, n);
    return 1;
}

static int game_hex_q(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.hex");
    const char *id = luaL_checkstring(L, 1);
    int p = place_by_id(g, id);
    if (p < 0)
        return luaL_argerror(L, 1, lua_pushfstring(L, "unknown place '%s'", id));
    lb_push_hex(L, g->places[p].pos);
    return 1;
}

static int game_at_war_q(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.at_war");
    int a = lb_check_side(L, 1, g), b = lb_check_side(L, 2, g);
    lua_pushboolean(L, sides_hostile(g, a, b));
    return 1;
}

/* ====================================================================== game: effects */
/* An effect carrying a text (argument 1, described as text_what) for one side or all. */
static int text_effect(lua_State *L, int kind, const char *what, const char *text_what)
{
    const struct game *g = lb_need_game(L, what);
    struct cmd c = {0};
    c.kind = (uint8_t)kind;
    lb_copy_text(L, 1, c.text, sizeof c.text, text_what);
    c.side = (int8_t)lb_opt_side(L, 2, g);
    lb_apply_cmd(L, &c, what);
    return 0;
}

static int game_message_e(lua_State *L)
{
    return text_effect(L, CMD_MESSAGE, "game.message", "a message key");
}

static int game_milestone_e(lua_State *L)
{
    return text_effect(L, CMD_MILESTONE, "game.milestone", "a milestone name");
}

static int add_score(lua_State *L, const char *what)
{
    const struct game *g = lb_need_game(L, what);
    struct cmd c = {0};
    c.kind = CMD_ADD_SCORE;
    c.side = (int8_t)lb_check_side(L, 1, g);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_argcheck(L, n >= -10000 && n <= 10000, 2, "points must be -10000..10000");
    c.value = (int32_t)n;
    lb_apply_cmd(L, &c, what);
    return 0;
}

static int game_add_score_e(lua_State *L)
{
    return add_score(L, "game.add_score");
}

static int game_set_var_e(lua_State *L)
{
    lb_need_game(L, "game.set_var");
    struct cmd c = {0};
    c.kind = CMD_SET_VAR;
    lb_copy_text(L, 1, c.text, ID_LEN, "a variable name");
    lua_Integer v = luaL_checkinteger(L, 2);
    luaL_argcheck(L, v >= INT32_MIN && v <= INT32_MAX, 2, "out of the 32-bit range");
    c.value = (int32_t)v;
    lb_apply_cmd(L, &c, "game.set_var");
    return 0;
}

static int game_set_owner_e(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.set_owner");
    struct cmd c = {0};
    c.kind = CMD_SET_OWNER;
    c.to = lb_check_hex(L, 1, g);
    c.value = lb_opt_side(L, 2, g);
    const struct hexinfo *x = map_get(g, c.to);
    luaL_argcheck(L, c.value == NO_SIDE || !x || !hex_is_water(x), 1,
                  "a sea or lake hex belongs to nobody");
    lb_apply_cmd(L, &c, "game.set_owner");
    return 0;
}

static int rail_effect(lua_State *L, int kind, const char *what)
{
    const struct game *g = lb_need_game(L, what);
    struct cmd c = {0};
    c.kind = (uint8_t)kind;
    c.to = lb_check_hex(L, 1, g);
    c.side = (int8_t)(lua_isnoneornil(L, 2) ? NO_SIDE : lb_check_side(L, 2, g));
    lb_apply_cmd(L, &c, what);
    return 0;
}

static int game_cut_rail_e(lua_State *L)
{
    return rail_effect(L, CMD_CUT_RAIL, "game.cut_rail");
}

static int game_repair_rail_e(lua_State *L)
{
    return rail_effect(L, CMD_REPAIR_RAIL, "game.repair_rail");
}

static int game_set_war_e(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.set_war");
    int a = lb_check_side(L, 1, g), b = lb_check_side(L, 2, g);
    luaL_checktype(L, 3, LUA_TBOOLEAN);
    luaL_argcheck(L, a != b, 2, "a side cannot be at war with itself");
    struct cmd c = {0};
    c.kind = CMD_SET_WAR;
    c.side = (int8_t)a;
    c.value = b | (lua_toboolean(L, 3) ? 1 << 8 : 0);
    lb_apply_cmd(L, &c, "game.set_war");
    return 0;
}

static int game_end_game_e(lua_State *L)
{
    const struct game *g = lb_need_game(L, "game.end_game");
    struct cmd c = {0};
    c.kind = CMD_END_GAME;
    c.value = lb_opt_side(L, 1, g);
    c.side = (int8_t)(c.value >= 0 ? c.value : NO_SIDE);
    lb_copy_text(L, 2, c.text, sizeof c.text, "the reason");
    lb_apply_cmd(L, &c, "game.end_game");
    return 0;
}

static int game_decide_e(lua_State *L)
{
    lb_need_game(L, "game.decide");
    struct cmd c = {0};
    c.kind = CMD_END_GAME;
    c.value = END_BY_SCORE;
    c.side = NO_SIDE;
    lb_copy_text(L, 1, c.text, sizeof c.text, "the reason");
    lb_apply_cmd(L, &c, "game.decide");
    return 0;
}

static int game_fire_e(lua_State *L)
{
    struct script *s = sb_script(L);
    lb_need_game(L, "game.fire");
    size_t len;
    const char *name = luaL_checklstring(L, 1, &len);
    luaL_argcheck(L, len > 0 && len < ID_LEN, 1, "a trigger name of 1..23 bytes");
    lua_settop(L, 2);
    if (s->react_depth >= SB_REACT_DEPTH)
        return luaL_error(L, "game.fire: triggers nested more than %d deep", SB_REACT_DEPTH);
    s->react_depth++;
    lb_fire_trigger(s, name, 2);
    s->react_depth--;
    return 0;
}

void lb_open_game(lua_State *L)
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
        {"set_var", game_set_var_e},
        {"set_owner", game_set_owner_e},
        {"set_war", game_set_war_e},
        {"cut_rail", game_cut_rail_e},
        {"repair_rail", game_repair_rail_e},
        {"end_game", game_end_game_e},
        {"decide", game_decide_e},
        {"fire", game_fire_e},
        {NULL, NULL},
    };
    lb_new_api_table(L, "game", game_funcs);
}
