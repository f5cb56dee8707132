/*
 * cli_check.c - `baku1920 check PATH|ID`: validates a scenario without playing it.
 *
 * Loads the scenario exactly as a game would (sandboxed Lua, every field checked, the map, the
 * string tables), starts the rules state so that the core's own setup checks run, and lets
 * the handlers of the opening events run once (their errors are printed as warnings: in play
 * they would disable the handler, not stop the game). Prints a one-line summary and exits 0,
 * or prints the refusal (file:line: field: message) on stderr and exits 3; bad usage exits 2.
 * The sandbox's instruction budget and memory cap make sure it never hangs.
 *
 * Depends on the script layer (script.h, session.h for finding scenarios) and the core.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "script.h"
#include "session.h"

static void check_usage(FILE *f)
{
    fprintf(f, "usage: baku1920 check PATH|ID [--lang L] [--option NAME=VALUE]... "
               "[--scenario-dir DIR]...\n"
               "  validates a scenario folder (or the scenario with that id) without playing "
               "it;\n  exit status 0 valid, 3 refused, 2 bad usage\n");
}

static bool parse_option(const char *arg, struct option_kv *kv)
{
    const char *eq = strchr(arg, '=');
    if (!eq || eq == arg || (size_t)(eq - arg) >= sizeof kv->id)
        return false;
    memset(kv, 0, sizeof *kv);
    memcpy(kv->id, arg, (size_t)(eq - arg));
    const char *v = eq + 1;
    if (strcmp(v, "true") == 0 || strcmp(v, "on") == 0) {
        kv->value = 1;
        return true;
    }
    if (strcmp(v, "false") == 0 || strcmp(v, "off") == 0) {
        kv->value = 0;
        return true;
    }
    char *end = NULL;
    long n = strtol(v, &end, 10);
    if (!v[0] || *end || n < -1000000 || n > 1000000)
        return false;
    kv->value = (int)n;
    return true;
}

/* Applies the effects of the opening handlers to the scratch game, reacting in turn. */
struct check_ctx {
    struct script *s;
    struct game *g;
    int depth;
};

static enum cmd_status check_apply(void *ctx, const struct cmd *c)
{
    struct check_ctx *k = ctx;
    if (k->depth >= 8)
        return CMD_ERR_TOO_MANY;
    struct events *ev = malloc(sizeof *ev);
    if (!ev)
        return CMD_ERR_TOO_MANY;
    enum cmd_status st = game_apply(k->g, c, ev);
    if (st == CMD_OK) {
        k->depth++;
        script_react(k->s, k->g, ev, check_apply, k);
        k->depth--;
    }
    free(ev);
    return st;
}

static void print_diag(const char *prefix, const struct diag *d)
{
    char buf[1200];
    diag_format(d, buf, (int)sizeof buf);
    fprintf(stderr, "baku1920 check: %s%s\n", prefix, buf);
}

int cli_check(int argc, char **argv)
{
    const char *target = NULL, *lang = "en";
    struct option_kv opts[SESSION_MAX_OPTIONS];
    int nopts = 0;
    const char *extra[SESSION_MAX_DIRS];
    int nextra = 0;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            check_usage(stdout);
            return 0;
        } else if (strcmp(a, "--lang") == 0 && i + 1 < argc) {
            lang = argv[++i];
            if (strcmp(lang, "en") != 0 && strcmp(lang, "ru") != 0 && strcmp(lang, "az") != 0) {
                fprintf(stderr, "baku1920 check: --lang: '%s' is not en, ru or az\n", lang);
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "--option") == 0 && i + 1 < argc) {
            if (nopts >= SESSION_MAX_OPTIONS || !parse_option(argv[i + 1], &opts[nopts])) {
                fprintf(stderr, "baku1920 check: --option: '%s' is not NAME=VALUE (VALUE a "
                                "number, true or false)\n",
                        argv[i + 1]);
                return EXIT_USAGE;
            }
            nopts++;
            i++;
        } else if (strcmp(a, "--scenario-dir") == 0 && i + 1 < argc) {
            if (nextra >= SESSION_MAX_DIRS - 3) {
                fprintf(stderr, "baku1920 check: too many --scenario-dir\n");
                return EXIT_USAGE;
            }
            extra[nextra++] = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "baku1920 check: unknown or incomplete option '%s' (see 'baku1920 "
                            "check --help')\n", a);
            return EXIT_USAGE;
        } else if (target) {
            fprintf(stderr, "baku1920 check: one scenario at a time ('%s' and '%s')\n", target,
                    a);
            return EXIT_USAGE;
        } else {
            target = a;
        }
    }
    if (!target || !target[0]) {
        fprintf(stderr, "baku1920 check: a scenario id or folder is needed (see 'baku1920 check "
                        "--help')\n");
        return EXIT_USAGE;
    }

    /* a folder path is taken as it is; otherwise the id is looked up like `run` does */
    char dir[SESSION_PATH_LEN];
    struct diag d;
    diag_clear(&d);
    struct stat st;
    if (stat(target, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (strlen(target) >= sizeof dir) {
            fprintf(stderr, "baku1920 check: path too long\n");
            return EXIT_USAGE;
        }
        snprintf(dir, sizeof dir, "%s", target);
    } else {
        char dirs[SESSION_MAX_DIRS][SESSION_PATH_LEN];
        int ndirs = scenario_dirs(app_data_dir(), extra, nextra, dirs, SESSION_MAX_DIRS);
        if (!scenario_resolve(dirs, ndirs, target, dir, sizeof dir, &d)) {
            print_diag("", &d);
            return EXIT_USAGE;
        }
    }

    struct script *s = script_new();
    struct game *g = game_new();
    if (!s || !g) {
        script_free(s);
        game_free(g);
        fprintf(stderr, "baku1920 check: out of memory\n");
        return 1;
    }
    int status = 0;
    if (!script_load(s, dir, lang, opts, nopts, g, &d)) {
        print_diag("refused: ", &d);
        status = EXIT_REFUSED;
    } else {
        struct events *ev = malloc(sizeof *ev);
        if (!ev || !game_start(g, 1, ev, &d)) {
            if (ev)
                print_diag("refused: ", &d);
            else
                fprintf(stderr, "baku1920 check: out of memory\n");
            status = ev ? EXIT_REFUSED : 1;
        } else {
            struct check_ctx k = {s, g, 1};
            script_react(s, g, ev, check_apply, &k);
            struct diag errs[16];
            int nerr = script_take_errors(s, errs, 16);
            for (int i = 0; i < nerr; i++)
                print_diag("warning: opening handler failed: ", &errs[i]);
            struct diag cd;
            if (!game_check(g, &cd)) {
                print_diag("refused: ", &cd);
                status = EXIT_REFUSED;
            } else {
                struct scenario_info info;
                script_info(s, g, &info);
                int nunits = 0;
                for (int i = 0; i < g->nunits; i++)
                    if (game_unit(g, i))
                        nunits++;
                const struct session_option *o;
                int nopt = script_options(s, &o);
                printf("ok: %s \"%s\": %d sides, %d unit types, %d units, %d reinforcements, "
                       "%d objectives, %d options, %d turns (%s), map %dx%d\n",
                       info.id, info.title, g->nsides, g->nutypes, nunits, g->nreinf, g->nobj,
                       nopt, info.turns, info.dates, g->width, g->height);
            }
        }
        free(ev);
    }
    script_free(s);
    game_free(g);
    return status;
}
