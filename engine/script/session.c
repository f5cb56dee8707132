/*
 * session.c - a game in play: the rules state plus the scenario's Lua, where scenarios are
 * found, undo, and saves.
 *
 * Invariant: the state changes only through game_apply(); handler effects are commands with
 * origin SCRIPT and go through the same door, so the command log replays the whole game with
 * the handlers muted. Undo restores a snapshot taken before the last undoable command; any
 * command that draws a die, runs a handler or ends a phase is a barrier that clears them.
 * Saves are versioned text written atomically (temp file, flush, fsync, rename).
 */
#include "session.h"

#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define UNDO_DEPTH 16
#define REACT_DEPTH 8
#define SAVE_VERSION 1

struct session {
    struct game *g;
    struct script *script;
    char dir[SESSION_PATH_LEN];
    char lang[8];
    int nopts;
    struct option_kv opts[SESSION_MAX_OPTIONS];
    bool muted;
    int depth;
    struct events *acc;   /* where the events of the current apply are gathered */
    struct events scratch;
    struct events *opening; /* the start's events and its handlers' effects, until a command */
    int nundo;
    struct game *undo[UNDO_DEPTH];
    size_t undo_nlog[UNDO_DEPTH];
    bool have_players;
    uint8_t computer[MAX_SIDES]; /* who plays each side, when have_players */
};

/* ====================================================================== finding scenarios */
static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool has_scenario(const char *dir)
{
    char p[SESSION_PATH_LEN + 32];
    if (strlen(dir) >= SESSION_PATH_LEN)
        return false;
    memcpy(p, dir, strlen(dir) + 1);
    strcat(p, "/scenario.lua");
    return access(p, R_OK) == 0;
}

int scenario_dirs(const char *installed, const char *const *extra, int nextra,
                  char dirs[][SESSION_PATH_LEN], int max)
{
    int n = 0;
    for (int i = 0; i < nextra && n < max; i++)
        snprintf(dirs[n++], SESSION_PATH_LEN, "%s", extra[i]);
    if (installed && n < max)
        snprintf(dirs[n++], SESSION_PATH_LEN, "%s/scenarios", installed);
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (n < max && xdg && xdg[0])
        snprintf(dirs[n++], SESSION_PATH_LEN, "%s/baku1920/scenarios", xdg);
    else if (n < max && home && home[0])
        snprintf(dirs[n++], SESSION_PATH_LEN, "%s/.local/share/baku1920/scenarios", home);
    return n;
}

bool scenario_resolve(char dirs[][SESSION_PATH_LEN], int ndirs, const char *id_or_path,
                      char *dir_out, size_t dir_len, struct diag *d)
{
    if (!id_or_path || !id_or_path[0])
        return diag_set(d, NULL, 0, "--scenario", "no scenario given");
    if (strchr(id_or_path, '/') || is_dir(id_or_path)) {
        if (!is_dir(id_or_path))
            return diag_set(d, id_or_path, 0, NULL, "no such folder");
        if (!has_scenario(id_or_path))
            return diag_set(d, id_or_path, 0, NULL, "the folder has no scenario.lua");
        snprintf(dir_out, dir_len, "%s", id_or_path);
        return true;
    }
    for (const char *c = id_or_path; *c; c++)
        if (!(*c == '_' || *c == '-' || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
              (*c >= '0' && *c <= '9')))
            return diag_set(d, NULL, 0, "--scenario", "'%s' is not a scenario id", id_or_path);
    for (int i = 0; i < ndirs; i++) {
        char p[SESSION_PATH_LEN + ID_LEN + 2];
        snprintf(p, sizeof p, "%s/%s", dirs[i], id_or_path);
        if (has_scenario(p)) {
            snprintf(dir_out, dir_len, "%s", p);
            return true;
        }
    }
    return diag_set(d, NULL, 0, "--scenario", "unknown scenario '%s' (see 'baku1920 list')",
                    id_or_path);
}

/* Copies at most n - 1 bytes and terminates (a silent cut is fine: lengths are checked). */
static void copy_cut(char *dst, size_t n, const char *src)
{
    size_t k = strnlen(src, n - 1);
    memcpy(dst, src, k);
    dst[k] = '\0';
}

static int cmp_info(const void *a, const void *b)
{
    return strcmp(((const struct scenario_info *)a)->id, ((const struct scenario_info *)b)->id);
}

int scenario_list(char dirs[][SESSION_PATH_LEN], int ndirs, const char *lang,
                  struct scenario_info *out, int max)
{
    int n = 0;
    for (int i = 0; i < ndirs; i++) {
        DIR *dh = opendir(dirs[i]);
        if (!dh)
            continue;
        struct dirent *de;
        while ((de = readdir(dh)) && n < max) {
            if (de->d_name[0] == '.' || strlen(de->d_name) >= ID_LEN)
                continue;
            char p[SESSION_PATH_LEN];
            if (strlen(dirs[i]) + strlen(de->d_name) + 2 > sizeof p)
                continue;
            copy_cut(p, sizeof p, dirs[i]);
            strcat(p, "/");
            strcat(p, de->d_name);
            if (!has_scenario(p))
                continue;
            bool dup = false;
            for (int k = 0; k < n; k++)
                if (!strcmp(out[k].id, de->d_name))
                    dup = true;
            if (dup)
                continue;
            struct diag d;
            struct script *s = script_new();
            struct game *g = game_new();
            if (s && g && script_load(s, p, lang, NULL, 0, g, &d)) {
                memset(&out[n], 0, sizeof out[n]);
                script_info(s, g, &out[n]);
                copy_cut(out[n].id, sizeof out[n].id, de->d_name);
                copy_cut(out[n].dir, sizeof out[n].dir, p);
                n++;
            }
            game_free(g);
            script_free(s);
        }
        closedir(dh);
    }
    qsort(out, (size_t)n, sizeof *out, cmp_info);
    return n;
}

/* ====================================================================== applying */
static void clear_undo(struct session *s)
{
    for (int i = 0; i < s->nundo; i++)
        game_free(s->undo[i]);
    s->nundo = 0;
}

static void gather(struct events *acc, const struct events *ev)
{
    if (!acc || acc == ev)
        return;
    for (int i = 0; i < ev->n; i++) {
        if (acc->n < MAX_EVENTS)
            acc->ev[acc->n++] = ev->ev[i];
        else
            acc->dropped++;
    }
    acc->dropped += ev->dropped;
}

static enum cmd_status apply_inner(struct session *s, const struct cmd *c);

static enum cmd_status effect_cb(void *ctx, const struct cmd *c)
{
    struct session *s = ctx;
    if (s->depth >= REACT_DEPTH)
        return CMD_ERR_TOO_MANY;
    return apply_inner(s, c);
}

static enum cmd_status apply_inner(struct session *s, const struct cmd *c)
{
    struct events *ev = malloc(sizeof *ev);
    if (!ev)
        return CMD_ERR_TOO_MANY;
    enum cmd_status st = game_apply(s->g, c, ev);
    if (st == CMD_OK) {
        gather(s->acc, ev);
        if (!s->muted && s->script) {
            s->depth++;
            script_react(s->script, s->g, ev, effect_cb, s);
            s->depth--;
        }
    }
    free(ev);
    return st;
}

static bool undoable(int kind)
{
    return kind == CMD_MOVE || kind == CMD_ENTRAIN || kind == CMD_DETRAIN ||
           kind == CMD_EMBARK || kind == CMD_DISEMBARK;
}

const struct events *session_opening(const struct session *s)
{
    return s->opening;
}

enum cmd_status session_apply(struct session *s, const struct cmd *c, struct events *ev)
{
    free(s->opening); /* the game has moved on from its opening */
    s->opening = NULL;
    struct events *acc = ev ? ev : &s->scratch;
    acc->n = 0;
    acc->dropped = 0;
    s->acc = acc;
    enum cmd_status pre = cmd_validate(s->g, c);
    if (pre != CMD_OK)
        return pre;
    struct game *snap = NULL;
    size_t before = s->g->nlog;
    if (c->origin != ORIGIN_SCRIPT && undoable(c->kind)) {
        snap = game_new();
        game_copy_state(snap, s->g);
    }
    enum cmd_status st = apply_inner(s, c);
    bool quiet = st == CMD_OK && s->g->nlog == before + 1; /* no handler fired effects */
    if (st == CMD_OK && snap && quiet) {
        if (s->nundo == UNDO_DEPTH) {
            game_free(s->undo[0]);
            memmove(s->undo, s->undo + 1, sizeof s->undo[0] * (UNDO_DEPTH - 1));
            memmove(s->undo_nlog, s->undo_nlog + 1, sizeof s->undo_nlog[0] * (UNDO_DEPTH - 1));
            s->nundo--;
        }
        s->undo[s->nundo] = snap;
        s->undo_nlog[s->nundo++] = before;
        snap = NULL;
    } else if (st == CMD_OK) {
        clear_undo(s);
    }
    game_free(snap);
    return st;
}

bool session_can_undo(const struct session *s)
{
    return s->nundo > 0;
}

bool session_undo(struct session *s, struct diag *d)
{
    if (s->nundo == 0)
        return diag_set(d, NULL, 0, NULL, "nothing to undo");
    struct game *snap = s->undo[--s->nundo];
    struct game *g = s->g;
    struct cmd *log = g->log;
    size_t cap = g->caplog, nlog = s->undo_nlog[s->nundo];
    memcpy(g, snap, sizeof *g);
    g->log = log;
    g->caplog = cap;
    g->nlog = nlog;
    g->no_log = false;
    game_free(snap);
    return true;
}

/* ====================================================================== open, free */
static struct session *open_impl(const char *dir, const struct option_kv *opts, int nopts,
                                 uint64_t seed, const char *lang, bool react, struct diag *d)
{
    struct session *s = calloc(1, sizeof *s);
    if (!s) {
        diag_set(d, dir, 0, NULL, "out of memory");
        return NULL;
    }
    snprintf(s->dir, sizeof s->dir, "%s", dir);
    snprintf(s->lang, sizeof s->lang, "%s", lang && lang[0] ? lang : "en");
    if (nopts > SESSION_MAX_OPTIONS) {
        diag_set(d, NULL, 0, "--option", "more than %d options", SESSION_MAX_OPTIONS);
        free(s);
        return NULL;
    }
    for (int i = 0; i < nopts; i++)
        s->opts[i] = opts[i];
    s->nopts = nopts;
    s->script = script_new();
    s->g = game_new();
    if (!s->script || !script_load(s->script, dir, s->lang, opts, nopts, s->g, d)) {
        session_free(s);
        return NULL;
    }
    const char *base = strrchr(dir, '/');
    base = base && base[1] ? base + 1 : dir;
    snprintf(s->g->scenario_id, sizeof s->g->scenario_id, "%.*s", ID_LEN - 1, base);
    s->g->scenario_hash = script_content_hash(s->script);
    struct events *ev = malloc(sizeof *ev);
    if (!ev || !game_start(s->g, seed, ev, d)) {
        free(ev);
        session_free(s);
        return NULL;
    }
    if (react) {
        s->acc = &s->scratch;
        s->scratch.n = 0;
        s->depth = 1;
        script_react(s->script, s->g, ev, effect_cb, s);
        s->depth = 0;
        /* kept for the interface: the opening messages of the scenario, say */
        for (int i = 0; i < s->scratch.n && ev->n < MAX_EVENTS; i++)
            ev->ev[ev->n++] = s->scratch.ev[i];
        s->opening = ev;
        return s;
    }
    free(ev);
    return s;
}

struct session *session_open(const char *dir, const struct option_kv *opts, int nopts,
                             uint64_t seed, const char *lang, struct diag *d)
{
    return open_impl(dir, opts, nopts, seed, lang, true, d);
}

void session_free(struct session *s)
{
    if (!s)
        return;
    clear_undo(s);
    game_free(s->g);
    script_free(s->script);
    free(s->opening);
    free(s);
}

/* ====================================================================== metadata */
const struct game *session_game(const struct session *s)
{
    return s->g;
}
const char *session_text(const struct session *s, const char *key)
{
    return script_text(s->script, key);
}
const char *session_lang(const struct session *s)
{
    return s->lang;
}

bool session_set_lang(struct session *s, const char *lang, struct diag *d)
{
    if (!script_set_lang(s->script, lang, d))
        return false;
    snprintf(s->lang, sizeof s->lang, "%s", script_lang(s->script));
    return true;
}
int session_options(const struct session *s, const struct session_option **out)
{
    return script_options(s->script, out);
}
int session_briefing(const struct session *s, const struct session_page **out)
{
    return script_pages(s->script, PAGES_BRIEFING, out);
}
int session_notes(const struct session *s, const struct session_page **out)
{
    return script_pages(s->script, PAGES_NOTES, out);
}
int session_sources(const struct session *s, const struct session_page **out)
{
    return script_pages(s->script, PAGES_SOURCES, out);
}
int session_perspectives(const struct session *s, const struct session_page **out)
{
    return script_pages(s->script, PAGES_PERSPECTIVES, out);
}
const char *session_dir(const struct session *s)
{
    return s->dir;
}
int session_take_prints(struct session *s, char (*out)[SCRIPT_PRINT_LEN], int max)
{
    return script_take_prints(s->script, out, max);
}

int session_take_errors(struct session *s, struct diag *out, int max)
{
    return script_take_errors(s->script, out, max);
}

/* ====================================================================== saves */
void session_set_players(struct session *s, const uint8_t computer[MAX_SIDES])
{
    for (int i = 0; i < MAX_SIDES; i++)
        s->computer[i] = computer[i] ? 1 : 0;
    s->have_players = true;
}

bool session_players(const struct session *s, uint8_t computer[MAX_SIDES])
{
    if (s->have_players)
        memcpy(computer, s->computer, MAX_SIDES);
    return s->have_players;
}

/* A save's `players` line, "ID=human ID=computer ...", into computer[] by the game's sides;
 * false with d naming the word at fault. Sides it does not name are people's when a person
 * may play them, else the computer's. */
static bool parse_players(const struct game *g, const char *val, uint8_t computer[MAX_SIDES],
                          const char *path, int lineno, struct diag *d)
{
    for (int i = 0; i < MAX_SIDES; i++)
        computer[i] = i < g->nsides && !(g->sides[i].flags & SIDE_PLAYABLE);
    const char *p = val;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        size_t n = strcspn(p, " ");
        const char *eq = memchr(p, '=', n);
        char id[ID_LEN];
        if (!eq || eq == p || (size_t)(eq - p) >= sizeof id)
            return diag_set(d, path, lineno, "players", "expected SIDE=human or SIDE=computer, "
                                                          "not '%.*s'", (int)(n < 60 ? n : 60), p);
        snprintf(id, sizeof id, "%.*s", (int)(eq - p), p);
        int side = side_by_id(g, id);
        if (side < 0)
            return diag_set(d, path, lineno, "players", "the scenario has no side '%s'", id);
        size_t vl = n - (size_t)(eq + 1 - p);
        if (vl == 5 && !strncmp(eq + 1, "human", 5))
            computer[side] = 0;
        else if (vl == 8 && !strncmp(eq + 1, "computer", 8))
            computer[side] = 1;
        else
            return diag_set(d, path, lineno, "players", "side '%s': '%.*s' is neither human nor "
                                                          "computer", id, (int)(vl < 40 ? vl : 40),
                            eq + 1);
        p += n;
    }
    return true;
}

bool session_peek(const char *path, char scenario[ID_LEN], int *turn)
{
    char line[1200];
    scenario[0] = 0;
    *turn = -1;
    FILE *f = fopen(path, "r");
    if (!f)
        return false;
    if (fgets(line, sizeof line, f) && !strncmp(line, "baku1920-save ", 14)) {
        while (fgets(line, sizeof line, f)) {
            line[strcspn(line, "\r\n")] = 0;
            if (!strncmp(line, "scenario ", 9) && strlen(line + 9) < ID_LEN)
                snprintf(scenario, ID_LEN, "%s", line + 9);
            else if (!strncmp(line, "turn ", 5))
                *turn = atoi(line + 5);
        }
    }
    fclose(f);
    return scenario[0] && *turn >= 0;
}

bool session_save(const struct session *s, const char *path, struct diag *d)
{
    const struct game *g = s->g;
    char tmp[SESSION_PATH_LEN + 32];
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f)
        return diag_set(d, path, 0, NULL, "cannot write: %s", strerror(errno));
    fprintf(f, "baku1920-save %d\n", SAVE_VERSION);
    fprintf(f, "scenario %s\n", g->scenario_id);
    fprintf(f, "scenario-hash %016" PRIx64 "\n", g->scenario_hash);
    fprintf(f, "seed %" PRIu64 "\n", g->seed);
    for (int i = 0; i < s->nopts; i++)
        fprintf(f, "option %s=%d\n", s->opts[i].id, s->opts[i].value);
    if (s->have_players) {
        fprintf(f, "players");
        for (int i = 0; i < g->nsides; i++)
            fprintf(f, " %s=%s", g->sides[i].id, s->computer[i] ? "computer" : "human");
        fprintf(f, "\n");
    }
    bool ok = true;
    for (size_t i = 0; i < g->nlog; i++) {
        char line[600];
        if (!cmd_encode(&g->log[i], line, sizeof line)) {
            ok = false;
            break;
        }
        fprintf(f, "cmd %s\n", line);
    }
    fprintf(f, "turn %d\n", g->turn);
    fprintf(f, "hash %016" PRIx64 "\n", game_hash(g));
    fprintf(f, "end\n");
    if (fflush(f) != 0 || fsync(fileno(f)) != 0)
        ok = false;
    if (fclose(f) != 0)
        ok = false;
    if (!ok) {
        unlink(tmp);
        return diag_set(d, path, 0, NULL, "writing the save failed: %s", strerror(errno));
    }
    if (rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        return diag_set(d, path, 0, NULL, "cannot replace the save: %s", strerror(e));
    }
    return true;
}

static bool parse_hex64(const char *s, uint64_t *out)
{
    if (strlen(s) != 16)
        return false;
    char *e;
    errno = 0;
    unsigned long long v = strtoull(s, &e, 16);
    if (errno || *e)
        return false;
    *out = v;
    return true;
}

struct session *session_load(char dirs[][SESSION_PATH_LEN], int ndirs, const char *path,
                             const char *lang, struct diag *d)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        diag_set(d, path, 0, NULL, "cannot open: %s", strerror(errno));
        return NULL;
    }
    char line[1200];
    int lineno = 0, nopts = 0, ncmd = 0, capcmd = 0;
    struct option_kv opts[SESSION_MAX_OPTIONS];
    char scen[ID_LEN] = "", players[sizeof line] = "";
    int players_line = 0;
    uint64_t shash = 0, seed = 0, fhash = 0;
    bool have_seed = false, have_hash = false, have_shash = false, ended = false;
    struct cmd *cmds = NULL;
    int *cmd_lines = NULL;
    struct session *s = NULL;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        size_t len = strlen(line);
        if (len == sizeof line - 1 && line[len - 1] != '\n') {
            diag_set(d, path, lineno, NULL, "line too long");
            goto fail;
        }
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (ended) {
            diag_set(d, path, lineno, NULL, "text after the end line");
            goto fail;
        }
        char *sp = strchr(line, ' ');
        const char *key = line, *val = sp ? sp + 1 : "";
        if (sp)
            *sp = '\0';
        if (lineno == 1) {
            if (strcmp(key, "baku1920-save") != 0) {
                diag_set(d, path, 1, NULL, "not a Baku 1920 save file");
                goto fail;
            }
            if (atoi(val) != SAVE_VERSION) {
                diag_set(d, path, 1, "version",
                         "save format version '%s' is not supported (this build reads %d)", val,
                         SAVE_VERSION);
                goto fail;
            }
            continue;
        }
        if (!strcmp(key, "scenario")) {
            if (!val[0] || strlen(val) >= ID_LEN) {
                diag_set(d, path, lineno, "scenario", "bad scenario id");
                goto fail;
            }
            snprintf(scen, sizeof scen, "%s", val);
        } else if (!strcmp(key, "scenario-hash")) {
            if (!parse_hex64(val, &shash)) {
                diag_set(d, path, lineno, "scenario-hash", "not 16 hex digits");
                goto fail;
            }
            have_shash = true;
        } else if (!strcmp(key, "seed")) {
            char *e;
            errno = 0;
            seed = strtoull(val, &e, 10);
            if (errno || e == val || *e || val[0] == '-') {
                diag_set(d, path, lineno, "seed", "not a number");
                goto fail;
            }
            have_seed = true;
        } else if (!strcmp(key, "option")) {
            const char *eq = strchr(val, '=');
            if (!eq || eq == val || (size_t)(eq - val) >= ID_LEN || nopts >= SESSION_MAX_OPTIONS) {
                diag_set(d, path, lineno, "option", "expected NAME=VALUE");
                goto fail;
            }
            char *e;
            long v = strtol(eq + 1, &e, 10);
            if (e == eq + 1 || *e) {
                diag_set(d, path, lineno, "option", "the value is not a number");
                goto fail;
            }
            snprintf(opts[nopts].id, sizeof opts[nopts].id, "%.*s", (int)(eq - val), val);
            opts[nopts++].value = (int)v;
        } else if (!strcmp(key, "cmd")) {
            if (ncmd == capcmd) {
                capcmd = capcmd ? capcmd * 2 : 256;
                struct cmd *nc = realloc(cmds, sizeof *cmds * (size_t)capcmd);
                int *nl = realloc(cmd_lines, sizeof *cmd_lines * (size_t)capcmd);
                if (!nc || !nl) {
                    free(nc ? nc : cmds);
                    free(nl ? nl : cmd_lines);
                    cmds = NULL;
                    cmd_lines = NULL;
                    diag_set(d, path, lineno, NULL, "out of memory");
                    goto fail;
                }
                cmds = nc;
                cmd_lines = nl;
            }
            char err[160];
            if (!cmd_decode(val, &cmds[ncmd], err, sizeof err)) {
                diag_set(d, path, lineno, "cmd", "%s", err);
                goto fail;
            }
            cmd_lines[ncmd++] = lineno;
        } else if (!strcmp(key, "players")) {
            if (players_line) {
                diag_set(d, path, lineno, "players", "a second players line (the first is line %d)",
                         players_line);
                goto fail;
            }
            snprintf(players, sizeof players, "%s", val);
            players_line = lineno;
        } else if (!strcmp(key, "turn")) {
            /* informative only */
        } else if (!strcmp(key, "hash")) {
            if (!parse_hex64(val, &fhash)) {
                diag_set(d, path, lineno, "hash", "not 16 hex digits");
                goto fail;
            }
            have_hash = true;
        } else if (!strcmp(key, "end")) {
            ended = true;
        } else {
            diag_set(d, path, lineno, NULL, "unknown entry '%.40s'", key);
            goto fail;
        }
    }
    if (lineno == 0) {
        diag_set(d, path, 0, NULL, "the file is empty");
        goto fail;
    }
    if (!ended) {
        diag_set(d, path, lineno, NULL, "the file is truncated (no end line)");
        goto fail;
    }
    if (!scen[0] || !have_seed || !have_hash || !have_shash) {
        diag_set(d, path, 0, NULL, "the file lacks %s",
                 !scen[0] ? "the scenario" : !have_seed ? "the seed"
                                         : !have_shash ? "the scenario hash" : "the state hash");
        goto fail;
    }
    char dir[SESSION_PATH_LEN];
    if (!scenario_resolve(dirs, ndirs, scen, dir, sizeof dir, d)) {
        snprintf(d->path, sizeof d->path, "%s", path);
        goto fail;
    }
    s = open_impl(dir, opts, nopts, seed, lang, false, d);
    if (!s)
        goto fail;
    if (s->g->scenario_hash != shash) {
        diag_set(d, path, 0, "scenario-hash",
                 "scenario '%s' has changed since this game was saved; it cannot be replayed",
                 scen);
        goto fail;
    }
    if (players_line) {
        if (!parse_players(s->g, players, s->computer, path, players_line, d))
            goto fail;
        s->have_players = true;
    }
    s->muted = true;
    for (int i = 0; i < ncmd; i++) {
        enum cmd_status st = game_apply(s->g, &cmds[i], NULL);
        if (st != CMD_OK) {
            diag_set(d, path, cmd_lines[i], "cmd", "command refused on replay: %s",
                     cmd_status_str(st));
            goto fail;
        }
    }
    s->muted = false;
    if (game_hash(s->g) != fhash) {
        diag_set(d, path, 0, "hash", "the replayed game does not match the saved state (the file "
                                     "was edited or is damaged)");
        goto fail;
    }
    free(cmds);
    free(cmd_lines);
    fclose(f);
    return s;
fail:
    session_free(s);
    free(cmds);
    free(cmd_lines);
    fclose(f);
    return NULL;
}
