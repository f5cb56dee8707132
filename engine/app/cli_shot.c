/*
 * cli_shot.c - renders a view of a scenario to PNG without a window, and times frames:
 *
 *   baku1920 shot --scenario ID --out FILE.png [--size WxH] [--center PLACE] [--zoom Z]
 *                 [--turn N] [--seed N] [--lang L] [--overlay LIST] [--select UNIT]
 *                 [--hover PLACE] [--contrast] [--scale PCT] [--scenario-dir DIR]
 *   baku1920 shot --scenario ID --bench N [--size WxH]
 *
 * --zoom Z: 1 shows the whole theatre, 2 is twice as close, and so on. --turn N plays N
 * turns with the computer on every side first. --overlay: any of grid,supply,zoc,rail,range
 * (comma-separated) or none. --select shows a unit's card and range, --hover the mouse over a
 * place (its panel and, with a unit selected, the path there). --bench N draws N frames
 * while panning and prints the median time of a frame that reuses the cached map layer and
 * the time of the frames that redraw it. Drawing uses SDL's software renderer on a surface,
 * so no display or video driver is needed. Bad options: one line on stderr, exit status 2.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include "ai.h"
#include "cli.h"
#include "session.h"
#include "ui.h"

struct shot_opts {
    const char *scenario, *out, *center, *lang, *overlay, *select, *hover;
    const char *extra[SESSION_MAX_DIRS];
    int nextra;
    int w, h, turn, bench, scale;
    double zoom;
    uint64_t seed;
    bool contrast;
};

static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "baku1920 shot: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    return EXIT_USAGE;
}

static int parse(int argc, char **argv, struct shot_opts *o)
{
    memset(o, 0, sizeof *o);
    o->w = 1600;
    o->h = 900;
    o->zoom = 1.0;
    o->seed = 1;
    o->lang = "en";
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--contrast")) {
            o->contrast = true;
            continue;
        }
        if (strncmp(a, "--", 2) != 0)
            return usage_error("unexpected argument '%s'", a);
        if (i + 1 >= argc)
            return usage_error("%s needs a value", a);
        const char *v = argv[++i];
        char *end = NULL;
        if (!strcmp(a, "--scenario")) {
            o->scenario = v;
        } else if (!strcmp(a, "--out")) {
            o->out = v;
        } else if (!strcmp(a, "--center")) {
            o->center = v;
        } else if (!strcmp(a, "--select")) {
            o->select = v;
        } else if (!strcmp(a, "--hover")) {
            o->hover = v;
        } else if (!strcmp(a, "--overlay")) {
            o->overlay = v;
        } else if (!strcmp(a, "--lang")) {
            if (strcmp(v, "en") && strcmp(v, "ru") && strcmp(v, "az"))
                return usage_error("--lang '%s': use en, ru or az", v);
            o->lang = v;
        } else if (!strcmp(a, "--size")) {
            int w = 0, h = 0;
            char x = 0, extra = 0;
            if (sscanf(v, "%d%c%d%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X') ||
                w < 320 || h < 240 || w > 8192 || h > 8192)
                return usage_error("--size '%s': expected WxH from 320x240 to 8192x8192", v);
            o->w = w;
            o->h = h;
        } else if (!strcmp(a, "--zoom")) {
            o->zoom = strtod(v, &end);
            if (!v[0] || *end || !(o->zoom >= 0.5 && o->zoom <= 40))
                return usage_error("--zoom '%s': a number from 0.5 to 40", v);
        } else if (!strcmp(a, "--turn")) {
            long t = strtol(v, &end, 10);
            if (!v[0] || *end || t < 0 || t > 1000)
                return usage_error("--turn '%s': a number from 0 to 1000", v);
            o->turn = (int)t;
        } else if (!strcmp(a, "--bench")) {
            long t = strtol(v, &end, 10);
            if (!v[0] || *end || t < 1 || t > 100000)
                return usage_error("--bench '%s': a number of frames from 1 to 100000", v);
            o->bench = (int)t;
        } else if (!strcmp(a, "--scale")) {
            long t = strtol(v, &end, 10);
            if (!v[0] || *end || t < 50 || t > 400)
                return usage_error("--scale '%s': a percentage from 50 to 400", v);
            o->scale = (int)t;
        } else if (!strcmp(a, "--seed")) {
            o->seed = strtoull(v, &end, 10);
            if (!v[0] || *end)
                return usage_error("--seed '%s': not a number", v);
        } else if (!strcmp(a, "--scenario-dir")) {
            if (o->nextra >= SESSION_MAX_DIRS)
                return usage_error("too many --scenario-dir (%s)", v);
            o->extra[o->nextra++] = v;
        } else {
            return usage_error("unknown option '%s'", a);
        }
    }
    if (!o->scenario)
        return usage_error("--scenario is required%s", "");
    if (!o->out && !o->bench)
        return usage_error("--out FILE.png (or --bench N) is required%s", "");
    return 0;
}

static bool set_overlays(struct ui *u, const char *list)
{
    u->ov_grid = u->ov_supply = u->ov_zoc = u->ov_rail = u->ov_range = false;
    char buf[128];
    snprintf(buf, sizeof buf, "%s", list);
    for (char *t = strtok(buf, ","); t; t = strtok(NULL, ",")) {
        if (!strcmp(t, "grid")) u->ov_grid = true;
        else if (!strcmp(t, "supply")) u->ov_supply = true;
        else if (!strcmp(t, "zoc")) u->ov_zoc = true;
        else if (!strcmp(t, "rail")) u->ov_rail = true;
        else if (!strcmp(t, "range")) u->ov_range = true;
        else if (strcmp(t, "none") != 0) return false;
    }
    return true;
}

/* Plays up to `turns` turns with the computer on every side. */
static void play_turns(struct play *p, int turns)
{
    struct ai *ai = ai_new();
    int guard = 0;
    while (guard++ < 200000) {
        const struct game *g = play_game(p);
        if (g->result.over || g->turn >= turns)
            break;
        int side = game_active_side(g);
        struct cmd c = ai ? ai_think(ai, g, side, AI_NORMAL) : ai_next(g, side, AI_NORMAL);
        c.origin = ORIGIN_AI;
        c.side = (int8_t)side;
        if (play_apply(p, &c, NULL) != CMD_OK) {
            memset(&c, 0, sizeof c);
            c.kind = CMD_END_PHASE;
            c.origin = ORIGIN_AI;
            c.side = (int8_t)side;
            c.unit = NO_UNIT;
            c.target = NO_UNIT;
            if (play_apply(p, &c, NULL) != CMD_OK)
                break;
        }
    }
    ai_free(ai);
}

int cli_shot(int argc, char **argv)
{
    struct shot_opts o;
    int rc = parse(argc, argv, &o);
    if (rc)
        return rc;
    static struct play_dirs pd;
    struct ui_host host;
    play_host(&host, &pd, app_data_dir(), o.extra, o.nextra);
    struct diag d;
    diag_clear(&d);
    struct play *p = play_open_id(&pd, o.scenario, NULL, 0, o.seed, o.lang, &d);
    if (!p) {
        char buf[1024];
        diag_format(&d, buf, (int)sizeof buf);
        fprintf(stderr, "baku1920 shot: %s\n", buf);
        return EXIT_USAGE;
    }
    const struct game *g = play_game(p);
    struct hex center = { 0, 0 };
    if (o.center) {
        int pl = place_by_id(g, o.center);
        if (pl < 0) {
            fprintf(stderr, "baku1920 shot: --center '%s': no such place in %s\n", o.center,
                    o.scenario);
            play_free(p);
            return EXIT_USAGE;
        }
        center = g->places[pl].pos;
    }
    struct hex hover = { 0, 0 };
    if (o.hover) {
        int pl = place_by_id(g, o.hover);
        if (pl < 0) {
            fprintf(stderr, "baku1920 shot: --hover '%s': no such place in %s\n", o.hover,
                    o.scenario);
            play_free(p);
            return EXIT_USAGE;
        }
        hover = g->places[pl].pos;
    }
    int sel = NO_UNIT;
    if (o.select && (sel = unit_by_key(g, o.select)) < 0) {
        fprintf(stderr, "baku1920 shot: --select '%s': no such unit in %s\n", o.select,
                o.scenario);
        play_free(p);
        return EXIT_USAGE;
    }
    if (o.turn > 0)
        play_turns(p, o.turn);

    if (TTF_Init() != 0) {
        fprintf(stderr, "baku1920 shot: cannot start the font library: %s\n", TTF_GetError());
        play_free(p);
        return 1;
    }
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, o.w, o.h, 32, SDL_PIXELFORMAT_RGBA32);
    SDL_Renderer *ren = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    if (!ren) {
        fprintf(stderr, "baku1920 shot: cannot create a %dx%d software renderer: %s\n", o.w, o.h,
                SDL_GetError());
        if (surf)
            SDL_FreeSurface(surf);
        play_free(p);
        TTF_Quit();
        return 1;
    }
    static struct ui u;
    char err[1024], assets[900];
    snprintf(assets, sizeof assets, "%s/assets", app_data_dir());
    if (!ui_init(&u, NULL, ren, assets, &host, err, sizeof err)) {
        fprintf(stderr, "baku1920 shot: %s\n", err);
        SDL_DestroyRenderer(ren);
        SDL_FreeSurface(surf);
        play_free(p);
        TTF_Quit();
        return 1;
    }
    /* the picture depends on the options only, not on this user's settings */
    u.set.scale_pct = o.scale ? o.scale : 100;
    u.set.contrast = o.contrast;
    u.set.anim_speed = 0;
    snprintf(u.set.lang, sizeof u.set.lang, "%s", o.lang);
    ui_apply_settings(&u);
    u.shot_mode = true;
    u.smoke = true;
    ui_start_play(&u, p, NULL);
    u.nlog = 0;
    if (o.overlay && !set_overlays(&u, o.overlay)) {
        fprintf(stderr, "baku1920 shot: --overlay '%s': use grid,supply,zoc,rail,range or none\n",
                o.overlay);
        ui_fini(&u);
        SDL_DestroyRenderer(ren);
        SDL_FreeSurface(surf);
        TTF_Quit();
        return EXIT_USAGE;
    }
    gfx_begin(&u.gfx);
    view_init(&u.view, ui_game(&u)->width, ui_game(&u)->height, ui_map_rect(&u));
    if (sel >= 0 && game_unit(ui_game(&u), sel)) {
        ui_select(&u, sel);
        if (!o.center)
            center = game_unit(ui_game(&u), sel)->pos;
    }
    view_zoom_at(&u.view, o.zoom, (float)(u.view.area.x + u.view.area.w / 2),
                 (float)(u.view.area.y + u.view.area.h / 2), true);
    if (o.center || sel >= 0)
        view_center_on(&u.view, center, true);
    if (o.hover) {
        u.hover = hover;
        u.hover_ok = true;
    }
    ui_update(&u, 0);

    if (o.bench) {
        /* frames that reuse the cached map layer and frames that redraw it, apart: the first
         * is what panning costs, the second the occasional hitch */
        Uint64 freq = SDL_GetPerformanceFrequency();
        double *ms = calloc((size_t)o.bench, sizeof *ms);
        int nplain = 0, nredraw = 0;
        double redraw_total = 0, total = 0;
        for (int i = 0; ms && i < o.bench; i++) {
            view_pan_pixels(&u.view, (i / 30) % 2 ? -12 : 12, (i / 45) % 2 ? -7 : 7, true);
            long before = u.cache.renders;
            Uint64 t0 = SDL_GetPerformanceCounter();
            ui_draw(&u);
            double t = (double)(SDL_GetPerformanceCounter() - t0) * 1000.0 / (double)freq;
            total += t;
            if (u.cache.renders != before) {
                redraw_total += t;
                nredraw++;
            } else {
                ms[nplain++] = t;
            }
        }
        /* median of the plain frames (insertion sort: a few hundred numbers) */
        for (int i = 1; i < nplain; i++) {
            double v = ms[i];
            int j = i - 1;
            while (j >= 0 && ms[j] > v) {
                ms[j + 1] = ms[j];
                j--;
            }
            ms[j + 1] = v;
        }
        double median = nplain ? ms[nplain / 2] : 0;
        printf("shot bench: %dx%d software renderer, zoom %.2g, %d frames: median %.2f ms per "
               "frame (%.0f fps), mean %.2f ms; map layer redrawn %d times, %.1f ms each\n",
               o.w, o.h, o.zoom, o.bench, median, median > 0 ? 1000.0 / median : 0,
               total / o.bench, nredraw, nredraw ? redraw_total / nredraw : 0);
        free(ms);
    }
    if (o.out) {
        ui_draw(&u);
        if (IMG_SavePNG(surf, o.out) != 0) {
            fprintf(stderr, "baku1920 shot: --out %s: cannot write: %s\n", o.out, IMG_GetError());
            rc = EXIT_USAGE;
        }
    }
    ui_fini(&u);
    SDL_DestroyRenderer(ren);
    SDL_FreeSurface(surf);
    TTF_Quit();
    return rc;
}
