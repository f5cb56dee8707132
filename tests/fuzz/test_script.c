/*
 * test_script.c - seeded mutation runs over script_load(): copies of the example and tutorial
 * scenarios in a temporary folder get their scenario.lua (and now and then a string table)
 * mutated token-wise - numbers, strings, field names - and line-wise, then loaded. Each load is
 * refused with a message naming a file, or builds a setup whose invariants hold (game_check)
 * and which starts or is refused by game_start with a message. The sandbox's instruction and
 * memory budgets keep every case bounded.
 */
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "harness.h"
#include "script.h"
#include "session.h"

static char root[] = "/tmp/b20_fuzz_scen_XXXXXX";
static char scen_dir[2][600];
static const char *const scen_ids[2] = {"examples", "tutorial"};
static struct fuzz_buf lua[2], strings_en[2];
static bool ready;

static bool copy_file(const char *from, const char *to)
{
    struct fuzz_buf b = {0};
    fuzz_read_file(from, &b);
    bool ok = fuzz_write_file(to, b.d, b.n) == 0;
    fuzz_free(&b);
    return ok;
}

static void setup(void)
{
    if (ready)
        return;
    if (!mkdtemp(root)) {
        fprintf(stderr, "cannot make a temporary folder\n");
        exit(1);
    }
    char a[2048], b[2048];
    const char *src = fuzz_src();
    snprintf(a, sizeof a, "%s/common", root);
    mkdir(a, 0700);
    static const char *const common[] = {"caucasus1920.tmj", "forces.lua"};
    for (int i = 0; i < 2; i++) {
        snprintf(a, sizeof a, "%s/scenarios/common/%s", src, common[i]);
        snprintf(b, sizeof b, "%s/common/%s", root, common[i]);
        if (!copy_file(a, b))
            exit(1);
    }
    for (int s = 0; s < 2; s++) {
        snprintf(scen_dir[s], sizeof scen_dir[s], "%s/%s", root, scen_ids[s]);
        mkdir(scen_dir[s], 0700);
        snprintf(a, sizeof a, "%s/strings", scen_dir[s]);
        mkdir(a, 0700);
        static const char *const files[] = {"scenario.lua", "map.tmj", "util.lua",
                                            "strings/en.lua", "strings/ru.lua", "strings/az.lua"};
        for (int i = 0; i < 6; i++) {
            snprintf(a, sizeof a, "%s/scenarios/%s/%s", src, scen_ids[s], files[i]);
            if (access(a, R_OK))
                continue;
            snprintf(b, sizeof b, "%s/%s", scen_dir[s], files[i]);
            if (!copy_file(a, b))
                exit(1);
        }
        snprintf(a, sizeof a, "%s/scenario.lua", scen_dir[s]);
        fuzz_read_file(a, &lua[s]);
        snprintf(a, sizeof a, "%s/strings/en.lua", scen_dir[s]);
        fuzz_read_file(a, &strings_en[s]);
    }
    ready = true;
}

static bool is_ident(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (c >= '0' && c <= '9');
}

/* Replaces one token of the Lua text: a number, a quoted string or a name. */
static const char *mutate_token(struct fuzz_rng *r, struct fuzz_buf *b)
{
    static const char *const nums[] = {"-1", "0", "1e309", "-1e309", "0/0", "2^63",
                                       "9223372036854775807", "-9223372036854775808",
                                       "2147483648", "99999", "1.5", "-0.0", "math.huge",
                                       "nil", "\"7\"", "{}"};
    static const char *const strs[] = {"\"\"", "\"nosuchthing\"", "\"\\xff\\xfe\"",
                                       "\"\xc0\x80\"", "\"red\"", "\"blue\"", "\"a b\"", "nil",
                                       "42", "\"../../etc/passwd\"", "\"common:nosuch.tmj\"",
                                       "\"%s%s%n\"", "{}", "\"\\0\""};
    static const char *const names[] = {"nil", "x", "units", "sides", "map", "hex", "game",
                                        "os", "io", "require", "load", "string", "_G", "end",
                                        "function", "type", "id", "pos", "steps", "turns"};
    for (int tries = 0; tries < 20 && b->n; tries++) {
        size_t at = fuzz_below(r, b->n);
        char c = b->d[at];
        if (c >= '0' && c <= '9') {
            size_t s = at, e = at;
            while (s > 0 && (is_ident(b->d[s - 1]) || b->d[s - 1] == '.'))
                s--;
            if (s < at && !(b->d[s] >= '0' && b->d[s] <= '9'))
                continue; /* a digit inside a name */
            while (e < b->n && (is_ident(b->d[e]) || b->d[e] == '.'))
                e++;
            const char *t = nums[fuzz_below(r, sizeof nums / sizeof nums[0])];
            fuzz_splice(b, s, e - s, t, strlen(t));
            return "number";
        }
        if (c == '"') {
            size_t e = at + 1;
            while (e < b->n && b->d[e] != '"' && b->d[e] != '\n')
                e++;
            if (e >= b->n || b->d[e] != '"')
                continue;
            const char *t = strs[fuzz_below(r, sizeof strs / sizeof strs[0])];
            if (fuzz_below(r, 8) == 0) {
                /* a very long string */
                size_t n = 1000 + fuzz_below(r, 100000);
                char *tmp = malloc(n + 2);
                if (!tmp)
                    return "none";
                memset(tmp, 'x', n + 2);
                tmp[0] = tmp[n + 1] = '"';
                fuzz_splice(b, at, e + 1 - at, tmp, n + 2);
                free(tmp);
                return "long-string";
            }
            fuzz_splice(b, at, e + 1 - at, t, strlen(t));
            return "string";
        }
        if (is_ident(c)) {
            size_t s = at, e = at;
            while (s > 0 && is_ident(b->d[s - 1]))
                s--;
            while (e < b->n && is_ident(b->d[e]))
                e++;
            if (b->d[s] >= '0' && b->d[s] <= '9')
                continue;
            const char *t = names[fuzz_below(r, sizeof names / sizeof names[0])];
            fuzz_splice(b, s, e - s, t, strlen(t));
            return "name";
        }
    }
    return "none";
}

static int cases_loaded, cases_refused;

static bool load_and_check(int s, const char *what)
{
    struct script *sc = script_new();
    struct game *g = game_new();
    if (!sc || !g) {
        script_free(sc);
        game_free(g);
        return false;
    }
    struct diag d;
    memset(&d, 0, sizeof d);
    bool ok = true;
    if (!script_load(sc, scen_dir[s], "en", NULL, 0, g, &d)) {
        cases_refused++;
        if (!fuzz_refusal_named(what, &d, NULL))
            ok = false;
    } else {
        cases_loaded++;
        if (!fuzz_state_valid(what, "loaded", g))
            ok = false;
        struct diag st;
        memset(&st, 0, sizeof st);
        if (!game_start(g, 1, NULL, &st)) {
            if (!st.msg[0]) {
                fprintf(stderr, "%s: game_start refuses without a message\n", what);
                ok = false;
            }
        } else if (!fuzz_state_valid(what, "started", g)) {
            ok = false;
        }
    }
    script_free(sc);
    game_free(g);
    return ok;
}

static int handler_errors;

/* A scenario that loads is also played a little: six phases ended in turn, so the mutated
 * event handlers run. Their errors must be reported with a message and a file, the game must
 * go on, and its invariants must hold after every command. */
static bool play_a_little(int s, const char *what)
{
    struct diag d;
    memset(&d, 0, sizeof d);
    struct session *ss = session_open(scen_dir[s], NULL, 0, 1, "en", &d);
    if (!ss) {
        if (!d.msg[0]) {
            fprintf(stderr, "%s: session_open refuses without a message\n", what);
            return false;
        }
        return true;
    }
    bool ok = true;
    for (int n = 0; n < 6 && ok; n++) {
        const struct game *g = session_game(ss);
        if (g->result.over)
            break;
        struct cmd c;
        memset(&c, 0, sizeof c);
        c.kind = CMD_END_PHASE;
        c.side = (int8_t)game_active_side(g);
        enum cmd_status st = session_apply(ss, &c, NULL);
        struct diag chk;
        if (st != CMD_OK && st != CMD_ERR_GAME_OVER) {
            fprintf(stderr, "%s: ending a phase refused: %s\n", what, cmd_status_str(st));
            ok = false;
        } else if (!game_check(session_game(ss), &chk)) {
            char line[800];
            diag_format(&chk, line, sizeof line);
            fprintf(stderr, "%s: after a handler ran, game_check fails: %s\n", what, line);
            ok = false;
        }
        struct diag errs[16];
        int ne = session_take_errors(ss, errs, 16);
        for (int i = 0; i < ne && i < 16; i++) {
            handler_errors++;
            if (!errs[i].msg[0] || !errs[i].path[0]) {
                fprintf(stderr, "%s: handler error without a message naming a file (path "
                        "\"%s\", msg \"%s\")\n", what, errs[i].path, errs[i].msg);
                ok = false;
            } else if (getenv("FUZZ_VERBOSE")) {
                fprintf(stderr, "%s: handler: %s:%d: %s\n", what, errs[i].path, errs[i].line,
                        errs[i].msg);
            }
        }
    }
    session_free(ss);
    return ok;
}

static bool write_scen(int s, const struct fuzz_buf *l, const struct fuzz_buf *str)
{
    char p[800];
    snprintf(p, sizeof p, "%s/scenario.lua", scen_dir[s]);
    if (fuzz_write_file(p, l->d, l->n))
        return false;
    snprintf(p, sizeof p, "%s/strings/en.lua", scen_dir[s]);
    return fuzz_write_file(p, str->d, str->n) == 0;
}

static void test_originals_load(void)
{
    setup();
    for (int s = 0; s < 2; s++) {
        CHECK(write_scen(s, &lua[s], &strings_en[s]));
        struct script *sc = script_new();
        struct game *g = game_new();
        struct diag d;
        bool ok = script_load(sc, scen_dir[s], "en", NULL, 0, g, &d);
        if (!ok)
            fprintf(stderr, "%s: %s:%d: %s\n", scen_ids[s], d.path, d.line, d.msg);
        CHECK(ok);
        script_free(sc);
        game_free(g);
    }
}

static void test_mutations(void)
{
    setup();
    struct fuzz_plan plan = fuzz_plan(1200);
    struct fuzz_buf l = {0}, str = {0};
    int bad = 0;
    cases_loaded = cases_refused = handler_errors = 0;
    for (int k = plan.first; k < plan.first + plan.count; k++) {
        struct fuzz_rng r = fuzz_case_rng(plan.seed, k);
        int s = k % 2;
        fuzz_set(&l, lua[s].d, lua[s].n);
        fuzz_set(&str, strings_en[s].d, strings_en[s].n);
        char ops[160] = "";
        int nmut = 1 + (int)fuzz_below(&r, 3);
        for (int m = 0; m < nmut; m++) {
            const char *name;
            switch (fuzz_below(&r, 8)) {
            case 0:
            case 1:
            case 2:
                name = mutate_token(&r, &l);
                break;
            case 3:
            case 4:
                name = fuzz_mutate_lines(&r, &l);
                break;
            case 5:
                name = fuzz_op_names[fuzz_mutate(&r, &l, &lua[1 - s])];
                break;
            case 6:
                name = "strings:";
                if (fuzz_below(&r, 2))
                    mutate_token(&r, &str);
                else
                    fuzz_mutate_lines(&r, &str);
                break;
            default:
                name = fuzz_op_names[fuzz_mutate(&r, &str, NULL)];
                break;
            }
            size_t n = strlen(ops);
            snprintf(ops + n, sizeof ops - n, "%s%s", m ? " +" : "", name);
        }
        char what[260];
        snprintf(what, sizeof what, "script seed 0x%llx case %d (%s: %s)",
                 (unsigned long long)plan.seed, k, scen_ids[s], ops);
        int before = cases_loaded;
        if (!write_scen(s, &l, &str) || !load_and_check(s, what) ||
            (cases_loaded > before && !play_a_little(s, what))) {
            bad++;
            CHECK(!"mutated scenario broke a promise");
        }
    }
    /* leave the originals in place for the next test */
    for (int s = 0; s < 2; s++)
        write_scen(s, &lua[s], &strings_en[s]);
    fuzz_free(&l);
    fuzz_free(&str);
    printf("script: %d mutated scenarios (%d loaded, %d refused; %d handler errors in play), "
           "%d bad\n", plan.count, cases_loaded, cases_refused, handler_errors, bad);
}

/* Hostile statements appended to the end of the example scenario's file. */
static void test_hostile_appends(void)
{
    setup();
    static const char *const tails[] = {
        "\nwhile true do end\n", "\nlocal t = {} for i = 1, 1e9 do t[i] = i end\n",
        "\nlocal s = string.rep('x', 1 << 30)\n", "\nlocal function f() return f() end f()\n",
        "\nlocal function f() return 1 + f() end f()\n", "\nos.execute('true')\n",
        "\nio.open('/etc/passwd')\n", "\nload('return 1')()\n", "\nrequire('os')\n",
        "\nerror(setmetatable({}, {__tostring = function() while true do end end}))\n",
        "\nerror(nil)\n", "\nerror({})\n", "\nstring.rep('a', 100):find(string.rep('a?', 100) .."
        " string.rep('a', 100))\n", "\ncollectgarbage()\n", "\ninclude('../../etc/passwd')\n",
        "\ninclude('common:../../../etc/passwd')\n", "\ninclude('scenario.lua')\n",
        "\nreturn\n", "\nreturn 42\n", "\nsetmetatable(_G, nil)\n", "\n_ENV = nil\n",
        /* handlers that misbehave at play time */
        "\non.phase_begin(function(ev) while true do end end)\n",
        "\non.phase_begin(function(ev) local t = {} for i = 1, 1e9 do t[i] = i end end)\n",
        "\non.phase_begin(function(ev) local function f() return f() + 1 end f() end)\n",
        "\non.phase_begin(function(ev) error(nil) end)\n",
        "\non.phase_begin(function(ev) game.message() end)\n",
        "\non.phase_begin(function(ev) game.add_score('nosuch', 1e309) end)\n",
        "\non.phase_begin(function(ev) game.add_score(ev.side, 0/0) end)\n",
        "\non.phase_begin(function(ev) game.set_var(string.rep('v', 5000), 2^63) end)\n",
        "\non.phase_begin(function(ev) game.set_owner({q = 1e9, r = -1e9}, 'red') end)\n",
        "\non.phase_begin(function(ev) game.cut_rail(nil) end)\n",
        "\non.phase_begin(function(ev) game.end_game('nosuch', string.rep('r', 1e6)) end)\n",
        "\non.phase_begin(function(ev) game.fire('loop') end)\n"
        "on.trigger('loop', function(ev) game.fire('loop') end)\n",
        "\non.phase_begin(function(ev) for i = 1, 100000 do game.message('m') end end)\n",
        "\non.phase_begin(function(ev) for i = 1, 1000 do on.phase_begin(function() end) end end)\n",
    };
    struct fuzz_buf l = {0};
    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        fuzz_set(&l, lua[0].d, lua[0].n);
        /* before the final `return scenario`-style statement when there is one */
        size_t at = l.n;
        char *ret = NULL;
        for (char *p = l.d; (p = strstr(p, "\nreturn ")); p++)
            ret = p;
        if (ret)
            at = (size_t)(ret - l.d);
        fuzz_splice(&l, at, 0, tails[i], strlen(tails[i]));
        char what[80];
        snprintf(what, sizeof what, "script hostile statement %zu", i);
        CHECK(write_scen(0, &l, &strings_en[0]));
        int before = cases_loaded;
        CHECK(load_and_check(0, what));
        if (cases_loaded > before)
            CHECK(play_a_little(0, what));
    }
    write_scen(0, &lua[0], &strings_en[0]);
    fuzz_free(&l);
}

static void test_cleanup(void)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    CHECK_EQ_INT(system(cmd), 0);
    for (int s = 0; s < 2; s++) {
        fuzz_free(&lua[s]);
        fuzz_free(&strings_en[s]);
    }
}

static const struct test_case tests[] = {
    {"originals_load", test_originals_load},
    {"mutations", test_mutations},
    {"hostile_appends", test_hostile_appends},
    {"cleanup", test_cleanup},
};

HARNESS_MAIN(tests)
