/*
 * test_hostile.c - malformed and hostile scenarios (tests/script/hostile/<name>/scenario.lua):
 * each must end in a clear refusal (file, line, field, message) at load, or in a recorded
 * error with the handler disabled during play, never in a crash, a hang, a leak (ASan) or a
 * file written outside the game's folders.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "sandbox.h" /* white-box: the heap accounting, to starve a script */
#include "script.h"

#define SENTINEL "/tmp/b20_hostile_sentinel"

enum outcome { REFUSED, PLAY_ERROR };

struct hostile {
    const char *name;
    enum outcome when;
    const char *fragment; /* in the formatted diag */
    int line;             /* expected line in the fixture's scenario.lua, 0: not checked */
    const char *opt_id;   /* an option chosen for this load, or NULL */
    int opt_value;
};

static const struct hostile cases[] = {
    {"io_open", REFUSED, "global 'io'", 2, NULL, 0},
    {"os_execute", REFUSED, "global 'os'", 2, NULL, 0},
    {"os_in_event", PLAY_ERROR, "global 'os'", 3, NULL, 0},
    {"require_lib", REFUSED, "global 'require'", 2, NULL, 0},
    {"package_loadlib", REFUSED, "global 'package'", 2, NULL, 0},
    {"load_string", REFUSED, "global 'load'", 2, NULL, 0},
    {"dofile_etc", REFUSED, "global 'dofile'", 2, NULL, 0},
    {"string_dump", REFUSED, "field 'dump'", 2, NULL, 0},
    {"debug_access", REFUSED, "global 'debug'", 2, NULL, 0},
    {"collect_garbage", REFUSED, "global 'collectgarbage'", 2, NULL, 0},
    {"math_random", REFUSED, "field 'random'", 2, NULL, 0},
    {"loop_at_load", REFUSED, "instruction budget exhausted", 3, NULL, 0},
    {"loop_in_event", PLAY_ERROR, "instruction budget exhausted", 5, NULL, 0},
    {"loop_pcall", REFUSED, "instruction budget exhausted", 3, NULL, 0},
    {"loop_coroutine", REFUSED, "instruction budget exhausted", 3, NULL, 0},
    {"memory_table", REFUSED, "memory limit of 64 MiB exceeded", 0, NULL, 0},
    {"memory_rep", REFUSED, "string.rep: the result would exceed", 3, NULL, 0},
    {"memory_concat", REFUSED, "memory limit of 64 MiB exceeded", 0, NULL, 0},
    {"deep_recursion", REFUSED, "nested too deep", 3, NULL, 0},
    {"pattern_bomb", REFUSED, "instruction budget exhausted", 5, NULL, 0},
    {"table_move_bomb", REFUSED, "range of more than 2^24", 3, NULL, 0},
    {"poison_string_mt", REFUSED, "attempt to index a boolean value", 3, NULL, 0},
    {"poison_string_lib", REFUSED, "read-only", 3, NULL, 0},
    {"gc_finalizer", REFUSED, "__gc metamethods are not allowed", 3, NULL, 0},
    {"error_in_event", PLAY_ERROR, "boom in a handler", 3, NULL, 0},
    {"error_object", REFUSED, "error object is a table value", 3, NULL, 0},
    {"syntax_error", REFUSED, "unexpected symbol", 3, NULL, 0},
    {"binary_chunk", REFUSED, "binary", 0, NULL, 0},
    {"include_escape", REFUSED, "'..'", 2, NULL, 0},
    {"include_absolute", REFUSED, "absolute paths are not allowed", 2, NULL, 0},
    {"include_missing", REFUSED, "cannot open", 0, NULL, 0},
    {"returns_nothing", REFUSED, "must return the scenario table", 0, NULL, 0},
    {"wrong_type_turns", REFUSED, "turns: an integer is needed, not a string", 0, NULL, 0},
    {"wrong_type_sides", REFUSED, "sides: a table is needed, not a string", 0, NULL, 0},
    {"unknown_key", REFUSED, "colour: unknown field", 0, NULL, 0},
    {"missing_sides", REFUSED, "sides: missing", 0, NULL, 0},
    {"unknown_side", REFUSED, "units[1].side: unknown side 'green'", 4, NULL, 0},
    {"unknown_type", REFUSED, "units[1].type: unknown unit type 'tank'", 4, NULL, 0},
    {"unknown_place", REFUSED, "units[1].at: unknown place 'atlantis'", 4, NULL, 0},
    {"unknown_class", REFUSED, "unit_types[1].class: unknown class 'air'", 4, NULL, 0},
    {"unit_off_map", REFUSED, "units[1].at: hex col 40, row 3 is off the map", 4, NULL, 0},
    {"unit_on_sea", REFUSED, "units[1].at: r1 at col 0, row 3 (sea)", 4, NULL, 0},
    {"duplicate_unit", REFUSED, "units[2].id: duplicate unit id 'r1'", 5, NULL, 0},
    {"duplicate_side", REFUSED, "sides[2].id: duplicate side id 'red'", 3, NULL, 0},
    {"reinf_outside", REFUSED, "reinforcements[1].date: 1920-07-01 dawn is outside the game",
     5, NULL, 0},
    {"reinf_on_sea", REFUSED, "cannot stand on water", 4, NULL, 0},
    {"victory_no_area", REFUSED, "objectives[1].hold: unknown area 'nowhere'", 4, NULL, 0},
    {"victory_no_tag", REFUSED, "no unit or reinforcement carries the tag 'ghosts'", 4, NULL,
     0},
    {"api_future", REFUSED, "needs API 99", 0, NULL, 0},
    {"option_no_range", REFUSED, "an integer option needs 'min' and 'max'", 3, NULL, 0},
    {"option_out_of_range", REFUSED, "option 'level' must be 1..3, not 9", 3, "level", 9},
    {"option_unknown", REFUSED, "unknown option 'nonexistent'", 0, "nonexistent", 1},
    {"on_date_outside", REFUSED, "on.date: 1920-12-01 dawn is outside the game", 3, NULL, 0},
    {"on_enter_unknown", REFUSED, "'nowhere' is neither an area nor a place", 3, NULL, 0},
    {"effect_at_load", REFUSED, "only available in event handlers", 3, NULL, 0},
    {"spawn_on_sea", PLAY_ERROR, "unit.spawn refused", 4, NULL, 0},
    {"owners_unknown", REFUSED, "not a region of the map", 0, NULL, 0},
    {"handle_write", PLAY_ERROR, "read-only", 5, NULL, 0},
    {"library_work", REFUSED, "instruction budget exhausted (too much work in a library call)",
     4, NULL, 0},
    {"trigger_recursion", PLAY_ERROR, "triggers nested more than 8 deep", 3, NULL, 0},
    {"deprecated_bad_arg", PLAY_ERROR,
     "bad argument #1 to 'game.add_score' (unknown side 'green')", 3, NULL, 0},
    {"wrapped_arg_error", REFUSED, "bad argument #1 to 'string.upper'", 3, NULL, 0},
    {"sorted_pairs_bad", REFUSED, "keys must be numbers or strings, not table", 3, NULL, 0},
};

static const char *hostile_root(void)
{
    static char root[1024];
    const char *src = getenv("B20_SRC");
    if (src && src[0]) {
        snprintf(root, sizeof root, "%s/tests/script/hostile", src);
    } else {
        snprintf(root, sizeof root, "%s", __FILE__);
        char *slash = strrchr(root, '/');
        if (slash)
            snprintf(slash, sizeof root - (size_t)(slash - root), "/hostile");
    }
    return root;
}

struct apply_ctx {
    struct script *s;
    struct game *g;
    int depth;
};

static enum cmd_status apply_cb(void *ctx, const struct cmd *c)
{
    struct apply_ctx *a = ctx;
    struct events *ev = malloc(sizeof *ev);
    if (!ev)
        return CMD_ERR_TOO_MANY;
    enum cmd_status st = game_apply(a->g, c, ev);
    if (st == CMD_OK && a->depth < 8) {
        a->depth++;
        script_react(a->s, a->g, ev, apply_cb, a);
        a->depth--;
    }
    free(ev);
    return st;
}

static bool ends_with(const char *s, const char *tail)
{
    size_t a = strlen(s), b = strlen(tail);
    return a >= b && strcmp(s + a - b, tail) == 0;
}

static void run_case(const struct hostile *h)
{
    char dir[1200], formatted[2048], tail[256];
    snprintf(dir, sizeof dir, "%s/%s", hostile_root(), h->name);
    snprintf(tail, sizeof tail, "/%s/scenario.lua", h->name);
    struct script *s = script_new();
    struct game *g = game_new();
    CHECK(s && g);
    struct option_kv opt = {{0}, 0};
    int nopts = 0;
    if (h->opt_id) {
        snprintf(opt.id, sizeof opt.id, "%s", h->opt_id);
        opt.value = h->opt_value;
        nopts = 1;
    }
    struct diag d;
    bool loaded = script_load(s, dir, "en", &opt, nopts, g, &d);
    if (h->when == REFUSED) {
        if (loaded) {
            fprintf(stderr, "%s: loaded, but should have been refused\n", h->name);
            CHECK(!loaded);
        } else {
            diag_format(&d, formatted, (int)sizeof formatted);
            if (!strstr(formatted, h->fragment))
                fprintf(stderr, "%s: got \"%s\"\n", h->name, formatted);
            CHECK_STR_CONTAINS(formatted, h->fragment);
            CHECK(d.path[0] != '\0');
            if (h->line) {
                if (d.line != h->line || !ends_with(d.path, tail))
                    fprintf(stderr, "%s: at %s:%d, expected line %d\n", h->name, d.path, d.line,
                            h->line);
                CHECK_EQ_INT(d.line, h->line);
                CHECK(ends_with(d.path, tail));
            }
        }
    } else {
        if (!loaded) {
            diag_format(&d, formatted, (int)sizeof formatted);
            fprintf(stderr, "%s: refused at load: %s\n", h->name, formatted);
            CHECK(loaded);
        } else {
            struct events *ev = malloc(sizeof *ev);
            CHECK(ev != NULL);
            CHECK(game_start(g, 7, ev, &d));
            struct apply_ctx a = {s, g, 1};
            script_react(s, g, ev, apply_cb, &a);
            struct diag errs[4];
            int n = script_take_errors(s, errs, 4);
            CHECK_EQ_INT(n, 1);
            if (n >= 1) {
                diag_format(&errs[0], formatted, (int)sizeof formatted);
                if (!strstr(formatted, h->fragment))
                    fprintf(stderr, "%s: got \"%s\"\n", h->name, formatted);
                CHECK_STR_CONTAINS(formatted, h->fragment);
                CHECK_STR_CONTAINS(formatted, "now disabled");
                if (h->line) {
                    if (errs[0].line != h->line)
                        fprintf(stderr, "%s: at %s:%d, expected line %d\n", h->name,
                                errs[0].path, errs[0].line, h->line);
                    CHECK_EQ_INT(errs[0].line, h->line);
                    CHECK(ends_with(errs[0].path, tail));
                }
            }
            /* the handler is disabled: the same events again raise nothing */
            script_react(s, g, ev, apply_cb, &a);
            CHECK_EQ_INT(script_take_errors(s, errs, 4), 0);
            /* and the game goes on, consistent */
            struct diag cd;
            CHECK(game_check(g, &cd));
            struct cmd end = {0};
            end.kind = CMD_END_PHASE;
            end.side = (int8_t)game_active_side(g);
            end.origin = ORIGIN_PLAYER;
            CHECK_EQ_INT(game_apply(g, &end, ev), CMD_OK);
            free(ev);
        }
    }
    script_free(s);
    game_free(g);
}

static void test_all_fixtures(void)
{
    unlink(SENTINEL);
    int n = (int)(sizeof cases / sizeof cases[0]);
    CHECK(n >= 25);
    for (int i = 0; i < n; i++) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        run_case(&cases[i]);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if (getenv("B20_TIMING"))
            fprintf(stderr, "%-22s %.3f s\n", cases[i].name,
                    (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
    }
    /* nothing a fixture tried to write exists */
    CHECK(access(SENTINEL, F_OK) != 0);
}

/* A scenario whose heap is full cannot even get its event tables built: the events go
 * unhandled with a recorded error, nothing panics, and the game goes on. */
static void test_starved_heap(void)
{
    char dir[1200];
    snprintf(dir, sizeof dir, "%s/error_in_event", hostile_root());
    struct script *s = script_new();
    struct game *g = game_new();
    struct diag d;
    CHECK(script_load(s, dir, "en", NULL, 0, g, &d));
    struct events *ev = malloc(sizeof *ev);
    CHECK(ev && game_start(g, 3, ev, &d));
    size_t real = s->mem;
    /* every allocation from now on is refused, even after an emergency collection */
    s->mem = 2 * SB_MEM_CAP;
    struct apply_ctx a = {s, g, 1};
    script_react(s, g, ev, apply_cb, &a);
    s->mem = real - (2 * SB_MEM_CAP - s->mem); /* less what was freed meanwhile */
    struct diag errs[4];
    int n = script_take_errors(s, errs, 4);
    CHECK(n >= 1);
    if (n >= 1) {
        char buf[1024];
        diag_format(&errs[0], buf, (int)sizeof buf);
        CHECK_STR_CONTAINS(buf, "event 'turn began' not handled: memory limit");
    }
    CHECK(game_check(g, &d));
    /* with memory back the handler runs (and fails as that fixture does) */
    script_react(s, g, ev, apply_cb, &a);
    n = script_take_errors(s, errs, 4);
    CHECK_EQ_INT(n, 1);
    if (n == 1)
        CHECK_STR_CONTAINS(errs[0].msg, "boom in a handler");
    free(ev);
    script_free(s);
    game_free(g);
}

/* ---------------------------------------------------------------- wrong types everywhere */
static bool copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb");
    if (!in)
        return false;
    FILE *out = fopen(to, "wb");
    if (!out) {
        fclose(in);
        return false;
    }
    char buf[8192];
    size_t n;
    bool ok = true;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0)
        ok = ok && fwrite(buf, 1, n, out) == n;
    fclose(in);
    return fclose(out) == 0 && ok;
}

static const char *example_src(void)
{
    static char dir[1100];
    snprintf(dir, sizeof dir, "%s/../../../scenarios/examples", hostile_root());
    return dir;
}

/* Every field of the example scenario (top level, and inside a side, a unit type, a unit,
 * a reinforcement, an objective) replaced by values of every type: each load is either
 * accepted or refused with the field's path in the report, never a crash. */
static void test_wrong_types_everywhere(void)
{
    char root[] = "/tmp/b20_wrong_types_XXXXXX";
    CHECK(mkdtemp(root) != NULL);
    char dir[256], path[512], from[1300];
    snprintf(dir, sizeof dir, "%s/wrong", root);
    CHECK(mkdir(dir, 0700) == 0);
    snprintf(path, sizeof path, "%s/strings", dir);
    CHECK(mkdir(path, 0700) == 0);
    static const char *const files[] = {"map.tmj", "util.lua", "strings/en.lua"};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        snprintf(from, sizeof from, "%s/%s", example_src(), files[i]);
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        CHECK(copy_file(from, path));
    }
    snprintf(from, sizeof from, "%s/scenario.lua", example_src());
    snprintf(path, sizeof path, "%s/example.lua", dir);
    CHECK(copy_file(from, path));

    static const char *const top[] = {
        "api", "title", "description", "start", "turns", "recommended_side", "difficulty",
        "map", "sources", "briefing", "sides", "war", "owners", "unit_types", "areas",
        "units", "reinforcements", "supply", "objectives", "victory", "ai", "milestones",
        "rules", "order", "notes", "perspectives"};
    static const char *const nested[][2] = {
        {"sides[1]", "id"}, {"sides[1]", "name"}, {"sides[1]", "color"},
        {"sides[1]", "playable"}, {"unit_types[1]", "class"}, {"unit_types[1]", "symbol"},
        {"unit_types[1]", "mp"}, {"unit_types[1]", "steps"}, {"unit_types[1]", "morale"},
        {"unit_types[1]", "repair"}, {"units[1]", "id"}, {"units[1]", "side"},
        {"units[1]", "type"}, {"units[1]", "at"}, {"units[1]", "steps"},
        {"units[1]", "morale"}, {"units[1]", "tag"}, {"units[1]", "aboard"},
        {"reinforcements[1]", "turn"}, {"reinforcements[1]", "date"},
        {"reinforcements[1]", "at"}, {"objectives[1]", "hold"}, {"objectives[1]", "vp"},
        {"objectives[1]", "by"}, {"objectives[1]", "side"}, {"objectives[1]", "sudden"},
        {"objectives[3]", "all"}, {"start", "month"}, {"start", "half"},
        {"areas", "coast"}, {"supply", "red"}, {"owners", "west"}, {"ai", "red"}};
    static const char *const values[] = {"42", "-1", "1.5", "'x'", "''", "true", "{}",
                                         "{ 1, 2 }", "{ x = 1 }", "{ { {} } }",
                                         "function() end", "string.rep('y', 100000)"};
    int accepted = 0, refused = 0;
    int ntop = (int)(sizeof top / sizeof top[0]);
    int nnested = (int)(sizeof nested / sizeof nested[0]);
    for (int k = 0; k < ntop + nnested; k++) {
        for (size_t v = 0; v < sizeof values / sizeof values[0]; v++) {
            char lua[1024], want[64];
            if (k < ntop) {
                snprintf(lua, sizeof lua,
                         "local t = include('example.lua')\nt.%s = %s\nreturn t\n", top[k],
                         values[v]);
                snprintf(want, sizeof want, "%s", top[k]);
            } else {
                const char *tbl = nested[k - ntop][0], *key = nested[k - ntop][1];
                char lua_tbl[64];
                /* "units[1]" -> "units[1]" is already Lua syntax */
                snprintf(lua_tbl, sizeof lua_tbl, "%s", tbl);
                snprintf(lua, sizeof lua,
                         "local t = include('example.lua')\nt.%s.%s = %s\nreturn t\n",
                         lua_tbl, key, values[v]);
                snprintf(want, sizeof want, "%s", tbl);
            }
            snprintf(path, sizeof path, "%s/scenario.lua", dir);
            FILE *f = fopen(path, "w");
            CHECK(f != NULL);
            if (!f)
                continue;
            fputs(lua, f);
            fclose(f);
            struct script *s = script_new();
            struct game *g = game_new();
            struct diag d;
            if (script_load(s, dir, "en", NULL, 0, g, &d)) {
                accepted++;
            } else {
                refused++;
                char buf[2048];
                diag_format(&d, buf, (int)sizeof buf);
                if (getenv("B20_VERBOSE"))
                    fprintf(stderr, "%s\n", strstr(buf, "wrong/") ? strstr(buf, "wrong/") : buf);
                /* the report names the field (or, for a bad id someone refers to, the place
                 * that refers to it) and a file */
                bool named = strstr(d.field, want) == d.field || strstr(buf, want) ||
                             (k >= ntop && strcmp(nested[k - ntop][1], "id") == 0) ||
                             (k < ntop && strcmp(top[k], "sides") == 0) ||
                             /* emptied areas/units: what referred to them is reported */
                             (k < ntop && strcmp(values[v], "{}") == 0 &&
                              (strstr(buf, "unknown area") || strstr(buf, "carries the tag")));
                if (!named)
                    fprintf(stderr, "%s = %s: \"%s\" does not name %s\n", k < ntop ? top[k]
                            : nested[k - ntop][1], values[v], buf, want);
                CHECK(named);
                CHECK(d.path[0] != '\0');
            }
            script_free(s);
            game_free(g);
        }
    }
    CHECK(refused > accepted);
    CHECK(accepted > 0); /* e.g. a description or a tag that is just another string */
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    CHECK(system(cmd) == 0);
}

/* Every fixture folder on disk is in the table (a new fixture cannot be forgotten). */
static void test_table_covers_folders(void)
{
    char cmd[1300];
    snprintf(cmd, sizeof cmd, "ls -1 '%s'", hostile_root());
    FILE *p = popen(cmd, "r");
    CHECK(p != NULL);
    if (!p)
        return;
    char line[256];
    int folders = 0;
    while (fgets(line, sizeof line, p)) {
        line[strcspn(line, "\n")] = '\0';
        if (strcmp(line, "common") == 0 || strchr(line, '.'))
            continue;
        folders++;
        bool found = false;
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
            if (strcmp(cases[i].name, line) == 0)
                found = true;
        if (!found)
            fprintf(stderr, "fixture folder '%s' has no entry in the table\n", line);
        CHECK(found);
    }
    pclose(p);
    CHECK_EQ_INT(folders, (int)(sizeof cases / sizeof cases[0]));
}

static const struct test_case tests[] = {
    {"all_fixtures", test_all_fixtures},
    {"table_covers_folders", test_table_covers_folders},
    {"starved_heap", test_starved_heap},
    {"wrong_types_everywhere", test_wrong_types_everywhere},
};

HARNESS_MAIN(tests)
