/*
 * test_render.c - the picture: a hand-built game drawn on a software renderer, checked pixel
 * by pixel. Counters show their side's colour and their side's own corner shape, terrain is
 * drawn in its colours, text (Latin, Azerbaijani, Cyrillic) reaches the surface, high
 * contrast changes the picture, and the frame is far from blank. Writes ui_render.png.
 */
#include <SDL_image.h>

#include "harness.h"
#include "ui_fixture.h"

static struct fx_ui *with_game(int w, int h, struct game **gout)
{
    struct game *g = fx_game();
    fx_add(g, "r1", 0, UT_INF, 5, 7);
    fx_add(g, "r2", 0, UT_CAV, 6, 7);
    fx_add(g, "r3", 0, UT_ART, 6, 7);
    fx_add(g, "w1", 1, UT_INF, 12, 7);
    fx_add(g, "w2", 1, UT_TRAIN, 14, 6);
    fx_begin(g);
    struct fx_ui *f = fx_ui_new(w, h, NULL);
    if (!f) {
        game_free(g);
        return NULL;
    }
    ui_start_play(&f->u, play_new_game(g), NULL);
    *gout = (struct game *)ui_game(&f->u);
    return f;
}

static int channel(uint32_t c, int shift)
{
    return (int)((c >> shift) & 0xff);
}

static bool near_color(uint32_t a, uint32_t b, int tol)
{
    for (int s = 8; s < 32; s += 8)
        if (abs(channel(a, s) - channel(b, s)) > tol)
            return false;
    return true;
}

static void counters_and_terrain(void)
{
    struct game *g;
    struct fx_ui *f = with_game(1280, 800, &g);
    CHECK(f != NULL);
    if (!f)
        return;
    struct ui *u = &f->u;
    fx_frame(f);
    /* zoom so counters are big */
    view_center_on(&u->view, fx_at(9, 7), true);
    view_zoom_at(&u->view, 60.0 / u->view.zoom, (float)(u->view.area.x + u->view.area.w / 2),
                 (float)(u->view.area.y + u->view.area.h / 2), true);
    view_center_on(&u->view, fx_at(9, 7), true);
    fx_frame(f);
    IMG_SavePNG(f->surf, "ui_render_zoom.png");
    float size = (float)u->view.zoom * 1.12f;
    /* red infantry alone at (5,7): the body left of the symbol box is the side colour */
    float cx, cy;
    view_hex_center(&u->view, fx_at(5, 7), &cx, &cy);
    uint32_t body = fx_pixel(f, (int)(cx - size * 0.38f), (int)(cy + size * 0.05f));
    CHECK(near_color(body, u->side_color[0], 8));
    /* the symbol box is white */
    uint32_t box = fx_pixel(f, (int)(cx - size * 0.2f), (int)(cy - size * 0.2f));
    CHECK(near_color(box, 0xffffffffu, 30) || near_color(box, 0x111111ffu, 30));
    /* side 0's mark is a corner triangle: its very corner is ink, not the body colour */
    float e = size * 0.035f;
    uint32_t corner = fx_pixel(f, (int)(cx - size / 2 + e + 2), (int)(cy - size / 2 + e + 2));
    CHECK(!near_color(corner, u->side_color[0], 8));
    /* white infantry at (12,7): side colour, and side 1's disc leaves the corner in body colour */
    view_hex_center(&u->view, fx_at(12, 7), &cx, &cy);
    body = fx_pixel(f, (int)(cx - size * 0.38f), (int)(cy + size * 0.05f));
    CHECK(near_color(body, u->side_color[1], 8));
    corner = fx_pixel(f, (int)(cx - size / 2 + e + 1), (int)(cy - size / 2 + e + 1));
    CHECK(near_color(corner, u->side_color[1], 8));
    CHECK(!near_color(u->side_color[0], u->side_color[1], 40));
    /* sea is blue, forest green */
    view_center_on(&u->view, fx_at(4, 2), true);
    fx_frame(f);
    view_hex_center(&u->view, fx_at(4, 0), &cx, &cy);
    uint32_t sea = fx_pixel(f, (int)cx, (int)cy + 2);
    CHECK(channel(sea, 8) > channel(sea, 24) + 40);
    view_hex_center(&u->view, fx_at(4, 2), &cx, &cy);
    int green = 0;
    for (int dy = -10; dy <= 10; dy += 2)
        for (int dx = -10; dx <= 10; dx += 2) {
            uint32_t p = fx_pixel(f, (int)cx + dx, (int)cy + dy);
            green += channel(p, 16) > channel(p, 24) && channel(p, 16) > channel(p, 8);
        }
    CHECK(green > 60);
    fx_ui_free(f);
}

static int distinct_colours(const struct fx_ui *f)
{
    static uint32_t seen[4096];
    int n = 0;
    for (int y = 0; y < f->surf->h; y += 7) {
        for (int x = 0; x < f->surf->w; x += 7) {
            uint32_t c = fx_pixel(f, x, y) & 0xf0f0f000u;
            bool dup = false;
            for (int i = 0; i < n && !dup; i++)
                dup = seen[i] == c;
            if (!dup && n < 4096)
                seen[n++] = c;
        }
    }
    return n;
}

static void frame_not_blank_and_contrast(void)
{
    struct game *g;
    struct fx_ui *f = with_game(1280, 800, &g);
    CHECK(f != NULL);
    if (!f)
        return;
    ui_select(&f->u, 0);
    fx_frame(f);
    CHECK(distinct_colours(f) > 60);
    CHECK(IMG_SavePNG(f->surf, "ui_render.png") == 0);
    /* high contrast draws a different picture */
    uint32_t before = fx_pixel(f, f->u.view.area.x + f->u.view.area.w / 2,
                               f->u.view.area.y + f->u.view.area.h / 3);
    f->u.set.contrast = true;
    fx_frame(f);
    uint32_t after = fx_pixel(f, f->u.view.area.x + f->u.view.area.w / 2,
                              f->u.view.area.y + f->u.view.area.h / 3);
    CHECK(before != after);
    CHECK(IMG_SavePNG(f->surf, "ui_render_contrast.png") == 0);
    fx_ui_free(f);
}

static int ink_pixels(const struct fx_ui *f, int x0, int y0, int w, int h, uint32_t bg)
{
    int n = 0;
    for (int y = y0; y < y0 + h; y++)
        for (int x = x0; x < x0 + w; x++)
            n += !near_color(fx_pixel(f, x, y), bg, 20);
    return n;
}

static void text_reaches_the_surface(void)
{
    struct fx_ui *f = fx_ui_new(640, 200, NULL);
    CHECK(f != NULL);
    if (!f)
        return;
    struct gfx *gx = &f->u.gfx;
    gfx_begin(gx);
    SDL_SetRenderDrawColor(f->ren, 0, 0, 0, 255);
    SDL_RenderClear(f->ren);
    const char *az = "Ağdam, Şəki, Gəncə, Xaçmaz, Ucar, Göyçay, Şuşa, İsmayıllı";
    const char *ru = "Баку, Дербент, Петровск — Ёлкино";
    int w1 = gfx_text(gx, 20, false, 10, 10, az, 0xffffffffu, GFX_LEFT);
    int w2 = gfx_text(gx, 20, true, 10, 60, ru, 0xffffffffu, GFX_LEFT);
    int w3 = gfx_text_wrap(gx, 16, false, 10, 110, 300, "wrapped text that needs two lines "
                           "at this width", 0xffffffffu);
    gfx_flush(gx);
    CHECK(w1 > 300 && w2 > 200);
    CHECK(w3 > 30); /* two lines tall */
    CHECK(ink_pixels(f, 10, 10, w1, 30, 0x000000ffu) > 400);
    CHECK(ink_pixels(f, 10, 60, w2, 30, 0x000000ffu) > 400);
    CHECK(ink_pixels(f, 10, 110, 300, w3, 0x000000ffu) > 200);
    CHECK_EQ_INT(ink_pixels(f, 330, 110, 300, w3, 0x000000ffu), 0); /* wrapped, not past */
    /* the text cache gives the same width the second time without rasterising again */
    gfx_begin(gx);
    int again = gfx_text(gx, 20, false, 10, 10, az, 0xffffffffu, GFX_LEFT);
    CHECK_EQ_INT(again, w1);
    CHECK_EQ_INT(gx->text_renders, 0);
    IMG_SavePNG(f->surf, "ui_text.png");
    fx_ui_free(f);
}

static void whole_map_draws_fast_enough_to_count(void)
{
    /* not a timing assertion: the map layer is cached, so panning redraws it rarely */
    struct game *g;
    struct fx_ui *f = with_game(1280, 800, &g);
    CHECK(f != NULL);
    if (!f)
        return;
    fx_frame(f);
    long r0 = f->u.cache.renders;
    for (int i = 0; i < 10; i++) {
        view_pan_pixels(&f->u.view, 3, 2, true);
        fx_frame(f);
    }
    CHECK(f->u.cache.renders - r0 <= 1);
    /* a change of the game redraws it */
    f->u.version++;
    fx_frame(f);
    CHECK(f->u.cache.renders > r0);
    fx_ui_free(f);
}

static void every_screen_in_every_language(void)
{
    static const char *const langs[3] = { "en", "ru", "az" };
    static const struct { int screen; const char *name; } screens[] = {
        { SCR_PLAY, "play" }, { SCR_MAIN, "menu" }, { SCR_OPTIONS, "options" },
        { SCR_HELP, "help" }, { SCR_SAVE, "save" }, { SCR_LOAD, "load" },
        { SCR_PAGES, "pages" }, { SCR_HANDOVER, "handover" },
    };
    for (int l = 0; l < 3; l++) {
        struct game *g;
        struct fx_ui *f = with_game(1024, 640, &g);
        CHECK(f != NULL);
        if (!f)
            return;
        snprintf(f->u.set.lang, sizeof f->u.set.lang, "%s", langs[l]);
        ui_apply_settings(&f->u);
        CHECK(strcmp(f->u.lang.code, langs[l]) == 0);
        for (size_t i = 0; i < sizeof screens / sizeof screens[0]; i++) {
            f->u.nback = 0;
            f->u.screen = SCR_PLAY;
            if (screens[i].screen != SCR_PLAY)
                ui_push(&f->u, screens[i].screen);
            fx_frame(f);
            if (screens[i].screen == SCR_HELP) { /* the legend tab too */
                f->u.help_tab = 1;
                fx_frame(f);
                CHECK(distinct_colours(f) > 40);
                char ln[64];
                snprintf(ln, sizeof ln, "ui_screen_%s_legend.png", langs[l]);
                IMG_SavePNG(f->surf, ln);
                f->u.help_tab = 0;
                fx_frame(f);
            }
            CHECK(distinct_colours(f) > 12);
            CHECK(f->u.nhits > 0); /* something to click on every screen */
            char name[64];
            snprintf(name, sizeof name, "ui_screen_%s_%s.png", langs[l], screens[i].name);
            IMG_SavePNG(f->surf, name);
        }
        fx_ui_free(f);
    }
}

/* The five overlay switches under the side panel: every label fits its switch in readable
 * type (12 px at 100%), in every language, at the smallest window and at a wide one; where
 * they fit, they stand in one row (English at 1280 wide), else in two (Russian at 1024). */
static void overlay_switches_fit(void)
{
    static const char *const langs[3] = { "en", "ru", "az" };
    static const char *const keys[5] = { "ov.grid", "ov.supply", "ov.zoc", "ov.rail",
                                         "ov.range" };
    static const int widths[2] = { 1024, 1280 };
    for (int l = 0; l < 3; l++)
        for (int k = 0; k < 2; k++) {
            struct game *g;
            struct fx_ui *f = with_game(widths[k], widths[k] * 5 / 8, &g);
            CHECK(f != NULL);
            if (!f)
                return;
            snprintf(f->u.set.lang, sizeof f->u.set.lang, "%s", langs[l]);
            ui_apply_settings(&f->u);
            fx_frame(f);
            int rows = 0, last_y = -1;
            for (int i = 0; i < 5; i++) {
                const SDL_Rect *r = NULL;
                for (int h = 0; h < f->u.nhits; h++)
                    if (f->u.hits[h].id == BTN_OV + i)
                        r = &f->u.hits[h].r;
                CHECK(r != NULL);
                if (!r)
                    continue;
                int w, h;
                gfx_text_size(&f->u.gfx, ui_px(&f->u, 12), true, ui_tr(&f->u, keys[i]), &w, &h);
                CHECK(w <= r->w - 8);
                if (r->y != last_y)
                    rows++;
                last_y = r->y;
            }
            if (l == 0 && k == 1)
                CHECK_EQ_INT(rows, 1);
            if (l == 1 && k == 0)
                CHECK_EQ_INT(rows, 2);
            fx_ui_free(f);
        }
}

/* The event log follows the language: a line written from an event is written again when
 * the language changes; a line of plain text stays as it was. */
static void log_follows_the_language(void)
{
    struct game *g;
    struct fx_ui *f = with_game(1024, 640, &g);
    CHECK(f != NULL);
    if (!f)
        return;
    struct events *ev = calloc(1, sizeof *ev);
    ev->ev[0] = (struct event){ .kind = EV_TURN_BEGAN, .side = -1, .a = 1 };
    ev->ev[1] = (struct event){ .kind = EV_LOSS, .side = 0, .unit = 0, .a = 1 };
    ev->ev[2] = (struct event){ .kind = EV_LOSS, .side = 0, .unit = 0, .a = 2 };
    ev->n = 3;
    f->u.nlog = 0;
    ui_log(&f->u, -1, "%s", "plain words");
    anim_events(&f->u, ev);
    CHECK_EQ_INT(f->u.nlog, 4);
    CHECK_STR_CONTAINS(f->u.log[1].text, "Turn 2 begins");
    CHECK_STR_CONTAINS(f->u.log[2].text, "loses a step");
    CHECK_STR_CONTAINS(f->u.log[3].text, "loses 2 steps");
    snprintf(f->u.set.lang, sizeof f->u.set.lang, "ru");
    ui_apply_settings(&f->u);
    CHECK_STR_CONTAINS(f->u.log[1].text, "Начинается ход 2");
    CHECK_STR_CONTAINS(f->u.log[2].text, "теряет шаг");
    CHECK_STR_CONTAINS(f->u.log[3].text, "теряет шагов: 2");
    CHECK(strcmp(f->u.log[0].text, "plain words") == 0);
    CHECK_EQ_INT(f->u.log[2].side, 0);
    fx_frame(f);
    IMG_SavePNG(f->surf, "ui_log_ru.png"); /* to look at */
    free(ev);
    fx_ui_free(f);
}

/* A place's name goes under it as a map has it, or above it when the counters of the stacks
 * beside it would hide it there: the same place drawn with and without a stack on each side,
 * the band under it and the band above it compared. */
static void label_steps_above_stacks(void)
{
    uint32_t below[2][41], above[2][41];
    for (int with = 0; with < 2; with++) {
        struct game *g = fx_game();
        struct diag d;
        game_add_place(g, "longplace", "A long name of a small place", "", fx_at(7, 8), &d);
        if (with) {
            fx_add(g, "r1", 0, UT_INF, 6, 8);
            fx_add(g, "r2", 0, UT_INF, 8, 8);
        }
        fx_begin(g);
        struct fx_ui *f = fx_ui_new(1280, 800, NULL);
        CHECK(f != NULL);
        if (!f) {
            game_free(g);
            return;
        }
        ui_start_play(&f->u, play_new_game(g), NULL);
        struct ui *u = &f->u;
        view_center_on(&u->view, fx_at(7, 8), true);
        view_zoom_at(&u->view, 30.0 / u->view.zoom, (float)(u->view.area.x + u->view.area.w / 2),
                     (float)(u->view.area.y + u->view.area.h / 2), true);
        view_center_on(&u->view, fx_at(7, 8), true);
        fx_frame(f);
        float cx, cy, z = (float)u->view.zoom;
        view_hex_center(&u->view, fx_at(7, 8), &cx, &cy);
        for (int i = 0; i < 41; i++) {
            below[with][i] = fx_pixel(f, (int)cx - 20 + i, (int)(cy + z * 0.52f) + 3);
            above[with][i] = fx_pixel(f, (int)cx - 20 + i, (int)(cy - z * 0.62f) - 4);
        }
        if (with)
            IMG_SavePNG(f->surf, "ui_label_above.png");
        fx_ui_free(f);
    }
    int moved_off = 0, moved_on = 0;
    for (int i = 0; i < 41; i++) {
        moved_off += !near_color(below[0][i], below[1][i], 30);
        moved_on += !near_color(above[0][i], above[1][i], 30);
    }
    CHECK(moved_off >= 10); /* the name left the band under the place */
    CHECK(moved_on >= 10);  /* and came to the band above it */
}

static const struct test_case tests[] = {
    { "every_screen_in_every_language", every_screen_in_every_language },
    { "counters_and_terrain", counters_and_terrain },
    { "frame_not_blank_and_contrast", frame_not_blank_and_contrast },
    { "text_reaches_the_surface", text_reaches_the_surface },
    { "overlay_switches_fit", overlay_switches_fit },
    { "log_follows_the_language", log_follows_the_language },
    { "label_steps_above_stacks", label_steps_above_stacks },
    { "whole_map_draws_fast_enough_to_count", whole_map_draws_fast_enough_to_count },
};

int main(int argc, char **argv)
{
    int rc = harness_run(tests, (int)(sizeof tests / sizeof tests[0]), argc, argv);
    TTF_Quit();
    return rc;
}
