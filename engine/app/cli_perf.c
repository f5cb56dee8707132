/*
 * cli_perf.c - `baku1920 perf`: the speed figures of the headless parts, for scripts/bench.sh
 * (which adds rendering, the AI and memory). It prints `name value unit` lines; nothing here
 * is a pass/fail test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ai.h"
#include "cli.h"
#include "cli_common.h"
#include "session.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n ? v[n / 2] : 0;
}

int cli_perf(int argc, char **argv)
{
    const char *scenario = "baku1920";
    int reps = 20;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--scenario") && i + 1 < argc)
            scenario = argv[++i];
        else if (!strcmp(argv[i], "--reps") && i + 1 < argc)
            reps = atoi(argv[++i]);
        else {
            fprintf(stderr, "baku1920 perf: unknown option '%s' (perf [--scenario ID] "
                            "[--reps N])\n", argv[i]);
            return EXIT_USAGE;
        }
    }
    if (reps < 1 || reps > 10000) {
        fprintf(stderr, "baku1920 perf: --reps must be 1..10000\n");
        return EXIT_USAGE;
    }
    char dirs[SESSION_MAX_DIRS][SESSION_PATH_LEN], dir[SESSION_PATH_LEN];
    int ndirs = scenario_dirs(app_data_dir(), NULL, 0, dirs, SESSION_MAX_DIRS);
    struct diag d;
    if (!scenario_resolve(dirs, ndirs, scenario, dir, sizeof dir, &d)) {
        fprintf(stderr, "baku1920 perf: %s\n", d.msg);
        return EXIT_USAGE;
    }
    double *t = malloc(sizeof(double) * (size_t)reps);
    if (!t)
        return 1;
    /* 1. loading the scenario: Lua, map, validation, game start */
    for (int i = 0; i < reps; i++) {
        double t0 = now_ms();
        struct session *s = session_open(dir, NULL, 0, (uint64_t)i + 1, "en", &d);
        t[i] = now_ms() - t0;
        if (!s) {
            cli_print_diag("perf", &d);
            free(t);
            return EXIT_USAGE;
        }
        session_free(s);
    }
    printf("scenario_load_median %.2f ms\n", median(t, reps));

    struct session *s = session_open(dir, NULL, 0, 1, "en", &d);
    const struct game *g = session_game(s);
    /* 2. the reachable set of every unit (the UI's highlight, the AI's main cost) */
    struct reach *r = malloc(sizeof *r);
    int calls = 0;
    double t0 = now_ms();
    for (int k = 0; k < reps; k++)
        for (int u = 0; u < g->nunits; u++)
            if (game_unit(g, u)) {
                move_reachable(g, u, r);
                calls++;
            }
    printf("move_reachable_mean %.1f us\n", calls ? (now_ms() - t0) * 1000.0 / calls : 0.0);
    free(r);
    /* 3. state hash and supply trace */
    t0 = now_ms();
    uint64_t acc = 0;
    for (int k = 0; k < reps * 10; k++)
        acc ^= game_hash(g);
    printf("game_hash_mean %.1f us\n", (now_ms() - t0) * 1000.0 / (reps * 10));
    uint8_t *sup = malloc(MAP_MAX_HEXES);
    t0 = now_ms();
    for (int k = 0; k < reps * 10; k++)
        supply_compute(g, k % g->nsides, sup);
    printf("supply_compute_mean %.1f us\n", (now_ms() - t0) * 1000.0 / (reps * 10));
    free(sup);
    /* 4. a whole game, AI on every side: commands per second */
    struct events *ev = malloc(sizeof *ev);
    int ncmd = 0;
    struct ai *ai = ai_new();
    t0 = now_ms();
    while (!g->result.over && ncmd < 200000) {
        int side = game_active_side(g);
        struct cmd c = ai ? ai_think(ai, g, side, AI_NORMAL) : ai_next(g, side, AI_NORMAL);
        if (session_apply(s, &c, ev) != CMD_OK) {
            memset(&c, 0, sizeof c);
            c.kind = CMD_END_PHASE;
            c.side = (int8_t)side;
            session_apply(s, &c, ev);
        }
        ncmd++;
    }
    double game_ms = now_ms() - t0;
    ai_free(ai);
    printf("full_game_ai_all %.0f ms (%d commands, %d turns)\n", game_ms, ncmd, g->turn + 1);
    /* 5. save and load of that game */
    char path[256];
    snprintf(path, sizeof path, "/tmp/b20perf%ld.sav", (long)getpid());
    t0 = now_ms();
    bool saved = session_save(s, path, &d);
    printf("save %.2f ms\n", now_ms() - t0);
    if (saved) {
        t0 = now_ms();
        struct session *l = session_load(dirs, ndirs, path, "en", &d);
        printf("load_and_replay %.1f ms (%zu commands)\n", now_ms() - t0, g->nlog);
        session_free(l);
        unlink(path);
    }
    printf("state_size %zu KiB\n", sizeof(struct game) / 1024);
    (void)acc;
    free(ev);
    free(t);
    session_free(s);
    return 0;
}
