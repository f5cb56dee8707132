/*
 * cli_bench.c - `baku1920 ai-bench`: plays N games headless with the AI on every side (or the
 * AI at one level against a baseline) and prints one JSON object of figures on stdout: wins
 * and draws per side, final score mean and spread per side and of the difference between the
 * two playable sides, milestone frequencies and mean dates, mean steps lost per side, and the
 * AI's thinking time per turn (median and maximum). Progress lines go to stderr. The AI's
 * thinking time is measured here, in the app layer, with the monotonic clock; the core has no
 * clock. See docs/ai.md for the figures this gives.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ai.h"
#include "cli.h"
#include "cli_common.h"
#include "session.h"

#define BENCH_MAX_MS 128

/* The options of ai-bench, after cli_parse and its own checks. */
static int parse(int argc, char **argv, struct cli_opts *o)
{
    int rc = cli_parse("ai-bench", argc, argv,
                       "scenario games seed ai-level vs side option scenario-dir", o);
    if (rc)
        return rc;
    if (!o->scenario)
        return cli_usage_error("ai-bench", "--scenario ID is needed");
    if (o->side && o->vs < 0)
        return cli_usage_error("ai-bench", "--side is only meaningful with --vs");
    return 0;
}

/* ====================================================================== statistics */
struct stat {
    double sum, sum2;
    int n;
};

static void stat_add(struct stat *s, double v)
{
    s->sum += v;
    s->sum2 += v * v;
    s->n++;
}

static double stat_mean(const struct stat *s)
{
    return s->n ? s->sum / s->n : 0.0;
}

static double stat_sd(const struct stat *s)
{
    if (s->n < 2)
        return 0.0;
    double m = stat_mean(s);
    double var = (s->sum2 - s->n * m * m) / (s->n - 1);
    return var > 0 ? sqrt(var) : 0.0;
}

/* Prints a share k/n with its 95% Wilson score interval: `"<name>":r,"<name>_ci":[lo,hi]`. A
 * rate over a few dozen games is rough (30 games put a true third anywhere from 19% to 51%);
 * the interval says how rough. */
static void json_rate(const char *name, int k, int n)
{
    double p = n ? (double)k / n : 0.0, lo = 0.0, hi = 1.0;
    if (n > 0) {
        const double z2 = 1.96 * 1.96;
        double den = 1.0 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / den;
        double half = 1.96 * sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / den;
        lo = centre - half > 0.0 ? centre - half : 0.0;
        hi = centre + half < 1.0 ? centre + half : 1.0;
    }
    printf("\"%s\":%.3f,\"%s_ci\":[%.3f,%.3f]", name, p, name, lo, hi);
}

struct milestone_stat {
    char name[TEXT_LEN];
    int count;
    struct stat turn;
};

struct bench {
    int nsides;
    char side_id[MAX_SIDES][ID_LEN];
    bool playable[MAX_SIDES];
    int wins[MAX_SIDES], draws, unfinished, refused;
    int ai_games[MAX_SIDES], ai_wins[MAX_SIDES], ai_draws[MAX_SIDES]; /* with --vs */
    struct stat score[MAX_SIDES], losses[MAX_SIDES], diff;
    int in_band, band;
    int pa, pb; /* the two playable sides the difference is taken between (or -1) */
    int nms;
    struct milestone_stat ms[MAX_MILESTONES];
    int obj_met[MAX_OBJ]; /* games that ended with each objective scoring */
    double *think;
    int nthink, capthink;
    double think_max;
};

static void add_think(struct bench *b, double ms)
{
    if (b->nthink == b->capthink) {
        int cap = b->capthink ? b->capthink * 2 : 1024;
        double *n = realloc(b->think, sizeof *n * (size_t)cap);
        if (!n)
            return;
        b->think = n;
        b->capthink = cap;
    }
    b->think[b->nthink++] = ms;
    if (ms > b->think_max)
        b->think_max = ms;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, c = *(const double *)y;
    return a < c ? -1 : a > c;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* ====================================================================== one game */
/* The level each side plays at in game number `i`; *tested receives the side of the AI under
 * test (or -1 when the AI plays everywhere at one level). */
static void levels_for(const struct cli_opts *o, const struct game *g, int i, int *level,
                       int *tested)
{
    *tested = -1;
    for (int s = 0; s < g->nsides; s++)
        level[s] = o->ai_level;
    if (o->vs < 0)
        return;
    int playable[MAX_SIDES], np = 0;
    for (int s = 0; s < g->nsides; s++)
        if (g->sides[s].flags & SIDE_PLAYABLE)
            playable[np++] = s;
    if (np == 0)
        return;
    int t = o->side ? side_by_id(g, o->side) : playable[i % np];
    *tested = t;
    for (int k = 0; k < np; k++)
        if (playable[k] != t)
            level[playable[k]] = o->vs;
}

static bool play_game(const struct cli_opts *o, const char *dir, int i, struct bench *b,
                      struct events *ev)
{
    struct diag d;
    diag_clear(&d);
    uint64_t seed = o->seed + (uint64_t)i;
    struct session *s = session_open(dir, o->opts, o->nopts, seed, "en", &d);
    if (!s) {
        char buf[1024];
        diag_format(&d, buf, sizeof buf);
        fprintf(stderr, "baku1920 ai-bench: %s\n", buf);
        return false;
    }
    const struct game *g = session_game(s);
    if (i == 0) {
        b->nsides = g->nsides;
        b->pa = b->pb = -1;
        b->band = g->rules.draw_band;
        for (int k = 0; k < g->nsides; k++) {
            snprintf(b->side_id[k], ID_LEN, "%s", g->sides[k].id);
            b->playable[k] = (g->sides[k].flags & SIDE_PLAYABLE) != 0;
            if (b->playable[k]) {
                if (b->pa < 0)
                    b->pa = k;
                else if (b->pb < 0)
                    b->pb = k;
            }
        }
    }
    int level[MAX_SIDES], tested;
    levels_for(o, g, i, level, &tested);
    struct ai *ai = ai_new();
    if (!ai) {
        session_free(s);
        return false;
    }
    int lost[MAX_SIDES] = {0};
    double turn_ms = 0;
    int cur_turn = g->turn, cur_side = game_active_side(g);
    double t0 = now_ms();
    for (long guard = 0; !g->result.over && guard < 4000000; guard++) {
        int side = game_active_side(g);
        if (side != cur_side || g->turn != cur_turn) {
            if (level[cur_side] >= AI_EASY && (tested < 0 || cur_side == tested))
                add_think(b, turn_ms);
            turn_ms = 0;
            cur_side = side;
            cur_turn = g->turn;
        }
        double a = now_ms();
        struct cmd c = ai_think(ai, g, side, level[side]);
        turn_ms += now_ms() - a;
        enum cmd_status st = session_apply(s, &c, ev);
        if (st != CMD_OK) {
            b->refused++;
            fprintf(stderr, "baku1920 ai-bench: game %d: %s refused: %s\n", i + 1,
                    cmd_kind_name(c.kind), cmd_status_str(st));
            struct cmd end = ai_end_phase(side);
            if (session_apply(s, &end, ev) != CMD_OK)
                break;
        }
        for (int k = 0; k < ev->n; k++)
            if (ev->ev[k].kind == EV_LOSS && ev->ev[k].side >= 0 && ev->ev[k].side < MAX_SIDES)
                lost[ev->ev[k].side] += ev->ev[k].a;
    }
    if (level[cur_side] >= AI_EASY && (tested < 0 || cur_side == tested))
        add_think(b, turn_ms);
    /* results */
    if (!g->result.over)
        b->unfinished++;
    else if (g->result.winner == NO_SIDE)
        b->draws++;
    else
        b->wins[g->result.winner]++;
    if (tested >= 0) {
        b->ai_games[tested]++;
        if (g->result.over && g->result.winner == tested)
            b->ai_wins[tested]++;
        else if (g->result.over && g->result.winner == NO_SIDE)
            b->ai_draws[tested]++;
    }
    for (int k = 0; k < g->nsides; k++) {
        stat_add(&b->score[k], game_score(g, k));
        stat_add(&b->losses[k], lost[k]);
    }
    if (b->pa >= 0 && b->pb >= 0) {
        int dv = game_score(g, b->pa) - game_score(g, b->pb);
        stat_add(&b->diff, dv);
        if (abs(dv) < b->band)
            b->in_band++;
    }
    for (int k = 0; k < g->nobj && k < MAX_OBJ; k++)
        if (g->obj[k].top && objective_scores(g, k))
            b->obj_met[k]++;
    for (int k = 0; k < g->nmilestones; k++) {
        int m = 0;
        while (m < b->nms && strcmp(b->ms[m].name, g->milestones[k].name) != 0)
            m++;
        if (m == b->nms) {
            if (b->nms >= MAX_MILESTONES)
                continue;
            snprintf(b->ms[m].name, TEXT_LEN, "%s", g->milestones[k].name);
            b->nms++;
        }
        b->ms[m].count++;
        stat_add(&b->ms[m].turn, g->milestones[k].turn);
    }
    char res[96];
    if (!g->result.over)
        snprintf(res, sizeof res, "unfinished");
    else if (g->result.winner == NO_SIDE)
        snprintf(res, sizeof res, "draw");
    else
        snprintf(res, sizeof res, "%s wins", g->sides[g->result.winner].id);
    fprintf(stderr, "game %d/%d seed %" PRIu64 "%s%s:", i + 1, o->games, seed,
            tested >= 0 ? " ai=" : "", tested >= 0 ? g->sides[tested].id : "");
    for (int k = 0; k < g->nsides; k++)
        fprintf(stderr, " %s %d", g->sides[k].id, game_score(g, k));
    fprintf(stderr, " | %s (%.1f s)\n", res, (now_ms() - t0) / 1000.0);
    ai_free(ai);
    session_free(s);
    return true;
}

/* ====================================================================== report */
static void json_text(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            printf("\\%c", ch);
        else if (ch < 0x20)
            printf("\\u%04x", ch);
        else
            putchar(ch);
    }
    putchar('"');
}

static void report(const struct cli_opts *o, const struct bench *b, struct session *ref)
{
    const struct game *g = session_game(ref);
    int games = o->games;
    printf("{\"scenario\":");
    json_text(o->scenario);
    printf(",\"games\":%d,\"seed\":%" PRIu64 ",\"ai_level\":\"%s\",\"vs\":", games, o->seed,
           ai_level_name(o->ai_level));
    if (o->vs >= 0)
        printf("\"%s\"", ai_level_name(o->vs));
    else
        printf("null");
    printf(",\"options\":{");
    for (int i = 0; i < o->nopts; i++) {
        if (i)
            putchar(',');
        json_text(o->opts[i].id);
        printf(":%d", o->opts[i].value);
    }
    printf("},\"draws\":%d,\"unfinished\":%d,\"refused\":%d", b->draws, b->unfinished,
           b->refused);
    printf(",\"sides\":[");
    for (int k = 0; k < b->nsides; k++) {
        printf("%s{\"id\":", k ? "," : "");
        json_text(b->side_id[k]);
        printf(",\"playable\":%s,\"wins\":%d,\"draws\":%d,\"score\":{\"mean\":%.2f,\"sd\":%.2f}"
               ",\"losses\":{\"mean\":%.2f,\"sd\":%.2f}",
               b->playable[k] ? "true" : "false", b->wins[k], b->draws,
               stat_mean(&b->score[k]), stat_sd(&b->score[k]), stat_mean(&b->losses[k]),
               stat_sd(&b->losses[k]));
        if (o->vs >= 0) {
            printf(",\"as_ai\":{\"games\":%d,\"wins\":%d,\"draws\":%d,", b->ai_games[k],
                   b->ai_wins[k], b->ai_draws[k]);
            json_rate("win_rate", b->ai_wins[k], b->ai_games[k]);
            putchar('}');
        }
        putchar('}');
    }
    printf("]");
    if (b->pa >= 0 && b->pb >= 0) {
        printf(",\"score_diff\":{\"sides\":[");
        json_text(b->side_id[b->pa]);
        putchar(',');
        json_text(b->side_id[b->pb]);
        printf("],\"mean\":%.2f,\"sd\":%.2f,\"draw_band\":%d,\"in_band\":%d,",
               stat_mean(&b->diff), stat_sd(&b->diff), b->band, b->in_band);
        json_rate("in_band_rate", b->in_band, games);
        putchar('}');
    } else {
        printf(",\"score_diff\":null");
    }
    if (o->vs >= 0) {
        int w = 0, n = 0;
        for (int k = 0; k < b->nsides; k++) {
            w += b->ai_wins[k];
            n += b->ai_games[k];
        }
        putchar(',');
        json_rate("ai_win_rate", w, n);
    }
    printf(",\"milestones\":[");
    for (int m = 0; m < b->nms; m++) {
        const struct milestone_stat *x = &b->ms[m];
        double mt = stat_mean(&x->turn);
        char date[32];
        game_date_str(g, (int)floor(mt + 0.5), date, sizeof date);
        printf("%s{\"name\":", m ? "," : "");
        json_text(x->name);
        printf(",\"text\":");
        json_text(session_text(ref, x->name));
        printf(",\"count\":%d,\"frequency\":%.3f,\"mean_turn\":%.2f,\"mean_date\":\"%s\"}",
               x->count, games ? (double)x->count / games : 0.0, mt, date);
    }
    printf("],\"objectives\":[");
    for (int k = 0, n = 0; k < g->nobj && k < MAX_OBJ; k++) {
        if (!g->obj[k].top)
            continue;
        printf("%s{\"id\":", n++ ? "," : "");
        json_text(g->obj[k].id);
        printf(",\"side\":");
        json_text(g->sides[g->obj[k].side].id);
        printf(",\"vp\":%d,\"met\":%d,\"frequency\":%.3f}", g->obj[k].vp, b->obj_met[k],
               games ? (double)b->obj_met[k] / games : 0.0);
    }
    printf("]");
    double median = 0;
    if (b->nthink > 0) {
        double *t = malloc(sizeof *t * (size_t)b->nthink);
        if (t) {
            memcpy(t, b->think, sizeof *t * (size_t)b->nthink);
            qsort(t, (size_t)b->nthink, sizeof *t, cmp_double);
            median = b->nthink % 2 ? t[b->nthink / 2]
                                   : (t[b->nthink / 2 - 1] + t[b->nthink / 2]) / 2;
            free(t);
        }
    }
    printf(",\"think_ms\":{\"turns\":%d,\"median\":%.2f,\"max\":%.2f}}\n", b->nthink, median,
           b->think_max);
}

int cli_ai_bench(int argc, char **argv)
{
    struct cli_opts o;
    int rc = parse(argc, argv, &o);
    if (rc)
        return rc;
    char dirs[SESSION_MAX_DIRS][SESSION_PATH_LEN];
    int ndirs = cli_dirs(&o, dirs);
    char dir[SESSION_PATH_LEN];
    struct diag d;
    diag_clear(&d);
    if (!scenario_resolve(dirs, ndirs, o.scenario, dir, sizeof dir, &d)) {
        char buf[1024];
        diag_format(&d, buf, sizeof buf);
        fprintf(stderr, "baku1920 ai-bench: %s\n", buf);
        return EXIT_USAGE;
    }
    /* a reference session: checks the scenario and options once, gives dates and texts */
    struct session *ref = session_open(dir, o.opts, o.nopts, o.seed, "en", &d);
    if (!ref) {
        char buf[1024];
        diag_format(&d, buf, sizeof buf);
        fprintf(stderr, "baku1920 ai-bench: %s\n", buf);
        return EXIT_USAGE;
    }
    const struct game *g = session_game(ref);
    if (o.side) {
        int s = side_by_id(g, o.side);
        if (s < 0 || !(g->sides[s].flags & SIDE_PLAYABLE)) {
            fprintf(stderr, "baku1920 ai-bench: --side '%s' is not a playable side of %s\n",
                    o.side, o.scenario);
            session_free(ref);
            return EXIT_USAGE;
        }
    }
    int np = 0;
    for (int s = 0; s < g->nsides; s++)
        if (g->sides[s].flags & SIDE_PLAYABLE)
            np++;
    if (o.vs >= 0 && np < 2) {
        fprintf(stderr, "baku1920 ai-bench: --vs needs a scenario with two playable sides\n");
        session_free(ref);
        return EXIT_USAGE;
    }
    struct bench *b = calloc(1, sizeof *b);
    struct events *ev = malloc(sizeof *ev);
    int status = 0;
    if (!b || !ev) {
        fprintf(stderr, "baku1920 ai-bench: out of memory\n");
        status = 1;
    }
    for (int i = 0; i < o.games && !status; i++)
        if (!play_game(&o, dir, i, b, ev))
            status = 1;
    if (!status)
        report(&o, b, ref);
    if (b)
        free(b->think);
    free(b);
    free(ev);
    session_free(ref);
    return status;
}
