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
#include "handout.h"
#include "lang.h"
#include "replay.h"
#include "session.h"

/* ====================================================================== options */
struct class_opts {
    const char *scenario, *lang, *out, *load, *branch_save, *date;
    uint64_t seed;
    int step;        /* 1-based; 0: all */
    int turns;       /* -1: to the end */
    bool list, options, ai_all;
    int nai;
    char ai_sides[MAX_SIDES][ID_LEN];
    int ai_level;
    int nopts;
    struct option_kv opts[SESSION_MAX_OPTIONS];
    int ndirs_extra;
    const char *dirs_extra[SESSION_MAX_DIRS];
};

static int usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "baku1920 %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, " (see 'baku1920 --help')\n");
    va_end(ap);
    return EXIT_USAGE;
}

static bool parse_num(const char *s, long lo, long hi, long *out)
{
    if (!s || !*s)
        return false;
    char *e;
    errno = 0;
    long v = strtol(s, &e, 10);
    if (errno || *e || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

static int parse(const char *cmd, int argc, char **argv, const char *allowed,
                 struct class_opts *o)
{
    memset(o, 0, sizeof *o);
    o->lang = "en";
    o->seed = 1;
    o->turns = -1;
    o->ai_level = AI_NORMAL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "--", 2) != 0)
            return usage_error(cmd, "unexpected argument '%s'", a);
        char name[48], list[256];
        snprintf(name, sizeof name, " %.40s ", a + 2);
        snprintf(list, sizeof list, " %s ", allowed);
        if (!strstr(list, name))
            return usage_error(cmd, "unknown option '%s'", a);
        if (!strcmp(a, "--list")) {
            o->list = true;
            continue;
        }
        if (!strcmp(a, "--options")) {
            o->options = true;
            continue;
        }
        if (i + 1 >= argc)
            return usage_error(cmd, "option '%s' needs a value", a);
        const char *v = argv[++i];
        long n;
        if (!strcmp(a, "--scenario"))
            o->scenario = v;
        else if (!strcmp(a, "--out"))
            o->out = v;
        else if (!strcmp(a, "--load"))
            o->load = v;
        else if (!strcmp(a, "--branch-save"))
            o->branch_save = v;
        else if (!strcmp(a, "--date"))
            o->date = v;
        else if (!strcmp(a, "--lang")) {
            if (strcmp(v, "en") && strcmp(v, "ru") && strcmp(v, "az"))
                return usage_error(cmd, "--lang '%s' is not one of en, ru, az", v);
            o->lang = v;
        } else if (!strcmp(a, "--seed")) {
            char *e;
            errno = 0;
            unsigned long long s = strtoull(v, &e, 10);
            if (!*v || *v == '-' || errno || *e)
                return usage_error(cmd, "--seed '%s' is not a non-negative whole number", v);
            o->seed = s;
        } else if (!strcmp(a, "--step")) {
            if (!parse_num(v, 1, REPLAY_MAX_STEPS, &n))
                return usage_error(cmd, "--step '%s' is not a step number from 1 to %d", v,
                                   REPLAY_MAX_STEPS);
            o->step = (int)n;
        } else if (!strcmp(a, "--turns")) {
            if (!parse_num(v, 0, 10000, &n))
                return usage_error(cmd, "--turns '%s' is not a number from 0 to 10000", v);
            o->turns = (int)n;
        } else if (!strcmp(a, "--ai")) {
            o->nai = 0;
            o->ai_all = !strcmp(v, "all");
            if (!o->ai_all && strcmp(v, "none")) {
                char buf[256];
                snprintf(buf, sizeof buf, "%s", v);
                char *save = NULL;
                for (char *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
                    if (o->nai >= MAX_SIDES || strlen(t) >= ID_LEN)
                        return usage_error(cmd, "--ai: too many or too long side ids");
                    snprintf(o->ai_sides[o->nai++], ID_LEN, "%s", t);
                }
            }
        } else if (!strcmp(a, "--ai-level")) {
            int lv = ai_level_from_name(v);
            if (lv < 0 && parse_num(v, 0, AI_LEVEL_COUNT - 1, &n))
                lv = (int)n;
            if (lv < 0)
                return usage_error(cmd, "--ai-level '%s' is not one of random, greedy, easy, "
                                        "normal, hard", v);
            o->ai_level = lv;
        } else if (!strcmp(a, "--scenario-dir")) {
            if (o->ndirs_extra >= SESSION_MAX_DIRS - 3)
                return usage_error(cmd, "too many --scenario-dir options");
            o->dirs_extra[o->ndirs_extra++] = v;
        } else if (!strcmp(a, "--option")) {
            const char *eq = strchr(v, '=');
            if (!eq || eq == v || (size_t)(eq - v) >= ID_LEN)
                return usage_error(cmd, "--option '%s' is not NAME=VALUE", v);
            int val;
            if (!strcmp(eq + 1, "true") || !strcmp(eq + 1, "on"))
                val = 1;
            else if (!strcmp(eq + 1, "false") || !strcmp(eq + 1, "off"))
                val = 0;
            else if (parse_num(eq + 1, -1000000, 1000000, &n))
                val = (int)n;
            else
                return usage_error(cmd, "--option '%s': the value must be a number, true or "
                                        "false", v);
            if (o->nopts >= SESSION_MAX_OPTIONS)
                return usage_error(cmd, "too many --option values");
            snprintf(o->opts[o->nopts].id, ID_LEN, "%.*s", (int)(eq - v), v);
            o->opts[o->nopts++].value = val;
        }
    }
    return 0;
}

static void print_diag(const char *cmd, const struct diag *d)
{
    char buf[1024];
    diag_format(d, buf, sizeof buf);
    fprintf(stderr, "baku1920 %s: %s\n", cmd, buf);
}

static int dirs_of(const struct class_opts *o, char dirs[][SESSION_PATH_LEN])
{
    return scenario_dirs(app_data_dir(), o->dirs_extra, o->ndirs_extra, dirs, SESSION_MAX_DIRS);
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
    struct class_opts o;
    int rc = parse("replay", argc, argv,
                   "scenario step date lang branch-save list options seed option scenario-dir",
                   &o);
    if (rc)
        return rc;
    if (!o.scenario)
        return usage_error("replay", "--scenario ID is needed");
    if (o.step && o.date)
        return usage_error("replay", "give --step or --date, not both");
    int y = 0, m = 0, dd = 0, half = 0;
    if (o.date && !parse_date(o.date, &y, &m, &dd, &half))
        return usage_error("replay", "--date '%s' is not YYYY-MM-DD[-dawn|-dusk]", o.date);
    char dirs[SESSION_MAX_DIRS][SESSION_PATH_LEN];
    int ndirs = dirs_of(&o, dirs);
    char dir[SESSION_PATH_LEN];
    struct diag d;
    if (!scenario_resolve(dirs, ndirs, o.scenario, dir, sizeof dir, &d)) {
        print_diag("replay", &d);
        return EXIT_USAGE;
    }
    if (o.options && !o.list) {
        struct session *s = session_open(dir, o.opts, o.nopts, o.seed, o.lang, &d);
        if (!s) {
            print_diag("replay", &d);
            return EXIT_USAGE;
        }
        print_options(s);
        session_free(s);
        return 0;
    }
    struct replay *r = replay_open(dir, o.opts, o.nopts, o.seed, o.lang, &d);
    if (!r) {
        print_diag("replay", &d);
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
            return usage_error("replay", "--step %d: the history of %s has %d steps", o.step,
                               o.scenario, n);
        }
        last = o.step - 1;
    } else if (o.date) {
        int t = replay_turn_of_date(r, y, m, dd, half);
        last = t >= 0 ? replay_step_for_turn(r, t) : -2;
        if (last < 0) {
            replay_free(r);
            return usage_error("replay", "--date %s is %s", o.date,
                               last == -1 ? "before the first step of the history"
                                          : "outside the scenario");
        }
    }
    for (int k = 0; k <= last; k++)
        print_step(r, k);
    int status = 0;
    if (!replay_goto(r, last, &d)) {
        print_diag("replay", &d);
        status = 1;
    } else {
        printf("hash=%016" PRIx64 "\n", game_hash(replay_game(r)));
    }
    if (!status && o.branch_save) {
        struct session *b = replay_branch(r, last, &d);
        if (!b || !session_save(b, o.branch_save, &d)) {
            print_diag("replay", &d);
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
static bool side_is_ai(const struct game *g, const struct class_opts *o, int side)
{
    if (o->ai_all)
        return true;
    for (int i = 0; i < o->nai; i++)
        if (!strcmp(o->ai_sides[i], g->sides[side].id))
            return true;
    return false;
}

/* The AI's next command for an AI side, else the end of the phase. */
static bool play_one(struct session *s, const struct class_opts *o)
{
    const struct game *g = session_game(s);
    int side = game_active_side(g);
    struct cmd c;
    memset(&c, 0, sizeof c);
    if (side_is_ai(g, o, side)) {
        c = ai_next(g, side, o->ai_level);
    } else {
        c.kind = CMD_END_PHASE;
        c.side = (int8_t)side;
    }
    if (session_apply(s, &c, NULL) == CMD_OK)
        return true;
    memset(&c, 0, sizeof c);
    c.kind = CMD_END_PHASE;
    c.side = (int8_t)side;
    c.origin = ORIGIN_AI;
    return session_apply(s, &c, NULL) == CMD_OK;
}

int cli_handout(int argc, char **argv)
{
    struct class_opts o;
    int rc = parse("handout", argc, argv,
                   "scenario turns ai ai-level seed load out lang option scenario-dir", &o);
    if (rc)
        return rc;
    if (!o.scenario == !o.load)
        return usage_error("handout", "give --scenario ID or --load FILE (one of them)");
    if (!o.out)
        return usage_error("handout", "--out FILE.md or FILE.html is needed");
    int fmt = handout_format_for(o.out);
    if (fmt < 0)
        return usage_error("handout", "--out '%s' must end in .md or .html", o.out);
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
        print_diag("handout", &d);
        return EXIT_USAGE;
    }
    const struct game *g = session_game(s);
    for (int i = 0; i < o.nai; i++)
        if (side_by_id(g, o.ai_sides[i]) < 0) {
            session_free(s);
            return usage_error("handout", "--ai: unknown side '%s'", o.ai_sides[i]);
        }
    if (o.scenario) {
        int start = g->turn;
        for (long guard = 0; !g->result.over; guard++) {
            if (o.turns >= 0 && g->turn >= start + o.turns)
                break;
            if (!play_one(s, &o) || guard > 2000000) {
                fprintf(stderr, "baku1920 handout: the game is stuck at turn %d\n", g->turn);
                break;
            }
        }
        struct diag errs[8];
        while (session_take_errors(s, errs, 8) > 0) {
        }
    }
    int status = 0;
    if (!handout_save(s, o.out, (enum handout_format)fmt, &d)) {
        print_diag("handout", &d);
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
            print_diag("lang-check", &d);
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
                    print_diag("lang-check", &d);
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
            print_diag("lang-check", &d);
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
    struct class_opts o;
    int rc = parse("lang-check", argc, argv, "scenario scenario-dir", &o);
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
            print_diag("lang-check", &d);
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
        }
        ok = check_ui(missing) && ok;
    }
    if (!ok)
        return EXIT_USAGE;
    printf("summary: %d scenario%s checked; ru %d missing, az %d missing\n", checked,
           checked == 1 ? "" : "s", missing[0], missing[1]);
    return missing[0] || missing[1] ? 1 : 0;
}
