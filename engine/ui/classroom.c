/*
 * classroom.c - classroom mode in the window: the replay player over the historical course
 * (replay.h) with its narrator bar and timeline, taking command at a step (replay_branch),
 * the history overlay beside any game, the simulation summary (many computer games, their
 * outcome as charts), and the handouts (map image, event log).
 *
 * The replay player is a struct play over the replay, so the map, counters and side panel
 * draw it as any game; it refuses every command. Stepping goes through replay_goto().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <SDL_image.h>

#include "ai.h"
#include "handout.h"
#include "replay.h"
#include "session.h"
#include "ui.h"

/* ====================================================================== the replay as a play */

static const struct game *r_game(void *ctx)
{
    return replay_game(ctx);
}

static enum cmd_status r_apply(void *ctx, const struct cmd *c, struct events *ev)
{
    (void)ctx;
    (void)c;
    if (ev)
        ev->n = 0;
    return CMD_ERR_NOT_YOUR_TURN; /* a replay is watched, not played: take command first */
}

static bool r_can_undo(void *ctx)
{
    (void)ctx;
    return false;
}

static bool r_undo(void *ctx, struct diag *d)
{
    (void)ctx;
    diag_set(d, "replay", 0, "undo", "a replay has nothing to undo");
    return false;
}

static const char *r_text(void *ctx, const char *key)
{
    return session_text(replay_session(ctx), key);
}

static int r_pages(void *ctx, int which, const struct session_page **out)
{
    const struct session *s = replay_session(ctx);
    switch (which) {
    case PAGES_BRIEFING: return session_briefing(s, out);
    case PAGES_NOTES: return session_notes(s, out);
    case PAGES_SOURCES: return session_sources(s, out);
    case PAGES_PERSPECTIVES: return session_perspectives(s, out);
    default: *out = NULL; return 0;
    }
}

static int r_options(void *ctx, const struct session_option **out)
{
    return session_options(replay_session(ctx), out);
}

static bool r_save(void *ctx, const char *path, struct diag *d)
{
    return session_save(replay_session(ctx), path, d);
}

static int r_errors(void *ctx, struct diag *out, int max)
{
    (void)ctx;
    (void)out;
    (void)max;
    return 0;
}

static int r_prints(void *ctx, char (*out)[SCRIPT_PRINT_LEN], int max)
{
    /* the replay runs the history's handlers again: what they print is not news (the script
     * keeps only its newest lines, so nothing piles up) */
    (void)ctx;
    (void)out;
    (void)max;
    return 0;
}

static const struct events *r_opening(void *ctx)
{
    (void)ctx;
    return NULL; /* the replay tells its steps itself */
}

static void r_free(void *ctx)
{
    replay_free(ctx);
}

static bool r_set_lang(void *ctx, const char *lang, struct diag *d)
{
    return replay_set_lang(ctx, lang, d);
}

static const struct play_ops replay_ops = {
    r_game, r_apply, r_can_undo, r_undo,   r_text,    r_pages,   r_options,
    r_save, r_errors, r_prints,  r_opening, r_free,   r_set_lang,
};

const struct session *class_session(const struct ui *u)
{
    if (!u->play)
        return NULL;
    if (u->play->ops == &replay_ops)
        return replay_session(u->play->ctx);
    return play_session_of(u->play);
}

static void diag_to_error(struct ui *u, const char *key, const struct diag *d)
{
    char buf[1024];
    diag_format(d, buf, (int)sizeof buf);
    ui_error(u, ui_tr(u, key), buf);
}

bool class_open_replay(struct ui *u, const char *dir, struct diag *d)
{
    const struct session_option *o = NULL;
    struct option_kv kv[SESSION_MAX_OPTIONS];
    int nkv = 0;
    /* the options chosen in the setup screen for this scenario, else the historical ones */
    if (u->pending && !strcmp(u->pending_dir, dir)) {
        int no = play_options(u->pending, &o);
        for (int i = 0; i < no && i < u->nopts; i++)
            kv[nkv++] = u->opts[i];
    }
    struct replay *r = replay_open(dir, kv, nkv, 1, u->set.lang, d);
    if (!r)
        return false;
    struct play *p = malloc(sizeof *p);
    if (!p) {
        replay_free(r);
        diag_set(d, dir, 0, "replay", "out of memory");
        return false;
    }
    p->ops = &replay_ops;
    p->ctx = r;
    static const uint8_t nobody[MAX_SIDES];
    ui_start_play(u, p, nobody);
    u->cls.rep = r;
    u->cls.replaying = true;
    u->cls.playing = false;
    u->cls.pace_t = 0;
    u->cls.timeline = true;
    u->last_human = -1;
    u->nlog = 0;
    view_fit(&u->view, true);
    return true;
}

bool class_goto(struct ui *u, int k)
{
    if (!u->cls.replaying || !u->cls.rep || k < 0 || k >= replay_steps(u->cls.rep))
        return false;
    struct diag d;
    diag_clear(&d);
    if (!replay_goto(u->cls.rep, k, &d)) {
        diag_to_error(u, "err.replay", &d);
        return false;
    }
    u->version++;
    u->sel = NO_UNIT;
    u->nanims = 0;
    struct replay_step st;
    if (replay_step(u->cls.rep, k, &st))
        ui_log(u, -1, "%s: %s", st.date, st.title);
    return true;
}

bool class_branch(struct ui *u)
{
    if (!u->cls.replaying || !u->cls.rep)
        return false;
    struct diag d;
    diag_clear(&d);
    struct session *s = replay_branch(u->cls.rep, replay_current(u->cls.rep), &d);
    if (!s) {
        diag_to_error(u, "err.replay", &d);
        return false;
    }
    struct play *p = play_new_session(s);
    if (!p) {
        session_free(s);
        return false;
    }
    uint8_t ai[MAX_SIDES];
    memcpy(ai, u->cls.branch_ai, sizeof ai);
    int level = u->cls.branch_level[0];
    for (int i = 0; i < MAX_SIDES; i++)
        if (ai[i] && u->cls.branch_level[i] >= AI_EASY)
            level = u->cls.branch_level[i];
    u->cls.rep = NULL; /* freed with the replay's play */
    ui_start_play(u, p, ai);
    if (level >= AI_EASY && level < AI_LEVEL_COUNT)
        u->set.ai_level = level;
    const struct game *g = ui_game(u);
    int active = game_active_side(g);
    if (active >= 0 && !u->ai_side[active])
        u->viewer = active;
    ui_toast(u, ui_tr(u, "class.branched"));
    return true;
}

/* ====================================================================== history overlay */

struct replay *class_history(struct ui *u)
{
    const struct session *s = class_session(u);
    if (!s || u->cls.replaying)
        return NULL;
    const char *dir = session_dir(s);
    if (strcmp(dir, u->cls.hist_dir) != 0) {
        replay_free(u->cls.hist);
        u->cls.hist = NULL;
        u->cls.hist_tried = false;
        snprintf(u->cls.hist_dir, sizeof u->cls.hist_dir, "%s", dir);
    }
    if (!u->cls.hist && !u->cls.hist_tried) {
        u->cls.hist_tried = true;
        char path[700];
        snprintf(path, sizeof path, "%s/%s", dir, REPLAY_HISTORY_FILE);
        struct stat st;
        if (stat(path, &st) == 0) {
            struct diag d;
            diag_clear(&d);
            u->cls.hist = replay_open(dir, NULL, 0, 1, u->set.lang, &d);
            if (!u->cls.hist)
                diag_to_error(u, "err.replay", &d);
        }
    }
    return u->cls.hist;
}

void class_map_marks(struct ui *u)
{
    if (!u->cls.ov_history || u->screen == SCR_HANDOVER)
        return;
    struct replay *r = class_history(u);
    const struct game *g = ui_game(u);
    if (!r || !g)
        return;
    static struct replay_pos pos[MAX_UNITS];
    int n = replay_positions(r, g->turn, pos, MAX_UNITS);
    struct gfx *gx = &u->gfx;
    float rad = (float)(u->view.zoom * 0.9);
    float lw = (float)(u->view.zoom * 0.16);
    if (lw < (float)ui_px(u, 2))
        lw = (float)ui_px(u, 2);
    if (rad < (float)ui_px(u, 7))
        rad = (float)ui_px(u, 7);
    SDL_Rect m = ui_map_rect(u);
    gfx_clip(gx, &m);
    for (int i = 0; i < n; i++) {
        if (!view_hex_visible(&u->view, pos[i].pos))
            continue;
        float cx, cy;
        view_hex_center(&u->view, pos[i].pos, &cx, &cy);
        uint32_t c = pos[i].side >= 0 ? ui_side_rgba(u, pos[i].side) : 0xffffffffu;
        /* a ghost: a dashed ring in the side's colour on a pale disc, the name beneath */
        gfx_disc(gx, cx, cy, rad, 0xffffff60u);
        gfx_ring(gx, cx, cy, rad + lw * 0.5f, lw * 0.5f, 0x000000c0u);
        for (int k = 0; k < 12; k += 2) {
            float a0 = (float)k * 0.5236f, a1 = a0 + 0.5236f;
            gfx_line(gx, cx + rad * SDL_cosf(a0), cy + rad * SDL_sinf(a0), cx + rad * SDL_cosf(a1),
                     cy + rad * SDL_sinf(a1), lw, c);
        }
        if (u->view.zoom > 22) {
            const char *name = ui_stext(u, pos[i].name);
            int fs = ui_px(u, 11);
            gfx_text(gx, fs, true, cx + 1, cy + rad + 1, name, 0x000000ffu, GFX_CENTER);
            gfx_text(gx, fs, true, cx, cy + rad, name, 0xffffffffu, GFX_CENTER);
        }
    }
    gfx_clip(gx, NULL);
}

/* ====================================================================== exports */

void class_handout_dir(char *out, size_t n)
{
    const char *base = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (base && base[0])
        snprintf(out, n, "%s/baku1920/handouts", base);
    else if (home && home[0])
        snprintf(out, n, "%s/.local/share/baku1920/handouts", home);
    else
        snprintf(out, n, "./baku1920-handouts");
    char tmp[700];
    snprintf(tmp, sizeof tmp, "%s", out);
    for (char *p = tmp + 1; *p; p++) {
        if (*p == '/') {
            *p = 0;
            mkdir(tmp, 0755);
            *p = '/';
        }
    }
    mkdir(tmp, 0755);
}

static void export_name(const struct ui *u, const char *ext, char *out, size_t n)
{
    char dir[600];
    class_handout_dir(dir, sizeof dir);
    const struct game *g = ui_game(u);
    snprintf(out, n, "%s/%s-turn%02d%s%s", dir, g && g->scenario_id[0] ? g->scenario_id : "game",
             g ? g->turn + 1 : 0, u->cls.replaying ? "-history" : "", ext);
}

/* Copies as much of src as fits (dst always ends with a 0). */
static void copy_cut(char *dst, size_t n, const char *src)
{
    size_t k = strlen(src);
    if (k >= n)
        k = n - 1;
    memcpy(dst, src, k);
    dst[k] = 0;
}

static void confirm(struct ui *u, const char *key, const char *path)
{
    char buf[sizeof u->toast];
    const char *t = ui_tr(u, key);
    copy_cut(buf, sizeof buf, t);
    size_t k = strlen(buf);
    if (k + 2 < sizeof buf) {
        buf[k] = ' ';
        copy_cut(buf + k + 1, sizeof buf - k - 1, path);
    }
    copy_cut(u->cls.last_export, sizeof u->cls.last_export, path);
    ui_toast(u, buf);
}

bool class_export_png(struct ui *u, char *path, size_t n)
{
    export_name(u, ".png", path, n);
    int w = 0, h = 0;
    if (SDL_GetRendererOutputSize(u->ren, &w, &h) != 0) {
        ui_error(u, ui_tr(u, "err.export"), SDL_GetError());
        return false;
    }
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
    bool ok = s && SDL_RenderReadPixels(u->ren, NULL, SDL_PIXELFORMAT_RGBA32, s->pixels,
                                        s->pitch) == 0 && IMG_SavePNG(s, path) == 0;
    SDL_FreeSurface(s);
    if (!ok) {
        char buf[900];
        snprintf(buf, sizeof buf, "%s: %s", path, SDL_GetError());
        ui_error(u, ui_tr(u, "err.export"), buf);
        return false;
    }
    confirm(u, "class.saved_png", path);
    return true;
}

bool class_export_log(struct ui *u, char *md, char *html, size_t n)
{
    const struct session *s = class_session(u);
    if (!s) {
        ui_error(u, ui_tr(u, "err.export"), ui_tr(u, "class.no_game"));
        return false;
    }
    export_name(u, ".md", md, n);
    export_name(u, ".html", html, n);
    struct diag d;
    diag_clear(&d);
    if (!handout_save(s, md, HANDOUT_MD, &d) || !handout_save(s, html, HANDOUT_HTML, &d)) {
        diag_to_error(u, "err.export", &d);
        return false;
    }
    char both[1500];
    snprintf(both, sizeof both, "%s, %s", md, html);
    confirm(u, "class.saved_log", both);
    return true;
}

/* ====================================================================== simulation */

static void sim_record(struct ui *u, const struct game *g)
{
    struct ui_sim_game *r = &u->cls.sim[u->cls.sim_done];
    memset(r, 0, sizeof *r);
    int w = g->result.over ? g->result.winner : NO_SIDE;
    r->winner = w >= 0 && w < MAX_SIDES ? u->cls.sim_index[w] : NO_SIDE;
    for (int k = 0; k < UI_SIM_MS; k++)
        r->ms_turn[k] = -1;
    for (int i = 0; i < g->nmilestones; i++) {
        const char *name = g->milestones[i].name;
        int k = 0;
        while (k < u->cls.sim_nms && strcmp(u->cls.sim_ms[k], name) != 0)
            k++;
        if (k == u->cls.sim_nms) {
            if (k == UI_SIM_MS)
                continue; /* charted: the first UI_SIM_MS kinds seen */
            snprintf(u->cls.sim_ms[k], TEXT_LEN, "%s", name);
            snprintf(u->cls.sim_ms_name[k], NAME_LEN, "%s", session_text(u->cls.sim_s, name));
            u->cls.sim_nms++;
        }
        if (r->ms_turn[k] < 0)
            r->ms_turn[k] = g->milestones[i].turn;
    }
    for (int s = 0; s < g->nsides && s < MAX_SIDES; s++)
        if (u->cls.sim_index[s] >= 0)
            r->score[u->cls.sim_index[s]] = game_score(g, s);
}

static bool sim_open(struct ui *u)
{
    struct diag d;
    diag_clear(&d);
    u->cls.sim_s = session_open(u->cls.sim_dir, u->cls.sim_opts, u->cls.sim_nopts,
                                (uint64_t)(u->cls.sim_done + 1), u->set.lang, &d);
    if (!u->cls.sim_s) {
        diag_to_error(u, "err.scenario", &d);
        u->cls.sim_running = false;
        return false;
    }
    u->cls.sim_cmds = 0;
    return true;
}

bool class_sim_start(struct ui *u, const char *dir, int n)
{
    class_sim_cancel(u);
    if (n < 1)
        n = 1;
    if (n > UI_SIM_MAX)
        n = UI_SIM_MAX;
    snprintf(u->cls.sim_dir, sizeof u->cls.sim_dir, "%s", dir);
    u->cls.sim_nopts = 0;
    if (u->pending && !strcmp(u->pending_dir, dir)) {
        for (int i = 0; i < u->nopts; i++)
            u->cls.sim_opts[u->cls.sim_nopts++] = u->opts[i];
    }
    u->cls.sim_n = n;
    u->cls.sim_done = 0;
    u->cls.sim_cancelled = false;
    u->cls.sim_running = true;
    if (!u->cls.sim_w.done)
        aiw_init(&u->cls.sim_w); /* false: the games are thought on this thread */
    if (!sim_open(u))
        return false;
    const struct game *g = session_game(u->cls.sim_s);
    /* the charts show the sides that compete for victory */
    uint32_t pal[MAX_SIDES];
    ui_palette(g, pal);
    u->cls.sim_nsides = 0;
    for (int s = 0; s < MAX_SIDES; s++) {
        u->cls.sim_index[s] = -1;
        if (s >= g->nsides || !side_competes(g, s))
            continue;
        int k = u->cls.sim_nsides++;
        u->cls.sim_index[s] = (int8_t)k;
        snprintf(u->cls.sim_side[k], NAME_LEN, "%s", session_text(u->cls.sim_s,
                                                                  g->sides[s].name));
        u->cls.sim_color[k] = pal[s];
    }
    u->cls.sim_turns = g->last_turn + 1;
    u->cls.sim_nms = 0;
    for (int t = 0; t < UI_SIM_TURNS; t++)
        ui_format_day(u, g, t, u->cls.sim_date[t], sizeof u->cls.sim_date[t]);
    return true;
}

void class_sim_cancel(struct ui *u)
{
    session_free(u->cls.sim_s);
    u->cls.sim_s = NULL;
    if (u->cls.sim_running)
        u->cls.sim_cancelled = true;
    u->cls.sim_running = false;
}

void class_sim_step(struct ui *u, double budget_s)
{
    if (!u->cls.sim_running || !u->cls.sim_s)
        return;
    Uint64 f = SDL_GetPerformanceFrequency(), t0 = SDL_GetPerformanceCounter();
    int level = u->set.ai_level >= AI_EASY ? u->set.ai_level : AI_NORMAL;
    while (u->cls.sim_running) {
        const struct game *g = session_game(u->cls.sim_s);
        int side = game_active_side(g);
        if (g->result.over || side < 0 || u->cls.sim_cmds > 60000) {
            sim_record(u, g);
            session_free(u->cls.sim_s);
            u->cls.sim_s = NULL;
            if (++u->cls.sim_done >= u->cls.sim_n) {
                u->cls.sim_running = false;
                return;
            }
            if (!sim_open(u))
                return;
            continue;
        }
        /* thought on the worker's thread within the frame's budget; a longer thought is
         * picked up by a later frame */
        double left_ms = 1000.0 * (budget_s - (double)(SDL_GetPerformanceCounter() - t0) / (double)f);
        struct cmd c;
        if (!aiw_next(&u->cls.sim_w, g, side, level, left_ms > 1 ? (int)left_ms : 1, &c))
            return;
        if (session_apply(u->cls.sim_s, &c, NULL) != CMD_OK) {
            struct cmd e = ai_end_phase(side);
            session_apply(u->cls.sim_s, &e, NULL);
        }
        u->cls.sim_cmds++;
        if ((double)(SDL_GetPerformanceCounter() - t0) / (double)f > budget_s)
            return;
    }
}

/* ====================================================================== update and keys */

static const double pace_s[3] = { 12.0, 7.0, 3.5 };

void class_update(struct ui *u, double dt)
{
    if (u->cls.sim_running)
        class_sim_step(u, u->smoke ? 0.5 : 0.03);
    if (u->cls.replaying && u->cls.playing && u->screen == SCR_PLAY) {
        u->cls.pace_t += dt;
        if (u->cls.pace_t >= pace_s[u->cls.pace % 3]) {
            u->cls.pace_t = 0;
            if (!class_goto(u, replay_current(u->cls.rep) + 1))
                u->cls.playing = false;
        }
    }
}

bool class_key(struct ui *u, SDL_Keycode k)
{
    if (k != SDLK_ESCAPE && k != SDLK_BACKSPACE)
        return false;
    if (u->screen == SCR_SIM && u->cls.sim_running) {
        class_sim_cancel(u);
        return true;
    }
    ui_pop(u);
    return true;
}

void class_fini(struct ui *u)
{
    class_sim_cancel(u);
    aiw_fini(&u->cls.sim_w);
    replay_free(u->cls.hist);
    u->cls.hist = NULL;
    play_free(u->pages_play);
    u->pages_play = NULL;
}

/* ====================================================================== the narrator bar */

int class_narrator_h(const struct ui *u)
{
    if (!u->play || (!u->set.present && !u->cls.replaying))
        return 0;
    int h = ui_px(u, u->cls.replaying ? 130 : 120);
    if (h > u->gfx.h * 45 / 100)
        h = u->gfx.h * 45 / 100;
    return h;
}

/* Wrapped text shrunk until it fits h; returns the height used. */
static int fit_text(struct ui *u, int px, bool bold, int x, int y, int w, int h, const char *s,
                    uint32_t c)
{
    int min = ui_px(u, 9);
    while (px > min && gfx_text_wrap_height(&u->gfx, px, bold, w, s) > h)
        px--;
    if (gfx_text_wrap_height(&u->gfx, px, bold, w, s) > h) {
        gfx_clip(&u->gfx, &(SDL_Rect){ x, y, w, h });
        gfx_text_wrap(&u->gfx, px, bold, (float)x, (float)y, w, s, c);
        gfx_clip(&u->gfx, NULL);
        return h;
    }
    return gfx_text_wrap(&u->gfx, px, bold, (float)x, (float)y, w, s, c);
}

static void timeline(struct ui *u, SDL_Rect m)
{
    struct replay *r = u->cls.rep;
    int n = replay_steps(r), pad = ui_px(u, 8);
    int w = ui_px(u, 300);
    if (w > m.w / 2)
        w = m.w / 2;
    int bh = ui_px(u, 40), gap = ui_px(u, 4);
    int th = ui_px(u, 30);
    int rows = (m.h - 2 * pad - th) / (bh + gap);
    if (rows < 1)
        return;
    int first = replay_current(r) - rows / 2;
    if (first > n - rows)
        first = n - rows;
    if (first < 0)
        first = 0;
    int shown = n - first < rows ? n - first : rows;
    SDL_Rect box = { m.x + pad, m.y + pad, w, th + shown * (bh + gap) + 2 * pad };
    widget_panel(u, box, true);
    gfx_text(&u->gfx, ui_px(u, 16), true, (float)(box.x + pad), (float)(box.y + pad),
             ui_tr(u, "class.timeline"), UI_ACCENT, GFX_LEFT);
    for (int i = 0; i < shown; i++) {
        int k = first + i;
        struct replay_step st;
        if (!replay_step(r, k, &st))
            continue;
        char label[300];
        snprintf(label, sizeof label, "%s  %s", st.date, st.title);
        SDL_Rect b = { box.x + pad, box.y + pad + th + i * (bh + gap), w - 2 * pad, bh };
        if (widget_button(u, b, label, true, k == replay_current(r), RP_STEP + k))
            class_goto(u, k);
    }
}

static void replay_bar(struct ui *u, SDL_Rect bar)
{
    struct replay *r = u->cls.rep;
    struct gfx *gx = &u->gfx;
    int pad = ui_px(u, 10), bh = ui_px(u, 44), gap = ui_px(u, 6);
    int k = replay_current(r), n = replay_steps(r);
    /* buttons: a row along the bottom */
    static const char *const pace_key[3] = { "class.slow", "class.normal", "class.fast" };
    const char *labels[8] = {
        ui_tr(u, "class.first"), ui_tr(u, "class.back"),
        ui_tr(u, u->cls.playing ? "class.pause" : "class.play"), ui_tr(u, "class.forward"),
        ui_tr(u, pace_key[u->cls.pace % 3]), ui_tr(u, "class.timeline"),
        ui_tr(u, "class.take"), ui_tr(u, "class.exit"),
    };
    /* widths follow the labels, so none has to shrink while another has room to spare */
    int nb = 8, avail = bar.w - 2 * pad - (nb - 1) * gap, need = 0, bw[8];
    for (int i = 0; i < nb; i++) {
        int tw, th;
        gfx_text_size(gx, ui_px(u, 15), true, labels[i], &tw, &th);
        bw[i] = tw + ui_px(u, 16);
        need += bw[i];
    }
    int by = bar.y + bar.h - pad - bh, bx = bar.x + pad;
    for (int i = 0; i < nb; i++) {
        int w = need <= avail ? bw[i] + (avail - need) / nb : bw[i] * avail / need;
        SDL_Rect b = { bx, by, w, bh };
        bx += w + gap;
        bool en = !((i == 0 || i == 1) && k == 0) && !(i == 3 && k + 1 >= n);
        if (!widget_button(u, b, labels[i], en, (i == 5 && u->cls.timeline) ||
                                                    (i == 2 && u->cls.playing), RP_FIRST + i))
            continue;
        switch (RP_FIRST + i) {
        case RP_FIRST: class_goto(u, 0); break;
        case RP_PREV: class_goto(u, k - 1); break;
        case RP_PLAY: u->cls.playing = !u->cls.playing; u->cls.pace_t = 0; break;
        case RP_NEXT: class_goto(u, k + 1); break;
        case RP_PACE: u->cls.pace = (u->cls.pace + 1) % 3; break;
        case RP_TIMELINE: u->cls.timeline = !u->cls.timeline; break;
        case RP_BRANCH: {
            const struct game *g = ui_game(u);
            for (int s = 0; s < MAX_SIDES; s++) {
                u->cls.branch_ai[s] = g && s < g->nsides && !(g->sides[s].flags & SIDE_PLAYABLE);
                u->cls.branch_level[s] = u->set.ai_level >= AI_EASY ? u->set.ai_level : AI_NORMAL;
            }
            u->cls.playing = false;
            ui_push(u, SCR_BRANCH);
            return;
        }
        case RP_EXIT:
            u->cls.playing = false;
            play_free(u->play);
            u->play = NULL;
            u->cls.rep = NULL;
            u->cls.replaying = false;
            u->nback = 0;
            u->screen = SCR_CLASS;
            return;
        default: break;
        }
        return;
    }
    struct replay_step st;
    if (!replay_step(r, replay_current(r), &st))
        return;
    int tx = bar.x + pad, tw = bar.w - 2 * pad, top = bar.y + pad;
    int room = by - gap - top;
    char head[400], date[120];
    ui_format_date(u, ui_game(u), st.turn, date, sizeof date);
    snprintf(head, sizeof head, "%d/%d · %s — %s", k + 1, n, date, st.title);
    int srch = st.source_ids && st.source_ids[0] ? ui_px(u, 24) : 0;
    fit_text(u, ui_px(u, 22), true, tx, top, tw, room - srch, head, UI_ACCENT);
    if (srch > 0) {
        char src[300];
        snprintf(src, sizeof src, "%s %s", ui_tr(u, "class.source"), st.source_ids);
        fit_text(u, ui_px(u, 15), false, tx, by - gap - srch, tw, srch, src, UI_DIM);
    }
}

static void play_bar(struct ui *u, SDL_Rect bar)
{
    const struct game *g = ui_game(u);
    int pad = ui_px(u, 10), gap = ui_px(u, 6);
    int bw = ui_px(u, 190), bh = (bar.h - 2 * pad - 2 * gap) / 3;
    if (bw > bar.w / 4)
        bw = bar.w / 4;
    if (bh > ui_px(u, 40))
        bh = ui_px(u, 40);
    /* buttons on the right: history overlay, handouts */
    int bx = bar.x + bar.w - pad - bw;
    struct replay *hist = class_history(u);
    int y = bar.y + pad;
    if (hist) {
        SDL_Rect b = { bx, y, bw, bh };
        if (widget_button(u, b, ui_tr(u, "class.history"), true, u->cls.ov_history, RP_HIST))
            u->cls.ov_history = !u->cls.ov_history;
        y += bh + gap;
    }
    SDL_Rect b2 = { bx, y, bw, bh };
    if (widget_button(u, b2, ui_tr(u, "class.png"), true, false, CL_PNG))
        u->cls.want_png = true;
    y += bh + gap;
    if (y + bh <= bar.y + bar.h) {
        SDL_Rect b3 = { bx, y, bw, bh };
        if (widget_button(u, b3, ui_tr(u, "class.log"), true, false, CL_LOG)) {
            char md[700], html[700];
            class_export_log(u, md, html, sizeof md);
        }
    }
    int tx = bar.x + pad, tw = bx - gap - tx, top = bar.y + pad;
    char date[120];
    ui_format_date(u, g, g->turn, date, sizeof date);
    int hh = fit_text(u, ui_px(u, 22), true, tx, top, tw, (bar.h - 2 * pad) / 3, date, UI_ACCENT);
    int ty = top + hh + gap / 2, th = bar.y + bar.h - pad - ty;
    /* what happened on this date in 1920, when the scenario has a history; else the last news */
    const char *text = u->nlog > 0 ? u->log[u->nlog - 1].text : "";
    char buf[1400];
    struct replay_step st;
    if (hist && replay_step(hist, replay_step_for_turn(hist, g->turn), &st)) {
        snprintf(buf, sizeof buf, "%s %s — %s\n%s %s", ui_tr(u, "class.in1920"), st.date,
                 st.title, ui_tr(u, "class.source"), st.source_ids);
        text = buf;
    }
    fit_text(u, ui_px(u, 16), false, tx, ty, tw, th, text, UI_TEXT);
}

void class_narrator(struct ui *u)
{
    int h = class_narrator_h(u);
    const struct game *g = ui_game(u);
    if (h <= 0 || !g)
        return;
    SDL_Rect m = ui_map_rect(u);
    SDL_Rect bar = { m.x, m.y + m.h, m.w, h };
    struct gfx *gx = &u->gfx;
    gfx_rect(gx, (float)bar.x, (float)bar.y, (float)bar.w, (float)bar.h,
             u->set.contrast ? 0x000000ffu : 0x141a20f8u);
    gfx_rect(gx, (float)bar.x, (float)bar.y, (float)bar.w, 2, UI_ACCENT);
    if (u->nblocks < UI_MAX_BLOCKS)
        u->blocks[u->nblocks++].r = bar;
    bool click = u->click;
    if (u->screen != SCR_PLAY || u->nerrors || u->message[0])
        u->click = false;
    if (u->cls.replaying && u->cls.rep) {
        if (u->cls.timeline && u->screen == SCR_PLAY)
            timeline(u, m);
        replay_bar(u, bar);
    } else {
        play_bar(u, bar);
    }
    if (u->screen != SCR_PLAY || u->nerrors || u->message[0])
        u->click = click;
}

void class_panel_text(struct ui *u, SDL_Rect r)
{
    struct replay_step st;
    if (!u->cls.rep || !replay_step(u->cls.rep, replay_current(u->cls.rep), &st) || r.h <= 0)
        return;
    int gap = ui_px(u, 10);
    int srch = st.sources && st.sources[0] ? r.h * 30 / 100 : 0;
    int used = fit_text(u, ui_px(u, 17), false, r.x, r.y, r.w, r.h - srch - gap, st.text,
                        UI_TEXT);
    if (srch > 0) {
        int y = r.y + used + gap;
        gfx_rect(&u->gfx, (float)r.x, (float)y, (float)r.w, 1, 0x46525effu);
        y += gap;
        char src[1200];
        snprintf(src, sizeof src, "%s\n%s", ui_tr(u, "class.source"), st.sources);
        fit_text(u, ui_px(u, 13), false, r.x, y, r.w, r.y + r.h - y, src, UI_DIM);
    }
}

/* ====================================================================== the screens */

static int class_scen_index(struct ui *u)
{
    if (u->nscen <= 0)
        return -1;
    if (u->cls.scen < 0 || u->cls.scen >= u->nscen) {
        u->cls.scen = 0;
        for (int i = 0; i < u->nscen; i++)
            if (!strcmp(u->scen[i].id, "baku1920"))
                u->cls.scen = i;
    }
    return u->cls.scen;
}

static bool has_history(const char *dir)
{
    char path[700];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, REPLAY_HISTORY_FILE);
    return stat(path, &st) == 0;
}

static void open_pages(struct ui *u, const char *dir, int which)
{
    const struct session *s = class_session(u);
    play_free(u->pages_play);
    u->pages_play = NULL;
    if (!s || strcmp(session_dir(s), dir) != 0) {
        struct diag d;
        diag_clear(&d);
        u->pages_play = u->host.open ? u->host.open(u->host.ctx, dir, NULL, 0, 1, u->set.lang, &d)
                                     : NULL;
        if (!u->pages_play) {
            diag_to_error(u, "err.scenario", &d);
            return;
        }
    }
    u->pages_which = which;
    u->page = 0;
    ui_push(u, SCR_PAGES);
}

static void hub(struct ui *u)
{
    struct gfx *gx = &u->gfx;
    int W = gx->w, H = gx->h, pad = ui_px(u, 18);
    int bw = ui_px(u, 760);
    if (bw > W - 20)
        bw = W - 20;
    SDL_Rect box = { W / 2 - bw / 2, pad, bw, H - 2 * pad };
    widget_panel(u, box, true);
    int y = box.y + pad;
    y += gfx_text_wrap(gx, ui_px(u, 28), true, (float)(box.x + pad), (float)y, box.w - 2 * pad,
                       ui_tr(u, "class.title"), UI_TEXT) + pad / 2;
    int si = class_scen_index(u);
    const char *dir = si >= 0 ? u->scen[si].dir : "";
    int bh = ui_px(u, 42), gap = ui_px(u, 8), half = (box.w - 2 * pad - gap) / 2;
    char label[400];
    snprintf(label, sizeof label, "%s: %s", ui_tr(u, "class.scenario"),
             si >= 0 ? u->scen[si].title : "-");
    if (widget_button(u, (SDL_Rect){ box.x + pad, y, box.w - 2 * pad, bh }, label, si >= 0,
                      false, CL_SCEN) && u->nscen > 0)
        u->cls.scen = (u->cls.scen + 1) % u->nscen;
    y += bh + gap;
    bool hist = si >= 0 && has_history(dir);
    if (widget_button(u, (SDL_Rect){ box.x + pad, y, half, bh }, ui_tr(u, "class.replay"), hist,
                      false, CL_REPLAY)) {
        struct diag d;
        diag_clear(&d);
        if (!class_open_replay(u, dir, &d))
            diag_to_error(u, "err.replay", &d);
        return;
    }
    if (widget_button(u, (SDL_Rect){ box.x + pad + half + gap, y, half, bh },
                      ui_tr(u, "class.setup"), si >= 0, false, CL_SETUP)) {
        ui_open_scenario(u, si);
        return;
    }
    y += bh + gap;
    if (!hist && si >= 0) {
        y += gfx_text_wrap(gx, ui_px(u, 14), false, (float)(box.x + pad), (float)y,
                           box.w - 2 * pad, ui_tr(u, "class.no_history"), UI_DIM) + gap;
    }
    int third = (box.w - 2 * pad - 2 * gap) / 3;
    gfx_text(gx, ui_px(u, 16), true, (float)(box.x + pad), (float)y, ui_tr(u, "class.sim"),
             UI_ACCENT, GFX_LEFT);
    y += ui_px(u, 26);
    static const int ns[3] = { 10, 20, 50 };
    for (int i = 0; i < 3; i++) {
        char b[80];
        snprintf(b, sizeof b, ui_tr(u, "class.sim_n"), ns[i]);
        if (widget_button(u, (SDL_Rect){ box.x + pad + i * (third + gap), y, third, bh }, b,
                          si >= 0, false, CL_SIM10 + i)) {
            if (class_sim_start(u, dir, ns[i]))
                ui_push(u, SCR_SIM);
            return;
        }
    }
    y += bh + gap;
    if (widget_button(u, (SDL_Rect){ box.x + pad, y, half, bh }, ui_tr(u, "page.sources"),
                      si >= 0, false, CL_SOURCES)) {
        open_pages(u, dir, PAGES_SOURCES);
        return;
    }
    if (widget_button(u, (SDL_Rect){ box.x + pad + half + gap, y, half, bh },
                      ui_tr(u, "page.perspectives"), si >= 0, false, CL_PERSP)) {
        open_pages(u, dir, PAGES_PERSPECTIVES);
        return;
    }
    y += bh + gap;
    snprintf(label, sizeof label, "%s: %s", ui_tr(u, "opt.present"),
             ui_tr(u, u->set.present ? "opt.on" : "opt.off"));
    if (widget_button(u, (SDL_Rect){ box.x + pad, y, half, bh }, label, true, u->set.present,
                      CL_PRESENT)) {
        u->set.present = !u->set.present;
        if (u->set.present && u->set.scale_pct < 200)
            u->set.scale_pct = 200;
        u->set.fullscreen = u->set.present ? true : u->set.fullscreen;
        ui_apply_settings(u);
    }
    snprintf(label, sizeof label, "%s: %s", ui_tr(u, "opt.contrast"),
             ui_tr(u, u->set.contrast ? "opt.on" : "opt.off"));
    if (widget_button(u, (SDL_Rect){ box.x + pad + half + gap, y, half, bh }, label, true,
                      u->set.contrast, CL_CONTRAST))
        u->set.contrast = !u->set.contrast;
    y += bh + gap;
    bool game = class_session(u) != NULL;
    if (widget_button(u, (SDL_Rect){ box.x + pad, y, half, bh }, ui_tr(u, "class.png"), u->play,
                      false, CL_PNG)) {
        u->cls.want_png = true;
        u->nback = 0;
        u->screen = SCR_PLAY;
        return;
    }
    if (widget_button(u, (SDL_Rect){ box.x + pad + half + gap, y, half, bh },
                      ui_tr(u, "class.log"), game, false, CL_LOG)) {
        char md[700], html[700];
        class_export_log(u, md, html, sizeof md);
    }
    y += bh + gap;
    if (u->cls.last_export[0])
        y += fit_text(u, ui_px(u, 13), false, box.x + pad, y, box.w - 2 * pad,
                      box.y + box.h - pad - bh - gap - y, u->cls.last_export, UI_GOOD);
    if (widget_button(u, (SDL_Rect){ box.x + box.w - pad - half, box.y + box.h - pad - bh, half,
                                     bh }, ui_tr(u, "menu.back"), true, false, CL_BACK))
        ui_pop(u);
}

static void branch_screen(struct ui *u)
{
    struct gfx *gx = &u->gfx;
    const struct game *g = ui_game(u);
    if (!g || !u->cls.replaying) {
        ui_pop(u);
        return;
    }
    int W = gx->w, H = gx->h, pad = ui_px(u, 18), bh = ui_px(u, 42), gap = ui_px(u, 8);
    int bw = ui_px(u, 760);
    if (bw > W - 20)
        bw = W - 20;
    int rows = g->nsides;
    int bhgt = pad * 3 + ui_px(u, 90) + rows * (bh + gap) + bh;
    if (bhgt > H - 20)
        bhgt = H - 20;
    SDL_Rect box = { W / 2 - bw / 2, H / 2 - bhgt / 2, bw, bhgt };
    widget_panel(u, box, true);
    int y = box.y + pad;
    struct replay_step st;
    char title[400];
    if (replay_step(u->cls.rep, replay_current(u->cls.rep), &st)) {
        char date[120];
        ui_format_date(u, g, st.turn, date, sizeof date);
        snprintf(title, sizeof title, "%s — %s", ui_tr(u, "class.take"), date);
    }
    else
        snprintf(title, sizeof title, "%s", ui_tr(u, "class.take"));
    y += fit_text(u, ui_px(u, 24), true, box.x + pad, y, box.w - 2 * pad, ui_px(u, 70), title,
                  UI_TEXT) + gap;
    int nw = (box.w - 2 * pad - 2 * gap) * 45 / 100;
    int cw = (box.w - 2 * pad - 2 * gap - nw) / 2;
    for (int s = 0; s < g->nsides; s++) {
        int x = box.x + pad;
        gfx_rect(gx, (float)x, (float)y, (float)ui_px(u, 8), (float)bh, ui_side_rgba(u, s));
        fit_text(u, ui_px(u, 16), true, x + ui_px(u, 14), y + ui_px(u, 4), nw - ui_px(u, 14),
                 bh - ui_px(u, 4), ui_side_name(u, s), UI_TEXT);
        x += nw + gap;
        bool comp = u->cls.branch_ai[s] != 0;
        if (widget_button(u, (SDL_Rect){ x, y, cw, bh },
                          ui_tr(u, comp ? "setup.computer" : "setup.human"), true, false,
                          BR_SIDE + s))
            u->cls.branch_ai[s] ^= 1;
        x += cw + gap;
        char key[24];
        snprintf(key, sizeof key, "ai.%s", ai_level_name(u->cls.branch_level[s]));
        if (widget_button(u, (SDL_Rect){ x, y, cw, bh }, ui_tr(u, key), comp, false,
                          BR_LEVEL + s)) {
            int lv = u->cls.branch_level[s] + 1;
            u->cls.branch_level[s] = lv >= AI_LEVEL_COUNT ? AI_EASY : lv;
        }
        y += bh + gap;
    }
    int half = (box.w - 2 * pad - gap) / 2;
    int by = box.y + box.h - pad - bh;
    if (widget_button(u, (SDL_Rect){ box.x + pad, by, half, bh }, ui_tr(u, "class.go"), true,
                      true, BR_GO)) {
        class_branch(u);
        return;
    }
    if (widget_button(u, (SDL_Rect){ box.x + pad + half + gap, by, half, bh },
                      ui_tr(u, "menu.back"), true, false, BR_CANCEL))
        ui_pop(u);
}

/* A bar chart: n bars with labels under them and values over them. */
static void bars(struct ui *u, SDL_Rect r, const char *title, int n, const double *v,
                 const char *const *labels, const uint32_t *colors, bool percent)
{
    struct gfx *gx = &u->gfx;
    int fs = ui_px(u, 13), th = ui_px(u, 24), lh = ui_px(u, 20);
    gfx_text(gx, ui_px(u, 15), true, (float)r.x, (float)r.y, title, UI_TEXT, GFX_LEFT);
    double max = 0;
    for (int i = 0; i < n; i++)
        if (v[i] > max)
            max = v[i];
    if (max <= 0)
        max = 1;
    int top = r.y + th + lh, base = r.y + r.h - lh;
    gfx_rect(gx, (float)r.x, (float)base, (float)r.w, 2, UI_DIM);
    if (n <= 0)
        return;
    int slot = r.w / n, w = slot * 7 / 10;
    for (int i = 0; i < n; i++) {
        int x = r.x + i * slot + (slot - w) / 2;
        int h = (int)((double)(base - top) * v[i] / max);
        gfx_rect(gx, (float)x, (float)(base - h), (float)w, (float)h, colors[i]);
        char num[32];
        if (percent)
            snprintf(num, sizeof num, "%.0f%%", v[i]);
        else if (v[i] == (double)(int)v[i])
            snprintf(num, sizeof num, "%d", (int)v[i]);
        else
            snprintf(num, sizeof num, "%.1f", v[i]);
        if (slot >= ui_px(u, 22) && (v[i] != 0 || n <= 6))
            gfx_text(gx, fs, true, (float)(x + w / 2), (float)(base - h - lh), num, UI_TEXT,
                     GFX_CENTER);
        if (labels && labels[i] && labels[i][0]) {
            /* the label shrinks to its slot; a name still too long keeps its beginning */
            int lf = fs, tw = 0, tht = 0;
            gfx_text_size(gx, lf, false, labels[i], &tw, &tht);
            while (tw > slot - 4 && lf > ui_px(u, 9)) {
                lf--;
                gfx_text_size(gx, lf, false, labels[i], &tw, &tht);
            }
            gfx_clip(gx, &(SDL_Rect){ r.x + i * slot, base + 2, slot, lh });
            if (tw > slot - 4)
                gfx_text(gx, lf, false, (float)(r.x + i * slot + 2), (float)(base + 2), labels[i],
                         UI_DIM, GFX_LEFT);
            else
                gfx_text(gx, lf, false, (float)(r.x + i * slot + slot / 2), (float)(base + 2),
                         labels[i], UI_DIM, GFX_CENTER);
            gfx_clip(gx, NULL);
        }
    }
}

/* One line of text at x, y in width w: the font shrinks until it fits (to a floor), and what
 * still does not fit is cut at the edge. */
static void line_fit(struct ui *u, int px, bool bold, int x, int y, int w, int h, const char *s,
                     uint32_t c)
{
    int tw = 0, th = 0, min = ui_px(u, 10);
    gfx_text_size(&u->gfx, px, bold, s, &tw, &th);
    while (tw > w && px > min) {
        px--;
        gfx_text_size(&u->gfx, px, bold, s, &tw, &th);
    }
    gfx_clip(&u->gfx, &(SDL_Rect){ x, y, w, h });
    gfx_text(&u->gfx, px, bold, (float)x, (float)y, s, c, GFX_LEFT);
    gfx_clip(&u->gfx, NULL);
}

/* The milestones of the simulated games, a row each in the order they came (by their mean
 * turn): the share of games that saw it, as a bar, and when it came (the date, or the
 * earliest and the latest when they differ). Rows that do not fit are left out, the latest
 * first. */
static void sim_milestones(struct ui *u, SDL_Rect r, int nd)
{
    struct gfx *gx = &u->gfx;
    gfx_text(gx, ui_px(u, 15), true, (float)r.x, (float)r.y, ui_tr(u, "class.milestones"),
             UI_TEXT, GFX_LEFT);
    int n = u->cls.sim_nms, order[UI_SIM_MS], cnt[UI_SIM_MS], lo[UI_SIM_MS], hi[UI_SIM_MS];
    double avg[UI_SIM_MS];
    for (int k = 0; k < n; k++) {
        int sum = 0;
        cnt[k] = 0;
        lo[k] = 1 << 30;
        hi[k] = -1;
        for (int i = 0; i < nd; i++) {
            int t = u->cls.sim[i].ms_turn[k];
            if (t < 0)
                continue;
            cnt[k]++;
            sum += t;
            lo[k] = t < lo[k] ? t : lo[k];
            hi[k] = t > hi[k] ? t : hi[k];
        }
        avg[k] = cnt[k] ? (double)sum / cnt[k] : 1e9;
        order[k] = k;
    }
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && avg[order[j]] < avg[order[j - 1]]; j--) {
            int t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    int top = r.y + ui_px(u, 28), fs = ui_px(u, 14);
    if (n == 0) {
        gfx_text(gx, fs, false, (float)r.x, (float)top, ui_tr(u, "class.no_milestones"), UI_DIM,
                 GFX_LEFT);
        return;
    }
    /* rows close up to fit them all, down to a readable size; then a second column */
    int avail = r.y + r.h - top, cols = 1, per_col = n;
    int rh = avail / n;
    if (rh < ui_px(u, 17)) {
        cols = 2;
        per_col = (n + 1) / 2;
        rh = avail / per_col;
    }
    if (rh > ui_px(u, 26))
        rh = ui_px(u, 26);
    if (rh < ui_px(u, 17))
        rh = ui_px(u, 17);
    if (fs > rh - ui_px(u, 4))
        fs = rh - ui_px(u, 4);
    if (per_col > avail / rh)
        per_col = avail / rh;
    int gapx = ui_px(u, 24), cwid = (r.w - (cols - 1) * gapx) / cols;
    int name_w = cwid * (cols == 1 ? 36 : 42) / 100, bar_w = cwid * (cols == 1 ? 30 : 8) / 100;
    int nt = u->cls.sim_turns < UI_SIM_TURNS ? u->cls.sim_turns : UI_SIM_TURNS;
    for (int i = 0; i < n && i < cols * per_col; i++) {
        int k = order[i], yy = top + (i % per_col) * rh;
        int x0 = r.x + (i / per_col) * (cwid + gapx);
        int bar_x = x0 + name_w + ui_px(u, 8), date_x = bar_x + bar_w + ui_px(u, 56);
        line_fit(u, fs, false, x0, yy, name_w - ui_px(u, 4), rh, u->cls.sim_ms_name[k], UI_TEXT);
        double share = (double)cnt[k] / nd;
        gfx_rect(gx, (float)bar_x, (float)(yy + 3), (float)bar_w, (float)(rh - 8), UI_PANEL2);
        gfx_rect(gx, (float)bar_x, (float)(yy + 3), (float)(bar_w * share), (float)(rh - 8),
                 0x009e73ffu);
        char num[16];
        snprintf(num, sizeof num, "%.0f%%", 100.0 * share);
        gfx_text(gx, fs, true, (float)(bar_x + bar_w + ui_px(u, 6)), (float)yy, num, UI_TEXT,
                 GFX_LEFT);
        if (cnt[k] == 0 || lo[k] >= nt || hi[k] >= nt)
            continue;
        char when[160];
        if (lo[k] == hi[k])
            snprintf(when, sizeof when, "%s", u->cls.sim_date[lo[k]]);
        else
            snprintf(when, sizeof when, ui_tr(u, "class.when_range"), u->cls.sim_date[lo[k]],
                     u->cls.sim_date[hi[k]]);
        line_fit(u, fs, false, date_x, yy, x0 + cwid - date_x, rh, when, UI_DIM);
    }
}

static void sim_screen(struct ui *u)
{
    struct gfx *gx = &u->gfx;
    int W = gx->w, H = gx->h, pad = ui_px(u, 18), bh = ui_px(u, 42), gap = ui_px(u, 10);
    SDL_Rect box = { pad, pad, W - 2 * pad, H - 2 * pad };
    widget_panel(u, box, true);
    int y = box.y + pad;
    char title[300];
    snprintf(title, sizeof title, ui_tr(u, "class.sim_title"), u->cls.sim_n);
    gfx_text(gx, ui_px(u, 24), true, (float)(box.x + pad), (float)y, title, UI_TEXT, GFX_LEFT);
    y += ui_px(u, 38);
    int cw = box.w - 2 * pad;
    /* progress */
    double frac = u->cls.sim_n > 0 ? (double)u->cls.sim_done / u->cls.sim_n : 0;
    gfx_rect(gx, (float)(box.x + pad), (float)y, (float)cw, (float)ui_px(u, 16), UI_PANEL2);
    gfx_rect(gx, (float)(box.x + pad), (float)y, (float)(cw * frac), (float)ui_px(u, 16),
             UI_GOOD);
    y += ui_px(u, 20);
    char prog[200];
    snprintf(prog, sizeof prog, ui_tr(u, u->cls.sim_running ? "class.sim_running" :
                                         u->cls.sim_cancelled ? "class.sim_cancelled" :
                                                                "class.sim_done"),
             u->cls.sim_done, u->cls.sim_n);
    gfx_text(gx, ui_px(u, 14), false, (float)(box.x + pad), (float)y, prog, UI_DIM, GFX_LEFT);
    y += ui_px(u, 26);
    int by = box.y + box.h - pad - bh;
    int half = (cw - gap) / 2;
    if (u->cls.sim_running) {
        if (widget_button(u, (SDL_Rect){ box.x + pad, by, half, bh }, ui_tr(u, "class.cancel"),
                          true, true, SIM_CANCEL))
            class_sim_cancel(u);
    } else {
        if (widget_button(u, (SDL_Rect){ box.x + pad, by, half, bh }, ui_tr(u, "class.again"),
                          true, false, SIM_AGAIN)) {
            char dir[512];
            snprintf(dir, sizeof dir, "%s", u->cls.sim_dir);
            class_sim_start(u, dir, u->cls.sim_n);
            return;
        }
    }
    if (widget_button(u, (SDL_Rect){ box.x + pad + half + gap, by, half, bh },
                      ui_tr(u, "menu.back"), true, false, SIM_BACK)) {
        class_sim_cancel(u);
        ui_pop(u);
        return;
    }
    int nd = u->cls.sim_done, ns = u->cls.sim_nsides;
    if (nd <= 0 || ns <= 0)
        return;
    /* the outcome on top (wins, mean score), the milestones below across the width */
    int total = by - gap - y - gap, ch = total * 2 / 5, cwid = (cw - 2 * gap) / 2;
    if (ch < ui_px(u, 80))
        return;
    SDL_Rect c1 = { box.x + pad, y, cwid, ch }, c2 = { box.x + pad + cwid + 2 * gap, y, cwid, ch };
    SDL_Rect c3 = { box.x + pad, y + ch + gap, cw, total - ch };
    double v[MAX_SIDES + 1] = { 0 };
    const char *lab[MAX_SIDES + 1];
    uint32_t col[MAX_SIDES + 1];
    for (int s = 0; s < ns; s++) {
        lab[s] = u->cls.sim_side[s];
        col[s] = u->cls.sim_color[s] | 0xffu;
    }
    lab[ns] = ui_tr(u, "class.draws");
    col[ns] = 0x8a949effu;
    double mean[MAX_SIDES] = { 0 };
    for (int i = 0; i < nd; i++) {
        int w = u->cls.sim[i].winner;
        v[w >= 0 && w < ns ? w : ns] += 1;
        for (int s = 0; s < ns; s++)
            mean[s] += u->cls.sim[i].score[s];
    }
    bars(u, c1, ui_tr(u, "class.wins"), ns + 1, v, lab, col, false);
    for (int s = 0; s < ns; s++)
        mean[s] /= nd;
    bars(u, c2, ui_tr(u, "class.scores"), ns, mean, lab, col, false);
    sim_milestones(u, c3, nd);
}

void class_draw(struct ui *u)
{
    switch (u->screen) {
    case SCR_CLASS: hub(u); break;
    case SCR_BRANCH: branch_screen(u); break;
    case SCR_SIM: sim_screen(u); break;
    default: break;
    }
}
