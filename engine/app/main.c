/*
 * main.c - the one binary. With no arguments it opens the desktop game; otherwise the first
 * argument names a subcommand from the table below. Exit statuses: see cli.h and docs/cli.md.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

struct subcommand {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *usage;
};

static const struct subcommand commands[] = {
    {"run", cli_run,
     "run --scenario ID [--seed N] [--ai SIDE,...|all] [--turns N] [--save FILE] [--load FILE]\n"
     "        [--option NAME=VALUE] [--lang L] [--scenario-dir DIR]   play without a window"},
    {"dump", cli_dump,
     "dump --scenario ID [--seed N] [--turn N] [--load FILE] [--ai SIDE,...|all]\n"
     "        [--option NAME=VALUE] [--scenario-dir DIR]   print the state as JSON"},
    {"list", cli_list, "list [--lang L] [--scenario-dir DIR]   list the scenarios"},
    {"check", cli_check, "check PATH|ID [--lang L] [--option NAME=VALUE] [--scenario-dir DIR]\n"
     "        validate a scenario without playing it"},
    {"perf", cli_perf, "perf [--scenario ID] [--reps N]   speed figures (scripts/bench.sh)"},
    {"replay", cli_replay,
     "replay --scenario ID [--step K|--date YYYY-MM-DD[-dawn|-dusk]] [--lang L] [--list]\n"
     "        [--options] [--branch-save FILE] [--seed N] [--option NAME=VALUE]   history"},
    {"handout", cli_handout,
     "handout (--scenario ID [--turns N] [--ai SIDE,...|all] [--seed N] | --load FILE)\n"
     "        --out FILE.md|FILE.html [--lang L] [--option NAME=VALUE]   a game's record"},
    {"lang-check", cli_lang_check,
     "lang-check [--scenario ID|all]   string keys missing in ru and az (exit 1 if any)"},
    {"ai-bench", cli_ai_bench,
     "ai-bench --scenario ID --games N [--seed S] [--ai-level L] [--vs LEVEL]\n"
     "        [--side SIDE] [--option NAME=VALUE] [--scenario-dir DIR]   AI-vs-AI figures as JSON"},
    {"play", gui_main,
     "play [--scenario ID | --load FILE] [--seed N] [--lang L] [--ai SIDE,...|all] [--size WxH]\n"
     "        [--fullscreen] [--scale PCT] [--contrast] [--present] [--smoke-test FILE.png]\n"
     "        open the game (--present: classroom presentation mode)"},
    {"shot", cli_shot,
     "shot --scenario ID --out FILE.png [--size WxH] [--center PLACE] [--zoom Z] [--turn N]\n"
     "        [--seed N] [--lang L] [--overlay LIST] [--select UNIT] [--hover PLACE] [--bench N]\n"
     "        render a view to PNG"},
};

static void usage(FILE *f)
{
    fprintf(f, "Baku 1920 %s - a hex wargame of the April-May 1920 Baku operation\n\n",
            B20_VERSION);
    fprintf(f, "usage: baku1920                 open the game\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "       baku1920 %s\n", commands[i].usage);
    fprintf(f, "       baku1920 --help | --version\n\n");
    fprintf(f, "exit status: 0 ok, 1 failure, 2 bad usage or input (a refused scenario or save\n"
               "included), 3 scenario refused by 'check'\n");
}

const char *app_data_dir(void)
{
    static char dir[1024];
    const char *env = getenv("B20_DATA_DIR");
    if (env && env[0])
        return env;
    if (dir[0])
        return dir;
    /* an installed binary: <prefix>/bin/baku1920 -> <prefix>/share/baku1920 */
    char exe[900];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            snprintf(dir, sizeof dir, "%s/../share/baku1920", exe);
            char probe[1100];
            snprintf(probe, sizeof probe, "%s/scenarios", dir);
            if (access(probe, R_OK) == 0)
                return dir;
        }
    }
    snprintf(dir, sizeof dir, "%s", B20_DATA_DIR);
    return dir;
}

int main(int argc, char **argv)
{
    /* scenarios kept elsewhere (the user's data folder, --scenario-dir) reach the shipped
     * shared files ("common:" in a scenario) through this */
    char common[1200];
    snprintf(common, sizeof common, "%s/scenarios/common", app_data_dir());
    setenv("B20_COMMON_DIR", common, 0);
    if (argc < 2)
        return gui_main(argc - 1, argv + 1);
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        usage(stdout);
        return 0;
    }
    if (!strcmp(cmd, "--version")) {
        printf("baku1920 %s\n", B20_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(cmd, commands[i].name))
            return commands[i].fn(argc - 2, argv + 2);
    if (cmd[0] == '-')
        return gui_main(argc - 1, argv + 1);
    fprintf(stderr, "baku1920: unknown command '%s' (try --help)\n", cmd);
    return EXIT_USAGE;
}
