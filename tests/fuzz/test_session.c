/*
 * test_session.c - seeded mutation runs over session_load(): real saves, written by
 * session_save() after a few turns of the computer playing both sides, are mutated line- and
 * byte-wise, written to a private temporary folder and loaded. Each load must be refused with
 * a message, or give a game whose invariants hold (game_check); either way the file loaded is
 * left exactly as it was and nothing else appears in its folder.
 */
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ai.h"
#include "fuzz.h"
#include "harness.h"
#include "session.h"

static char dirs[1][SESSION_PATH_LEN];
static char tmpdir[] = "/tmp/b20_fuzz_save_XXXXXX";
static struct fuzz_buf saves[2];
static const char *const scen_ids[2] = {"red_bridge", "tutorial"};
static int nsaves;
static int loaded, refused;

static int folder_entries(const char *path)
{
    DIR *dir = opendir(path);
    if (!dir)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(dir)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    closedir(dir);
    return n;
}

/* Plays `turns` turns with the computer on every side, saves, reads the save back. */
static bool make_save(const char *id, int turns, struct fuzz_buf *out)
{
    char dir[SESSION_PATH_LEN + 64], path[600];
    snprintf(dir, sizeof dir, "%s/%s", dirs[0], id);
    struct diag d;
    struct session *s = session_open(dir, NULL, 0, 7, "en", &d);
    if (!s) {
        fprintf(stderr, "%s: %s\n", id, d.msg);
        return false;
    }
    struct ai *a = ai_new();
    for (int n = 0; a && n < 5000; n++) {
        const struct game *g = session_game(s);
        if (g->result.over || g->turn >= turns)
            break;
        int side = game_active_side(g);
        struct cmd c = ai_think(a, g, side, AI_EASY);
        if (session_apply(s, &c, NULL) != CMD_OK) {
            struct cmd e = ai_end_phase(side);
            if (session_apply(s, &e, NULL) != CMD_OK)
                break;
        }
    }
    ai_free(a);
    /* the first side a person's, the others the computer's: the save's players line */
    uint8_t computer[MAX_SIDES];
    for (int i = 0; i < MAX_SIDES; i++)
        computer[i] = i > 0;
    session_set_players(s, computer);
    snprintf(path, sizeof path, "%s/orig_%s.sav", tmpdir, id);
    bool ok = session_save(s, path, &d);
    session_free(s);
    if (!ok) {
        fprintf(stderr, "%s: save failed: %s\n", id, d.msg);
        return false;
    }
    fuzz_read_file(path, out);
    unlink(path);
    return out->n > 0;
}

static void setup(void)
{
    if (nsaves)
        return;
    snprintf(dirs[0], sizeof dirs[0], "%s/scenarios", fuzz_src());
    if (!mkdtemp(tmpdir)) {
        fprintf(stderr, "cannot make a temporary folder\n");
        exit(1);
    }
    for (int i = 0; i < 2; i++)
        if (make_save(scen_ids[i], 3, &saves[nsaves]))
            nsaves++;
}

/* Loads the bytes from a file in the private folder and checks the promises. */
static bool check_save(const char *buf, size_t len, const char *what)
{
    char path[600];
    snprintf(path, sizeof path, "%s/case.sav", tmpdir);
    if (fuzz_write_file(path, buf, len)) {
        fprintf(stderr, "%s: cannot write %s\n", what, path);
        return false;
    }
    struct diag d;
    memset(&d, 0, sizeof d);
    struct session *s = session_load(dirs, 1, path, "en", &d);
    bool ok = true;
    if (!s) {
        refused++;
        if (!fuzz_refusal_named(what, &d, NULL))
            ok = false;
    } else {
        loaded++;
        if (!fuzz_state_valid(what, "loaded", session_game(s)))
            ok = false;
        session_free(s);
    }
    struct fuzz_buf after = {0};
    fuzz_read_file(path, &after);
    if (after.n != len || (len && memcmp(after.d, buf, len))) {
        fprintf(stderr, "%s: loading changed the file\n", what);
        ok = false;
    }
    fuzz_free(&after);
    if (folder_entries(tmpdir) != 1) {
        fprintf(stderr, "%s: loading left %d files in the folder\n", what, folder_entries(tmpdir));
        ok = false;
    }
    unlink(path);
    return ok;
}

static void test_saves_load(void)
{
    setup();
    CHECK_EQ_INT(nsaves, 2);
    for (int i = 0; i < nsaves; i++)
        CHECK(check_save(saves[i].d, saves[i].n, scen_ids[i]));
    /* an unmutated save really loads */
    char path[600];
    snprintf(path, sizeof path, "%s/case.sav", tmpdir);
    if (nsaves && !fuzz_write_file(path, saves[0].d, saves[0].n)) {
        struct diag d;
        struct session *s = session_load(dirs, 1, path, "en", &d);
        CHECK(s != NULL);
        if (s)
            CHECK(session_game(s)->turn >= 1);
        session_free(s);
        unlink(path);
    }
}

static void test_mutations(void)
{
    setup();
    if (!nsaves) {
        CHECK(nsaves > 0);
        return;
    }
    struct fuzz_plan plan = fuzz_plan(2000);
    struct fuzz_buf b = {0};
    int bad = 0;
    loaded = refused = 0;
    for (int k = plan.first; k < plan.first + plan.count; k++) {
        struct fuzz_rng r = fuzz_case_rng(plan.seed, k);
        int s = k % nsaves;
        fuzz_set(&b, saves[s].d, saves[s].n);
        char ops[120] = "";
        int nmut = 1 + (int)fuzz_below(&r, 3);
        for (int m = 0; m < nmut; m++) {
            const char *name = fuzz_below(&r, 2) ? fuzz_mutate_lines(&r, &b)
                                                  : fuzz_op_names[fuzz_mutate(&r, &b,
                                                                    &saves[(s + 1) % nsaves])];
            size_t l = strlen(ops);
            snprintf(ops + l, sizeof ops - l, "%s%s", m ? " +" : "", name);
        }
        char what[240];
        snprintf(what, sizeof what, "save seed 0x%llx case %d (%s: %s)",
                 (unsigned long long)plan.seed, k, scen_ids[s], ops);
        if (!check_save(b.d, b.n, what)) {
            bad++;
            CHECK(!"mutated save broke a promise");
        }
    }
    fuzz_free(&b);
    printf("session: %d mutated saves (%d loaded, %d refused), %d bad\n", plan.count, loaded,
           refused, bad);
}

static void test_truncations(void)
{
    setup();
    int n = 0;
    for (int s = 0; s < nsaves; s++)
        for (size_t at = 0; at < saves[s].n; at += 37, n++) {
            char what[80];
            snprintf(what, sizeof what, "save %s truncated at byte %zu", scen_ids[s], at);
            CHECK(check_save(saves[s].d, at, what));
        }
    printf("session: %d truncations\n", n);
}

/* Hostile edits aimed at the header lines a save starts with. */
static void test_header_edits(void)
{
    setup();
    if (!nsaves)
        return;
    static const char *const heads[] = {
        "baku1920-save 999\n", "baku1920-save -1\n", "baku1920-save\n", "scenario ../../etc\n",
        "scenario /etc/passwd\n", "scenario \n", "seed 99999999999999999999999\n", "seed -1\n",
        "scenario-hash zz\n", "option x=1e309\n", "cmd move o=1 s=0 u=39999 q=9999 r=9999\n",
        "cmd end_game o=2 s=0 v=7\n", "cmd spawn o=2 s=0 t=31 q=0 r=0\n", "turn 99999\n",
        "hash 0\n", "end\n", "players red=robot\n", "players nosuch=human\n", "players =human\n",
        "players red\n", "players red=human red=computer georgia=human\n", "players \n",
    };
    struct fuzz_buf b = {0};
    int n = 0;
    for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
        for (int where = 0; where < 3; where++) {
            const struct fuzz_buf *src = &saves[(int)i % nsaves];
            fuzz_set(&b, src->d, src->n);
            /* replace line `where` (0, 1 or 3) with the hostile one */
            size_t want = where == 2 ? 3 : (size_t)where, line = 0, s = 0;
            for (size_t j = 0; j < b.n && line < want; j++)
                if (b.d[j] == '\n') {
                    line++;
                    s = j + 1;
                }
            size_t e = s;
            while (e < b.n && b.d[e] != '\n')
                e++;
            if (e < b.n)
                e++;
            fuzz_splice(&b, s, e - s, heads[i], strlen(heads[i]));
            char what[120];
            snprintf(what, sizeof what, "save header edit %zu at line %zu", i, want + 1);
            CHECK(check_save(b.d, b.n, what));
            n++;
        }
    fuzz_free(&b);
    printf("session: %d header edits\n", n);
}

/* Saving where it cannot be done is refused with a message and leaves what was there; saving
 * over a save replaces it whole and leaves no other file behind. */
static void test_save_failures(void)
{
    setup();
    if (!nsaves)
        return;
    char path[600], sub[600];
    snprintf(path, sizeof path, "%s/case.sav", tmpdir);
    CHECK_EQ_INT(fuzz_write_file(path, saves[0].d, saves[0].n), 0);
    struct diag d;
    struct session *s = session_load(dirs, 1, path, "en", &d);
    CHECK(s != NULL);
    if (!s)
        return;
    /* into a folder that does not exist, onto a folder, onto an empty name */
    snprintf(sub, sizeof sub, "%s/nosuch/x.sav", tmpdir);
    memset(&d, 0, sizeof d);
    CHECK(!session_save(s, sub, &d) && d.msg[0]);
    snprintf(sub, sizeof sub, "%s/adir", tmpdir);
    CHECK_EQ_INT(mkdir(sub, 0700), 0);
    memset(&d, 0, sizeof d);
    CHECK(!session_save(s, sub, &d) && d.msg[0]);
    CHECK_EQ_INT(rmdir(sub), 0);
    memset(&d, 0, sizeof d);
    CHECK(!session_save(s, "", &d) && d.msg[0]);
    /* over the other save: replaced whole, and it loads */
    snprintf(sub, sizeof sub, "%s/other.sav", tmpdir);
    CHECK_EQ_INT(fuzz_write_file(sub, saves[nsaves - 1].d, saves[nsaves - 1].n), 0);
    CHECK(session_save(s, sub, &d));
    struct fuzz_buf b = {0};
    fuzz_read_file(sub, &b);
    CHECK(b.n == saves[0].n && !memcmp(b.d, saves[0].d, b.n));
    fuzz_free(&b);
    CHECK_EQ_INT(folder_entries(tmpdir), 2);
    session_free(s);
    unlink(sub);
    unlink(path);
}

/* Who plays each side comes back from a save as it went in; a players line that names a side
 * the scenario lacks, or says neither human nor computer, or comes twice, is refused with its
 * line; a save without one says nothing of the players. */
static void test_players(void)
{
    setup();
    if (!nsaves)
        return;
    char path[600];
    snprintf(path, sizeof path, "%s/case.sav", tmpdir);
    CHECK_EQ_INT(fuzz_write_file(path, saves[0].d, saves[0].n), 0);
    struct diag d;
    memset(&d, 0, sizeof d);
    struct session *s = session_load(dirs, 1, path, "en", &d);
    CHECK(s != NULL);
    if (!s)
        return;
    /* what it holds, read without replaying it */
    char id[ID_LEN];
    int turn = -1;
    CHECK(session_peek(path, id, &turn));
    CHECK_STR_CONTAINS(id, "red_bridge");
    CHECK_EQ_INT(turn, session_game(s)->turn);
    uint8_t ai[MAX_SIDES];
    memset(ai, 7, sizeof ai);
    CHECK(session_players(s, ai));
    CHECK_EQ_INT(ai[0], 0); /* red_bridge: red a person's, georgia the computer's */
    CHECK_EQ_INT(ai[1], 1);
    ai[0] = 1;
    ai[1] = 0;
    session_set_players(s, ai);
    CHECK(session_save(s, path, &d));
    session_free(s);
    s = session_load(dirs, 1, path, "en", &d);
    CHECK(s != NULL && session_players(s, ai) && ai[0] == 1 && ai[1] == 0);
    session_free(s);
    struct fuzz_buf b = {0};
    fuzz_read_file(path, &b);
    CHECK(strstr(b.d, "\nplayers red=computer georgia=human rear=computer\n") != NULL);
    /* the line edited: each refusal names the line and what is wrong */
    static const struct { const char *line, *says; } bad[] = {
        { "players red=computer georgia=robot", "'robot' is neither human nor computer" },
        { "players red=computer tiflis=human", "no side 'tiflis'" },
        { "players red computer", "expected SIDE=human or SIDE=computer, not 'red'" },
    };
    char *at = b.d ? strstr(b.d, "\nplayers ") : NULL;
    CHECK(at != NULL);
    if (!at) {
        fuzz_free(&b);
        return;
    }
    int line = 1;
    for (char *c = b.d; c <= at; c++)
        line += *c == '\n';
    size_t st = (size_t)(at - b.d) + 1, en = st;
    while (en < b.n && b.d[en] != '\n')
        en++;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct fuzz_buf e = {0};
        fuzz_set(&e, b.d, b.n);
        fuzz_splice(&e, st, en - st, bad[i].line, strlen(bad[i].line));
        CHECK_EQ_INT(fuzz_write_file(path, e.d, e.n), 0);
        memset(&d, 0, sizeof d);
        CHECK(session_load(dirs, 1, path, "en", &d) == NULL);
        CHECK_EQ_INT(d.line, line);
        CHECK(!strcmp(d.field, "players"));
        CHECK_STR_CONTAINS(d.msg, bad[i].says);
        /* twice: refused at the second */
        fuzz_set(&e, b.d, b.n);
        fuzz_splice(&e, st, 0, "players red=human\n", strlen("players red=human\n"));
        CHECK_EQ_INT(fuzz_write_file(path, e.d, e.n), 0);
        memset(&d, 0, sizeof d);
        CHECK(session_load(dirs, 1, path, "en", &d) == NULL);
        CHECK_EQ_INT(d.line, line + 1);
        CHECK_STR_CONTAINS(d.msg, "a second players line");
        fuzz_free(&e);
    }
    /* without the line: loads, and says nothing of the players */
    struct fuzz_buf e = {0};
    fuzz_set(&e, b.d, b.n);
    fuzz_splice(&e, st, en + 1 - st, "", 0);
    CHECK_EQ_INT(fuzz_write_file(path, e.d, e.n), 0);
    s = session_load(dirs, 1, path, "en", &d);
    CHECK(s != NULL && !session_players(s, ai));
    session_free(s);
    /* a file that is not a save says nothing */
    CHECK_EQ_INT(fuzz_write_file(path, "turn 3\nscenario x\n", 18), 0);
    CHECK(!session_peek(path, id, &turn) && id[0] == 0 && turn == -1);
    fuzz_free(&e);
    fuzz_free(&b);
    unlink(path);
}

static void test_cleanup(void)
{
    for (int i = 0; i < nsaves; i++)
        fuzz_free(&saves[i]);
    nsaves = 0;
    CHECK_EQ_INT(folder_entries(tmpdir), 0);
    CHECK_EQ_INT(rmdir(tmpdir), 0);
}

static const struct test_case tests[] = {
    {"saves_load", test_saves_load},
    {"mutations", test_mutations},
    {"truncations", test_truncations},
    {"header_edits", test_header_edits},
    {"save_failures", test_save_failures},
    {"players", test_players},
    {"cleanup", test_cleanup},
};

HARNESS_MAIN(tests)
