/*
 * fixture.h - a small theatre built in C for the core's tests: 16 x 12 hexes of plain with a
 * strip of sea on row 0, an east-west railway on row 5 (stations at columns 0, 8 and 15), a
 * north-south river along the east side of column 6 with a rail bridge, hills and mountains,
 * and a city at (15, 5). Two sides at war: red (0) owns columns 0-6, white (1) columns 9-15.
 */
#ifndef B20_FIXTURE_H
#define B20_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "game.h"

enum { T_INF, T_CAV, T_TRAIN, T_SHIP };

static inline struct hex at(int col, int row)
{
    return hex_from_offset(col, row);
}

static inline struct utype fx_type(const char *id, int mc, int sym, int mp, int att, int def,
                                   int steps, int cap, int range, int morale, int flags)
{
    struct utype t;
    memset(&t, 0, sizeof t);
    snprintf(t.id, sizeof t.id, "%s", id);
    snprintf(t.name, sizeof t.name, "%s", id);
    t.move_class = (uint8_t)mc;
    t.symbol = (uint8_t)sym;
    t.mp = (uint8_t)mp;
    t.attack = (uint8_t)att;
    t.defence = (uint8_t)def;
    t.steps = (uint8_t)steps;
    t.capacity = (uint8_t)cap;
    t.range = (uint8_t)range;
    t.morale = (uint8_t)morale;
    t.flags = (uint8_t)flags;
    return t;
}

static inline int fx_unit(struct game *g, const char *key, int side, int type, int col, int row)
{
    struct unit_spec s;
    memset(&s, 0, sizeof s);
    snprintf(s.key, sizeof s.key, "%s", key);
    s.side = (int8_t)side;
    s.type = (uint8_t)type;
    s.pos = at(col, row);
    s.morale = -1;
    struct diag d;
    int id = game_add_unit(g, &s, &d);
    if (id < 0)
        fprintf(stderr, "fixture: %s\n", d.msg);
    return id;
}

/* Builds the map, sides and types; the caller adds units, then calls fx_start. */
static inline struct game *fx_new(void)
{
    struct game *g = game_new();
    struct diag d;
    game_set_map(g, 16, 12, 10, &d);
    game_set_dates(g, 1920, 4, 27, 0, 10, &d);
    snprintf(g->scenario_id, sizeof g->scenario_id, "fixture");
    for (int row = 0; row < 12; row++)
        for (int col = 0; col < 16; col++)
        {
            struct hexinfo *x = map_at(g, at(col, row));
            x->terrain = row == 0 ? TERRAIN_SEA : TERRAIN_PLAIN;
            if (row > 0)
                x->owner = col <= 6 ? 0 : col >= 9 ? 1 : NO_SIDE;
        }
    map_at(g, at(10, 8))->terrain = TERRAIN_HILLS;
    map_at(g, at(12, 8))->terrain = TERRAIN_MOUNTAINS;
    map_at(g, at(15, 5))->terrain = TERRAIN_CITY;
    map_at(g, at(15, 5))->vp = 10;
    map_at(g, at(15, 5))->flags |= HEXF_TOWN | HEXF_STATION;
    for (int col = 0; col < 15; col++)
        map_set_side(g, at(col, 5), HEX_E, 'r', true);
    map_at(g, at(0, 5))->flags |= HEXF_STATION;
    map_at(g, at(8, 5))->flags |= HEXF_STATION;
    for (int row = 1; row < 12; row++)
        map_set_side(g, at(6, row), HEX_E, 'v', true);
    map_set_side(g, at(6, 5), HEX_E, 'b', true);
    map_at(g, at(0, 5))->supply_src = 1u << 0;
    map_at(g, at(15, 5))->supply_src = 1u << 1;
    game_add_side(g, "red", "Red", 0xcc0000, SIDE_PLAYABLE, &d);
    game_add_side(g, "white", "White", 0x0000cc, SIDE_PLAYABLE, &d);
    game_set_war(g, 0, 1, true);
    struct utype t[] = {
        fx_type("inf", MOVE_FOOT, SYM_INFANTRY, 4, 4, 4, 3, 0, 0, 6, 0),
        fx_type("cav", MOVE_HORSE, SYM_CAVALRY, 8, 3, 2, 2, 0, 0, 7, 0),
        fx_type("train", MOVE_RAIL, SYM_ARMORED_TRAIN, 20, 6, 3, 2, 2, 2, 8, UTF_REPAIR),
        fx_type("ship", MOVE_SHIP, SYM_SHIP, 12, 4, 4, 2, 3, 1, 7, 0),
    };
    for (int i = 0; i < 4; i++)
        game_add_utype(g, &t[i], &d);
    return g;
}

static inline void fx_start(struct game *g, uint64_t seed)
{
    struct diag d;
    if (!game_start(g, seed, NULL, &d))
        fprintf(stderr, "fixture start: %s\n", d.msg);
}

static inline struct cmd fx_cmd(int kind, int side, int unit, struct hex to)
{
    struct cmd c;
    memset(&c, 0, sizeof c);
    c.kind = (uint8_t)kind;
    c.side = (int8_t)side;
    c.unit = (int16_t)unit;
    c.to = to;
    return c;
}

/* A top-level objective, undated, on no area, for the caller to complete. */
static inline struct objective fx_objective(const char *id, int kind, int side, int vp)
{
    struct objective o;
    memset(&o, 0, sizeof o);
    snprintf(o.id, sizeof o.id, "%s", id);
    o.kind = (uint8_t)kind;
    o.side = (int8_t)side;
    o.vp = (int16_t)vp;
    o.by_turn = -1;
    o.top = 1;
    o.area = -1;
    return o;
}

/* End phases until `side` is in `phase`. */
static inline void fx_until(struct game *g, int side, int phase)
{
    for (int guard = 0; guard < 64 && !g->result.over; guard++) {
        if (game_active_side(g) == side && g->phase == phase)
            return;
        struct cmd c = fx_cmd(CMD_END_PHASE, game_active_side(g), 0, hex_make(0, 0));
        game_apply(g, &c, NULL);
    }
}

#endif
