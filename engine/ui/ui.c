/*
 * ui.c - the heart of the desktop game: state, settings, the play screen's input (mouse,
 * keyboard, the keyboard hex cursor), commands sent through play_apply(), the computer
 * player run one command per step, hotseat hand-over, autosave, and the frame.
 *
 * Invariant: every change to the game goes through ui_command() (or undo/load), which bumps
 * `version` so cached queries (reachable hexes, supply) are recomputed, feeds the events to
 * the animations and the log, and then looks at what changed (victory, turn, active side).
 * Depends on gfx, view, lang, play and the rules core's queries.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "ui.h"

#include "ai.h" /* ai_next: the computer player */
#include "session.h" /* who plays what, kept in the saves */

/* Okabe-Ito colours, the colour-blind-safe palette sides are drawn in */
static const uint32_t okabe_ito[] = {
    0xd55e00ffu, /* vermillion */
    0x0072b2ffu, /* blue */
    0x009e73ffu, /* bluish green */
    0xe69f00ffu, /* orange */
    0xcc79a7ffu, /* reddish purple */
    0x56b4e9ffu, /* sky blue */
};

/* ====================================================================== small helpers */

const struct game *ui_game(const struct ui *u)
{
    return u->play ? play_game(u->play) : NULL;
}

const char *ui_tr(const struct ui *u, const char *key)
{
    if (!key)
        return "";
    if (strchr(key, '.') == NULL || strchr(key, ' ') != NULL) {
        if (u->play)
            return play_text(u->play, key);
        return key;
    }
    const char *v = lang_get(&u->lang, key);
    if (v != key)
        return v;
    return u->play ? play_text(u->play, key) : key;
}

const char *ui_stext(const struct ui *u, const char *key)
{
    if (!key)
        return "";
    return u->play ? play_text(u->play, key) : key;
}

int ui_px(const struct ui *u, float base)
{
    int v = (int)(base * u->scale + 0.5f);
    return v < 1 ? 1 : v;
}

int ui_topbar_h(const struct ui *u)
{
    return ui_px(u, 46);
}

SDL_Rect ui_panel_rect(const struct ui *u)
{
    int w = ui_px(u, 330);
    if (w > u->gfx.w * 45 / 100)
        w = u->gfx.w * 45 / 100;
    int top = ui_topbar_h(u);
    return (SDL_Rect){ u->gfx.w - w, top, w, u->gfx.h - top };
}

SDL_Rect ui_map_rect(const struct ui *u)
{
    SDL_Rect p = ui_panel_rect(u);
    int top = ui_topbar_h(u);
    return (SDL_Rect){ 0, top, p.x, u->gfx.h - top - class_narrator_h(u) };
}

const char *ui_place_name(const struct ui *u, int place)
{
    const struct game *g = ui_game(u);
    if (!g || place < 0 || place >= g->nplaces)
        return "";
    /* a translated name (place.<id> in the scenario's strings) before the map's own */
    static char key[ID_LEN + 8]; /* static: the lookup may hand back the key itself */
    snprintf(key, sizeof key, "place.%s", g->places[place].id);
    const char *t = ui_stext(u, key);
    if (t && strcmp(t, key) != 0 && t[0])
        return t;
    return ui_stext(u, g->places[place].name);
}

const char *ui_side_name(const struct ui *u, int side)
{
    const struct game *g = ui_game(u);
    if (!g || side < 0 || side >= g->nsides)
        return ui_tr(u, "side.none");
    return ui_stext(u, g->sides[side].name);
}

static void format_date(const struct ui *u, const struct game *g, int turn, bool year,
                        char *out, size_t n)
{
    int y, m, d, half;
    game_date(g, turn, &y, &m, &d, &half);
    char key[32], yr[16] = "";
    snprintf(key, sizeof key, "month.%d", m);
    if (year)
        snprintf(yr, sizeof yr, " %d", y);
    snprintf(out, n, "%d %s%s, %s", d, ui_tr(u, key), yr,
             ui_tr(u, half ? "time.dusk" : "time.dawn"));
}

void ui_format_date(const struct ui *u, const struct game *g, int turn, char *out, size_t n)
{
    format_date(u, g, turn, true, out, n);
}

void ui_format_day(const struct ui *u, const struct game *g, int turn, char *out, size_t n)
{
    format_date(u, g, turn, false, out, n);
}

/* Appends txt to the text in dst (n bytes), after a blank line; what does not fit is cut. */
static void append_text(char *dst, size_t n, const char *txt)
{
    size_t k = strlen(dst);
    if (k > 0 && k + 3 < n) {
        dst[k++] = '\n';
        dst[k++] = '\n';
        dst[k] = 0;
    }
    if (k + 1 >= n)
        return;
    size_t t = strlen(txt);
    if (t > n - k - 1)
        t = n - k - 1;
    memcpy(dst + k, txt, t);
    dst[k + t] = 0;
}

void ui_scenario_message(struct ui *u, int side, const char *text)
{
    /* a replay is watched by the whole class: every side's news is for everyone */
    if (side < 0 || side >= MAX_SIDES || u->cls.replaying) {
        ui_log(u, -1, "%s", text);
        if (!u->smoke)
            append_text(u->message, sizeof u->message, text);
    } else if (!u->ai_side[side]) {
        append_text(u->side_msg[side], sizeof u->side_msg[side], text);
        ui_deliver_messages(u);
    } else if (ui_human_sides(u) == 0) {
        ui_log(u, side, "%s", text); /* the computer's own news, for those watching */
    }
}

void ui_deliver_messages(struct ui *u)
{
    int s = u->last_human;
    if (s < 0 || s >= MAX_SIDES || !u->side_msg[s][0])
        return;
    char text[sizeof u->side_msg[0]];
    memcpy(text, u->side_msg[s], sizeof text);
    u->side_msg[s][0] = 0;
    ui_log(u, s, "%s", text);
    if (!u->smoke)
        append_text(u->message, sizeof u->message, text);
}

bool ui_message_up(const struct ui *u)
{
    /* a scenario's message waits on the map: a briefing or menu opened over it comes first */
    return u->message[0] && u->screen == SCR_PLAY;
}

void ui_log(struct ui *u, int side, const char *fmt, ...)
{
    if (u->nlog == UI_LOG_LINES) {
        memmove(&u->log[0], &u->log[1], sizeof u->log[0] * (UI_LOG_LINES - 1));
        u->nlog--;
    }
    struct ui_log_line *l = &u->log[u->nlog++];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(l->text, sizeof l->text, fmt, ap);
    va_end(ap);
    l->side = side;
    l->evt = false;
    const struct game *g = ui_game(u);
    l->turn = g ? g->turn : 0;
}

void ui_log_event(struct ui *u, int side, const struct event *e, const char *text)
{
    ui_log(u, side, "%s", text);
    u->log[u->nlog - 1].evt = true;
    u->log[u->nlog - 1].ev = *e;
}

void ui_toast(struct ui *u, const char *msg)
{
    snprintf(u->toast, sizeof u->toast, "%.199s", msg);
    u->toast_t = 3.0;
}

/* Copies src into dst[n], cut (if it must be) at a UTF-8 character boundary. */
static void copy_utf8(char *dst, size_t n, const char *src)
{
    size_t k = strnlen(src, n - 1);
    if (src[k] != '\0')
        while (k > 0 && ((unsigned char)src[k] & 0xc0) == 0x80)
            k--;
    memcpy(dst, src, k);
    dst[k] = '\0';
}

void ui_error(struct ui *u, const char *title, const char *text)
{
    ui_log(u, -1, "%s: %s", title, text);
    if (u->nerrors == UI_MAX_ERRORS)
        return;
    copy_utf8(u->err_title[u->nerrors], sizeof u->err_title[0], title);
    copy_utf8(u->err_text[u->nerrors], sizeof u->err_text[0], text);
    u->nerrors++;
}

static void diag_error(struct ui *u, const char *title_key, const struct diag *d)
{
    char buf[1024];
    diag_format(d, buf, (int)sizeof buf);
    ui_error(u, ui_tr(u, title_key), buf);
}

/* ====================================================================== settings */

static void default_settings(struct ui_settings *s)
{
    s->scale_pct = 100;
    s->fullscreen = false;
    s->anim_speed = 2;
    s->ai_level = AI_NORMAL;
    s->contrast = false;
    s->edge_pan = true;
    snprintf(s->lang, sizeof s->lang, "en");
}

static void make_dirs(const char *path)
{
    char tmp[512];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++) {
        if (*p == '/') {
            *p = 0;
            mkdir(tmp, 0755);
            *p = '/';
        }
    }
    mkdir(tmp, 0755);
}

static void xdg_dir(const char *var, const char *fallback, const char *leaf, char *out, size_t n)
{
    const char *base = getenv(var);
    const char *home = getenv("HOME");
    if (base && base[0])
        snprintf(out, n, "%s/baku1920%s", base, leaf);
    else if (home && home[0])
        snprintf(out, n, "%s/%s/baku1920%s", home, fallback, leaf);
    else
        snprintf(out, n, "./baku1920%s", leaf);
}

static void load_settings(struct ui *u)
{
    default_settings(&u->set);
    FILE *f = fopen(u->settings_path, "r");
    if (!f)
        return;
    char line[256];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char key[64], val[64];
        if (line[0] == '#' || line[0] == '\n')
            continue;
        if (sscanf(line, "%63[^=]=%63s", key, val) != 2) {
            ui_log(u, -1, "%s:%d: ignored (expected key=value)", u->settings_path, lineno);
            continue;
        }
        int iv = atoi(val);
        if (!strcmp(key, "scale") && iv >= 50 && iv <= 400)
            u->set.scale_pct = iv;
        else if (!strcmp(key, "fullscreen"))
            u->set.fullscreen = iv != 0;
        else if (!strcmp(key, "anim_speed") && iv >= 0 && iv <= 3)
            u->set.anim_speed = iv;
        else if (!strcmp(key, "ai_level") && iv >= AI_EASY && iv < AI_LEVEL_COUNT)
            u->set.ai_level = iv;
        else if (!strcmp(key, "contrast"))
            u->set.contrast = iv != 0;
        else if (!strcmp(key, "edge_pan"))
            u->set.edge_pan = iv != 0;
        else if (!strcmp(key, "present"))
            u->set.present = iv != 0;
        else if (!strcmp(key, "lang") && strlen(val) < sizeof u->set.lang)
            snprintf(u->set.lang, sizeof u->set.lang, "%.7s", val);
        else
            ui_log(u, -1, "%s:%d: unknown or bad setting '%s'", u->settings_path, lineno, key);
    }
    fclose(f);
}

bool ui_settings_save(const struct ui *u)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s", u->settings_path);
    char *slash = strrchr(dir, '/');
    if (slash) {
        *slash = 0;
        make_dirs(dir);
    }
    /* written beside it and renamed over it: a write cut short leaves the old settings */
    char tmp[sizeof u->settings_path + 8];
    snprintf(tmp, sizeof tmp, "%s.tmp", u->settings_path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return false;
    fprintf(f, "# Baku 1920 settings\nscale=%d\nfullscreen=%d\nanim_speed=%d\nai_level=%d\n"
            "contrast=%d\nedge_pan=%d\nlang=%s\npresent=%d\n", u->set.scale_pct, u->set.fullscreen,
            u->set.anim_speed, u->set.ai_level, u->set.contrast, u->set.edge_pan, u->set.lang,
            u->set.present);
    if (fclose(f) != 0 || rename(tmp, u->settings_path) != 0) {
        remove(tmp);
        return false;
    }
    return true;
}

void ui_apply_settings(struct ui *u)
{
    u->dpi = 1.0f;
    if (u->win) {
        int ww = 0, wh = 0, ow = 0, oh = 0;
        SDL_GetWindowSize(u->win, &ww, &wh);
        if (SDL_GetRendererOutputSize(u->ren, &ow, &oh) == 0 && ww > 0)
            u->dpi = (float)ow / (float)ww;
        bool fs = (SDL_GetWindowFlags(u->win) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
        if (fs != u->set.fullscreen)
            SDL_SetWindowFullscreen(u->win, u->set.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    }
    u->scale = u->dpi * (float)u->set.scale_pct / 100.0f;
    if (strcmp(u->lang.code, u->set.lang) != 0) {
        struct lang nl;
        char dir[600], err[512];
        snprintf(dir, sizeof dir, "%s/lang", u->asset_dir);
        if (lang_load(&nl, dir, u->set.lang, err, sizeof err)) {
            lang_fini(&u->lang);
            u->lang = nl;
            /* the scenario's texts follow (the game's, and those of a scenario being set up,
             * previewed or read), and the log is written again in the new language (a
             * scenario's messages stay as they were shown) */
            struct play *open[4] = { u->play, u->pending, u->preview, u->pages_play };
            for (int i = 0; i < 4; i++) {
                struct diag d;
                diag_clear(&d);
                if (open[i] && !play_set_lang(open[i], u->set.lang, &d)) {
                    char buf[600];
                    diag_format(&d, buf, (int)sizeof buf);
                    ui_error(u, lang_get(&u->lang, "err.lang"), buf);
                    break;
                }
            }
            for (int i = 0; i < u->nlog; i++) {
                struct ui_log_line *l = &u->log[i];
                int side;
                if (l->evt && anim_event_text(u, &l->ev, l->text, sizeof l->text, &side))
                    l->side = side;
            }
        } else {
            ui_error(u, lang_get(&u->lang, "err.lang"), err);
        }
    }
}

/* ====================================================================== lifecycle */

bool ui_init(struct ui *u, SDL_Window *win, SDL_Renderer *ren, const char *asset_dir,
             const struct ui_host *host, char *err, size_t errlen)
{
    memset(u, 0, sizeof *u);
    u->win = win;
    u->ren = ren;
    if (host)
        u->host = *host;
    snprintf(u->asset_dir, sizeof u->asset_dir, "%s", asset_dir);
    xdg_dir("XDG_CONFIG_HOME", ".config", "/settings.txt", u->settings_path,
            sizeof u->settings_path);
    xdg_dir("XDG_DATA_HOME", ".local/share", "/saves", u->save_dir, sizeof u->save_dir);
    load_settings(u);
    char dir[600];
    snprintf(dir, sizeof dir, "%s/fonts", asset_dir);
    if (!gfx_init(&u->gfx, ren, dir, err, errlen))
        return false;
    snprintf(dir, sizeof dir, "%s/lang", asset_dir);
    if (!lang_load(&u->lang, dir, u->set.lang, err, errlen)) {
        gfx_fini(&u->gfx);
        return false;
    }
    aiw_init(&u->aiw); /* false: the stateless ai_next, on this thread */
    u->reach = calloc(1, sizeof *u->reach);
    u->supply = calloc(MAP_MAX_HEXES, 1);
    if (!u->reach || !u->supply) {
        snprintf(err, errlen, "out of memory");
        ui_fini(u);
        return false;
    }
    u->sel = NO_UNIT;
    u->preview_index = -1;
    u->reach_unit = NO_UNIT;
    u->reach_version = -1;
    u->path_version = -1;
    u->supply_version = -1;
    u->ov_grid = true;
    u->ov_range = true;
    u->ov_log = true;
    u->ov_minimap = true;
    u->viewer = 0;
    u->last_human = -1;
    u->autosaved_turn = -1;
    u->seed = (uint64_t)SDL_GetPerformanceCounter();
    u->screen = SCR_MAIN;
    ui_apply_settings(u);
    return true;
}

void ui_fini(struct ui *u)
{
    class_fini(u);
    paint_fini(u);
    aiw_fini(&u->aiw);
    play_free(u->play);
    play_free(u->pending);
    play_free(u->preview);
    ui_backdrop_free(&u->backdrop);
    free(u->scen);
    free(u->reach);
    free(u->supply);
    lang_fini(&u->lang);
    gfx_fini(&u->gfx);
    memset(u, 0, sizeof *u);
}

void ui_push(struct ui *u, int screen)
{
    if (u->nback < (int)(sizeof u->back / sizeof u->back[0]))
        u->back[u->nback++] = u->screen;
    u->screen = screen;
    u->focus = 0;
    u->scroll = 0;
}

void ui_pop(struct ui *u)
{
    if (u->screen == SCR_PAGES) {
        play_free(u->pages_play); /* a scenario opened only to read its pages */
        u->pages_play = NULL;
    }
    u->screen = u->nback > 0 ? u->back[--u->nback] : (u->play ? SCR_PLAY : SCR_MAIN);
    u->focus = 0;
    u->scroll = 0;
}

static uint32_t nearest_palette(uint32_t rgb, const bool *used)
{
    int best = -1;
    long bestd = 0;
    for (int i = 0; i < (int)(sizeof okabe_ito / sizeof okabe_ito[0]); i++) {
        if (used[i])
            continue;
        long dr = (long)((rgb >> 16) & 0xff) - (long)(okabe_ito[i] >> 24);
        long dg = (long)((rgb >> 8) & 0xff) - (long)((okabe_ito[i] >> 16) & 0xff);
        long db = (long)(rgb & 0xff) - (long)((okabe_ito[i] >> 8) & 0xff);
        long d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
        if (best < 0 || d < bestd) {
            best = i;
            bestd = d;
        }
    }
    return best < 0 ? (rgb << 8) | 0xffu : okabe_ito[best];
}

void ui_palette(const struct game *g, uint32_t out[MAX_SIDES])
{
    bool used[8] = { false };
    for (int s = 0; s < MAX_SIDES; s++)
        out[s] = 0x808080ffu;
    for (int s = 0; g && s < g->nsides; s++) {
        uint32_t c = nearest_palette(g->sides[s].color, used);
        for (int i = 0; i < 6; i++)
            if (okabe_ito[i] == c)
                used[i] = true;
        out[s] = c;
    }
}

static void assign_colors(struct ui *u)
{
    ui_palette(ui_game(u), u->side_color);
}

static void log_prints(struct ui *u);

/* The camera opens on the human players' units (every side's when none is human), with room
 * around them, rather than on the whole theatre: a border clash is not a speck in a corner. */
static void frame_own_units(struct ui *u)
{
    const struct game *g = ui_game(u);
    if (!g)
        return;
    bool any_human = ui_human_sides(u) > 0;
    static struct hex hs[MAX_UNITS];
    int n = 0;
    for (int i = 0; i < g->nunits && n < MAX_UNITS; i++) {
        const struct unit *un = game_unit(g, i);
        if (!un || un->side < 0 || un->side >= MAX_SIDES)
            continue;
        if (any_human && (u->ai_side[un->side] || !(g->sides[un->side].flags & SIDE_PLAYABLE)))
            continue;
        hs[n++] = un->pos;
    }
    view_frame(&u->view, hs, n, 4.0, (double)ui_px(u, 40), true);
}

void ui_default_players(const struct game *g, uint8_t computer[MAX_SIDES])
{
    for (int s = 0; s < MAX_SIDES; s++)
        computer[s] = g && s < g->nsides && !side_competes(g, s);
}

void ui_start_play(struct ui *u, struct play *p, const uint8_t *computer)
{
    uint8_t ai[MAX_SIDES];
    memcpy(ai, computer ? computer : u->ai_side, sizeof ai); /* it may point into the old play */
    if (u->play && u->play != p)
        ui_save_on_leave(u); /* the game left for another, as its autosave: nothing lost */
    play_free(u->play);
    u->play = p;
    const struct game *g = ui_game(u);
    memcpy(u->ai_side, ai, sizeof ai);
    u->version++;
    u->sel = NO_UNIT;
    u->mode = MODE_NORMAL;
    u->atk_open = false;
    u->nanims = 0;
    u->ai_steps = 0;
    u->autosaved_turn = g ? g->turn : -1;
    u->autosave_failed = false;
    u->message[0] = 0;
    memset(u->side_msg, 0, sizeof u->side_msg);
    assign_colors(u);
    view_init(&u->view, g ? g->width : 1, g ? g->height : 1, ui_map_rect(u));
    frame_own_units(u);
    u->cursor = g ? hex_from_offset(g->width / 2, g->height / 2) : hex_make(0, 0);
    u->nback = 0;
    u->screen = SCR_PLAY;
    u->cls.replaying = false;
    int active = g ? game_active_side(g) : -1;
    u->viewer = active >= 0 ? active : 0;
    u->last_human = active >= 0 && !u->ai_side[active] ? active : -1;
    if (g) {
        /* the scenario's opening (the turn begins, its first messages, milestones and
         * arrivals), or for a game loaded or built by hand, the turn alone */
        const struct events *op = play_opening(p);
        if (op && op->n > 0) {
            anim_events(u, op);
        } else {
            char date[80];
            ui_format_date(u, g, g->turn, date, sizeof date);
            ui_log(u, -1, ui_tr(u, "log.turn"), g->turn + 1, date);
        }
        log_prints(u);
    }
    /* a finished game (a save made at its end) opens on its result */
    if (g && g->result.over)
        ui_push(u, SCR_VICTORY);
}

/* ====================================================================== cached queries */

const struct reach *ui_reach(struct ui *u)
{
    const struct game *g = ui_game(u);
    if (!g || u->sel == NO_UNIT || !game_unit(g, u->sel))
        return NULL;
    if (u->reach_unit != u->sel || u->reach_version != u->version) {
        move_reachable(g, u->sel, u->reach);
        u->reach_unit = u->sel;
        u->reach_version = u->version;
    }
    return u->reach;
}

int ui_path(struct ui *u, struct hex to, int *cost)
{
    const struct game *g = ui_game(u);
    if (!g || u->sel == NO_UNIT) {
        *cost = 0;
        return 0;
    }
    if (u->path_unit != u->sel || u->path_version != u->version || !hex_eq(u->path_to, to)) {
        u->npath = move_path(g, u->sel, to, u->path, UI_MAX_PATH, &u->path_cost);
        u->path_unit = u->sel;
        u->path_version = u->version;
        u->path_to = to;
    }
    *cost = u->path_cost;
    return u->npath;
}

const uint8_t *ui_supply(struct ui *u, int side)
{
    const struct game *g = ui_game(u);
    if (!g || side < 0 || side >= g->nsides)
        return NULL;
    if (u->supply_side != side || u->supply_version != u->version) {
        supply_compute(g, side, u->supply);
        u->supply_side = side;
        u->supply_version = u->version;
    }
    return u->supply;
}

/* ====================================================================== commands */

int ui_human_sides(const struct ui *u)
{
    const struct game *g = ui_game(u);
    int n = 0;
    for (int s = 0; g && s < g->nsides; s++)
        if (!u->ai_side[s] && (g->sides[s].flags & SIDE_PLAYABLE))
            n++;
    return n;
}

/* What the scenario printed goes to the event log (for modders: print() in a handler). */
static void log_prints(struct ui *u)
{
    char lines[8][SCRIPT_PRINT_LEN];
    int n;
    while (u->play && (n = play_take_prints(u->play, lines, 8)) > 0)
        for (int i = 0; i < n; i++)
            ui_log(u, -1, ui_tr(u, "log.print"), lines[i]);
}

static void autosave_write(struct ui *u);

/* Whether the game in play is one the autosave keeps: a scenario's session, not a replay. */
static bool autosaved_kind(const struct ui *u)
{
    return !u->cls.replaying && play_session_of(u->play) != NULL;
}

static void after_change(struct ui *u, int old_turn)
{
    const struct game *g = ui_game(u);
    u->version++;
    struct diag errs[8];
    int ne = play_take_errors(u->play, errs, 8);
    for (int i = 0; i < ne; i++)
        diag_error(u, "err.script", &errs[i]);
    log_prints(u);
    if (u->sel != NO_UNIT && !game_unit(g, u->sel))
        u->sel = NO_UNIT;
    if (g->result.over) {
        if (u->screen == SCR_PLAY || u->screen == SCR_HANDOVER) {
            u->nback = 0;
            u->screen = SCR_PLAY;
            ui_push(u, SCR_VICTORY);
        }
        /* the finished game as its autosave: Continue opens on its result */
        if (autosaved_kind(u))
            autosave_write(u);
        return;
    }
    if (g->turn != old_turn)
        ui_autosave(u);
    int active = game_active_side(g);
    if (active >= 0 && !u->ai_side[active]) {
        if (u->last_human >= 0 && u->last_human != active && ui_human_sides(u) > 1 &&
            u->screen == SCR_PLAY && !u->smoke) {
            u->sel = NO_UNIT;
            ui_push(u, SCR_HANDOVER);
        }
        u->last_human = active;
        u->viewer = active;
    }
    ui_deliver_messages(u);
}

enum cmd_status ui_command(struct ui *u, const struct cmd *c)
{
    if (!u->play)
        return CMD_ERR_GAME_OVER;
    static struct events ev;
    int old_turn = ui_game(u)->turn;
    enum cmd_status st = play_apply(u->play, c, &ev);
    if (st != CMD_OK) {
        if (c->origin == ORIGIN_PLAYER) {
            char buf[200];
            snprintf(buf, sizeof buf, "%s: %s", ui_tr(u, "msg.refused"), cmd_status_str(st));
            ui_toast(u, buf);
        }
        return st;
    }
    anim_events(u, &ev);
    after_change(u, old_turn);
    return st;
}

static struct cmd player_cmd(const struct ui *u, int kind)
{
    struct cmd c;
    memset(&c, 0, sizeof c);
    c.kind = (uint8_t)kind;
    c.origin = ORIGIN_PLAYER;
    const struct game *g = ui_game(u);
    c.side = (int8_t)(g ? game_active_side(g) : -1);
    c.unit = (int16_t)u->sel;
    c.target = NO_UNIT;
    return c;
}

void ui_select(struct ui *u, int unit)
{
    u->sel = unit;
    u->mode = MODE_NORMAL;
    const struct game *g = ui_game(u);
    const struct unit *un = g ? game_unit(g, unit) : NULL;
    if (un)
        u->viewer = un->side;
}

void ui_end_phase(struct ui *u)
{
    const struct game *g = ui_game(u);
    if (!g || g->result.over)
        return;
    struct cmd c = player_cmd(u, CMD_END_PHASE);
    c.unit = NO_UNIT;
    anim_skip(u);
    if (ui_command(u, &c) == CMD_OK)
        u->sel = NO_UNIT;
}

bool ui_can_undo(const struct ui *u)
{
    /* only the player's own moves, never the computer's */
    const struct game *g = ui_game(u);
    int active = g ? game_active_side(g) : -1;
    return g && !g->result.over && active >= 0 && !u->ai_side[active] && play_can_undo(u->play);
}

void ui_undo(struct ui *u)
{
    if (!u->play)
        return;
    if (!ui_can_undo(u)) {
        ui_toast(u, ui_tr(u, "msg.no_undo"));
        return;
    }
    struct diag d;
    diag_clear(&d);
    if (!play_undo(u->play, &d)) {
        diag_error(u, "err.undo", &d);
        return;
    }
    anim_skip(u);
    u->version++;
    if (u->sel != NO_UNIT && !game_unit(ui_game(u), u->sel))
        u->sel = NO_UNIT;
    ui_toast(u, ui_tr(u, "msg.undone"));
}

/* An action on the selected unit: entrain, detrain, embark, cut, repair, disembark. */
void ui_action(struct ui *u, int kind)
{
    const struct game *g = ui_game(u);
    if (!g || u->sel == NO_UNIT) {
        ui_toast(u, ui_tr(u, "msg.select_first"));
        return;
    }
    const struct unit *un = game_unit(g, u->sel);
    if (!un)
        return;
    struct cmd c = player_cmd(u, kind);
    c.to = un->pos;
    if (kind == CMD_EMBARK) {
        /* the first carrier nearby that the rules accept */
        enum cmd_status first = CMD_ERR_NO_TARGET;
        for (int d = -1; d < 6; d++) {
            struct hex h = d < 0 ? un->pos : hex_neighbor(un->pos, d);
            int ids[16];
            int n = units_at(g, h, ids, 16, false);
            for (int i = 0; i < n; i++) {
                if (ids[i] == u->sel)
                    continue;
                c.target = (int16_t)ids[i];
                enum cmd_status st = cmd_validate(g, &c);
                if (st == CMD_OK) {
                    ui_command(u, &c);
                    return;
                }
                if (first == CMD_ERR_NO_TARGET)
                    first = st;
            }
        }
        char buf[200];
        snprintf(buf, sizeof buf, "%s: %s", ui_tr(u, "msg.refused"), cmd_status_str(first));
        ui_toast(u, buf);
        return;
    }
    if (kind == CMD_DISEMBARK || kind == CMD_REPAIR_RAIL) {
        /* one legal target: do it; several: let the player pick a hex */
        int nok = 0;
        struct hex only = un->pos;
        enum cmd_status first = CMD_ERR_NO_TARGET;
        for (int d = -1; d < 6; d++) {
            c.to = d < 0 ? un->pos : hex_neighbor(un->pos, d);
            enum cmd_status st = cmd_validate(g, &c);
            if (st == CMD_OK) {
                nok++;
                only = c.to;
            } else if (first == CMD_ERR_NO_TARGET) {
                first = st;
            }
        }
        if (nok == 0) {
            char buf[200];
            snprintf(buf, sizeof buf, "%s: %s", ui_tr(u, "msg.refused"), cmd_status_str(first));
            ui_toast(u, buf);
        } else if (nok == 1) {
            c.to = only;
            ui_command(u, &c);
        } else {
            u->mode = kind == CMD_DISEMBARK ? MODE_DISEMBARK : MODE_REPAIR;
            ui_toast(u, ui_tr(u, "msg.pick_hex"));
        }
        return;
    }
    ui_command(u, &c);
}

static bool hostile_at(const struct game *g, int side, struct hex h)
{
    int ids[16];
    int n = units_at(g, h, ids, 16, false);
    for (int i = 0; i < n; i++) {
        const struct unit *o = game_unit(g, ids[i]);
        if (o && sides_hostile(g, side, o->side))
            return true;
    }
    return false;
}

void ui_click_hex(struct ui *u, struct hex h)
{
    ui_click_hex_ex(u, h, false);
}

/* A click on hex h: with one of ours selected, attack an enemy there or move there; a hex with
 * units of ours selects them instead, unless force_move (Shift/Ctrl+click, Shift+Space) asks to
 * move into that stack. */
void ui_click_hex_ex(struct ui *u, struct hex h, bool force_move)
{
    const struct game *g = ui_game(u);
    if (!g || !map_contains(g, h))
        return;
    u->cursor = h;
    if (u->cls.replaying)
        return; /* the replay is watched; "Take command" to play on */
    if (u->mode == MODE_DISEMBARK || u->mode == MODE_REPAIR) {
        struct cmd c = player_cmd(u, u->mode == MODE_DISEMBARK ? CMD_DISEMBARK : CMD_REPAIR_RAIL);
        c.to = h;
        u->mode = MODE_NORMAL;
        ui_command(u, &c);
        return;
    }
    const struct unit *su = u->sel != NO_UNIT ? game_unit(g, u->sel) : NULL;
    int active = game_active_side(g);
    if (su && su->side == active && !hex_eq(su->pos, h)) {
        if (hostile_at(g, su->side, h)) {
            ui_attack_open(u, h);
            return;
        }
        int ids[16];
        int here = units_at(g, h, ids, 16, false);
        struct cmd c = player_cmd(u, CMD_MOVE);
        c.to = h;
        enum cmd_status st = cmd_validate(g, &c);
        if (st == CMD_OK && (here == 0 || force_move)) {
            ui_command(u, &c);
            return;
        }
        if (here == 0 || force_move) {
            char buf[200];
            snprintf(buf, sizeof buf, "%s: %s", ui_tr(u, "msg.cant_move"), cmd_status_str(st));
            ui_toast(u, buf);
            return;
        }
    }
    /* select: cycle through the stack on repeated clicks */
    int ids[16];
    int n = units_at(g, h, ids, 16, false);
    if (n == 0) {
        u->sel = NO_UNIT;
        return;
    }
    int next = 0;
    for (int i = 0; i < n; i++)
        if (ids[i] == u->sel)
            next = (i + 1) % n;
    ui_select(u, ids[next]);
}

void ui_next_unit(struct ui *u, int dir)
{
    const struct game *g = ui_game(u);
    if (!g)
        return;
    int active = game_active_side(g);
    int start = u->sel == NO_UNIT ? (dir > 0 ? -1 : g->nunits) : u->sel;
    for (int k = 1; k <= g->nunits; k++) {
        int i = ((start + dir * k) % g->nunits + g->nunits) % g->nunits;
        const struct unit *un = game_unit(g, i);
        if (!un || un->side != active || un->carrier != NO_UNIT)
            continue;
        bool fresh = g->phase == PHASE_MOVE ? un->mp > 0 : !(un->flags & UF_ATTACKED);
        if (!fresh)
            continue;
        ui_select(u, i);
        u->cursor = un->pos;
        view_center_on(&u->view, un->pos, false);
        return;
    }
    ui_toast(u, ui_tr(u, "msg.no_more_units"));
}

/* ====================================================================== attack dialog */

void ui_attack_open(struct ui *u, struct hex target)
{
    const struct game *g = ui_game(u);
    int active = game_active_side(g);
    u->atk_hex = target;
    u->atk_ncand = 0;
    u->atk_hold = false;
    /* every unit of ours the rules let attack that hex on its own */
    if (u->sel != NO_UNIT) {
        u->atk_cand[u->atk_ncand] = (int16_t)u->sel;
        u->atk_on[u->atk_ncand++] = true;
    }
    for (int i = 0; i < g->nunits && u->atk_ncand < MAX_ATTACKERS; i++) {
        const struct unit *un = game_unit(g, i);
        if (!un || un->side != active || i == u->sel || un->carrier != NO_UNIT)
            continue;
        if (hex_distance(un->pos, target) > 4)
            continue;
        struct cmd c = player_cmd(u, CMD_ATTACK);
        c.to = target;
        c.nunits = 1;
        c.units[0] = (int16_t)i;
        c.unit = (int16_t)i;
        if (cmd_validate(g, &c) == CMD_OK) {
            u->atk_cand[u->atk_ncand] = (int16_t)i;
            u->atk_on[u->atk_ncand++] = false;
        }
    }
    u->atk_open = true;
}

void ui_attack_commit(struct ui *u)
{
    struct cmd c = player_cmd(u, CMD_ATTACK);
    c.to = u->atk_hex;
    for (int i = 0; i < u->atk_ncand; i++)
        if (u->atk_on[i])
            c.units[c.nunits++] = u->atk_cand[i];
    c.unit = c.nunits ? c.units[0] : NO_UNIT;
    c.value = u->atk_hold ? ATTACK_HOLD : 0;
    u->atk_open = false;
    ui_command(u, &c);
}

/* ====================================================================== saves */

static void save_path(const struct ui *u, const char *name, char *out, size_t n)
{
    snprintf(out, n, "%s/%s%s", u->save_dir, name,
             strstr(name, ".b20save") ? "" : ".b20save");
}

/* The session under the game in play learns who plays each side, for its saves. */
static void note_players(struct ui *u)
{
    struct session *ss = play_session_of(u->play);
    if (ss)
        session_set_players(ss, u->ai_side);
}

bool ui_save_game(struct ui *u, const char *name)
{
    if (!u->play)
        return false;
    note_players(u);
    make_dirs(u->save_dir);
    char path[900];
    save_path(u, name, path, sizeof path);
    struct diag d;
    diag_clear(&d);
    u->newest_known = false;
    if (!play_save(u->play, path, &d)) {
        diag_error(u, "err.save", &d);
        return false;
    }
    char buf[300];
    snprintf(buf, sizeof buf, ui_tr(u, "msg.saved"), name);
    ui_toast(u, buf);
    return true;
}

bool ui_load_game(struct ui *u, const char *path)
{
    if (!u->host.load) {
        ui_error(u, ui_tr(u, "err.load"), ui_tr(u, "err.no_loader"));
        return false;
    }
    struct diag d;
    diag_clear(&d);
    struct play *p = u->host.load(u->host.ctx, path, u->set.lang, &d);
    if (!p) {
        diag_error(u, "err.load", &d);
        return false;
    }
    /* who plays what as the save says; a save that does not say keeps the players of the same
     * scenario, and for another one gives a person every side a person may play */
    const struct game *old = ui_game(u), *g = play_game(p);
    bool same = old && strcmp(old->scenario_id, g->scenario_id) == 0;
    struct session *ss = play_session_of(p);
    uint8_t ai[MAX_SIDES];
    memcpy(ai, u->ai_side, sizeof ai);
    if (!(ss && session_players(ss, ai)) && !same)
        ui_default_players(g, ai);
    ui_start_play(u, p, ai);
    return true;
}

static void autosave_write(struct ui *u)
{
    const struct game *g = ui_game(u);
    note_players(u);
    u->newest_known = false;
    make_dirs(u->save_dir);
    char path[900], name[80];
    snprintf(name, sizeof name, "autosave-%s", g->scenario_id[0] ? g->scenario_id : "game");
    save_path(u, name, path, sizeof path);
    struct diag d;
    diag_clear(&d);
    if (!play_save(u->play, path, &d)) {
        char buf[600];
        diag_format(&d, buf, (int)sizeof buf);
        if (!u->autosave_failed) /* say it once per game, not every turn */
            ui_log(u, -1, "%s: %s", ui_tr(u, "err.autosave"), buf);
        u->autosave_failed = true;
    }
}

void ui_autosave(struct ui *u)
{
    const struct game *g = ui_game(u);
    if (!g || g->turn == u->autosaved_turn || !autosaved_kind(u))
        return;
    u->autosaved_turn = g->turn;
    autosave_write(u);
}

void ui_save_on_leave(struct ui *u)
{
    const struct game *g = ui_game(u);
    if (g && !g->result.over && autosaved_kind(u))
        autosave_write(u);
}

/* ====================================================================== update */

static void ai_step(struct ui *u, double dt)
{
    const struct game *g = ui_game(u);
    if (!g || g->result.over || u->screen != SCR_PLAY || u->nerrors || u->message[0])
        return;
    int side = game_active_side(g);
    if (side < 0 || !u->ai_side[side])
        return;
    if (!u->ai_fast && anim_busy(u))
        return;
    u->ai_wait -= dt;
    if (u->ai_wait > 0 && !u->ai_fast)
        return;
    /* a few commands per frame when skipping, one otherwise */
    for (int k = 0; k < (u->ai_fast ? 8 : 1); k++) {
        g = ui_game(u);
        side = game_active_side(g);
        if (g->result.over || side < 0 || !u->ai_side[side] || u->screen != SCR_PLAY)
            break;
        int phase = g->phase, turn = g->turn;
        /* the planner keeps its phase plan between steps and hands out one order a step */
        struct cmd c;
        /* it thinks on a thread of its own, a few milliseconds a frame at most here: a
         * longer thought is picked up by a later frame, the window drawing meanwhile */
        if (!aiw_next(&u->aiw, g, side, u->set.ai_level, 4, &c))
            break;
        c.origin = ORIGIN_AI;
        c.side = (int8_t)side;
        if (++u->ai_steps > 400 || ui_command(u, &c) != CMD_OK) {
            /* a refused or endless plan: the phase ends, the game goes on */
            memset(&c, 0, sizeof c);
            c.kind = CMD_END_PHASE;
            c.origin = ORIGIN_AI;
            c.side = (int8_t)side;
            c.unit = NO_UNIT;
            c.target = NO_UNIT;
            ui_command(u, &c);
        }
        g = ui_game(u);
        if (g->phase != phase || g->turn != turn || game_active_side(g) != side)
            u->ai_steps = 0;
        u->ai_wait = u->set.anim_speed == 0 ? 0 : 0.12;
        if (u->ai_fast)
            anim_skip(u);
    }
    g = ui_game(u);
    int now = game_active_side(g);
    if (now < 0 || !u->ai_side[now] || g->result.over)
        u->ai_fast = false;
}

void ui_update(struct ui *u, double dt)
{
    u->time += dt;
    class_update(u, dt);
    if (u->toast_t > 0)
        u->toast_t -= dt;
    if (u->screen == SCR_PLAY || u->screen == SCR_VICTORY) {
        view_set_area(&u->view, ui_map_rect(u));
        double sp = 900.0 * dt * u->scale;
        double dx = 0, dy = 0;
        if (u->pan_keys & 1) dx -= sp;
        if (u->pan_keys & 2) dx += sp;
        if (u->pan_keys & 4) dy -= sp;
        if (u->pan_keys & 8) dy += sp;
        if (u->set.edge_pan && u->win && u->mouse_in && !u->dragging &&
            (SDL_GetWindowFlags(u->win) & SDL_WINDOW_INPUT_FOCUS)) {
            int m = 3;
            if (u->mouse_x <= m) dx -= sp;
            if (u->mouse_x >= u->gfx.w - m - 1) dx += sp;
            if (u->mouse_y <= m) dy -= sp;
            if (u->mouse_y >= u->gfx.h - m - 1) dy += sp;
        }
        if (dx != 0 || dy != 0)
            view_pan_pixels(&u->view, dx, dy, true);
        view_update(&u->view, dt);
        anim_update(u, dt);
        ai_step(u, dt);
        if (u->screen == SCR_PLAY && u->mouse_in && !u->cursor_on)
            input_hover(u);
    }
}

/* ====================================================================== draw */

static void draw_once(struct ui *u);

void ui_draw(struct ui *u)
{
    int screen = u->screen;
    bool atk = u->atk_open;
    draw_once(u);
    /* a click that changed the screen drew half of the old one: draw the new one whole */
    if (u->screen != screen || u->atk_open != atk)
        draw_once(u);
    if (u->cls.want_png && u->screen == SCR_PLAY) {
        u->cls.want_png = false;
        char path[700];
        class_export_png(u, path, sizeof path);
    }
}

static void draw_once(struct ui *u)
{
    gfx_begin(&u->gfx);
    SDL_SetRenderDrawBlendMode(u->ren, SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(u->ren, 0x1d, 0x23, 0x29, 0xff);
    SDL_RenderClear(u->ren);
    u->nhits = 0;
    u->nblocks = 0;
    u->hot_id = 0;
    bool map_screen = u->play && (u->screen == SCR_PLAY || u->screen == SCR_VICTORY ||
                                  u->screen == SCR_HANDOVER || u->screen == SCR_SAVE ||
                                  u->screen == SCR_HELP || u->screen == SCR_PAGES ||
                                  (u->screen == SCR_MAIN && u->nback > 0) ||
                                  u->screen == SCR_OPTIONS || u->screen == SCR_LOAD ||
                                  u->screen == SCR_BRANCH);
    /* a dialog takes every click */
    bool click = u->click;
    bool dialog = u->nerrors > 0 || ui_message_up(u);
    if (dialog)
        u->click = false;
    if (map_screen) {
        view_set_area(&u->view, ui_map_rect(u));
        u->gfx.rec_layer = 0; /* the map's own labels may touch */
        if (u->screen != SCR_HANDOVER) {
            paint_map(u);
            hud_map_marks(u); /* path and highlights under the counters */
            counter_stacks(u);
            class_map_marks(u);
            anim_draw(u);
        }
        u->gfx.rec_layer = 1;
        hud_draw(u);
        if (u->screen != SCR_HANDOVER)
            class_narrator(u);
    }
    u->gfx.rec_layer = 1;
    if (u->screen != SCR_PLAY && map_screen)
        u->gfx.nrec = 0; /* a menu over the dimmed map: only its own texts are read */
    if (u->screen != SCR_PLAY)
        menu_draw(u);
    if (dialog)
        u->click = click;
    menu_draw_dialogs(u);
    gfx_flush(&u->gfx);
    u->click = false;
}
