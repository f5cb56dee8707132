/*
 * test_replay.c - the classroom replay (engine/script/replay.c) and the handout writer
 * (engine/script/handout.c): the historical course reaches its end, positions match the
 * scripted history at dated steps, stepping backwards and forwards give the same states,
 * branches continue as normal games, history positions by date, refusals of broken
 * history files with file and line, and the handout's structure.
 */
#define _GNU_SOURCE /* open_memstream */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "handout.h"
#include "harness.h"
#include "replay.h"

static char scen_root[400];

static const char *scen(const char *id)
{
    static char p[1200];
    const char *src = getenv("B20_SRC");
    snprintf(scen_root, sizeof scen_root, "%s/scenarios", src && src[0] ? src : "..");
    snprintf(p, sizeof p, "%s/%s", scen_root, id);
    return p;
}

static int step_index(const struct replay *r, const char *id)
{
    for (int k = 0; k < replay_steps(r); k++) {
        struct replay_step st;
        if (replay_step(r, k, &st) && !strcmp(st.id, id))
            return k;
    }
    return -1;
}

static struct hex place(const struct game *g, const char *id)
{
    int p = place_by_id(g, id);
    return p >= 0 ? g->places[p].pos : (struct hex){-999, -999};
}

static int unit_key(const struct game *g, const char *key)
{
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = game_unit(g, i);
        if (u && !strcmp(u->key, key))
            return i;
    }
    return -1;
}

/* The main scenario's replay; a failed check (with the loader's message) when it cannot open. */
static struct replay *open_baku(struct diag *d)
{
    struct replay *r = replay_open(scen("baku1920"), NULL, 0, 1, "en", d);
    CHECK(r != NULL);
    if (!r) {
        char buf[1024];
        diag_format(d, buf, sizeof buf);
        fprintf(stderr, "replay_open: %s\n", buf);
    }
    return r;
}

/* ====================================================================== the course */
static void test_reaches_end(void)
{
    struct diag d;
    struct replay *r = open_baku(&d);
    if (!r)
        return;
    CHECK(replay_steps(r) >= 10);
    CHECK_EQ_INT(replay_current(r), 0);
    CHECK_EQ_INT(replay_warnings(r, NULL), 0);
    int last = replay_steps(r) - 1;
    CHECK(replay_goto(r, last, &d));
    CHECK_EQ_INT(replay_current(r), last);
    struct replay_step st;
    CHECK(replay_step(r, last, &st));
    CHECK_EQ_INT(strcmp(st.id, "treaty"), 0);
    CHECK_EQ_INT(replay_game(r)->turn, st.turn);
    CHECK(!replay_game(r)->result.over);
    /* every step has its texts, a date and sources from the scenario's list */
    for (int k = 0; k <= last; k++) {
        CHECK(replay_step(r, k, &st));
        CHECK(st.title && st.title[0]);
        CHECK(st.text && strlen(st.text) > 80);
        CHECK_STR_CONTAINS(st.date, "1920-");
        CHECK(st.source_ids[0] != '\0');
        CHECK(strchr(st.sources, ':') != NULL); /* "S0: ..." lines, not bare ids */
        if (k > 0) {
            struct replay_step prev;
            replay_step(r, k - 1, &prev);
            CHECK(prev.turn <= st.turn);
        }
    }
    CHECK(!replay_goto(r, last + 1, &d));
    CHECK(!replay_goto(r, -1, &d));
    replay_free(r);
}

static void test_history_is_a_draw(void)
{
    /* the scenario's calibration: replayed to its last step, the historical course stands
     * in the middle half of the draw band, neither side's win (the par, the ADR's starting
     * points, is what the Red Army's gains were worth beyond what the ADR kept) */
    struct diag d;
    struct replay *r = open_baku(&d);
    if (!r)
        return;
    CHECK(replay_goto(r, replay_steps(r) - 1, &d));
    const struct game *g = replay_game(r);
    int diff = game_score(g, side_by_id(g, "red")) - game_score(g, side_by_id(g, "adr"));
    int band = g->rules.draw_band;
    CHECK(band > 0);
    CHECK(2 * abs(diff) <= band);
    replay_free(r);
}

static void test_positions_match_history(void)
{
    struct diag d;
    struct replay *r = open_baku(&d);
    if (!r)
        return;
    int k = step_index(r, "trains_baku");
    CHECK(k > 0);
    CHECK(replay_goto(r, k, &d));
    const struct game *g = replay_game(r);
    char date[32];
    game_date_str(g, g->turn, date, sizeof date);
    CHECK_STR_CONTAINS(date, "1920-04-28 dawn");
    struct hex baku = place(g, "baku");
    int at61 = unit_key(g, "at61"), at55 = unit_key(g, "at55");
    CHECK(at61 >= 0 && at55 >= 0);
    if (at61 >= 0)
        CHECK(hex_eq(g->units[at61].pos, baku));
    if (at55 >= 0)
        CHECK(hex_eq(g->units[at55].pos, baku));
    CHECK_EQ_INT(map_get(g, baku)->owner, side_by_id(g, "red"));
    /* the first steps: the border posts gone, the trains at Khudat */
    CHECK(replay_goto(r, step_index(r, "samur"), &d));
    g = replay_game(r);
    CHECK_EQ_INT(unit_key(g, "post_yalama"), -1);
    at61 = unit_key(g, "at61");
    CHECK(at61 >= 0 && hex_eq(g->units[at61].pos, place(g, "khudat")));
    CHECK_EQ_INT(map_get(g, place(g, "baku"))->owner, side_by_id(g, "adr"));
    /* the cavalry reaches Kurdamir, cutting the railway to Ganja */
    CHECK(replay_goto(r, step_index(r, "leaders"), &d));
    g = replay_game(r);
    int cav = unit_key(g, "cav_a");
    CHECK(cav >= 0 && hex_eq(g->units[cav].pos, place(g, "kurdamir")));
    /* the frontier fighting and the treaty */
    int red = side_by_id(g, "red"), geo = side_by_id(g, "georgia");
    CHECK(replay_goto(r, step_index(r, "red_bridge"), &d));
    CHECK(sides_hostile(replay_game(r), red, geo));
    CHECK(replay_goto(r, step_index(r, "treaty"), &d));
    g = replay_game(r);
    CHECK(!sides_hostile(g, red, geo));
    CHECK_EQ_INT(map_get(g, place(g, "red_bridge"))->owner, geo);
    replay_free(r);
}

static void test_backwards_equals_forwards(void)
{
    struct diag d;
    struct replay *r = open_baku(&d);
    if (!r)
        return;
    int n = replay_steps(r);
    uint64_t fwd[REPLAY_MAX_STEPS];
    for (int k = 0; k < n; k++) {
        CHECK(replay_goto(r, k, &d));
        fwd[k] = game_hash(replay_game(r));
        struct replay_step st;
        replay_step(r, k, &st);
        CHECK(fwd[k] == st.hash);
        if (k > 0)
            CHECK(fwd[k] != fwd[k - 1]);
    }
    for (int k = n - 1; k >= 0; k--) {
        CHECK(replay_goto(r, k, &d));
        CHECK(game_hash(replay_game(r)) == fwd[k]);
        CHECK_EQ_INT(replay_current(r), k);
    }
    /* jumps in any order */
    int order[] = {5, 2, 9, 0, n - 1, 3, 3};
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        CHECK(replay_goto(r, order[i], &d));
        CHECK(game_hash(replay_game(r)) == fwd[order[i]]);
    }
    /* a second replay of the same scenario and seed gives the same course */
    struct replay *r2 = open_baku(&d);
    if (r2) {
        for (int k = 0; k < n; k++) {
            struct replay_step st;
            replay_step(r2, k, &st);
            CHECK(st.hash == fwd[k]);
        }
        replay_free(r2);
    }
    replay_free(r);
}

static void test_branch(void)
{
    struct diag d;
    struct replay *r = open_baku(&d);
    if (!r)
        return;
    int k = step_index(r, "trains_baku");
    CHECK(replay_goto(r, k + 2, &d));
    struct session *b = replay_branch(r, k, &d);
    CHECK(b != NULL);
    if (!b) {
        replay_free(r);
        return;
    }
    struct replay_step st;
    replay_step(r, k, &st);
    CHECK(game_hash(session_game(b)) == st.hash);
    /* the replay itself did not move */
    CHECK_EQ_INT(replay_current(r), k + 2);
    /* a playable game: the active side moves a unit, then ends its phase */
    const struct game *g = session_game(b);
    int side = game_active_side(g);
    struct cmd c = {0};
    c.kind = CMD_END_PHASE;
    c.side = (int8_t)side;
    uint64_t before = game_hash(g);
    CHECK_EQ_INT(session_apply(b, &c, NULL), CMD_OK);
    CHECK(game_hash(g) != before);
    int applied = 0;
    for (int guard = 0; guard < 40 && !applied; guard++) {
        side = game_active_side(g);
        if (g->phase == PHASE_MOVE) {
            for (int i = 0; i < g->nunits && !applied; i++) {
                const struct unit *u = game_unit(g, i);
                if (!u || u->side != side || u->carrier != NO_UNIT)
                    continue;
                struct reach *re = malloc(sizeof *re);
                if (re && move_reachable(g, i, re) > 0) {
                    for (int h = 0; h < g->width * g->height && !applied; h++)
                        if (re->cost[h] > 0 && !(re->stop[h] & 2)) {
                            struct cmd mv = {0};
                            mv.kind = CMD_MOVE;
                            mv.side = (int8_t)side;
                            mv.unit = (int16_t)i;
                            mv.to = map_hex_at(g, h);
                            applied = session_apply(b, &mv, NULL) == CMD_OK;
                        }
                }
                free(re);
            }
        }
        if (!applied) {
            struct cmd e = {0};
            e.kind = CMD_END_PHASE;
            e.side = (int8_t)game_active_side(g);
            CHECK_EQ_INT(session_apply(b, &e, NULL), CMD_OK);
        }
    }
    CHECK(applied);
    /* it saves and loads like any game */
    char path[] = "/tmp/b20_branch_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd >= 0) {
        close(fd);
        CHECK(session_save(b, path, &d));
        char dirs[1][SESSION_PATH_LEN];
        scen("baku1920");
        snprintf(dirs[0], sizeof dirs[0], "%s", scen_root);
        struct session *l = session_load(dirs, 1, path, "en", &d);
        CHECK(l != NULL);
        if (l)
            CHECK(game_hash(session_game(l)) == game_hash(session_game(b)));
        session_free(l);
        unlink(path);
    }
    session_free(b);
    CHECK(replay_branch(r, replay_steps(r), &d) == NULL);
    replay_free(r);
}

static void test_history_positions(void)
{
    struct diag d;
    struct replay *r = open_baku(&d);
    if (!r)
        return;
    const struct game *g = replay_game(r);
    struct replay_pos *pos = calloc(MAX_UNITS, sizeof *pos);
    int n = replay_positions_date(r, 1920, 4, 28, 0, pos, MAX_UNITS);
    CHECK(n > 20);
    bool found = false;
    for (int i = 0; i < n; i++)
        if (!strcmp(pos[i].key, "at61")) {
            found = true;
            CHECK(hex_eq(pos[i].pos, place(g, "baku")));
            CHECK_EQ_INT(pos[i].side, side_by_id(g, "red"));
            CHECK_STR_CONTAINS(pos[i].name, "unit.at61");
        }
    CHECK(found);
    /* the evening before, the trains were still on the way */
    n = replay_positions_date(r, 1920, 4, 27, 0, pos, MAX_UNITS);
    for (int i = 0; i < n; i++)
        if (!strcmp(pos[i].key, "at61"))
            CHECK(hex_eq(pos[i].pos, place(g, "khudat")));
    /* the last day: the turns past the last step keep its state */
    int n7 = replay_positions_date(r, 1920, 5, 7, 1, pos, MAX_UNITS);
    CHECK(n7 > 0);
    CHECK_EQ_INT(replay_positions_date(r, 1920, 4, 20, 0, pos, MAX_UNITS), -1);
    CHECK_EQ_INT(replay_positions_date(r, 1920, 6, 1, 0, pos, MAX_UNITS), -1);
    CHECK_EQ_INT(replay_positions(r, 3, pos, 2), 2); /* bounded by max */
    CHECK_EQ_INT(replay_step_for_turn(r, 2), step_index(r, "trains_baku"));
    CHECK_EQ_INT(replay_turn_of_date(r, 1920, 4, 28, 1), 3);
    free(pos);
    replay_free(r);
}

static void test_ganja(void)
{
    struct diag d;
    struct replay *r = replay_open(scen("ganja"), NULL, 0, 7, "az", &d);
    CHECK(r != NULL);
    if (!r)
        return;
    CHECK_EQ_INT(replay_warnings(r, NULL), 0);
    const struct game *g = replay_game(r);
    CHECK_EQ_INT(map_get(g, place(g, "ganja"))->owner, side_by_id(g, "adr"));
    CHECK(replay_goto(r, replay_steps(r) - 1, &d));
    g = replay_game(r);
    CHECK_EQ_INT(map_get(g, place(g, "ganja"))->owner, side_by_id(g, "red"));
    CHECK_EQ_INT(unit_key(g, "regt3"), -1);
    struct replay_step st;
    replay_step(r, 0, &st);
    CHECK_STR_CONTAINS(st.title, "Gəncə"); /* the Azerbaijani text */
    replay_free(r);
}

/* ====================================================================== broken files */
static char fixture[512];

/* A scenario folder whose scenario.lua and strings are those of baku1920 and whose
 * history.lua is `text`. Returns its path. */
static const char *make_fixture(const char *text)
{
    const char *real = scen("baku1920");
    char real_copy[1200];
    snprintf(real_copy, sizeof real_copy, "%s", real);
    if (!fixture[0]) {
        snprintf(fixture, sizeof fixture, "/tmp/b20_replay_XXXXXX");
        if (!mkdtemp(fixture))
            return NULL;
        char p[1400], q[1400];
        snprintf(p, sizeof p, "%s/common", fixture);
        snprintf(q, sizeof q, "%s/common", scen_root);
        if (symlink(q, p) != 0)
            return NULL;
        snprintf(p, sizeof p, "%s/baku1920", fixture);
        mkdir(p, 0700);
        snprintf(p, sizeof p, "%s/baku1920/scenario.lua", fixture);
        snprintf(q, sizeof q, "%s/scenario.lua", real_copy);
        if (symlink(q, p) != 0)
            return NULL;
        snprintf(p, sizeof p, "%s/baku1920/strings", fixture);
        snprintf(q, sizeof q, "%s/strings", real_copy);
        if (symlink(q, p) != 0)
            return NULL;
    }
    static char dir[600];
    snprintf(dir, sizeof dir, "%s/baku1920", fixture);
    char hp[700];
    snprintf(hp, sizeof hp, "%s/history.lua", dir);
    FILE *f = fopen(hp, "w");
    if (!f)
        return NULL;
    fputs(text, f);
    fclose(f);
    return dir;
}

static void expect_refusal(const char *text, const char *needle, int line)
{
    struct diag d;
    const char *dir = make_fixture(text);
    CHECK(dir != NULL);
    if (!dir)
        return;
    struct replay *r = replay_open(dir, NULL, 0, 1, "en", &d);
    CHECK(r == NULL);
    replay_free(r);
    char buf[1024];
    diag_format(&d, buf, sizeof buf);
    CHECK_STR_CONTAINS(buf, needle);
    CHECK_STR_CONTAINS(d.path, "history.lua");
    if (line > 0)
        CHECK_EQ_INT(d.line, line);
}

#define STEP_HEAD "return { steps = {\n{ id = \"a\", date = { month = 4, day = 27 },\n" \
                  "  sources = { \"S0\" }, title = { en = \"t\" }, text = { en = \"x\" },\n"

static void test_refusals(void)
{
    expect_refusal("return 5\n", "must return a table", 0);
    expect_refusal("return { steps = {} }\n", "1..", 0);
    expect_refusal("return { steps = { }, bogus = 1 }\n", "unknown field 'bogus'", 0);
    expect_refusal(STEP_HEAD "  orders = {\n  { \"at61\", \"atlantis\" } } } } }\n",
                   "unknown place 'atlantis'", 5);
    expect_refusal(STEP_HEAD "  effects = {\n  { \"teleport\", \"at61\" } } } } }\n",
                   "unknown effect 'teleport'", 5);
    expect_refusal(STEP_HEAD "  effects = {\n  { \"owner\", \"baku\", \"martians\" } } } } }\n",
                   "unknown side 'martians'", 5);
    expect_refusal("return { steps = {\n{ id = \"a\", date = { month = 9, day = 1 },\n"
                   "  sources = { \"S0\" }, title = { en = \"t\" }, text = { en = \"x\" } } } }\n",
                   "outside the scenario", 2);
    expect_refusal("return { steps = {\n{ id = \"a\", date = { month = 4, day = 27 },\n"
                   "  sources = { \"NOPE\" }, title = { en = \"t\" }, text = { en = \"x\" } } } }\n",
                   "unknown source 'NOPE'", 2);
    expect_refusal("return { steps = {\n{ id = \"a\", date = { month = 4, day = 27 },\n"
                   "  sources = { \"S0\" }, title = { ru = \"t\" }, text = { en = \"x\" } } } }\n",
                   "English text (en) is required", 2);
    expect_refusal("return { steps = {\n{ id = \"a\", date = { month = 4, day = 28 },\n"
                   "  sources = { \"S0\" }, title = { en = \"t\" }, text = { en = \"x\" } },\n"
                   "{ id = \"b\", date = { month = 4, day = 27 },\n"
                   "  sources = { \"S0\" }, title = { en = \"t\" }, text = { en = \"x\" } } } }\n",
                   "dated before", 0);
    /* hostile: an endless loop, a memory bomb, the outside world */
    expect_refusal("while true do end\n", "instruction budget", 1);
    expect_refusal("local t = {} for i = 1, 1e9 do t[i] = string.rep('x', 1000) .. i end\n",
                   "memory limit", 1);
    expect_refusal("os.execute('true')\nreturn {}\n", "os", 1);
    expect_refusal("\x1bLua", "precompiled", 0);
    /* the effect kinds check their arity */
    expect_refusal(STEP_HEAD "  effects = {\n  { \"destroy\" } } } } }\n", "unit_key", 5);
}

static void test_warnings(void)
{
    const char *dir = make_fixture(STEP_HEAD "  orders = { { \"nobody\", \"baku\" } },\n"
                                   "  effects = { { \"destroy\", \"ghost\" },\n"
                                   "              { \"owner\", \"yalama\", \"red\" } } } } }\n");
    CHECK(dir != NULL);
    if (!dir)
        return;
    struct diag d;
    struct replay *r = replay_open(dir, NULL, 0, 1, "en", &d);
    CHECK(r != NULL);
    if (!r)
        return;
    const char *const *w = NULL;
    CHECK_EQ_INT(replay_warnings(r, &w), 2);
    if (replay_warnings(r, NULL) == 2) {
        CHECK_STR_CONTAINS(w[0], "no unit 'ghost' in play");
        CHECK_STR_CONTAINS(w[1], "'nobody' was never carried out");
    }
    const struct game *g = replay_game(r);
    CHECK_EQ_INT(map_get(g, place(g, "yalama"))->owner, side_by_id(g, "red"));
    CHECK_EQ_INT(replay_steps(r), 1);
    replay_free(r);
}

static void test_missing_and_keys(void)
{
    const char *dir = make_fixture(STEP_HEAD "} } }\n");
    CHECK(dir != NULL);
    if (!dir)
        return;
    struct diag d;
    char miss[8][64];
    CHECK_EQ_INT(replay_history_missing(dir, "ru", miss, 8, &d), 2);
    CHECK_STR_CONTAINS(miss[0], "step.a.title");
    CHECK_STR_CONTAINS(miss[1], "step.a.text");
    CHECK_EQ_INT(replay_history_missing(scen("baku1920"), "ru", miss, 8, &d), 0);
    CHECK_EQ_INT(replay_history_missing(scen("baku1920"), "az", miss, 8, &d), 0);
    CHECK_EQ_INT(replay_history_missing(scen("karabakh"), "az", miss, 8, &d), 0); /* none */
    char **keys = NULL;
    int n = replay_table_keys(scen("baku1920"), "strings/en.lua", &keys, &d);
    CHECK(n > 50);
    for (int i = 1; i < n; i++)
        CHECK(strcmp(keys[i - 1], keys[i]) < 0);
    bool has_title = false;
    for (int i = 0; i < n; i++) {
        has_title = has_title || !strcmp(keys[i], "title");
        free(keys[i]);
    }
    free(keys);
    CHECK(has_title);
    CHECK_EQ_INT(replay_table_keys(scen("baku1920"), "strings/xx.lua", &keys, &d), -1);
    CHECK(keys == NULL);
}

/* ====================================================================== handouts */
static char *handout_text(const struct session *s, enum handout_format fmt, bool *ok)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    struct diag d;
    *ok = f && handout_write(s, f, fmt, &d);
    if (f)
        fclose(f);
    return buf;
}

static void test_handout(void)
{
    struct diag d;
    struct replay *r = open_baku(&d);
    if (!r)
        return;
    struct session *b = replay_branch(r, step_index(r, "trains_baku"), &d);
    CHECK(b != NULL);
    if (b) {
        bool ok;
        char *md = handout_text(b, HANDOUT_MD, &ok);
        CHECK(ok);
        CHECK_STR_CONTAINS(md, "# The Baku Operation");
        CHECK_STR_CONTAINS(md, "## Options");
        CHECK_STR_CONTAINS(md, "## Turn by turn");
        CHECK_STR_CONTAINS(md, "### Turn 1: 27 April 1920, dawn");
        CHECK_STR_CONTAINS(md, "### Turn 3: 28 April 1920, dawn");
        CHECK_STR_CONTAINS(md, "Milestone: Parliament hands over power");
        CHECK_STR_CONTAINS(md, "Red Army (RSFSR) moves");
        CHECK_STR_CONTAINS(md, "Baku now belongs to Red Army");
        CHECK_STR_CONTAINS(md, "takes Yalama");
        CHECK_STR_CONTAINS(md, "\\[S0\\]"); /* Markdown-escaped source tags */
        CHECK_STR_CONTAINS(md, "## Result");
        free(md);
        char *html = handout_text(b, HANDOUT_HTML, &ok);
        CHECK(ok);
        CHECK(html && !strncmp(html, "<!DOCTYPE html>", 15));
        CHECK_STR_CONTAINS(html, "<meta charset=\"utf-8\">");
        CHECK_STR_CONTAINS(html, "<h3>Turn 1: 27 April 1920, dawn</h3>");
        CHECK_STR_CONTAINS(html, "&#39;III Internatsional&#39;"); /* quotes escaped */
        CHECK(html && !strstr(html, "<script"));
        CHECK(html && !strstr(html, "http"));   /* no external resources */
        CHECK_STR_CONTAINS(html, "</html>");
        free(html);
    }
    session_free(b);
    replay_free(r);
    CHECK_EQ_INT(handout_format_for("x.md"), HANDOUT_MD);
    CHECK_EQ_INT(handout_format_for("x.html"), HANDOUT_HTML);
    CHECK_EQ_INT(handout_format_for("x.htm"), HANDOUT_HTML);
    CHECK_EQ_INT(handout_format_for("x.pdf"), -1);
    CHECK_EQ_INT(handout_format_for("md"), -1);
}

static void cleanup(void)
{
    if (!fixture[0])
        return;
    char p[700];
    snprintf(p, sizeof p, "%s/baku1920/history.lua", fixture);
    unlink(p);
    snprintf(p, sizeof p, "%s/baku1920/scenario.lua", fixture);
    unlink(p);
    snprintf(p, sizeof p, "%s/baku1920/strings", fixture);
    unlink(p);
    snprintf(p, sizeof p, "%s/baku1920", fixture);
    rmdir(p);
    snprintf(p, sizeof p, "%s/common", fixture);
    unlink(p);
    rmdir(fixture);
}

int main(int argc, char **argv)
{
    static const struct test_case tests[] = {
        {"reaches_end", test_reaches_end},
        {"history_is_a_draw", test_history_is_a_draw},
        {"positions_match_history", test_positions_match_history},
        {"backwards_equals_forwards", test_backwards_equals_forwards},
        {"branch", test_branch},
        {"history_positions", test_history_positions},
        {"ganja", test_ganja},
        {"refusals", test_refusals},
        {"warnings", test_warnings},
        {"missing_and_keys", test_missing_and_keys},
        {"handout", test_handout},
    };
    int rc = harness_run(tests, (int)(sizeof tests / sizeof tests[0]), argc, argv);
    cleanup();
    return rc;
}
