/*
 * ui_fixture.h - a hand-built theatre for the UI tests and a UI drawing on a software
 * renderer (no window, no video driver). 20 x 14 hexes: sea on the top row and the east
 * edge, plain, steppe, forest, marsh, hills, mountains, a city; a railway along row 6 with
 * stations, a road, a river with a bridge. Red (0) and White (1) are at war.
 */
#ifndef B20_UI_FIXTURE_H
#define B20_UI_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <SDL.h>
#include <SDL_ttf.h>

#include "core/fixture.h"
#include "game.h"
#include "ui.h"

enum { UT_INF, UT_CAV, UT_TRAIN, UT_ART };

/* The hex and unit helpers are the core tests' own (tests/core/fixture.h). */
static inline struct hex fx_at(int col, int row)
{
    return at(col, row);
}

static inline struct utype fx_utype(const char *id, int mc, int sym, int mp, int att, int def,
                                    int steps, int cap, int flags)
{
    return fx_type(id, mc, sym, mp, att, def, steps, cap, mc == MOVE_RAIL ? 2 : 0, 6, flags);
}

static inline int fx_add(struct game *g, const char *key, int side, int type, int col, int row)
{
    return fx_unit(g, key, side, type, col, row);
}

static inline struct game *fx_game(void)
{
    struct game *g = game_new();
    struct diag d;
    game_set_map(g, 20, 14, 10, &d);
    game_set_dates(g, 1920, 4, 27, 0, 12, &d);
    snprintf(g->scenario_id, sizeof g->scenario_id, "uifixture");
    for (int row = 0; row < 14; row++) {
        for (int col = 0; col < 20; col++) {
            struct hexinfo *x = map_at(g, fx_at(col, row));
            x->terrain = TERRAIN_PLAIN;
            if (row == 0 || col == 19)
                x->terrain = TERRAIN_SEA;
            else if (row >= 10 && col < 5)
                x->terrain = TERRAIN_MOUNTAINS;
            else if (row >= 10 && col < 9)
                x->terrain = TERRAIN_HILLS;
            else if (row <= 3 && col >= 3 && col <= 6)
                x->terrain = TERRAIN_FOREST;
            else if (row >= 9 && col >= 13)
                x->terrain = TERRAIN_MARSH;
            else if (row <= 3 && col >= 10)
                x->terrain = TERRAIN_STEPPE;
            if (x->terrain != TERRAIN_SEA)
                x->owner = col <= 8 ? 0 : col >= 11 ? 1 : NO_SIDE;
        }
    }
    map_at(g, fx_at(17, 6))->terrain = TERRAIN_CITY;
    map_at(g, fx_at(17, 6))->vp = 10;
    map_at(g, fx_at(17, 6))->flags |= HEXF_TOWN | HEXF_STATION | HEXF_PORT;
    map_at(g, fx_at(15, 4))->flags |= HEXF_OILFIELD;
    for (int col = 1; col < 17; col++)
        map_set_side(g, fx_at(col, 6), HEX_E, 'r', true);
    struct hex road = fx_at(4, 6);
    for (int i = 0; i < 6; i++) {
        int dir = i % 2 ? HEX_SE : HEX_SW;
        map_set_side(g, road, dir, 'd', true);
        road = hex_neighbor(road, dir);
    }
    map_at(g, fx_at(1, 6))->flags |= HEXF_STATION;
    map_at(g, fx_at(9, 6))->flags |= HEXF_STATION;
    for (int row = 1; row < 14; row++)
        map_set_side(g, fx_at(9, row), HEX_E, 'v', true);
    map_set_side(g, fx_at(9, 6), HEX_E, 'b', true);
    map_at(g, fx_at(1, 6))->supply_src = 1u << 0;
    map_at(g, fx_at(17, 6))->supply_src = 1u << 1;
    game_add_place(g, "redtown", "Redtown", "", fx_at(1, 6), &d);
    map_at(g, fx_at(1, 6))->flags |= HEXF_TOWN;
    game_add_place(g, "whiteport", "Whiteport", "", fx_at(17, 6), &d);
    game_add_side(g, "red", "Red", 0xcc0000, SIDE_PLAYABLE, &d);
    game_add_side(g, "white", "White", 0x0000cc, SIDE_PLAYABLE, &d);
    game_set_war(g, 0, 1, true);
    struct utype t[] = {
        fx_utype("inf", MOVE_FOOT, SYM_INFANTRY, 4, 4, 4, 3, 0, 0),
        fx_utype("cav", MOVE_HORSE, SYM_CAVALRY, 8, 3, 2, 2, 0, 0),
        fx_utype("train", MOVE_RAIL, SYM_ARMORED_TRAIN, 20, 6, 3, 2, 2, UTF_REPAIR),
        fx_utype("art", MOVE_FOOT, SYM_ARTILLERY, 2, 3, 2, 2, 0, 0),
    };
    for (int i = 0; i < 4; i++)
        game_add_utype(g, &t[i], &d);
    return g;
}

static inline void fx_begin(struct game *g)
{
    struct diag d;
    if (!game_start(g, 7, NULL, &d))
        fprintf(stderr, "fixture start: %s\n", d.msg);
}

/* ---------------------------------------------------------------- a UI on a surface */

struct fx_ui {
    SDL_Surface *surf;
    SDL_Renderer *ren;
    struct ui u;
};

static inline const char *fx_assets(void)
{
    static char dir[1024];
    const char *d = getenv("B20_DATA_DIR");
    snprintf(dir, sizeof dir, "%s/assets", d && d[0] ? d : ".");
    return dir;
}

static inline struct fx_ui *fx_ui_new(int w, int h, const struct ui_host *host)
{
    /* the tests never read or write the user's own settings */
    setenv("XDG_CONFIG_HOME", "ui-test-config", 1);
    remove("ui-test-config/baku1920/settings.txt");
    setenv("XDG_DATA_HOME", "ui-test-data", 1); /* nor writes its saves */
    if (!TTF_WasInit() && TTF_Init() != 0)
        return NULL;
    struct fx_ui *f = calloc(1, sizeof *f);
    f->surf = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGBA32);
    f->ren = SDL_CreateSoftwareRenderer(f->surf);
    char err[512];
    if (!f->ren || !ui_init(&f->u, NULL, f->ren, fx_assets(), host, err, sizeof err)) {
        fprintf(stderr, "fx_ui_new: %s\n", f->ren ? err : SDL_GetError());
        return NULL;
    }
    f->u.set.anim_speed = 0;
    return f;
}

static inline void fx_ui_free(struct fx_ui *f)
{
    if (!f)
        return;
    ui_fini(&f->u);
    SDL_DestroyRenderer(f->ren);
    SDL_FreeSurface(f->surf);
    free(f);
}

static inline void fx_frame(struct fx_ui *f)
{
    ui_update(&f->u, 1.0 / 60);
    ui_draw(&f->u);
}

static inline void fx_key(struct fx_ui *f, SDL_Keycode k, Uint16 mod)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = k;
    e.key.keysym.mod = mod;
    ui_event(&f->u, &e);
    e.type = SDL_KEYUP;
    ui_event(&f->u, &e);
    fx_frame(f);
}

static inline void fx_click(struct fx_ui *f, float x, float y, int button)
{
    SDL_Event e;
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEMOTION;
    e.motion.x = (int)x;
    e.motion.y = (int)y;
    ui_event(&f->u, &e);
    memset(&e, 0, sizeof e);
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = (Uint8)button;
    e.button.x = (int)x;
    e.button.y = (int)y;
    ui_event(&f->u, &e);
    e.type = SDL_MOUSEBUTTONUP;
    ui_event(&f->u, &e);
    fx_frame(f);
}

static inline void fx_click_hex(struct fx_ui *f, struct hex h)
{
    float x, y;
    view_hex_center(&f->u.view, h, &x, &y);
    fx_click(f, x, y, SDL_BUTTON_LEFT);
}

/* Clicks the widget drawn last frame with this id; false when there is none. */
static inline bool fx_click_button(struct fx_ui *f, int id)
{
    for (int i = 0; i < f->u.nhits; i++) {
        if (f->u.hits[i].id == id) {
            SDL_Rect r = f->u.hits[i].r;
            fx_click(f, (float)(r.x + r.w / 2), (float)(r.y + r.h / 2), SDL_BUTTON_LEFT);
            return true;
        }
    }
    return false;
}

/* No two texts of the interface overlap and none leaves the window (the texts of the last
 * frame drawn with gfx.rec_on set); returns how many faults, each told on stderr. */
static inline int fx_text_overlaps(const struct fx_ui *f)
{
    const struct gfx *g = &f->u.gfx;
    int bad = 0;
    for (int i = 0; i < g->nrec; i++) {
        SDL_Rect a = g->rec[i];
        if (a.x < 0 || a.y < 0 || a.x + a.w > g->w || a.y + a.h > g->h) {
            fprintf(stderr, "text %d outside: %d,%d %dx%d\n", i, a.x, a.y, a.w, a.h);
            bad++;
        }
        for (int j = i + 1; j < g->nrec; j++) {
            SDL_Rect b = g->rec[j], o;
            if (SDL_IntersectRect(&a, &b, &o) && o.w > 1 && o.h > 1) {
                fprintf(stderr, "texts %d and %d overlap: %d,%d %dx%d / %d,%d %dx%d\n", i, j, a.x,
                        a.y, a.w, a.h, b.x, b.y, b.w, b.h);
                bad++;
            }
        }
    }
    return bad;
}

static inline uint32_t fx_pixel(const struct fx_ui *f, int x, int y)
{
    const uint8_t *p = (const uint8_t *)f->surf->pixels + y * f->surf->pitch + x * 4;
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

#endif
