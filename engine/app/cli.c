/*
 * cli.c - the headless subcommands: run (play a game without a window, AI on chosen sides),
 * dump (the state as JSON) and list (the scenarios). They never call SDL_Init. Bad usage gets
 * one line on stderr and exit status 2; see docs/cli.md.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ai.h"
#include "cli.h"
#include "cli_common.h"
#include "session.h"

/* ====================================================================== run */
struct turn_notes {
    char text[1024];
    int destroyed;
};

static void note(struct turn_notes *t, const char *fmt, ...)
{
    size_t n = strlen(t->text);
    if (n > sizeof t->text - 80)
        return;
    if (n)
        snprintf(t->text + n, sizeof t->text - n, "; ");
    n = strlen(t->text);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t->text + n, sizeof t->text - n, fmt, ap);
    va_end(ap);
}

static void collect(const struct session *s, const struct events *ev, struct turn_notes *t)
{
    const struct game *g = session_game(s);
    for (int i = 0; i < ev->n; i++) {
        const struct event *e = &ev->ev[i];
        const struct hexinfo *x;
        switch (e->kind) {
        case EV_CAPTURED:
            x = map_get(g, e->to);
            if (x && x->place >= 0 && e->side >= 0)
                note(t, "%s takes %s", g->sides[e->side].id, g->places[x->place].name);
            break;
        case EV_MILESTONE:
            note(t, "milestone: %s", session_text(s, e->text));
            break;
        case EV_DESTROYED:
            t->destroyed++;
            break;
        case EV_WAR:
            note(t, "%s and %s %s", g->sides[e->side].id, g->sides[e->side2].id,
                 e->a ? "at war" : "make peace");
            break;
        default:
            break;
        }
    }
}

static void print_result(const struct session *s)
{
    const struct game *g = session_game(s);
    if (g->result.over) {
        static const char *const levels[] = {"draw", "marginal victory", "decisive victory"};
        const char *why = session_text(s, g->result.reason); /* a scenario's key, or text */
        if (g->result.winner == NO_SIDE)
            printf("result: draw (%s)\n", why);
        else
            printf("result: %s for %s (%s)\n", levels[g->result.level % 3],
                   g->sides[g->result.winner].id, why);
    } else {
        char date[32];
        game_date_str(g, g->turn, date, sizeof date);
        printf("result: in progress at turn %d (%s)\n", g->turn, date);
    }
    printf("score:");
    for (int i = 0; i < g->nsides; i++)
        printf(" %s=%d", g->sides[i].id, game_score(g, i));
    printf("\n");
    for (int i = 0; i < g->nmilestones; i++) {
        char date[32];
        game_date_str(g, g->milestones[i].turn, date, sizeof date);
        printf("milestone: %s (turn %d, %s)\n", session_text(s, g->milestones[i].name),
               g->milestones[i].turn, date);
    }
    printf("hash=%016" PRIx64 "\n", game_hash(g));
}

int cli_run(int argc, char **argv)
{
    struct cli_opts o;
    int rc = cli_parse("run", argc, argv,
                        "scenario seed ai ai-level turns save load option lang scenario-dir "
                        "quiet",
                        &o);
    if (rc)
        return rc;
    if (!o.scenario && !o.load)
        return cli_usage_error("run", "--scenario ID or --load FILE is needed");
    if (o.scenario && o.load)
        return cli_usage_error("run", "give --scenario or --load, not both");
    struct session *s = cli_open("run", &o);
    if (!s)
        return EXIT_USAGE;
    const struct game *g = session_game(s);
    if ((rc = cli_check_ai_sides("run", g, &o))) {
        session_free(s);
        return rc;
    }
    cli_report_script_errors(s);
    struct events *ev = malloc(sizeof *ev);
    struct ai *ai = ai_new();
    struct turn_notes notes;
    memset(&notes, 0, sizeof notes);
    int start_turn = g->turn, guard = 0;
    while (ev && !g->result.over) {
        if (o.turns >= 0 && g->turn >= start_turn + o.turns)
            break;
        int turn = g->turn;
        if (!cli_play_step(s, &o, ai, ev) || ++guard > 2000000) {
            fprintf(stderr, "baku1920 run: the game is stuck at turn %d\n", g->turn);
            break;
        }
        collect(s, ev, &notes);
        cli_report_script_errors(s);
        if (g->turn != turn || g->result.over) {
            if (!o.quiet) {
                char date[32];
                game_date_str(g, turn, date, sizeof date);
                printf("turn %2d %s |", turn, date);
                for (int i = 0; i < g->nsides; i++)
                    printf(" %s %d", g->sides[i].id, game_score(g, i));
                if (notes.destroyed)
                    note(&notes, "%d unit%s destroyed", notes.destroyed,
                         notes.destroyed == 1 ? "" : "s");
                printf(" | %s\n", notes.text[0] ? notes.text : "-");
            }
            memset(&notes, 0, sizeof notes);
        }
    }
    free(ev);
    ai_free(ai);
    print_result(s);
    int status = 0;
    if (o.save) {
        struct diag d;
        if (!session_save(s, o.save, &d)) {
            cli_print_diag("run", &d);
            status = 1;
        }
    }
    session_free(s);
    return status;
}

/* ====================================================================== dump */
static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            fprintf(f, "\\%c", ch);
        else if (ch == '\n')
            fputs("\\n", f);
        else if (ch < 0x20)
            fprintf(f, "\\u%04x", ch);
        else
            fputc(ch, f);
    }
    fputc('"', f);
}

static void json_dirs(FILE *f, const char *key, uint8_t bits)
{
    fprintf(f, ",\"%s\":[", key);
    bool first = true;
    for (int d = 0; d < 6; d++)
        if (bits & (1u << d)) {
            fprintf(f, first ? "%d" : ",%d", d);
            first = false;
        }
    fputc(']', f);
}

static void dump_json(FILE *f, const struct session *s)
{
    const struct game *g = session_game(s);
    char date[32];
    game_date_str(g, g->turn, date, sizeof date);
    fprintf(f, "{\"scenario\":");
    json_str(f, g->scenario_id);
    fprintf(f, ",\"seed\":%" PRIu64 ",\"turn\":%d,\"last_turn\":%d,\"date\":\"%s\"", g->seed,
            g->turn, g->last_turn, date);
    fprintf(f, ",\"active_side\":");
    json_str(f, g->sides[game_active_side(g)].id);
    fprintf(f, ",\"phase\":\"%s\"", g->phase == PHASE_MOVE ? "move" : "combat");
    fprintf(f, ",\"sides\":[");
    for (int i = 0; i < g->nsides; i++) {
        fprintf(f, i ? ",{\"id\":" : "{\"id\":");
        json_str(f, g->sides[i].id);
        fprintf(f, ",\"name\":");
        json_str(f, session_text(s, g->sides[i].name));
        fprintf(f, ",\"color\":\"#%06x\",\"score\":%d,\"playable\":%s}", (unsigned)g->sides[i].color,
                game_score(g, i), (g->sides[i].flags & SIDE_PLAYABLE) ? "true" : "false");
    }
    fprintf(f, "],\"map\":{\"width\":%d,\"height\":%d,\"km_per_hex\":%d,\"orientation\":"
               "\"pointy\",\"offset\":\"odd-r\",\"hexes\":[",
            g->width, g->height, g->km_per_hex);
    for (int i = 0; i < g->width * g->height; i++) {
        const struct hexinfo *x = &g->hexes[i];
        struct hex h = map_hex_at(g, i);
        fprintf(f, "%s{\"q\":%d,\"r\":%d,\"col\":%d,\"row\":%d,\"terrain\":\"%s\"", i ? "," : "",
                h.q, h.r, i % g->width, i / g->width, terrain_name(x->terrain));
        json_dirs(f, "rail", x->rail);
        if (x->road)
            json_dirs(f, "road", x->road);
        if (x->river)
            json_dirs(f, "river", x->river);
        if (x->bridge)
            json_dirs(f, "bridge", x->bridge);
        if (x->place >= 0) {
            fprintf(f, ",\"name\":");
            json_str(f, g->places[x->place].name);
        }
        if (x->owner >= 0) {
            fprintf(f, ",\"owner\":");
            json_str(f, g->sides[x->owner].id);
        }
        if (x->vp)
            fprintf(f, ",\"vp\":%d", x->vp);
        if (x->flags & HEXF_STATION)
            fprintf(f, ",\"station\":true");
        if (x->flags & HEXF_PORT)
            fprintf(f, ",\"port\":true");
        if (x->flags & HEXF_OILFIELD)
            fprintf(f, ",\"oilfield\":true");
        if (x->flags & HEXF_RAIL_CUT)
            fprintf(f, ",\"rail_cut\":true");
        fputc('}', f);
    }
    fprintf(f, "]},\"places\":[");
    for (int i = 0; i < g->nplaces; i++) {
        const struct place *p = &g->places[i];
        int col, row;
        hex_to_offset(p->pos, &col, &row);
        fprintf(f, i ? ",{\"id\":" : "{\"id\":");
        json_str(f, p->id);
        fprintf(f, ",\"name\":");
        json_str(f, p->name);
        if (p->alt[0]) {
            fprintf(f, ",\"alt\":");
            json_str(f, p->alt);
        }
        fprintf(f, ",\"q\":%d,\"r\":%d,\"col\":%d,\"row\":%d}", p->pos.q, p->pos.r, col, row);
    }
    fprintf(f, "],\"units\":[");
    bool first = true;
    for (int i = 0; i < g->nunits; i++) {
        const struct unit *u = game_unit(g, i);
        if (!u)
            continue;
        int col, row;
        hex_to_offset(u->pos, &col, &row);
        fprintf(f, "%s{\"id\":%d,\"key\":", first ? "" : ",", i);
        first = false;
        json_str(f, u->key);
        fprintf(f, ",\"name\":");
        json_str(f, session_text(s, u->name));
        fprintf(f, ",\"side\":");
        json_str(f, g->sides[u->side].id);
        fprintf(f, ",\"type\":");
        json_str(f, g->utypes[u->type].id);
        fprintf(f, ",\"q\":%d,\"r\":%d,\"col\":%d,\"row\":%d,\"strength\":%d,\"max_strength\":%d,"
                   "\"morale\":%d,\"mp\":%d,\"supply\":%d",
                u->pos.q, u->pos.r, col, row, u->steps, g->utypes[u->type].steps, u->morale,
                u->mp, u->supply);
        if (u->carrier != NO_UNIT)
            fprintf(f, ",\"aboard\":%d", u->carrier);
        if (u->flags & UF_ENTRAINED)
            fprintf(f, ",\"entrained\":true");
        if (u->flags & UF_ROUTED)
            fprintf(f, ",\"routed\":true");
        if (u->tag[0]) {
            fprintf(f, ",\"tag\":");
            json_str(f, u->tag);
        }
        fputc('}', f);
    }
    fprintf(f, "],\"milestones\":[");
    for (int i = 0; i < g->nmilestones; i++) {
        game_date_str(g, g->milestones[i].turn, date, sizeof date);
        fprintf(f, i ? ",{\"name\":" : "{\"name\":");
        json_str(f, g->milestones[i].name);
        fprintf(f, ",\"text\":");
        json_str(f, session_text(s, g->milestones[i].name));
        fprintf(f, ",\"turn\":%d,\"date\":\"%s\"}", g->milestones[i].turn, date);
    }
    fputc(']', f);
    if (g->result.over) {
        static const char *const levels[] = {"draw", "marginal", "decisive"};
        fprintf(f, ",\"result\":{\"winner\":");
        if (g->result.winner == NO_SIDE)
            fprintf(f, "null");
        else
            json_str(f, g->sides[g->result.winner].id);
        fprintf(f, ",\"level\":\"%s\",\"reason\":", levels[g->result.level % 3]);
        json_str(f, g->result.reason);
        fputc('}', f);
    }
    fprintf(f, ",\"hash\":\"%016" PRIx64 "\"}\n", game_hash(g));
}

int cli_dump(int argc, char **argv)
{
    struct cli_opts o;
    int rc = cli_parse("dump", argc, argv,
                        "scenario seed turn load ai ai-level option lang scenario-dir", &o);
    if (rc)
        return rc;
    if (!o.scenario && !o.load)
        return cli_usage_error("dump", "--scenario ID or --load FILE is needed");
    if (o.scenario && o.load)
        return cli_usage_error("dump", "give --scenario or --load, not both");
    if (o.nai == 0 && !o.ai_none)
        o.ai_all = true; /* playing forward to --turn: the AI plays every side */
    struct session *s = cli_open("dump", &o);
    if (!s)
        return EXIT_USAGE;
    const struct game *g = session_game(s);
    if ((rc = cli_check_ai_sides("dump", g, &o))) {
        session_free(s);
        return rc;
    }
    if (o.until_turn > g->last_turn) {
        int last = g->last_turn;
        session_free(s);
        return cli_usage_error("dump", "--turn %d is after the scenario's last turn %d", o.until_turn,
                           last);
    }
    struct events *ev = malloc(sizeof *ev);
    struct ai *ai = ai_new();
    for (int guard = 0; ev && o.until_turn >= 0 && g->turn < o.until_turn && !g->result.over;
         guard++)
        if (!cli_play_step(s, &o, ai, ev) || guard > 2000000)
            break;
    ai_free(ai);
    free(ev);
    cli_report_script_errors(s);
    dump_json(stdout, s);
    session_free(s);
    return 0;
}

/* ====================================================================== list */
int cli_list(int argc, char **argv)
{
    struct cli_opts o;
    int rc = cli_parse("list", argc, argv, "lang scenario-dir", &o);
    if (rc)
        return rc;
    char dirs[SESSION_MAX_DIRS][SESSION_PATH_LEN];
    int ndirs = cli_dirs(&o, dirs);
    static struct scenario_info info[64];
    int n = scenario_list(dirs, ndirs, o.lang, info, 64);
    if (n == 0) {
        fprintf(stderr, "baku1920 list: no scenarios found\n");
        return 1;
    }
    for (int i = 0; i < n; i++)
        printf("%-14s %-26s %s\n", info[i].id, info[i].dates, info[i].title);
    return 0;
}
