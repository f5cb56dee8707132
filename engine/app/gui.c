/*
 * gui.c - the desktop game's window: options, SDL start-up (high-DPI aware, resizable,
 * vsync when the driver has it), the frame loop, and --smoke-test for automated checks.
 *
 *   baku1920 [play] [--scenario ID | --load FILE] [--seed N] [--lang L] [--ai SIDE,...|all]
 *                   [--option NAME=VALUE] [--scenario-dir DIR] [--size WxH] [--fullscreen]
 *                   [--scale PCT] [--contrast] [--present] [--smoke-test FILE.png] [--frames N]
 *
 * --present: presentation mode for a classroom projector (full screen, 200% scale, the
 * narrator bar); --scale, --contrast and --size still apply over it.
 *
 * Start-up failures show a message box (when a display exists) and print one line on stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include "cli.h"
#include "session.h"
#include "ui.h"

struct gui_opts {
    const char *scenario, *load, *lang, *smoke;
    const char *extra[SESSION_MAX_DIRS];
    int nextra;
    uint64_t seed;
    bool have_seed;
    bool fullscreen, contrast, present;
    int scale, w, h, frames;
    bool ai_all;
    char ai[MAX_SIDES][ID_LEN];
    int nai;
    struct option_kv opts[SESSION_MAX_OPTIONS];
    int nopts;
};

static int bad(const char *fmt, const char *arg)
{
    fprintf(stderr, "baku1920: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, " (try --help)\n");
    return EXIT_USAGE;
}

static bool parse_long(const char *s, long lo, long hi, long *out)
{
    char *end = NULL;
    long v = strtol(s, &end, 10);
    if (!s[0] || *end || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

static int parse(int argc, char **argv, struct gui_opts *o)
{
    memset(o, 0, sizeof *o);
    o->w = 1280;
    o->h = 800;
    o->frames = 30;
    int i = 0;
    if (argc > 0 && !strcmp(argv[0], "play"))
        i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        bool flag = !strcmp(a, "--fullscreen") || !strcmp(a, "--contrast") ||
                    !strcmp(a, "--present");
        if (flag) {
            if (!strcmp(a, "--present"))
                o->present = true;
            else if (!strcmp(a, "--fullscreen"))
                o->fullscreen = true;
            else
                o->contrast = true;
            continue;
        }
        if (strncmp(a, "--", 2) != 0)
            return bad("unexpected argument '%s'", a);
        if (i + 1 >= argc)
            return bad("%s needs a value", a);
        const char *v = argv[++i];
        long n = 0;
        if (!strcmp(a, "--scenario")) {
            o->scenario = v;
        } else if (!strcmp(a, "--load")) {
            o->load = v;
        } else if (!strcmp(a, "--lang")) {
            if (strcmp(v, "en") && strcmp(v, "ru") && strcmp(v, "az"))
                return bad("--lang '%s': use en, ru or az", v);
            o->lang = v;
        } else if (!strcmp(a, "--smoke-test")) {
            o->smoke = v;
        } else if (!strcmp(a, "--seed")) {
            char *end = NULL;
            o->seed = strtoull(v, &end, 10);
            if (!v[0] || *end)
                return bad("--seed '%s': not a number", v);
            o->have_seed = true;
        } else if (!strcmp(a, "--scale")) {
            if (!parse_long(v, 50, 400, &n))
                return bad("--scale '%s': a percentage from 50 to 400", v);
            o->scale = (int)n;
        } else if (!strcmp(a, "--frames")) {
            if (!parse_long(v, 1, 100000, &n))
                return bad("--frames '%s': a number from 1 to 100000", v);
            o->frames = (int)n;
        } else if (!strcmp(a, "--size")) {
            int w = 0, h = 0;
            char x = 0, extra = 0;
            if (sscanf(v, "%d%c%d%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X') ||
                w < 320 || h < 240 || w > 16384 || h > 16384)
                return bad("--size '%s': expected WxH, at least 320x240", v);
            o->w = w;
            o->h = h;
        } else if (!strcmp(a, "--scenario-dir")) {
            if (o->nextra >= SESSION_MAX_DIRS)
                return bad("too many --scenario-dir (%s)", v);
            o->extra[o->nextra++] = v;
        } else if (!strcmp(a, "--ai")) {
            if (!strcmp(v, "all")) {
                o->ai_all = true;
            } else {
                char buf[256];
                snprintf(buf, sizeof buf, "%s", v);
                for (char *t = strtok(buf, ","); t; t = strtok(NULL, ",")) {
                    if (o->nai >= MAX_SIDES || strlen(t) >= ID_LEN)
                        return bad("--ai '%s': too many or too long side ids", v);
                    snprintf(o->ai[o->nai++], ID_LEN, "%s", t);
                }
            }
        } else if (!strcmp(a, "--option")) {
            const char *eq = strchr(v, '=');
            if (!eq || eq == v || (size_t)(eq - v) >= ID_LEN || o->nopts >= SESSION_MAX_OPTIONS)
                return bad("--option '%s': expected NAME=VALUE", v);
            int val;
            if (!strcmp(eq + 1, "true") || !strcmp(eq + 1, "on"))
                val = 1;
            else if (!strcmp(eq + 1, "false") || !strcmp(eq + 1, "off"))
                val = 0;
            else if (parse_long(eq + 1, -1000000, 1000000, &n))
                val = (int)n;
            else
                return bad("--option '%s': the value must be a number, true or false", v);
            snprintf(o->opts[o->nopts].id, ID_LEN, "%.*s", (int)(eq - v), v);
            o->opts[o->nopts++].value = val;
        } else {
            return bad("unknown option '%s'", a);
        }
    }
    if (o->scenario && o->load)
        return bad("--scenario and --load %s: choose one", "together");
    return 0;
}

static void fail(SDL_Window *w, const char *what, const char *detail)
{
    char buf[1400];
    snprintf(buf, sizeof buf, "%s: %s", what, detail);
    fprintf(stderr, "baku1920: %s\n", buf);
    SDL_ShowSimpleMessageBox(SDL_MESSAGEBOX_ERROR, "Baku 1920", buf, w);
}

static bool save_screen(SDL_Renderer *r, const char *path)
{
    int w = 0, h = 0;
    if (SDL_GetRendererOutputSize(r, &w, &h) != 0)
        return false;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
    if (!s)
        return false;
    bool ok = SDL_RenderReadPixels(r, NULL, SDL_PIXELFORMAT_RGBA32, s->pixels, s->pitch) == 0 &&
              IMG_SavePNG(s, path) == 0;
    SDL_FreeSurface(s);
    return ok;
}

int gui_main(int argc, char **argv)
{
    struct gui_opts o;
    int rc = parse(argc, argv, &o);
    if (rc)
        return rc;
    SDL_SetHint(SDL_HINT_VIDEO_HIGHDPI_DISABLED, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "baku1920: cannot start the display: %s\n", SDL_GetError());
        return 1;
    }
    /* With no display SDL falls back to a driver that shows nothing; unless that was asked for
     * (SDL_VIDEODRIVER, as tests do), say so instead of running an invisible game. */
    const char *driver = SDL_GetCurrentVideoDriver();
    const char *asked = SDL_getenv("SDL_VIDEODRIVER");
    if (driver && (!strcmp(driver, "offscreen") || !strcmp(driver, "dummy")) &&
        !(asked && asked[0])) {
        fprintf(stderr, "baku1920: no display found (DISPLAY and WAYLAND_DISPLAY are unset); "
                        "the headless commands work without one: baku1920 --help\n");
        SDL_Quit();
        return 1;
    }
    if (TTF_Init() != 0) {
        fail(NULL, "cannot start the font library", TTF_GetError());
        SDL_Quit();
        return 1;
    }
    IMG_Init(IMG_INIT_PNG);
    Uint32 wflags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
    SDL_Window *win = SDL_CreateWindow("Baku 1920", SDL_WINDOWPOS_CENTERED,
                                       SDL_WINDOWPOS_CENTERED, o.w, o.h, wflags);
    if (!win) {
        fail(NULL, "cannot open a window", SDL_GetError());
        TTF_Quit();
        SDL_Quit();
        return 1;
    }
    SDL_SetWindowMinimumSize(win, 640, 420);
    SDL_Renderer *ren = SDL_CreateRenderer(win, -1, SDL_RENDERER_ACCELERATED |
                                                        SDL_RENDERER_PRESENTVSYNC);
    if (!ren)
        ren = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    if (!ren) {
        fail(win, "cannot draw in the window", SDL_GetError());
        SDL_DestroyWindow(win);
        TTF_Quit();
        SDL_Quit();
        return 1;
    }
    SDL_RendererInfo info;
    bool vsync = SDL_GetRendererInfo(ren, &info) == 0 && (info.flags & SDL_RENDERER_PRESENTVSYNC);

    static struct play_dirs pd;
    struct ui_host host;
    play_host(&host, &pd, app_data_dir(), o.extra, o.nextra);
    static struct ui u;
    char err[1024], assets[900];
    snprintf(assets, sizeof assets, "%s/assets", app_data_dir());
    if (!ui_init(&u, win, ren, assets, &host, err, sizeof err)) {
        fail(win, "cannot start the interface", err);
        SDL_DestroyRenderer(ren);
        SDL_DestroyWindow(win);
        TTF_Quit();
        SDL_Quit();
        return 1;
    }
    u.smoke = o.smoke != NULL;
    if (o.lang)
        snprintf(u.set.lang, sizeof u.set.lang, "%s", o.lang);
    if (o.present) {
        u.set.present = true;
        u.set.scale_pct = 200;
        u.set.fullscreen = !o.smoke; /* a smoke test keeps its --size */
    }
    if (o.scale)
        u.set.scale_pct = o.scale;
    if (o.fullscreen)
        u.set.fullscreen = true;
    if (o.contrast)
        u.set.contrast = true;
    if (o.have_seed)
        u.seed = o.seed;
    ui_apply_settings(&u);

    rc = 0;
    if (o.scenario || o.load) {
        struct diag d;
        diag_clear(&d);
        struct play *p = o.load ? host.load(host.ctx, o.load, u.set.lang, &d)
                                : play_open_id(&pd, o.scenario, o.opts, o.nopts, u.seed,
                                               u.set.lang, &d);
        if (!p) {
            char buf[1024];
            diag_format(&d, buf, (int)sizeof buf);
            fprintf(stderr, "baku1920: %s\n", buf);
            ui_error(&u, ui_tr(&u, o.load ? "err.load" : "err.scenario"), buf);
            rc = o.smoke ? EXIT_USAGE : 0;
        } else {
            /* who the computer plays is known before the game is shown, so the scenario's
             * opening messages go to the human players only */
            const struct game *g = play_game(p);
            uint8_t ai[MAX_SIDES];
            struct session *ss = play_session_of(p);
            /* a save says who played; --ai says so for a new game, and overrides a save; the
             * sides no person may play are the computer's unless a save says otherwise */
            bool said = o.load && ss && session_players(ss, ai) && !o.ai_all && o.nai == 0;
            if (!said)
                ui_default_players(g, ai);
            for (int s = 0; s < g->nsides && !said; s++) {
                ai[s] |= o.ai_all ? 1 : 0;
                for (int k = 0; k < o.nai; k++)
                    if (!strcmp(o.ai[k], g->sides[s].id))
                        ai[s] = 1;
            }
            for (int k = 0; k < o.nai; k++)
                if (side_by_id(g, o.ai[k]) < 0)
                    fprintf(stderr, "baku1920: --ai: no side '%s' in this scenario\n", o.ai[k]);
            ui_start_play(&u, p, ai);
        }
    }
    if (rc != 0 && o.smoke) {
        ui_fini(&u);
        SDL_DestroyRenderer(ren);
        SDL_DestroyWindow(win);
        TTF_Quit();
        SDL_Quit();
        return rc;
    }

    SDL_StartTextInput(); /* save names are typed */
    Uint64 freq = SDL_GetPerformanceFrequency(), last = SDL_GetPerformanceCounter();
    int frame = 0;
    while (!u.quit) {
        SDL_Event e;
        while (SDL_PollEvent(&e))
            ui_event(&u, &e);
        Uint64 now = SDL_GetPerformanceCounter();
        double dt = (double)(now - last) / (double)freq;
        last = now;
        if (dt > 0.1)
            dt = 0.1;
        ui_update(&u, dt);
        ui_draw(&u);
        frame++;
        if (o.smoke && frame >= o.frames) {
            if (!save_screen(ren, o.smoke)) {
                fprintf(stderr, "baku1920: --smoke-test %s: cannot save: %s\n", o.smoke,
                        SDL_GetError());
                rc = 1;
            }
            u.quit = true;
        }
        SDL_RenderPresent(ren);
        if (!vsync) {
            double spent = (double)(SDL_GetPerformanceCounter() - now) / (double)freq;
            if (spent < 1.0 / 60)
                SDL_Delay((Uint32)((1.0 / 60 - spent) * 1000));
        }
    }
    if (!o.smoke) {
        ui_save_on_leave(&u); /* Continue brings it back as it was left */
        ui_settings_save(&u);
    }
    ui_fini(&u);
    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    IMG_Quit();
    TTF_Quit();
    SDL_Quit();
    return rc;
}
