/*
 * cli_common.c - the option parser and helpers every headless subcommand uses (cli_common.h).
 * Errors are one line on stderr and exit status 2, as docs/cli.md promises.
 */
#include "cli_common.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "baku1920 %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, " (see 'baku1920 --help')\n");
    va_end(ap);
    return EXIT_USAGE;
}

void cli_print_diag(const char *cmd, const struct diag *d)
{
    char buf[1024];
    diag_format(d, buf, sizeof buf);
    fprintf(stderr, "baku1920 %s: %s\n", cmd, buf);
}

static bool parse_u64(const char *s, uint64_t *out)
{
    if (!s || !*s || *s == '-')
        return false;
    char *e;
    errno = 0;
    unsigned long long v = strtoull(s, &e, 10);
    if (errno || *e)
        return false;
    *out = v;
    return true;
}

bool cli_parse_int(const char *s, int lo, int hi, int *out)
{
    if (!s || !*s)
        return false;
    char *e;
    errno = 0;
    long v = strtol(s, &e, 10);
    if (errno || *e || v < lo || v > hi)
        return false;
    *out = (int)v;
    return true;
}

static int parse_ai(const char *cmd, const char *v, struct cli_opts *o)
{
    o->nai = 0;
    o->ai_all = !strcmp(v, "all");
    o->ai_none = !strcmp(v, "none");
    if (o->ai_all || o->ai_none)
        return 0;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", v);
    char *save = NULL;
    for (char *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        if (o->nai >= MAX_SIDES || strlen(t) >= ID_LEN)
            return cli_usage_error(cmd, "--ai: too many or too long side ids");
        snprintf(o->ai_sides[o->nai++], ID_LEN, "%s", t);
    }
    if (o->nai == 0)
        return cli_usage_error(cmd, "--ai needs side ids, 'all' or 'none'");
    return 0;
}

static int parse_option(const char *cmd, const char *v, struct cli_opts *o)
{
    const char *eq = strchr(v, '=');
    if (!eq || eq == v || (size_t)(eq - v) >= ID_LEN)
        return cli_usage_error(cmd, "--option '%s' is not NAME=VALUE", v);
    int val;
    if (!strcmp(eq + 1, "true") || !strcmp(eq + 1, "on"))
        val = 1;
    else if (!strcmp(eq + 1, "false") || !strcmp(eq + 1, "off"))
        val = 0;
    else if (!cli_parse_int(eq + 1, -1000000, 1000000, &val))
        return cli_usage_error(cmd, "--option '%s': the value must be a number, true or false",
                               v);
    if (o->nopts >= SESSION_MAX_OPTIONS)
        return cli_usage_error(cmd, "too many --option values");
    snprintf(o->opts[o->nopts].id, ID_LEN, "%.*s", (int)(eq - v), v);
    o->opts[o->nopts++].value = val;
    return 0;
}

int cli_parse(const char *cmd, int argc, char **argv, const char *allowed, struct cli_opts *o)
{
    memset(o, 0, sizeof *o);
    o->seed = 1;
    o->lang = "en";
    o->ai_level = AI_NORMAL;
    o->turns = -1;
    o->until_turn = -1;
    o->games = 10;
    o->vs = -1;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "--", 2) != 0)
            return cli_usage_error(cmd, "unexpected argument '%s'", a);
        char name[48], list[320];
        snprintf(name, sizeof name, " %.40s ", a + 2);
        snprintf(list, sizeof list, " %s ", allowed);
        if (!strstr(list, name))
            return cli_usage_error(cmd, "unknown option '%s'", a);
        bool *flag = !strcmp(a, "--quiet")     ? &o->quiet
                     : !strcmp(a, "--list")    ? &o->list
                     : !strcmp(a, "--options") ? &o->options
                                               : NULL;
        if (flag) {
            *flag = true;
            continue;
        }
        if (i + 1 >= argc)
            return cli_usage_error(cmd, "option '%s' needs a value", a);
        const char *v = argv[++i];
        int rc = 0;
        if (!strcmp(a, "--scenario"))
            o->scenario = v;
        else if (!strcmp(a, "--save"))
            o->save = v;
        else if (!strcmp(a, "--load"))
            o->load = v;
        else if (!strcmp(a, "--out"))
            o->out = v;
        else if (!strcmp(a, "--branch-save"))
            o->branch_save = v;
        else if (!strcmp(a, "--date"))
            o->date = v;
        else if (!strcmp(a, "--side"))
            o->side = v;
        else if (!strcmp(a, "--games")) {
            if (!cli_parse_int(v, 1, 10000, &o->games))
                return cli_usage_error(cmd, "--games '%s' is not a number from 1 to 10000", v);
        } else if (!strcmp(a, "--vs")) {
            int lv = ai_level_from_name(v);
            if (lv < 0)
                return cli_usage_error(cmd, "--vs '%s' is not one of random, greedy, easy, normal, "
                                            "hard", v);
            o->vs = lv;
        }
        else if (!strcmp(a, "--seed")) {
            if (!parse_u64(v, &o->seed))
                return cli_usage_error(cmd, "--seed '%s' is not a non-negative whole number", v);
        } else if (!strcmp(a, "--ai"))
            rc = parse_ai(cmd, v, o);
        else if (!strcmp(a, "--ai-level")) {
            int lv = ai_level_from_name(v);
            if (lv < 0 && !cli_parse_int(v, 0, AI_LEVEL_COUNT - 1, &lv))
                return cli_usage_error(cmd, "--ai-level '%s' is not one of random, greedy, easy, "
                                            "normal, hard", v);
            o->ai_level = lv;
        } else if (!strcmp(a, "--turns")) {
            if (!cli_parse_int(v, 0, 10000, &o->turns))
                return cli_usage_error(cmd, "--turns '%s' is not a number from 0 to 10000", v);
        } else if (!strcmp(a, "--turn")) {
            if (!cli_parse_int(v, 0, 10000, &o->until_turn))
                return cli_usage_error(cmd, "--turn '%s' is not a number from 0 to 10000", v);
        } else if (!strcmp(a, "--step")) {
            if (!cli_parse_int(v, 1, 10000, &o->step))
                return cli_usage_error(cmd, "--step '%s' is not a step number from 1", v);
        } else if (!strcmp(a, "--lang")) {
            if (strcmp(v, "en") && strcmp(v, "ru") && strcmp(v, "az"))
                return cli_usage_error(cmd, "--lang '%s' is not one of en, ru, az", v);
            o->lang = v;
        } else if (!strcmp(a, "--scenario-dir")) {
            if (o->ndirs_extra >= SESSION_MAX_DIRS - 3)
                return cli_usage_error(cmd, "too many --scenario-dir options");
            o->dirs_extra[o->ndirs_extra++] = v;
        } else if (!strcmp(a, "--option"))
            rc = parse_option(cmd, v, o);
        if (rc)
            return rc;
    }
    return 0;
}

int cli_dirs(const struct cli_opts *o, char dirs[][SESSION_PATH_LEN])
{
    return scenario_dirs(app_data_dir(), o->dirs_extra, o->ndirs_extra, dirs, SESSION_MAX_DIRS);
}

struct session *cli_open(const char *cmd, const struct cli_opts *o)
{
    struct diag d;
    diag_clear(&d);
    char dirs[SESSION_MAX_DIRS][SESSION_PATH_LEN];
    int ndirs = cli_dirs(o, dirs);
    struct session *s = NULL;
    if (o->load) {
        s = session_load(dirs, ndirs, o->load, o->lang, &d);
    } else {
        char dir[SESSION_PATH_LEN];
        if (scenario_resolve(dirs, ndirs, o->scenario, dir, sizeof dir, &d))
            s = session_open(dir, o->opts, o->nopts, o->seed, o->lang, &d);
    }
    if (!s)
        cli_print_diag(cmd, &d);
    return s;
}

bool cli_side_is_ai(const struct game *g, const struct cli_opts *o, int side)
{
    if (o->ai_all)
        return true;
    for (int i = 0; i < o->nai; i++)
        if (!strcmp(o->ai_sides[i], g->sides[side].id))
            return true;
    return false;
}

int cli_check_ai_sides(const char *cmd, const struct game *g, const struct cli_opts *o)
{
    for (int i = 0; i < o->nai; i++)
        if (side_by_id(g, o->ai_sides[i]) < 0) {
            char known[256] = "";
            for (int s = 0; s < g->nsides; s++) {
                strncat(known, s ? ", " : "", sizeof known - strlen(known) - 1);
                strncat(known, g->sides[s].id, sizeof known - strlen(known) - 1);
            }
            fprintf(stderr, "baku1920 %s: --ai: unknown side '%s' (sides: %s)\n", cmd,
                    o->ai_sides[i], known);
            return EXIT_USAGE;
        }
    return 0;
}

void cli_report_script_errors(struct session *s)
{
    struct diag errs[8];
    int n;
    while ((n = session_take_errors(s, errs, 8)) > 0)
        for (int i = 0; i < n; i++) {
            char buf[1024];
            diag_format(&errs[i], buf, sizeof buf);
            fprintf(stderr, "warning: scenario script error (handler disabled): %s\n", buf);
        }
}

bool cli_play_step(struct session *s, const struct cli_opts *o, struct ai *ai, struct events *ev)
{
    const struct game *g = session_game(s);
    int side = game_active_side(g);
    struct cmd c;
    if (cli_side_is_ai(g, o, side))
        c = ai ? ai_think(ai, g, side, o->ai_level) : ai_next(g, side, o->ai_level);
    else
        c = ai_end_phase(side);
    if (session_apply(s, &c, ev) == CMD_OK)
        return true;
    c = ai_end_phase(side);
    return session_apply(s, &c, ev) == CMD_OK;
}
