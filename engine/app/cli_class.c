/*
 * cli_class.c - the classroom subcommands, for preparing a lesson without a window:
 *   replay     the historical course of a scenario step by step (timeline, texts, sources,
 *              what-if options), and a branch save to play on from any step;
 *   handout    a game's record as a Markdown or HTML document;
 *   lang-check which string keys the Russian and Azerbaijani tables still lack.
 * Bad usage gets one line on stderr and exit status 2 (see docs/cli.md and docs/classroom.md).
 * They never call SDL_Init.
 */
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ai.h"
#include "cli.h"
#include "cli_common.h"
#include "handout.h"
#include "lang.h"
#include "replay.h"
#include "session.h"

/* ====================================================================== options */
static int dirs_of(const struct cli_opts *o, char dirs[][SESSION_PATH_LEN])
{
    return cli_dirs(o, dirs);
}

/* "1920-04-28", "1920-04-28-dawn" or "1920-04-28-dusk". */
static bool parse_date(const char *s, int *y, int *m, int *d, int *half)
{
    char rest[16] = "";
    int n = 0;
    if (sscanf(s, "%4d-%2d-%2d%n", y, m, d, &n) != 3 || *m < 1 || *m > 12 || *d < 1 || *d > 31)
        return false;
    snprintf(rest, sizeof rest, "%s", s + n);
    if (!rest[0] || !strcmp(rest, "-dawn"))
        *half = 0;
    else if (!strcmp(rest, "-dusk"))
        *half = 1;
    else
        return false;
    return true;
}

/* ====================================================================== replay */
static void print_options(const struct session *s)
{
    const struct session_option *opt = NULL;
    int n = session_options(s, &opt);
    printf("what-if options (%d):\n", n);
    for (int i = 0; i < n; i++) {
        bool flag = opt[i].min == 0 && opt[i].max == 1;
        if (flag)
            printf("  %-12s %-3s  historical: %-3s  %s\n", opt[i].id, opt[i].value ? "on" : "off",
                   opt[i].def ? "on" : "off", session_text(s, opt[i].name));
        else
            printf("  %-12s %-3d  historical: %-3d  %s\n", opt[i].id, opt[i].value, opt[i].def,
                   session_text(s, opt[i].name));
        printf("      %s\n", session_text(s, opt[i].note));
    }
}

static void print_step(const struct replay *r, int k)
{
    struct replay_step st;
    if (!replay_step(r, k, &st))
        return;
    printf("== step %d/%d: %s - %s\n\n%s\n\nsources:\n", k + 1, replay_steps(r), st.date,
           st.title, st.text);
    const char *p = st.sources;
    while (*p) {
        size_t n = strcspn(p, "\n");
        printf("  %.*s\n", (int)n, p);
        p += n;
        if (*p)
            p++;
    }
    printf("\n");
}

int cli_replay(int argc, char **argv)
{
    struct cli_opts o;
    int rc = cli_parse("replay", argc, argv,
                   "scenario step date lang branch-save list options seed option scenario-dir",
                   &o);
    if (rc)
        return rc;
    if (!o.scenario)
        return cli_usage_error("replay", "--scenario ID is needed");
    if (o.step && o.date)
        return cli_usage_error("replay", "give --step or --date, not both");
    int y = 0, m = 0, dd = 0, half = 0;
    if (o.date && !parse_date(o.date, &y, &m, &dd, &half))
        return cli_usage_error("replay", "--date '%s' is not YYYY-MM-DD[-dawn|-dusk]", o.date);
    char dirs[SESSION_MAX_DIRS][SESSION_PATH_LEN];
    int ndirs = dirs_of(&o, dirs);
    char dir[SESSION_PATH_LEN];
    struct diag d;
    if (!scenario_resolve(dirs, ndirs, o.scenario, dir, sizeof dir, &d)) {
        cli_print_diag("replay", &d);
        return EXIT_USAGE;
    }
    if (o.options && !o.list) {
        struct session *s = session_open(dir, o.opts, o.nopts, o.seed, o.lang, &d);
        if (!s) {
            cli_print_diag("replay", &d);
            return EXIT_USAGE;
        }
        print_options(s);
        session_free(s);
        return 0;
    }
    struct replay *r = replay_open(dir, o.opts, o.nopts, o.seed, o.lang, &d);
    if (!r) {
        cli_print_diag("replay", &d);
        return EXIT_USAGE;
    }
    const char *const *warn = NULL;
    int nwarn = replay_warnings(r, &warn);
    for (int i = 0; i < nwarn; i++)
        fprintf(stderr, "warning: %s\n", warn[i]);
    int n = replay_steps(r), last = n - 1;
    if (o.list) {
        printf("timeline of %s (%d step%s):\n", o.scenario, n, n == 1 ? "" : "s");
        for (int k = 0; k < n; k++) {
            struct replay_step st;
            replay_step(r, k, &st);
            printf("  %2d  %-16s %s\n", k + 1, st.date, st.title);
        }
        printf("\n");
        print_options(replay_session(r));
        replay_free(r);
        return 0;
    }
    if (o.step) {
        if (o.step > n) {
            replay_free(r);
            return cli_usage_error("replay", "--step %d: the history of %s has %d steps", o.step,
                               o.scenario, n);
        }
        last = o.step - 1;
    } else if (o.date) {
        int t = replay_turn_of_date(r, y, m, dd, half);
        last = t >= 0 ? replay_step_for_turn(r, t) : -2;
        if (last < 0) {
            replay_free(r);
            return cli_usage_error("replay", "--date %s is %s", o.date,
                               last == -1 ? "before the first step of the history"
                                          : "outside the scenario");
        }
    }
    for (int k = 0; k <= last; k++)
        print_step(r, k);
    int status = 0;
    if (!replay_goto(r, last, &d)) {
        cli_print_diag("replay", &d);
        status = 1;
    } else {
        printf("hash=%016" PRIx64 "\n", game_hash(replay_game(r)));
    }
    if (!status && o.branch_save) {
        struct session *b = replay_branch(r, last, &d);
        if (!b || !session_save(b, o.branch_save, &d)) {
            cli_print_diag("replay", &d);
            status = 1;
        } else {
            printf("branch saved to %s (continue with: baku1920 run --load %s)\n",
                   o.branch_save, o.branch_save);
        }
        session_free(b);
    }
    replay_free(r);
    return status;
}

/* ====================================================================== handout */
int cli_handout(int argc, char **argv)
{
    struct cli_opts o;
    int rc = cli_parse("handout", argc, argv,
                   "scenario turns ai ai-level seed load out lang option scenario-dir", &o);
    if (rc)
        return rc;
    if (!o.scenario == !o.load)
        return cli_usage_error("handout", "give --scenario ID or --load FILE (one of them)");
    if (!o.out)
        return cli_usage_error("handout", "--out FILE.md or FILE.html is needed");
    int fmt = handout_format_for(o.out);
    if (fmt < 0)
        return cli_usage_error("handout", "--out '%s' must end in .md or .html", o.out);
    char dirs[SESSION_MAX_DIRS][SESSION_PATH_LEN];
    int ndirs = dirs_of(&o, dirs);
    struct diag d;
    struct session *s = NULL;
    if (o.load) {
        s = session_load(dirs, ndirs, o.load, o.lang, &d);
    } else {
        char dir[SESSION_PATH_LEN];
        if (scenario_resolve(dirs, ndirs, o.scenario, dir, sizeof dir, &d))
            s = session_open(dir, o.opts, o.nopts, o.seed, o.lang, &d);
    }
    if (!s) {
        cli_print_diag("handout", &d);
        return EXIT_USAGE;
    }
    const struct game *g = session_game(s);
    if ((rc = cli_check_ai_sides("handout", g, &o))) {
        session_free(s);
        return rc;
    }
    if (o.scenario) {
        int start = g->turn;
        struct ai *ai = ai_new();
        for (long guard = 0; !g->result.over; guard++) {
            if (o.turns >= 0 && g->turn >= start + o.turns)
                break;
            if (!cli_play_step(s, &o, ai, NULL) || guard > 2000000) {
                fprintf(stderr, "baku1920 handout: the game is stuck at turn %d\n", g->turn);
                break;
            }
        }
        ai_free(ai);
        struct diag errs[8];
        while (session_take_errors(s, errs, 8) > 0) {
        }
    }
    int status = 0;
    if (!handout_save(s, o.out, (enum handout_format)fmt, &d)) {
        cli_print_diag("handout", &d);
        status = 1;
    } else {
        printf("handout written to %s (%d turns)\n", o.out, g->turn + 1);
    }
    session_free(s);
    return status;
}

/* ====================================================================== lang-check */
static bool has_key(char **keys, int n, const char *k)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(keys[mid], k);
        if (c == 0)
            return true;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return false;
}

static void free_keys(char **keys, int n)
{
    for (int i = 0; i < n && keys; i++)
        free(keys[i]);
    free(keys);
}

static bool file_exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

/* Checks one scenario folder; adds to missing[0] (ru) and missing[1] (az). false: broken. */
static bool check_scenario(const char *dir, const char *id, int missing[2])
{
    static const char *const langs[2] = {"ru", "az"};
    struct diag d;
    char path[SESSION_PATH_LEN + 32];
    snprintf(path, sizeof path, "%s/strings/en.lua", dir);
    char **en = NULL;
    int nen = 0;
    if (file_exists(path)) {
        nen = replay_table_keys(dir, "strings/en.lua", &en, &d);
        if (nen < 0) {
            cli_print_diag("lang-check", &d);
            return false;
        }
    }
    bool ok = true;
    for (int l = 0; l < 2; l++) {
        int count = 0;
        char rel[32];
        snprintf(rel, sizeof rel, "strings/%s.lua", langs[l]);
        snprintf(path, sizeof path, "%s/%s", dir, rel);
        if (nen > 0) {
            char **tr = NULL;
            int ntr = 0;
            if (file_exists(path)) {
                ntr = replay_table_keys(dir, rel, &tr, &d);
                if (ntr < 0) {
                    cli_print_diag("lang-check", &d);
                    ok = false;
                    continue;
                }
            } else {
                printf("%s: %s: %s is missing (%d keys)\n", id, langs[l], rel, nen);
            }
            for (int i = 0; i < nen; i++)
                if (!tr || !has_key(tr, ntr, en[i])) {
                    if (tr)
                        printf("%s: %s: missing %s\n", id, langs[l], en[i]);
                    count++;
                }
            free_keys(tr, ntr);
        }
        char hist[128][64];
        int nh = replay_history_missing(dir, langs[l], hist, 128, &d);
        if (nh < 0) {
            cli_print_diag("lang-check", &d);
            ok = false;
            continue;
        }
        for (int i = 0; i < nh && i < 128; i++)
            printf("%s: %s: missing history.lua %s\n", id, langs[l], hist[i]);
        count += nh;
        printf("%s: %s: %d missing\n", id, langs[l], count);
        missing[l] += count;
    }
    free_keys(en, nen);
    return ok;
}

/* The UI's tables: assets/lang/<code>.txt (see engine/ui/lang.h). */
static bool check_ui(int missing[2])
{
    static const char *const langs[2] = {"ru", "az"};
    char path[1200];
    snprintf(path, sizeof path, "%s/assets/lang/en.txt", app_data_dir());
    if (!file_exists(path))
        return true;
    struct lang_table en;
    memset(&en, 0, sizeof en);
    char err[512];
    FILE *f = fopen(path, "rb");
    char *text = NULL;
    bool ok = true;
    for (int l = -1; l < 2 && ok; l++) {
        if (l >= 0) {
            snprintf(path, sizeof path, "%s/assets/lang/%s.txt", app_data_dir(), langs[l]);
            f = fopen(path, "rb");
            if (!f) {
                printf("ui: %s: assets/lang/%s.txt is missing (%d keys)\n", langs[l], langs[l],
                       en.n);
                printf("ui: %s: %d missing\n", langs[l], en.n);
                missing[l] += en.n;
                continue;
            }
        }
        if (!f) {
            fprintf(stderr, "baku1920 lang-check: %s: cannot open\n", path);
            return false;
        }
        size_t cap = 1 << 16, n = 0;
        text = malloc(cap + 1);
        while (text) {
            size_t got = fread(text + n, 1, cap - n, f);
            n += got;
            if (n < cap)
                break;
            if (cap >= ((size_t)16 << 20))
                break;
            char *p = realloc(text, cap * 2 + 1);
            if (!p) {
                free(text);
                text = NULL;
                break;
            }
            text = p;
            cap *= 2;
        }
        fclose(f);
        if (!text) {
            fprintf(stderr, "baku1920 lang-check: %s: out of memory\n", path);
            ok = false;
            break;
        }
        text[n] = '\0';
        struct lang_table t;
        memset(&t, 0, sizeof t);
        if (!lang_parse(l < 0 ? &en : &t, text, path, err, sizeof err)) {
            fprintf(stderr, "baku1920 lang-check: %s\n", err);
            ok = false;
        } else if (l >= 0) {
            int count = 0;
            for (int i = 0; i < en.n; i++) {
                bool found = false;
                for (int k = 0; k < t.n && !found; k++)
                    found = !strcmp(t.keys[k], en.keys[i]);
                if (!found) {
                    printf("ui: %s: missing %s\n", langs[l], en.keys[i]);
                    count++;
                }
            }
            printf("ui: %s: %d missing\n", langs[l], count);
            missing[l] += count;
        }
        if (l >= 0)
            lang_table_fini(&t);
        free(text);
        text = NULL;
    }
    lang_table_fini(&en);
    return ok;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int cli_lang_check(int argc, char **argv)
{
    struct cli_opts o;
    int rc = cli_parse("lang-check", argc, argv, "scenario scenario-dir", &o);
    if (rc)
        return rc;
    char dirs[SESSION_MAX_DIRS][SESSION_PATH_LEN];
    int ndirs = dirs_of(&o, dirs);
    int missing[2] = {0, 0};
    bool ok = true;
    int checked = 0;
    if (o.scenario && strcmp(o.scenario, "all")) {
        char dir[SESSION_PATH_LEN];
        struct diag d;
        if (!scenario_resolve(dirs, ndirs, o.scenario, dir, sizeof dir, &d)) {
            cli_print_diag("lang-check", &d);
            return EXIT_USAGE;
        }
        const char *base = strrchr(dir, '/');
        ok = check_scenario(dir, base ? base + 1 : dir, missing);
        checked = 1;
    } else {
        /* every scenario folder of the first folder that has them, then the UI's tables */
        for (int i = 0; i < ndirs && checked == 0; i++) {
            DIR *dh = opendir(dirs[i]);
            if (!dh)
                continue;
            char *names[128];
            int n = 0;
            struct dirent *de;
            while ((de = readdir(dh)) && n < 128) {
                if (de->d_name[0] == '.' || strlen(de->d_name) >= ID_LEN)
                    continue;
                char p[SESSION_PATH_LEN + 64];
                snprintf(p, sizeof p, "%.511s/%.23s/scenario.lua", dirs[i], de->d_name);
                if (file_exists(p) && (names[n] = strdup(de->d_name)))
                    n++;
            }
            closedir(dh);
            qsort(names, (size_t)n, sizeof names[0], cmp_name);
            for (int k = 0; k < n; k++) {
                char dir[SESSION_PATH_LEN + 64];
                snprintf(dir, sizeof dir, "%.511s/%.23s", dirs[i], names[k]);
                ok = check_scenario(dir, names[k], missing) && ok;
                free(names[k]);
                checked++;
            }
            /* the texts the scenarios share, in scenarios/common/strings/ */
            char cdir[SESSION_PATH_LEN + 16], cen[SESSION_PATH_LEN + 40];
            snprintf(cdir, sizeof cdir, "%.511s/common", dirs[i]);
            snprintf(cen, sizeof cen, "%s/strings/en.lua", cdir);
            if (n > 0 && file_exists(cen))
                ok = check_scenario(cdir, "common", missing) && ok;
        }
        ok = check_ui(missing) && ok;
    }
    if (!ok)
        return EXIT_USAGE;
    printf("summary: %d scenario%s checked; ru %d missing, az %d missing\n", checked,
           checked == 1 ? "" : "s", missing[0], missing[1]);
    return missing[0] || missing[1] ? 1 : 0;
}
