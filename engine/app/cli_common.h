/*
 * cli_common.h - what the headless subcommands share: one option parser (each command names
 * the options it accepts), error lines, finding and opening the game, and playing it forward
 * with the AI on chosen sides.
 */
#ifndef B20_CLI_COMMON_H
#define B20_CLI_COMMON_H

#include <stdbool.h>
#include <stdint.h>

#include "ai.h"
#include "session.h"

struct cli_opts {
    const char *scenario, *save, *load, *lang, *out, *branch_save, *date;
    uint64_t seed;
    bool ai_all, ai_none;
    char ai_sides[MAX_SIDES][ID_LEN];
    int nai;
    int ai_level;
    int turns;      /* --turns: -1 = to the end */
    int until_turn; /* --turn: -1 = not given */
    int step;       /* --step: 0 = not given */
    int games;      /* --games: ai-bench, default 10 */
    int vs;         /* --vs: a baseline level, -1 = not given */
    const char *side; /* --side */
    bool list, options, quiet;
    int nopts;
    struct option_kv opts[SESSION_MAX_OPTIONS];
    int ndirs_extra;
    const char *dirs_extra[SESSION_MAX_DIRS];
};

/* Prints "baku1920 CMD: <message> (see 'baku1920 --help')" and returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void cli_print_diag(const char *cmd, const struct diag *d);
bool cli_parse_int(const char *s, int lo, int hi, int *out);
/* Parses argv; `allowed` lists the option names this command takes ("scenario seed ai ...").
 * Returns 0, or EXIT_USAGE after printing the problem. */
int cli_parse(const char *cmd, int argc, char **argv, const char *allowed, struct cli_opts *o);
int cli_dirs(const struct cli_opts *o, char dirs[][SESSION_PATH_LEN]);
/* Opens --load FILE or --scenario ID with the options; NULL after printing why. */
struct session *cli_open(const char *cmd, const struct cli_opts *o);
bool cli_side_is_ai(const struct game *g, const struct cli_opts *o, int side);
/* EXIT_USAGE (after printing) when --ai names a side the scenario lacks, else 0. */
int cli_check_ai_sides(const char *cmd, const struct game *g, const struct cli_opts *o);
/* Prints and forgets the scenario script errors raised during play. */
void cli_report_script_errors(struct session *s);
/* One command for the active side: the AI's (through `ai`, which keeps its phase plan) or, for
 * a side no one plays here, the end of its phase. false if nothing could be applied. */
bool cli_play_step(struct session *s, const struct cli_opts *o, struct ai *ai, struct events *ev);

#endif
