/* test_ai.c - the computer opponent on small positions built on the fixture theatre: it takes
 * an undefended objective, declines bad odds and takes good ones, rides the railway toward a
 * distant objective, pulls a unit out of a closing ring, sends a strong garrison where a
 * weak one cannot hold, lets a garrison go where nothing can strike its post, goes for an
 * enemy train that can fire on our town, leaves alone a town it could only be destroyed in,
 * on the last turn goes for the town it can still reach rather than the city it cannot,
 * stands next to an enemy stack it can strike at 2:1 (and keeps away from one it cannot),
 * lands a party from a train, ferries one by ship, cuts the enemy's railway; it is
 * deterministic, its stateful and stateless forms agree, the hard level's lookahead does not
 * follow the game's dice, and whole games at every level end with no command refused. */
#include <stdlib.h>

#include "ai.h"
#include "fixture.h"
#include "harness.h"

static struct events ev;

/* Plays `side`'s current phase with the AI; returns commands issued, counts refusals. */
static int play_phase(struct game *g, struct ai *a, int side, int level, struct cmd *log,
                      int max, int *refused)
{
    int n = 0, phase = g->phase, turn = g->turn;
    for (int guard = 0; guard < 2000; guard++) {
        if (g->result.over || game_active_side(g) != side || g->phase != phase ||
            g->turn != turn)
            break;
        struct cmd c = a ? ai_think(a, g, side, level) : ai_next(g, side, level);
        if (log && n < max)
            log[n] = c;
        n++;
        enum cmd_status s = game_apply(g, &c, &ev);
        if (s != CMD_OK) {
            fprintf(stderr, "refused: %s (%s)\n", cmd_kind_name(c.kind), cmd_status_str(s));
            (*refused)++;
            struct cmd end = fx_cmd(CMD_END_PHASE, side, 0, hex_make(0, 0));
            game_apply(g, &end, &ev);
        }
        struct diag d;
        if (!game_check(g, &d)) {
            fprintf(stderr, "invariant broken: %s\n", d.msg);
            harness_failed_checks++;
        }
        if (c.kind == CMD_END_PHASE)
            break;
    }
    return n;
}

/* Plays side 0's current phase (the stateless AI when `a` is NULL), logging up to 64
 * commands into `log` if given; checks that none was refused. Returns the commands issued. */
static int side0_phase(struct game *g, struct ai *a, int level, struct cmd *log)
{
    int refused = 0;
    int n = play_phase(g, a, 0, level, log, log ? 64 : 0, &refused);
    CHECK_EQ_INT(refused, 0);
    return n;
}

static int count_kind(const struct cmd *log, int n, int kind)
{
    int k = 0;
    for (int i = 0; i < n; i++)
        if (log[i].kind == kind)
            k++;
    return k;
}

/* ====================================================================== behaviour */
/* n infantry units of `side` on one hex, keyed <prefix>0, <prefix>1... */
static void infantry_stack(struct game *g, int side, int n, const char *prefix, int col, int row)
{
    for (int i = 0; i < n; i++) {
        char key[16];
        snprintf(key, sizeof key, "%.4s%d", prefix, i);
        fx_unit(g, key, side, T_INF, col, row);
    }
}

/* Side 0's objective to keep at least one unit tagged "army" alive (5 points). */
static bool add_keep_army(struct game *g)
{
    struct objective o = fx_objective("keep_army", OBJ_SAVE_TAG, 0, 5);
    o.n = 1;
    snprintf(o.tag, sizeof o.tag, "army");
    struct diag d;
    return game_add_objective(g, &o, &d) >= 0;
}

/* Side 0's AI hint to keep a garrison on hex h (area "home"). */
static bool add_garrison_hint(struct game *g, struct hex h)
{
    struct diag d;
    struct ai_hint hint = {0, HINT_GARRISON, (int16_t)game_add_area(g, "home", &h, 1, &d), 10};
    return hint.area >= 0 && game_add_hint(g, &hint, &d) >= 0;
}

static void test_takes_undefended_objective(void)
{
    for (int level = AI_EASY; level < AI_LEVEL_COUNT; level++) {
        struct game *g = fx_new();
        map_at(g, at(8, 3))->vp = 5;
        int r = fx_unit(g, "r", 0, T_INF, 7, 3);
        fx_unit(g, "w", 1, T_INF, 14, 10);
        fx_start(g, 1);
        struct cmd log[64];
        side0_phase(g, NULL, level, log);
        CHECK(hex_eq(g->units[r].pos, at(8, 3)));
        CHECK_EQ_INT(map_get(g, at(8, 3))->owner, 0);
        game_free(g);
    }
}

static void test_declines_bad_odds(void)
{
    struct game *g = fx_new();
    map_at(g, at(10, 5))->terrain = TERRAIN_HILLS;
    int r = fx_unit(g, "r", 0, T_CAV, 9, 5);
    infantry_stack(g, 1, 3, "w", 10, 5);
    fx_start(g, 3);
    fx_until(g, 0, PHASE_COMBAT);
    for (int level = AI_EASY; level < AI_LEVEL_COUNT; level++) {
        struct cmd c = ai_next(g, 0, level);
        CHECK_EQ_INT(c.kind, CMD_END_PHASE);
    }
    CHECK(unit_alive(g, r));
    game_free(g);
}

static void test_takes_good_odds(void)
{
    struct game *g = fx_new();
    int w = fx_unit(g, "w", 1, T_CAV, 10, 5);
    fx_unit(g, "r1", 0, T_INF, 9, 5);
    fx_unit(g, "r2", 0, T_INF, 9, 4);
    fx_unit(g, "r3", 0, T_INF, 10, 4);
    fx_start(g, 3);
    fx_until(g, 0, PHASE_COMBAT);
    for (int level = AI_EASY; level < AI_LEVEL_COUNT; level++) {
        struct cmd c = ai_next(g, 0, level);
        CHECK_EQ_INT(c.kind, CMD_ATTACK);
        CHECK(hex_eq(c.to, g->units[w].pos));
        CHECK_EQ_INT(cmd_validate(g, &c), CMD_OK);
        struct combat_preview p;
        CHECK_EQ_INT(combat_preview(g, &c, &p), CMD_OK);
        CHECK(p.col >= 3); /* 3:2 or better */
    }
    game_free(g);
}

static void test_rides_the_rail(void)
{
    for (int level = AI_NORMAL; level < AI_LEVEL_COUNT; level++) {
        struct game *g = fx_new();
        int r = fx_unit(g, "r", 0, T_INF, 0, 5);
        fx_unit(g, "w", 1, T_INF, 14, 11);
        fx_start(g, 5);
        struct cmd log[64];
        int n = side0_phase(g, NULL, level, log);
        CHECK_EQ_INT(count_kind(log, n, CMD_ENTRAIN), 1);
        CHECK_EQ_INT(count_kind(log, n, CMD_DETRAIN), 1);
        /* far along the track toward the city at (15, 5), farther than any march */
        CHECK(hex_distance(g->units[r].pos, at(0, 5)) >= 8);
        CHECK(hex_distance(g->units[r].pos, at(15, 5)) <= 7);
        CHECK(!(g->units[r].flags & UF_ENTRAINED));
        game_free(g);
    }
}

static void test_train_runs_and_lands(void)
{
    struct game *g = fx_new();
    int t = fx_unit(g, "t", 0, T_TRAIN, 1, 5);
    struct unit_spec s;
    memset(&s, 0, sizeof s);
    snprintf(s.key, sizeof s.key, "p");
    s.side = 0;
    s.type = T_CAV;
    s.pos = at(1, 5);
    s.steps = 2;
    s.morale = -1;
    struct diag d;
    int p = game_add_unit(g, &s, &d);
    fx_unit(g, "w", 1, T_INF, 14, 11);
    fx_start(g, 9);
    /* the cavalry rides the train */
    struct cmd emb = fx_cmd(CMD_EMBARK, 0, p, at(1, 5));
    emb.target = (int16_t)t;
    CHECK_EQ_INT(game_apply(g, &emb, &ev), CMD_OK);
    struct cmd log[64];
    int n = side0_phase(g, NULL, AI_NORMAL, log);
    /* the train ran down the line into the enemy city (undefended) */
    CHECK(hex_distance(g->units[t].pos, at(1, 5)) >= 10);
    CHECK_EQ_INT(map_get(g, at(15, 5))->owner, 0);
    (void)n;
    game_free(g);
}

/* A repair train whose road to the enemy city is cut runs up to the gap and mends it in the
 * same phase, so the line is open for the next turn. */
static void test_train_mends_cut_ahead(void)
{
    struct game *g = fx_new();
    int t = fx_unit(g, "t", 0, T_TRAIN, 1, 5);
    fx_unit(g, "w", 1, T_INF, 14, 11);
    map_at(g, at(10, 5))->flags |= HEXF_RAIL_CUT;
    fx_start(g, 9);
    struct cmd log[64];
    int n = side0_phase(g, NULL, AI_NORMAL, log);
    CHECK_EQ_INT(count_kind(log, n, CMD_REPAIR_RAIL), 1);
    CHECK(!(map_get(g, at(10, 5))->flags & HEXF_RAIL_CUT));
    CHECK(hex_eq(g->units[t].pos, at(9, 5)));
    game_free(g);
}

/* Two units guard a valued town next to an enemy horseman. They strike him together, and if
 * he goes, the lighter one follows him out: the advance after combat is the first attacker's,
 * and the heavier one, without which the town would stand nearly bare, stays. */
static void test_garrison_stays_when_another_can_advance(void)
{
    int advanced = 0;
    for (uint64_t seed = 1; seed <= 8; seed++) {
        struct game *g = fx_new();
        struct hex home = at(5, 5), out = hex_neighbor(home, HEX_E);
        map_at(g, home)->vp = 10;
        int big = fx_unit(g, "big", 0, T_INF, 5, 5);
        int small = fx_unit(g, "small", 0, T_CAV, 5, 5);
        fx_unit(g, "w", 1, T_CAV, 6, 5);
        fx_unit(g, "w2", 1, T_INF, 14, 11);
        fx_start(g, seed);
        fx_until(g, 0, PHASE_COMBAT);
        struct cmd log[64];
        int n = side0_phase(g, NULL, AI_NORMAL, log);
        CHECK(count_kind(log, n, CMD_ATTACK) >= 1);
        CHECK(hex_eq(g->units[big].pos, home));
        if (hex_eq(g->units[small].pos, out))
            advanced++;
        game_free(g);
    }
    CHECK(advanced > 0);
}

/* A ship next to a unit whose objective lies far off along the coast takes it aboard, sails
 * and lands it there in the same phase; a unit whose objective lies inland, where the sea
 * brings it no nearer, marches and the ship does not carry it. */
static void test_ship_ferries_party(void)
{
    for (int inland = 0; inland < 2; inland++) {
        struct game *g = fx_new();
        struct hex town = inland ? at(12, 10) : at(13, 1);
        map_at(g, town)->vp = 5;
        int r = fx_unit(g, "r", 0, T_INF, 2, 1);
        int k = fx_unit(g, "k", 0, T_SHIP, 2, 0);
        infantry_stack(g, 1, 3, "w", 15, 5); /* the city is not to be had */
        fx_start(g, 6);
        struct cmd log[64];
        int n = side0_phase(g, NULL, AI_NORMAL, log);
        CHECK_EQ_INT(g->units[r].carrier, NO_UNIT);
        if (inland) {
            CHECK_EQ_INT(count_kind(log, n, CMD_EMBARK), 0);
            CHECK(hex_distance(g->units[r].pos, town) < hex_distance(at(2, 1), town));
        } else {
            CHECK_EQ_INT(count_kind(log, n, CMD_EMBARK), 1);
            CHECK_EQ_INT(count_kind(log, n, CMD_DISEMBARK), 1);
            /* ashore next to the town or in it: eleven hexes in one phase */
            CHECK(hex_distance(g->units[r].pos, town) <= 1);
            CHECK(hex_distance(g->units[k].pos, town) <= 2);
        }
        game_free(g);
    }
    /* the easy level does not use carriers */
    struct game *g = fx_new();
    map_at(g, at(13, 1))->vp = 5;
    fx_unit(g, "r", 0, T_INF, 2, 1);
    fx_unit(g, "k", 0, T_SHIP, 2, 0);
    infantry_stack(g, 1, 3, "w", 15, 5);
    fx_start(g, 6);
    struct cmd log[64];
    int n = side0_phase(g, NULL, AI_EASY, log);
    CHECK_EQ_INT(count_kind(log, n, CMD_EMBARK), 0);
    game_free(g);
}

/* A horseman that rides onto the enemy's railway far from the enemy's guns tears it up;
 * with a train of its own side on the line, whose road it is too, it leaves it whole. */
static void test_cuts_enemy_rail(void)
{
    for (int own_train = 0; own_train < 2; own_train++) {
        struct game *g = fx_new();
        struct hex stop = at(11, 5); /* three hexes of open ground: movement to spare */
        map_at(g, stop)->vp = 3;
        int r = fx_unit(g, "r", 0, T_CAV, 8, 5);
        if (own_train)
            fx_unit(g, "t", 0, T_TRAIN, 0, 5);
        fx_unit(g, "w", 1, T_INF, 15, 5);
        fx_start(g, 7);
        struct cmd log[64];
        struct ai *ai = ai_new(); /* the phase's plan, made before the town changed hands */
        int n = side0_phase(g, ai, AI_NORMAL, log);
        ai_free(ai);
        CHECK(hex_eq(g->units[r].pos, stop));
        CHECK_EQ_INT(count_kind(log, n, CMD_CUT_RAIL), (own_train ? 0 : 1));
        CHECK_EQ_INT(!!(map_get(g, stop)->flags & HEXF_RAIL_CUT), !own_train);
        game_free(g);
    }
}

static void test_leaves_closing_ring(void)
{
    struct game *g = fx_new();
    int r = fx_unit(g, "r", 0, T_INF, 9, 7);
    fx_unit(g, "w1", 1, T_INF, 11, 6);
    fx_unit(g, "w2", 1, T_INF, 11, 6);
    fx_unit(g, "w3", 1, T_INF, 11, 8);
    fx_unit(g, "w4", 1, T_INF, 11, 8);
    fx_unit(g, "w5", 1, T_INF, 10, 10);
    fx_unit(g, "w6", 1, T_INF, 10, 10);
    fx_start(g, 4);
    struct hex start = g->units[r].pos;
    side0_phase(g, NULL, AI_NORMAL, NULL);
    CHECK(!hex_eq(g->units[r].pos, start));
    /* it went back toward its own lines */
    int col, row;
    hex_to_offset(g->units[r].pos, &col, &row);
    CHECK(col <= 8);
    game_free(g);
}

static void test_rear_needs_no_garrison(void)
{
    /* a valued hex of ours far from every enemy keeps no garrison: the unit on it goes for
     * the enemy's undefended city instead; it stays with an enemy within two turns' ride, or
     * when a dated objective asks for the hex on a day a distant enemy could be there by, or
     * when the scenario's garrison hint names it */
    enum { FAR_AWAY, NEAR, DATED, HINTED };
    for (int c = FAR_AWAY; c <= HINTED; c++) {
        struct game *g = fx_new();
        map_at(g, at(1, 2))->vp = 20;
        int r = fx_unit(g, "r", 0, T_INF, 1, 2);
        fx_unit(g, "w", 1, c == NEAR ? T_CAV : T_INF, c == NEAR ? 9 : 15, c == NEAR ? 3 : 11);
        if (c == DATED) {
            struct hex home = at(1, 2);
            struct diag d;
            struct objective o = fx_objective("home_by_last_day", OBJ_HOLD_AREA, 0, 5);
            o.area = (int16_t)game_add_area(g, "home", &home, 1, &d);
            o.by_turn = (int16_t)g->last_turn;
            CHECK(o.area >= 0 && game_add_objective(g, &o, &d) >= 0);
        }
        if (c == HINTED) {
            struct hex home = at(1, 2);
            struct diag d;
            struct ai_hint h = {0, HINT_GARRISON, (int16_t)game_add_area(g, "home", &home, 1, &d),
                                10};
            CHECK(h.area >= 0 && game_add_hint(g, &h, &d) >= 0);
            struct ai_hint bad = h;
            bad.kind = HINT_KIND_COUNT;
            CHECK(game_add_hint(g, &bad, &d) < 0);
        }
        fx_start(g, 2);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        if (c != FAR_AWAY) {
            CHECK(hex_eq(g->units[r].pos, at(1, 2)));
        } else {
            CHECK(!hex_eq(g->units[r].pos, at(1, 2)));
            CHECK(hex_distance(g->units[r].pos, at(15, 5)) < hex_distance(at(1, 2), at(15, 5)));
        }
        game_free(g);
    }
}

static void test_abandons_hopeless_hold(void)
{
    /* a valued hex that even its garrison cannot hold against 4:1 or worse is given up:
     * the unit steps back instead of waiting to be destroyed; at fair odds it holds; and on
     * the last turn it holds whatever the odds (the hex would be lost for good, the unit has
     * nothing left to do) */
    for (int hopeless = 0; hopeless < 3; hopeless++) {
        struct game *g = fx_new();
        bool last = hopeless == 2;
        if (last) {
            struct diag d;
            CHECK(game_set_dates(g, 1920, 4, 27, 0, 1, &d));
        }
        map_at(g, at(4, 7))->vp = 10;
        int r = fx_unit(g, "r", 0, T_INF, 4, 7);
        int n = hopeless ? 3 : 1;
        infantry_stack(g, 1, n, "a", 6, 6);
        infantry_stack(g, 1, n, "b", 6, 8);
        fx_start(g, 3);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        CHECK_EQ_INT(hex_eq(g->units[r].pos, at(4, 7)), !hopeless || last);
        game_free(g);
    }
}

static void test_strong_unit_joins_threatened_hold(void)
{
    /* a strong unit guarding a quiet town (a garrison hint keeps it there) goes to the more
     * valuable town a turn's march away, which the enemy is about to strike and which the weak
     * unit in it could not hold alone; when the front town is worth less than its own, it stays
     * home and the weak unit gives the front town up */
    for (int front_worth_more = 0; front_worth_more < 2; front_worth_more++) {
        struct game *g = fx_new();
        struct hex home = at(3, 8), front = at(4, 7);
        map_at(g, home)->vp = 20;
        map_at(g, front)->vp = front_worth_more ? 14 : 6;
        CHECK(add_garrison_hint(g, home));
        int strong = fx_unit(g, "strong", 0, T_INF, 3, 8);
        int weak = fx_unit(g, "weak", 0, T_INF, 4, 7);
        g->units[weak].steps = 1;
        infantry_stack(g, 1, 2, "a", 6, 6);
        fx_start(g, 5);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        CHECK_EQ_INT(hex_eq(g->units[strong].pos, front), front_worth_more);
        CHECK_EQ_INT(hex_eq(g->units[weak].pos, front), front_worth_more);
        game_free(g);
    }
}

static void test_quiet_post_lets_garrison_go(void)
{
    /* a unit guarding a town that no enemy can strike next turn (a garrison hint keeps a goal
     * there) goes for a more valuable empty enemy town a few hexes off: standing guard earns it
     * nothing extra where nothing can strike; when an enemy could strike the home town next
     * turn, the garrison stays */
    for (int threatened = 0; threatened < 2; threatened++) {
        struct game *g = fx_new();
        struct hex home = at(2, 3), town = at(5, 3);
        map_at(g, home)->vp = 20;
        map_at(g, town)->vp = 12;
        map_at(g, town)->owner = 1;
        CHECK(add_garrison_hint(g, home));
        int r = fx_unit(g, "r", 0, T_INF, 2, 3);
        fx_unit(g, "w", 1, T_INF, threatened ? 4 : 15, threatened ? 2 : 11);
        fx_start(g, 7);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        CHECK_EQ_INT(hex_eq(g->units[r].pos, home), threatened);
        game_free(g);
    }
}

static void test_strikes_train_firing_on_town(void)
{
    /* an enemy armored train on the line two hexes from our town can fire on it at no risk to
     * itself: a unit with nothing to guard goes for the train rather than for an empty enemy
     * town on the other side; with no town of ours in the train's range, it takes the town */
    for (int menacing = 0; menacing < 2; menacing++) {
        struct game *g = fx_new();
        struct hex town = at(4, 5), prize = at(5, 10);
        map_at(g, town)->vp = menacing ? 20 : 0;
        map_at(g, prize)->vp = 10;
        map_at(g, prize)->owner = 1;
        fx_unit(g, "guard", 0, T_INF, 4, 5);
        int c = fx_unit(g, "c", 0, T_INF, 5, 7);
        int t = fx_unit(g, "t", 1, T_TRAIN, 6, 5);
        int before = hex_distance(g->units[c].pos, g->units[t].pos);
        fx_start(g, 8);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        CHECK_EQ_INT(hex_distance(g->units[c].pos, g->units[t].pos) < before, menacing);
        game_free(g);
    }
}

static void test_no_lone_walk_into_a_blow(void)
{
    /* a unit marching for the enemy's city takes the empty enemy town beside its road when
     * the enemy can strike it there only lightly; when the enemy could strike it there at 4:1
     * or worse and no unit of its side can join it there this phase, it leaves the town alone
     * (it would only be destroyed for a hex lost again at once) */
    for (int heavy = 0; heavy < 2; heavy++) {
        struct game *g = fx_new();
        struct hex town = at(5, 7);
        map_at(g, town)->owner = 1;
        map_at(g, town)->vp = 3;
        int r = fx_unit(g, "r", 0, T_INF, 4, 7);
        g->units[r].steps = 1;
        infantry_stack(g, 1, heavy ? 2 : 1, "a", 8, 6);
        fx_start(g, 6);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        CHECK_EQ_INT(hex_eq(g->units[r].pos, town), !heavy);
        game_free(g);
    }
}

/* The fixture theatre with an enemy town of `vp` points at (col, row); with `last`, a game of
 * a single turn, so that the turn played is the last. */
static struct game *last_turn_game(bool last, int col, int row, int vp)
{
    struct game *g = fx_new();
    struct diag d;
    if (last)
        CHECK(game_set_dates(g, 1920, 4, 27, 0, 1, &d));
    if (vp > 0) {
        map_at(g, at(col, row))->vp = vp;
        map_at(g, at(col, row))->owner = 1;
    }
    return g;
}

static void test_last_turn_units_count_by_objectives(void)
{
    /* a side ahead keeps its units out of danger, but on the last turn a unit is worth only
     * what an objective says: the garrison of a threatened town stays; a unit a save
     * objective still needs steps back; one the objective can spare stays */
    enum { EARLIER, LAST, LAST_NEEDED, LAST_SPARE };
    for (int c = EARLIER; c <= LAST_SPARE; c++) {
        struct game *g = last_turn_game(c != EARLIER, 0, 0, 0);
        map_at(g, at(4, 7))->vp = 3;
        map_at(g, at(1, 10))->vp = 30; /* far in the rear: side 0 is well ahead */
        map_at(g, at(15, 5))->vp = 0;  /* no city to go for */
        int r = fx_unit(g, "r", 0, T_INF, 4, 7);
        infantry_stack(g, 1, 3, "a", 6, 6);
        if (c == LAST_NEEDED || c == LAST_SPARE) {
            snprintf(g->units[r].tag, sizeof g->units[r].tag, "army");
            if (c == LAST_SPARE)
                for (int i = 0; i < 2; i++) {
                    int o = fx_unit(g, i ? "o1" : "o0", 0, T_INF, 1, 10 - i);
                    snprintf(g->units[o].tag, sizeof g->units[o].tag, "army");
                }
            CHECK(add_keep_army(g));
        }
        fx_start(g, 3);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        CHECK_EQ_INT(hex_eq(g->units[r].pos, at(4, 7)), c == LAST || c == LAST_SPARE);
        game_free(g);
    }
}

static void test_last_turn_takes_under_threat(void)
{
    /* a side ahead keeps its units out of danger, and leaves an empty town under the
     * enemy's guns alone; on the last turn its units are worth only what an objective says,
     * and it takes the town */
    for (int last = 0; last < 2; last++) {
        struct game *g = last_turn_game(last, 4, 7, 2);
        map_at(g, at(1, 10))->vp = 30; /* far in the rear: side 0 is well ahead */
        map_at(g, at(15, 5))->vp = 0;  /* no city to go for */
        int r = fx_unit(g, "r", 0, T_INF, 2, 7);
        infantry_stack(g, 1, 3, "a", 6, 6);
        fx_start(g, 3);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        CHECK_EQ_INT(hex_eq(g->units[r].pos, at(4, 7)), last);
        game_free(g);
    }
}

static void test_even_blow_is_no_danger(void)
{
    /* a side ahead keeps a unit a save objective needs out of danger, and leaves an empty
     * town alone where two enemy companies could strike it at 2:1; where only one could, at
     * 1:1, the blow would cost the enemy more than it takes, and a bold side's unit takes the
     * town (at the normal posture it still leaves it alone) */
    for (int c = 0; c < 3; c++) {
        int n = c == 2 ? 2 : 1;
        bool bold = c != 0;
        struct game *g = last_turn_game(false, 4, 7, 2);
        map_at(g, at(1, 10))->vp = 30; /* far in the rear: side 0 is well ahead */
        map_at(g, at(15, 5))->vp = 0;  /* no city to go for */
        int r = fx_unit(g, "r", 0, T_INF, 2, 7);
        snprintf(g->units[r].tag, sizeof g->units[r].tag, "army"); /* its loss costs more */
        CHECK(add_keep_army(g));
        infantry_stack(g, 1, n, "a", 6, 6);
        if (bold)
            g->posture[0] = POSTURE_BOLD;
        fx_start(g, 3);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        CHECK_EQ_INT(hex_eq(g->units[r].pos, at(4, 7)), bold && n == 1);
        game_free(g);
    }
}

static void test_last_turn_goes_for_what_it_reaches(void)
{
    /* the city far to the east is worth more than the small town just to the west, and an
     * infantry unit heads for it; on the last turn it cannot get there before the end, and
     * takes the town it can reach instead */
    for (int last = 0; last < 2; last++) {
        struct game *g = last_turn_game(last, 3, 9, 3);
        int r = fx_unit(g, "r", 0, T_INF, 5, 9);
        fx_unit(g, "w", 1, T_INF, 14, 11);
        fx_start(g, 3);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        CHECK_EQ_INT(hex_eq(g->units[r].pos, at(3, 9)), last);
        CHECK_EQ_INT(g->units[r].pos.q > at(5, 9).q, !last);
        game_free(g);
    }
}

static void test_last_turn_of_war_leaves_quiet_post(void)
{
    /* a strong unit keeps a small garrison in its valuable town while an enemy is two
     * marches off across the river, and leaves the small town on the bank, which the enemy
     * can strike next turn, to the weak unit in it; when a dated peace comes next turn, the
     * enemy can no longer reach its town before the war ends: this is its last turn of war,
     * and it goes to the bank */
    for (int peace = 0; peace < 2; peace++) {
        struct game *g = fx_new();
        struct hex home = at(4, 9), bank = at(6, 9);
        map_at(g, home)->vp = 20;
        map_at(g, bank)->vp = 6;
        map_at(g, home)->supply_src = 1u << 0; /* both towns in supply */
        int strong = fx_unit(g, "strong", 0, T_INF, 4, 9);
        int weak = fx_unit(g, "weak", 0, T_INF, 6, 9);
        g->units[weak].steps = 1;
        infantry_stack(g, 1, 2, "w", 8, 9);
        if (peace)
            CHECK(game_set_peace(g, 0, 1, 1));
        fx_start(g, 4);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        CHECK_EQ_INT(hex_eq(g->units[strong].pos, bank), peace);
        CHECK_EQ_INT(hex_eq(g->units[strong].pos, home), !peace);
        game_free(g);
    }
}

static void test_last_turn_guns_help_take(void)
{
    /* on the last turn a cavalry unit in our town steps next to the enemy's town beside it
     * when our armored train, staying to guard our town, can shell that town with it: the two
     * together strike at 2:1, and only the cavalry can go in; with an infantry unit beside it
     * instead of the train, the cavalry alone would strike at worse than 1:1, and it stays to
     * guard the town */
    for (int train = 0; train < 2; train++) {
        struct game *g = last_turn_game(true, 5, 5, 8);
        struct hex home = at(3, 5), town = at(5, 5);
        map_at(g, home)->vp = 10;
        int c = fx_unit(g, "c", 0, T_CAV, 3, 5);
        fx_unit(g, "t", 0, train ? T_TRAIN : T_INF, 3, 5);
        fx_unit(g, "w", 1, T_INF, 5, 5);
        fx_unit(g, "x", 1, T_INF, 3, 8);
        fx_start(g, 3);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        CHECK_EQ_INT(hex_distance(g->units[c].pos, town) == 1, train);
        CHECK_EQ_INT(hex_eq(g->units[c].pos, home), !train);
        game_free(g);
    }
}

/* Side 0's four companies r[0..3] (tagged `tag`) in a column at (9, 2..5), and side 1's stack
 * of n companies at (12, 4) with a cavalry unit further off. */
static void four_against_stack(struct game *g, int *r, const char *tag, int n)
{
    for (int i = 0; i < 4; i++) {
        char key[8];
        snprintf(key, sizeof key, "r%d", i);
        r[i] = fx_unit(g, key, 0, T_INF, 9, 2 + i);
        snprintf(g->units[r[i]].tag, sizeof g->units[r[i]].tag, "%s", tag);
    }
    infantry_stack(g, 1, n, "w", 12, 4);
    fx_unit(g, "c", 1, T_CAV, 14, 7);
}

/* How many of four_against_stack()'s companies stand next to the enemy stack. */
static int next_to_stack(const struct game *g, const int *r)
{
    int next = 0;
    for (int i = 0; i < 4; i++)
        if (hex_distance(g->units[r[i]].pos, at(12, 4)) == 1)
            next++;
    return next;
}

static void test_stands_next_to_stack_it_beats(void)
{
    /* a side ahead, whose four companies a save objective needs every one of, weighs danger
     * fully; a lone enemy company it can strike at 2:1 or better this turn is no danger to
     * the hexes next to it (it will be struck first), and two companies go and stand there;
     * three enemy companies, which it cannot strike at 2:1, it keeps away from */
    for (int strong = 0; strong < 2; strong++) {
        struct game *g = fx_new();
        int r[4];
        four_against_stack(g, r, "army", strong ? 3 : 1);
        struct objective o = fx_objective("keep_army", OBJ_SAVE_TAG, 0, 5);
        o.n = 4;
        snprintf(o.tag, sizeof o.tag, "army");
        struct diag d;
        CHECK(game_add_objective(g, &o, &d) >= 0);
        fx_start(g, 7);
        g->sides[0].score += 2 * g->rules.draw_band - (game_score(g, 0) - game_score(g, 1));
        side0_phase(g, NULL, AI_NORMAL, NULL);
        int next = next_to_stack(g, r);
        if (strong)
            CHECK_EQ_INT(next, 0);
        else
            CHECK(next >= 2);
        game_free(g);
    }
}

static void test_precious_stays_off_far_front(void)
{
    /* a unit the side must keep alive is not sent to a threatened hex more than two turns'
     * march away: an ordinary unit heads for the valued town under threat in the north, the
     * one a save objective protects for the unthreatened prize in the south */
    for (int precious = 0; precious < 2; precious++) {
        struct game *g = fx_new();
        map_at(g, at(3, 1))->vp = 20;
        map_at(g, at(3, 11))->vp = 5;
        map_at(g, at(3, 11))->owner = NO_SIDE;
        map_at(g, at(15, 5))->vp = 0; /* no city to ride to */
        int r = fx_unit(g, "r", 0, T_INF, 3, 6);
        fx_unit(g, "w", 1, T_CAV, 5, 2);
        if (precious) {
            snprintf(g->units[r].tag, sizeof g->units[r].tag, "army");
            CHECK(add_keep_army(g));
        }
        fx_start(g, 4);
        side0_phase(g, NULL, AI_NORMAL, NULL);
        int col, row;
        hex_to_offset(g->units[r].pos, &col, &row);
        if (precious)
            CHECK(row > 6);
        else
            CHECK(row < 6);
        game_free(g);
    }
}

/* Side 0's first command of its combat phase, at normal level, once its score is set to lead
 * side 1's by `lead` points. */
static struct cmd first_blow(struct game *g, int lead)
{
    g->sides[0].score += lead - (game_score(g, 0) - game_score(g, 1));
    fx_until(g, 0, PHASE_COMBAT);
    return ai_next(g, 0, AI_NORMAL);
}

static void test_ahead_attacks_only_what_pays(void)
{
    /* an even fight, 1:1 in the open: a side level on points takes it, a side ahead by
     * twice the draw band keeps its unit */
    for (int ahead = 0; ahead < 2; ahead++) {
        struct game *g = fx_new();
        fx_unit(g, "r", 0, T_INF, 9, 4);
        fx_unit(g, "w", 1, T_INF, 10, 4);
        fx_start(g, 7);
        struct cmd c = first_blow(g, ahead ? 2 * g->rules.draw_band : 0);
        CHECK_EQ_INT(c.kind, ahead ? CMD_END_PHASE : CMD_ATTACK);
        game_free(g);
    }
}

/* Side 1's movement phase (side 0 moved first, or passed), as side0_phase() plays side 0's. */
static void side1_phase(struct game *g)
{
    fx_until(g, 1, PHASE_MOVE);
    int refused = 0;
    play_phase(g, NULL, 1, AI_NORMAL, NULL, 0, &refused);
    CHECK_EQ_INT(refused, 0);
}

static void test_last_mover_fears_nothing(void)
{
    /* side 1 moves second: on the game's last turn no enemy moves after it, so the garrison of
     * its town, which side 0's company could strike if the game went on, goes to take the
     * enemy's empty town instead (its own town stays its own, empty); a turn before the
     * last, it keeps its post */
    for (int last = 0; last < 2; last++) {
        struct game *g = fx_new();
        struct diag d;
        CHECK(game_set_dates(g, 1920, 4, 27, 0, last ? 1 : 2, &d));
        struct hex town = at(10, 7), prize = at(11, 9);
        map_at(g, town)->vp = 10;
        map_at(g, town)->owner = 1;
        map_at(g, prize)->vp = 5;
        map_at(g, prize)->owner = 0;
        int r = fx_unit(g, "r", 1, T_INF, 10, 7);
        fx_unit(g, "a", 0, T_INF, 8, 6);
        fx_start(g, 3);
        side1_phase(g);
        CHECK_EQ_INT(hex_eq(g->units[r].pos, town), !last);
        CHECK_EQ_INT(map_at(g, prize)->owner == 1, last);
        game_free(g);
    }
}

/* Side 0's four companies against a stack of side 1's two, with side 0's `posture`, level on
 * points or ahead by twice the draw band: how many of the four stand next to the stack after
 * the movement phase. */
static int posture_closes(int posture, bool ahead)
{
    struct game *g = fx_new();
    int r[4];
    four_against_stack(g, r, "", 2);
    g->posture[0] = (uint8_t)posture;
    fx_start(g, 7);
    if (ahead)
        g->sides[0].score += 2 * g->rules.draw_band - (game_score(g, 0) - game_score(g, 1));
    side0_phase(g, NULL, AI_NORMAL, NULL);
    int next = next_to_stack(g, r);
    game_free(g);
    return next;
}

static void test_posture_sets_the_risk(void)
{
    /* the scenario's posture for a side: a careful side plays as a side ahead always does
     * (keeps away from a stack it cannot strike at 2:1, declines an even fight); a bold one
     * goes next to the stack and takes the even fight even while ahead */
    static const bool closes[POSTURE_COUNT][2] = {
        [POSTURE_NORMAL] = {true, false},
        [POSTURE_BOLD] = {true, true},
        [POSTURE_CAREFUL] = {false, false},
    };
    for (int p = 0; p < POSTURE_COUNT; p++)
        for (int ahead = 0; ahead < 2; ahead++) {
            CHECK_EQ_INT(posture_closes(p, ahead) >= 2, closes[p][ahead]);
            CHECK_EQ_INT(posture_closes(p, ahead) == 0, !closes[p][ahead]);
            /* an even fight, 1:1 in the open */
            struct game *g = fx_new();
            fx_unit(g, "r", 0, T_INF, 9, 4);
            fx_unit(g, "w", 1, T_INF, 10, 4);
            g->posture[0] = (uint8_t)p;
            fx_start(g, 7);
            struct cmd c = first_blow(g, ahead ? 2 * g->rules.draw_band : 0);
            CHECK_EQ_INT(c.kind, closes[p][ahead] ? CMD_ATTACK : CMD_END_PHASE);
            game_free(g);
        }
}

static void test_spares_last_unit_an_objective_needs(void)
{
    /* an even fight, 1:1 in the open, for a town worth 3 points, with a unit at its last
     * step, for a side level on points: an ordinary unit takes it; the last unit a save
     * objective (5 points) needs does not, since the one result in two that kills it would
     * break the objective */
    for (int needed = 0; needed < 2; needed++) {
        struct game *g = fx_new();
        int r = fx_unit(g, "r", 0, T_INF, 9, 4);
        int w = fx_unit(g, "w", 1, T_INF, 10, 4);
        if (needed) {
            snprintf(g->units[r].tag, sizeof g->units[r].tag, "army");
            CHECK(add_keep_army(g));
        }
        map_at(g, at(10, 4))->vp = 3;
        fx_start(g, 7);
        g->units[r].steps = g->units[w].steps = 1;
        struct cmd c = first_blow(g, 0);
        CHECK_EQ_INT(c.kind, needed ? CMD_END_PHASE : CMD_ATTACK);
        game_free(g);
    }
}

static void test_garrison_keeps_its_post(void)
{
    /* two companies hold a town worth 20 points; a lone enemy troop of horse, at its last
     * step, stands next to the town, and the garrison strikes it. The first attacker would
     * advance into a hex the blow empties: with no other enemy near, it does; with three
     * enemy companies two hexes off, one company left in the town could not hold it against
     * them, and the garrison strikes holding its ground (ATTACK_HOLD) */
    for (int near = 0; near < 2; near++) {
        struct game *g = fx_new();
        map_at(g, at(5, 4))->vp = 20;
        fx_unit(g, "r0", 0, T_INF, 5, 4);
        fx_unit(g, "r1", 0, T_INF, 5, 4);
        int w = fx_unit(g, "w", 1, T_CAV, 6, 4);
        if (near)
            infantry_stack(g, 1, 3, "a", 7, 6);
        fx_start(g, 7);
        g->units[w].steps = 1;
        struct cmd c = first_blow(g, 0);
        CHECK_EQ_INT(c.kind, CMD_ATTACK);
        CHECK(hex_eq(c.to, at(6, 4)));
        CHECK_EQ_INT(c.value, near ? ATTACK_HOLD : 0);
        CHECK_EQ_INT(game_apply(g, &c, &ev), CMD_OK);
        int kept = 0;
        for (int u = 0; u < g->nunits; u++)
            if (unit_alive(g, u) && g->units[u].side == 0 && hex_eq(g->units[u].pos, at(5, 4)))
                kept++;
        if (near)
            CHECK_EQ_INT(kept, 2);
        game_free(g);
    }
}

/* ====================================================================== determinism */
static struct game *small_war(uint64_t seed)
{
    struct game *g = fx_new();
    fx_unit(g, "r1", 0, T_INF, 2, 3);
    fx_unit(g, "r2", 0, T_INF, 0, 5);
    fx_unit(g, "r3", 0, T_CAV, 3, 8);
    fx_unit(g, "r4", 0, T_TRAIN, 4, 5);
    fx_unit(g, "r5", 0, T_INF, 5, 10);
    fx_unit(g, "w1", 1, T_INF, 12, 4);
    fx_unit(g, "w2", 1, T_INF, 15, 5);
    fx_unit(g, "w3", 1, T_CAV, 11, 9);
    fx_unit(g, "w4", 1, T_INF, 10, 6);
    fx_unit(g, "w5", 1, T_TRAIN, 13, 5);
    map_at(g, at(10, 3))->vp = 3;
    map_at(g, at(5, 8))->vp = 3;
    map_at(g, at(3, 5))->vp = 2;
    g->last_turn = 9;
    fx_start(g, seed);
    return g;
}

static void test_same_state_same_commands(void)
{
    for (int level = 0; level < AI_LEVEL_COUNT; level++) {
        struct game *g = small_war(11);
        struct game *h = game_clone(g);
        struct cmd a = ai_next(g, 0, level), b = ai_next(h, 0, level);
        CHECK(memcmp(&a, &b, sizeof a) == 0);
        game_free(g);
        game_free(h);
    }
}

/* Plays a whole game with the AI on both sides; returns the final hash. */
static uint64_t whole_game(uint64_t seed, int level0, int level1, bool stateful, int *refused,
                           int *commands)
{
    struct game *g = small_war(seed);
    struct ai *a = stateful ? ai_new() : NULL;
    for (int guard = 0; guard < 400 && !g->result.over; guard++) {
        int side = game_active_side(g);
        *commands += play_phase(g, a, side, side == 0 ? level0 : level1, NULL, 0, refused);
    }
    CHECK(g->result.over);
    uint64_t h = game_hash(g);
    ai_free(a);
    game_free(g);
    return h;
}

static void test_whole_games_every_level(void)
{
    for (int level = 0; level < AI_LEVEL_COUNT; level++) {
        int refused = 0, commands = 0;
        uint64_t h1 = whole_game(21, level, level, true, &refused, &commands);
        uint64_t h2 = whole_game(21, level, level, true, &refused, &commands);
        CHECK(h1 == h2);
        CHECK_EQ_INT(refused, 0);
        /* every order spends a unit's movement or attack: 10 units, 10 turns, 2 phases */
        CHECK(commands < 10 * 2 * 2 * (10 * 4 + 1));
        if (refused)
            fprintf(stderr, "level %s: %d refused\n", ai_level_name(level), refused);
    }
}

static void test_stateless_games(void)
{
    for (int level = AI_EASY; level < AI_LEVEL_COUNT; level++) {
        int refused = 0, commands = 0;
        uint64_t h1 = whole_game(33, level, level, false, &refused, &commands);
        uint64_t h2 = whole_game(33, level, level, false, &refused, &commands);
        CHECK(h1 == h2);
        CHECK_EQ_INT(refused, 0);
        /* the first order from the opening position is the same either way */
        struct game *g = small_war(33);
        struct ai *a = ai_new();
        struct cmd x = ai_think(a, g, 0, level), y = ai_next(g, 0, level);
        CHECK(memcmp(&x, &y, sizeof x) == 0);
        ai_free(a);
        game_free(g);
    }
}

static void test_planner_beats_baselines(void)
{
    /* over a few seeds, the planner as red scores more than the baselines as white */
    int wins = 0, games = 0;
    for (uint64_t seed = 1; seed <= 6; seed++)
        for (int base = AI_RANDOM; base <= AI_GREEDY; base++) {
            struct game *g = small_war(seed);
            struct ai *a = ai_new();
            int refused = 0;
            for (int guard = 0; guard < 400 && !g->result.over; guard++) {
                int side = game_active_side(g);
                play_phase(g, a, side, side == 0 ? AI_NORMAL : base, NULL, 0, &refused);
            }
            CHECK_EQ_INT(refused, 0);
            games++;
            if (game_score(g, 0) > game_score(g, 1))
                wins++;
            ai_free(a);
            game_free(g);
        }
    if (wins * 4 < games * 3)
        fprintf(stderr, "planner won %d of %d\n", wins, games);
    CHECK(wins * 4 >= games * 3);
}

/* The hard level plays its candidate plans out with dice of its own: what it does cannot
 * depend on the dice the game will roll. The same positions with the rules stream at four
 * other states get the same movement phase from it, command for command (a lookahead that
 * rolled the game's own dice would follow them). */
static void test_hard_cannot_see_the_dice(void)
{
    int compared = 0;
    for (uint64_t seed = 1; seed <= 6; seed++) {
        struct game *g = small_war(seed);
        struct ai *a = ai_new();
        int refused = 0;
        /* two turns of normal play bring the armies into contact */
        for (int guard = 0; guard < 400 && !g->result.over && g->turn < 2; guard++) {
            int side = game_active_side(g);
            play_phase(g, a, side, AI_NORMAL, NULL, 0, &refused);
        }
        CHECK_EQ_INT(refused, 0);
        CHECK(g->phase == PHASE_MOVE && game_active_side(g) == 0);
        struct cmd first[64], other[64];
        int n0 = 0;
        for (int j = 0; j < 5; j++) {
            struct game *h = game_clone(g);
            if (j > 0)
                rng_seed(&h->rng, 1000 + seed * 10 + (uint64_t)j, 99);
            struct ai *b = ai_new();
            int n = play_phase(h, b, 0, AI_HARD, j ? other : first, 64, &refused);
            if (j == 0)
                n0 = n;
            else {
                CHECK_EQ_INT(n, n0);
                CHECK(memcmp(first, other, sizeof first[0] * (size_t)(n < 64 ? n : 64)) == 0);
                compared++;
            }
            ai_free(b);
            game_free(h);
        }
        CHECK_EQ_INT(refused, 0);
        ai_free(a);
        game_free(g);
    }
    CHECK_EQ_INT(compared, 24);
}

static void test_hard_plays_its_own_games(void)
{
    /* hard plays its candidate plans out to its next turn: it plays other games than
     * normal, with no command refused. How much better it does is measured on the real scenarios with
     * ai-bench (docs/ai.md); on this small fixture the margin depends on the seeds (ahead
     * over seeds 1..6, behind over 1..12), so it is printed, not asserted. */
    int differ = 0, margin = 0, hard_wins = 0, normal_wins = 0;
    for (uint64_t seed = 1; seed <= 12; seed++) {
        int refused = 0, commands = 0;
        uint64_t same = whole_game(seed, AI_NORMAL, AI_NORMAL, true, &refused, &commands);
        for (int hard_side = 0; hard_side < 2; hard_side++) {
            struct game *g = small_war(seed);
            struct ai *a = ai_new();
            for (int guard = 0; guard < 400 && !g->result.over; guard++) {
                int side = game_active_side(g);
                play_phase(g, a, side, side == hard_side ? AI_HARD : AI_NORMAL, NULL, 0,
                           &refused);
            }
            CHECK(g->result.over);
            if (game_hash(g) != same)
                differ++;
            int d = game_score(g, hard_side) - game_score(g, 1 - hard_side);
            margin += d;
            hard_wins += d > 0;
            normal_wins += d < 0;
            ai_free(a);
            game_free(g);
        }
        CHECK_EQ_INT(refused, 0);
    }
    fprintf(stderr, "hard vs normal: %d games differ, margin %+d, hard won %d, normal won %d\n",
            differ, margin, hard_wins, normal_wins);
    CHECK(differ > 0);
}

static void test_level_names(void)
{
    for (int i = 0; i < AI_LEVEL_COUNT; i++)
        CHECK_EQ_INT(ai_level_from_name(ai_level_name(i)), i);
    CHECK_EQ_INT(ai_level_from_name("brilliant"), -1);
}

static const struct test_case tests[] = {
    {"takes_undefended_objective", test_takes_undefended_objective},
    {"declines_bad_odds", test_declines_bad_odds},
    {"takes_good_odds", test_takes_good_odds},
    {"rides_the_rail", test_rides_the_rail},
    {"train_runs_and_lands", test_train_runs_and_lands},
    {"train_mends_cut_ahead", test_train_mends_cut_ahead},
    {"garrison_stays_when_another_can_advance", test_garrison_stays_when_another_can_advance},
    {"ship_ferries_party", test_ship_ferries_party},
    {"cuts_enemy_rail", test_cuts_enemy_rail},
    {"leaves_closing_ring", test_leaves_closing_ring},
    {"rear_needs_no_garrison", test_rear_needs_no_garrison},
    {"abandons_hopeless_hold", test_abandons_hopeless_hold},
    {"strong_unit_joins_threatened_hold", test_strong_unit_joins_threatened_hold},
    {"quiet_post_lets_garrison_go", test_quiet_post_lets_garrison_go},
    {"strikes_train_firing_on_town", test_strikes_train_firing_on_town},
    {"no_lone_walk_into_a_blow", test_no_lone_walk_into_a_blow},
    {"last_turn_units_count_by_objectives", test_last_turn_units_count_by_objectives},
    {"last_turn_takes_under_threat", test_last_turn_takes_under_threat},
    {"even_blow_is_no_danger", test_even_blow_is_no_danger},
    {"last_turn_goes_for_what_it_reaches", test_last_turn_goes_for_what_it_reaches},
    {"last_turn_of_war_leaves_quiet_post", test_last_turn_of_war_leaves_quiet_post},
    {"last_turn_guns_help_take", test_last_turn_guns_help_take},
    {"last_mover_fears_nothing", test_last_mover_fears_nothing},
    {"posture_sets_the_risk", test_posture_sets_the_risk},
    {"stands_next_to_stack_it_beats", test_stands_next_to_stack_it_beats},
    {"precious_stays_off_far_front", test_precious_stays_off_far_front},
    {"ahead_attacks_only_what_pays", test_ahead_attacks_only_what_pays},
    {"spares_last_unit_an_objective_needs", test_spares_last_unit_an_objective_needs},
    {"garrison_keeps_its_post", test_garrison_keeps_its_post},
    {"same_state_same_commands", test_same_state_same_commands},
    {"whole_games_every_level", test_whole_games_every_level},
    {"stateless_games", test_stateless_games},
    {"planner_beats_baselines", test_planner_beats_baselines},
    {"hard_cannot_see_the_dice", test_hard_cannot_see_the_dice},
    {"hard_plays_its_own_games", test_hard_plays_its_own_games},
    {"level_names", test_level_names},
};

int main(int argc, char **argv)
{
    return harness_run(tests, (int)(sizeof tests / sizeof tests[0]), argc, argv);
}
